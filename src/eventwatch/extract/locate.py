"""Where an event happened: which of the sentence's place mentions belongs to the event's trigger.

Not an extractor: the events extractor calls `event_place` for each event. The choice follows the
dependency parse: each candidate place is scored by its tree distance to the trigger, with a bonus
for a locative phrase (in / at / near …) and a penalty for a place that only modifies another noun
("U.S. forces", "Morocco's parliament"), which names whose something is rather than where it
happened; among equally good ones a town beats a country. Candidates are the gazetteer's places,
plus toponyms the gazetteer does not know (spaCy GPE/LOC/FAC entities, proper nouns after a
locative preposition), which come back unresolved: a Place with no geonameid or coordinates.
Measured on Halterman's event-location gold (`eventwatch eval event-location`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventwatch.extract.syntax import tree_distance
from eventwatch.model import Place

LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "along",
    "on",
    "across",
    "inside",
    "outside",
    "around",
    "into",
    "throughout",
}
COARSE_FEATURES = {"PCLI", "PCLD", "PCLS", "PCL", "ADM1", "RGN", "CONT"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
UNKNOWN_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACES = {"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
MAX_SCORE = 9.0
# Nouns that name a kind of place: "the town of X", "Mogadishu's Yaqshid district", "X's streets".
PLACE_NOUNS = {
    "town",
    "village",
    "city",
    "province",
    "provinces",
    "district",
    "region",
    "capital",
    "area",
    "county",
    "state",
    "governorate",
    "countryside",
    "suburb",
    "outskirts",
    "neighborhood",
    "neighbourhood",
    "street",
    "streets",
    "square",
    "border",
    "coast",
    "camp",
    "airport",
    "hospital",
    "home",
    "centre",
    "center",
    "valley",
    "port",
    "island",
    "municipality",
    "township",
    "quarter",
    "zone",
    "strip",
    "settlement",
}


def event_place(
    trigger: Token, sentence: Span, places: Iterable[Place], *, skip_texts: Iterable[str] = ()
) -> Place | None:
    """The place of the event whose trigger is `trigger`, among the places in `sentence`.

    trigger (Token): the event's trigger word. sentence (Span): its sentence.
    places (Iterable[Place]): the document's place mentions (those outside the sentence are ignored).
    skip_texts (Iterable[str]): mention texts that name actors, not where something happened.
    RETURNS (Place | None): the chosen place (unresolved when the gazetteer does not know it), or None.
    """
    doc = sentence.doc
    skip = set(skip_texts)
    best: tuple[float, Place] | None = None
    for place in place_candidates(sentence, places):
        if place.text in skip:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        score = _score(trigger, span)
        if place.geonameid is None:
            score += 0.25  # a known place is the safer answer when both fit
        if best is None or score < best[0] or (score == best[0] and _finer(place, best[1])):
            best = (score, place)
    if best is not None and best[0] <= MAX_SCORE:
        return best[1]
    return None


def place_candidates(sentence: Span, places: Iterable[Place]) -> list[Place]:
    """The sentence's places that could be a scene: the gazetteer's, then unknown toponyms."""
    inside = [p for p in places if sentence.start_char <= p.start and p.end <= sentence.end_char]
    orgs = [(e.start_char, e.end_char) for e in sentence.ents if e.label_ == "ORG"]
    return [
        p
        for p in inside + _unknown_toponyms(sentence, inside)
        # "the Islamic State of Iraq and Al-Sham": a name inside an organisation's name is no scene.
        if not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in orgs)
    ]


def _score(trigger: Token, span: Span) -> float:
    """Lower is better: tree distance, adjusted for how the place is attached."""
    root = span.root
    score = float(tree_distance(trigger, root))
    anchor = _place_phrase(root)
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        score -= 1.5
    elif (
        root.dep_ in MODIFIER_DEPS
        and root.head.i != root.i
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.lemma_.lower() not in PLACE_NOUNS
    ):
        score += 2.0  # "U.S. forces", "Morocco's parliament": whose, not where ("Mogadishu's district" is)
    if anchor is not root and root.dep_ == "poss":
        score += 0.75  # "Mogadishu's Yaqshid district": the possessor contains the scene
    elif anchor is not root and root.dep_ == "compound":
        score += 0.25
    elif root.dep_ in {"nsubj", "nsubjpass"}:
        score += 1.5  # "Russia would lead …": a country as the actor, not the scene
    return score


def _place_phrase(root: Token) -> Token:
    """'in the town of X' / 'in the provinces of X and Y': the phrase X sits in is the place noun's."""
    tok = root
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        return tok.head.head
    if tok.dep_ in {"compound", "poss"} and tok.head.lemma_.lower() in PLACE_NOUNS:
        return tok.head
    return tok


def _unknown_toponyms(sentence: Span, known: list[Place]) -> list[Place]:
    """Toponyms the gazetteer did not resolve: GPE/LOC/FAC entities and proper nouns after 'in'/'at'."""
    taken = [(p.start, p.end) for p in known]
    out: list[Place] = []

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    for ent in sentence.ents:
        if ent.label_ in UNKNOWN_LABELS and free(ent.start_char, ent.end_char):
            out.append(_unresolved(ent))
            taken.append((ent.start_char, ent.end_char))
    for tok in sentence:
        if tok.pos_ != "PROPN" or not _in_place_slot(tok):
            continue
        # spaCy's NER calls many towns PERSON; in a place slot a name is a place all the same
        # (but "Smith's home" is someone's home, not a town).
        if tok.ent_type_ in NOT_PLACES and not (tok.ent_type_ == "PERSON" and tok.dep_ != "poss"):
            continue
        left = min(
            (
                c.i
                for c in tok.subtree
                if c.i <= tok.i and c.dep_ in {"compound", "amod", "det"} and c.pos_ == "PROPN"
            ),
            default=tok.i,
        )
        span = sentence.doc[min(left, tok.i) : tok.i + 1]
        if free(span.start_char, span.end_char):
            out.append(_unresolved(span))
            taken.append((span.start_char, span.end_char))
    return out


def _in_place_slot(tok: Token) -> bool:
    """A proper noun where a place goes: after in/at/near, after 'the town of', before 'district'."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if tok.dep_ in {"compound", "poss", "appos", "oprd"} and head.lemma_.lower() in PLACE_NOUNS:
        return True
    return tok.dep_ == "conj" and head.pos_ == "PROPN" and _in_place_slot(head)


def _unresolved(span: Span) -> Place:
    return Place(
        doc_id="",
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        geonameid=None,
        name=span.text,
        lat=None,
        lon=None,
        country_code=None,
    )


def _finer(a: Place, b: Place) -> bool:
    """Prefer a town over a country when both are equally close."""
    return (a.feature_code not in COARSE_FEATURES) and (b.feature_code in COARSE_FEATURES)
