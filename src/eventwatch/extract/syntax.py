"""Small helpers over the spaCy parse that several extractors share (no extraction logic here)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwatch.model import Time

# Heads of "hundreds of protesters", "thousands of troops": the people are in the "of" phrase.
QUANTITY_HEADS = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "score",
        "scores",
        "million",
        "millions",
    }
)
# Measures of goods: "40,000 tonnes of diesel", "two planeloads of tents" are the goods they measure.
MEASURE_HEADS = frozenset(
    {
        "tonne",
        "ton",
        "barrel",
        "litre",
        "liter",
        "gallon",
        "kilogram",
        "sack",
        "bag",
        "truckload",
        "planeload",
        "boatload",
        "shipload",
        "consignment",
        "shipment",
        "cargo",
        "dose",
        "batch",
        "crate",
        "carton",
        "pallet",
        "load",
    }
)


def doc_text(doc: Doc) -> str:
    """The parsed Doc's text, built once: spaCy's Doc.text joins every token on each access."""
    if "eventwatch_text" not in doc.user_data:
        doc.user_data["eventwatch_text"] = doc.text
    text: str = doc.user_data["eventwatch_text"]
    return text


def counted(tok: Token) -> Token:
    """What a quantity head counts ("hundreds of protesters" → protesters), else the token itself."""
    if tok.lemma_.lower() not in QUANTITY_HEADS:
        return tok
    return next((o for p in tok.children if p.lower_ == "of" for o in p.children), tok)


def is_led(tok: Token) -> bool:
    """True for the "led" of a "-led" modifier: "the Saudi-led coalition", "a US-led strike"."""
    return tok.lower_ == "led" and tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–")


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence (99 when unconnected)."""
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return n + index[t.i]
    return 99


def nearest_time(tok: Token, times: Iterable[Time], start: int, end: int, max_distance: int) -> Time | None:
    """The date expression inside [start, end) nearest to `tok` in the parse, at most `max_distance`
    dependency edges away (the first of equally near ones); None when there is none."""
    best: tuple[int, Time] | None = None
    for time in times:
        if time.start < start or time.end > end:
            continue
        span = tok.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        distance = tree_distance(tok, span.root)
        if distance <= max_distance and (best is None or distance < best[0]):
            best = (distance, time)
    return best[1] if best is not None else None


def object_taker(noun: Token) -> Token | None:
    """The verb that takes `noun` as its object ("denied reports", "reports were dismissed"); also
    through the parser's misreading of "dismissed as untrue a report" (the noun under "as")."""
    if noun.dep_ in {"dobj", "nsubjpass", "oprd"}:  # ("called reports … baseless": an oprd to the parser)
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def governing_verb(tok: Token, pos: frozenset[str] = frozenset({"VERB"})) -> Token | None:
    """The nearest token above `tok` whose part of speech is in `pos` (its clause's verb), or None."""
    return next((anc for anc in tok.ancestors if anc.pos_ in pos), None)


def negated(verb: Token) -> bool:
    """'did not travel', 'was not attended', 'would no longer share': a negation on the verb or on its
    auxiliary, or "no longer" (whose "no" the parser hangs on "longer")."""
    return (
        any(c.dep_ == "neg" for c in verb.children)
        or any(
            c.dep_ == "neg" for aux in verb.children if aux.dep_ in {"aux", "auxpass"} for c in aux.children
        )
        or any(
            c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
            for c in verb.children
        )
    )


def subjects(verb: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    """The verb's subjects of the given dependencies, also those the small parser hung on its
    auxiliary ("X was heavily criticized", "Egypt and Qatar [→are] are mediating")."""
    found = [c for c in verb.children if c.dep_ in deps]
    if not found:
        for aux in (c for c in verb.children if c.dep_ in {"aux", "auxpass"}):
            found.extend(c for c in aux.children if c.dep_ in deps)
    if len(found) > 1:
        # "Briefing parliament in Addis Ababa, Prime Minister Meles Zenawi warned …": a participle's
        # phrase opening the sentence, which the parser took for a second subject
        found = [c for c in found if not _opening_participle(c, found)] or found
    return found


def _opening_participle(subject: Token, found: list[Token]) -> bool:
    """A 'subject' led by a participle (or "outside") and cut off by a comma from another subject after it."""
    later = [c for c in found if c.i > subject.i]
    # (or a place phrase: "Outside parliament in Jakarta, stone-throwing students clashed …")
    opener = subject.left_edge.tag_ in {"VBG", "VBN"} or subject.left_edge.lower_ in {"outside", "inside"}
    if not later or not opener:
        return False
    return any(t.text == "," for t in subject.doc[subject.right_edge.i + 1 : later[0].left_edge.i])


def misread_pair(head: Token) -> Token | None:
    """'French President Francois Mitterrand and West German Chancellor Helmut Kohl': the parser may
    hang the first named person on the second as a modifier that has the conjunction; that first
    person's head ("Mitterrand"), or None."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return None
    for child in (t for t in head.subtree if t.i < head.i):  # (or on a title: "Prime Minister Y")
        if (
            child.dep_ in {"nmod", "compound", "amod"}
            and child.ent_type_ == "PERSON"
            and any(g.dep_ == "cc" and g.lower_ in {"and", "&"} for g in child.children)
        ):
            return child
    return None
