"""Where an event happened: which of the sentence's place mentions belongs to the event's trigger.

Not an extractor: the events extractor calls `event_place` for each event. The choice follows the
dependency parse: each candidate place is scored (lower is better) by its tree distance from the
trigger to the place's phrase ("in the town of X" is as close as "in X"), with
- a bonus for a locative phrase (in / at / near / through …) or the object of a territorial verb
  ("captured X", "shelled the villages of X");
- penalties for a place that only modifies another noun ("U.S. forces", "Morocco's parliament"),
  for one inside the actor's phrase or an organisation's name ("the Islamic State of Iraq"), for a
  person-labelled name, the dateline, a named site (a town that contains it is the usual answer),
  and for a place outside the trigger's own phrase;
- the finer of two places: a country contains a province, which contains a town, which contains
  a district; of two places named in one phrase ("Pakistan's city of Peshawar", "the Karrada
  district of Baghdad", "Muuri village in Lower Shabelle", "in Raqqa province, northeast Syria")
  the containing one is penalised.
Candidates are the gazetteer's places, plus toponyms the gazetteer does not know (spaCy GPE/LOC/FAC
entities, proper nouns in a place slot), which come back unresolved: a Place with no geonameid or
coordinates. When the trigger's sentence names no place, an optional context (the neighbouring
sentences) may supply one. The weights were set on the dev half of Halterman's event-location gold
(`eventwatch eval event-location`) and checked on its held-out half.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventwatch.extract.syntax import tree_distance
from eventwatch.model import Place
from eventwatch.model.records import NATURAL_AREAS

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
    "through",
    "over",
    "within",
    "off",
    "beside",
    "behind",
    "down",
}
# "raids north of Baghdad": the scene is around the place (but "Baraki, southeast of Algiers" is
# a reference point for Baraki, and "50 km west of Baghdad" only measures from it).
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
COUNTRY_FEATURES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "PCLH"})
COARSE_FEATURES = {"PCLI", "PCLD", "PCLS", "PCL", "ADM1", "RGN", "CONT", *NATURAL_AREAS}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
UNKNOWN_LABELS = {"GPE", "LOC", "FAC"}
# Words before a name that make it a person's: "President Lukashenko", "Mr Smith" (not those that
# begin place names too: "Sheikh Maqsoud", "General Santos", "Prince George").
PERSON_TITLES = frozenset({
    "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "chancellor",
    "senator", "sen.", "pope", "ayatollah", "secretary",
})  # fmt: skip
NOT_PLACES = {
    "PERSON",
    "ORG",
    "NORP",
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "EVENT",
    "LAW",
    "WORK_OF_ART",
    "LANGUAGE",
}
# Words that make a name an organisation's ("in the Daily Mail", "at the Interior Ministry"); spaCy's
# small model labels many unknown towns ORG, and in a place slot those are places all the same.
ORG_WORDS = {
    "army",
    "forces",
    "force",
    "party",
    "front",
    "ministry",
    "council",
    "brigade",
    "brigades",
    "group",
    "union",
    "agency",
    "company",
    "corporation",
    "bank",
    "police",
    "university",
    "committee",
    "organization",
    "organisation",
    "association",
    "movement",
    "daily",
    "times",
    "news",
    "mail",
    "post",
    "press",
    "television",
    "radio",
    "network",
    "state",
    "alliance",
    "coalition",
    "battalion",
    "division",
    "regiment",
    "office",
    "court",
    "parliament",
    "assembly",
    "observatory",
    "institute",
    "foundation",
    "church",
    "club",
    "inc",
    "ltd",
}
MAX_SCORE = 9.0
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
SUBJECT_PENALTY = 2.0
LOCATIVE_BONUS = 2.0
MODIFIER_PENALTY = 1.5
POSS_PENALTY = 0.75
UNKNOWN_PENALTY = 0.25
CONTAINER_PENALTY = 1.0
NAME_PENALTY = 2.0
DIRECTION_BONUS = 1.0
RANK_WEIGHT = 0.75
PERSON_PENALTY = 1.5
FACILITY_PENALTY = 1.0
OUTSIDE_PENALTY = 1.0
TERRITORY_BONUS = 1.0
DATELINE_PENALTY = 3.0
DATELINE_DASHES = {"--", "-", "–", "—", ":"}
# Unknown toponyms headed by these are as large as a province ("the Latakia Governorate").
ADMIN_NOUNS = {"province", "state", "governorate", "region", "country"}
# "the northern perimeter of X", "the hills of X": a part of a place, named by its whole.
PART_OF_PLACE = {
    "perimeter",
    "outskirts",
    "hill",
    "hills",
    "slope",
    "slopes",
    "flank",
    "flanks",
    "axis",
    "farms",
    "sector",
    "corridor",
    "part",
    "parts",
    "entrance",
    "gates",
    "mountains",
    "plains",
    "environs",
    "vicinity",
    "heart",
    "edge",
    "countryside",
    "suburbs",
    "section",
}
# Verbs whose direct object is territory: "captured Birao", "shelled Fuah and Kafraya".
TERRITORY_VERBS = {
    "capture",
    "seize",
    "storm",
    "shell",
    "bomb",
    "target",
    "enter",
    "patrol",
    "raid",
    "overrun",
    "liberate",
    "recapture",
    "besiege",
    "encircle",
    "invade",
    "occupy",
    "retake",
    "bombard",
    "reach",
    "surround",
}
# Named sites: the annotated place is usually the town they are in, when the sentence names it.
FACILITY_WORDS = {
    "hotel",
    "hall",
    "tomb",
    "hospital",
    "airport",
    "bridge",
    "street",
    "road",
    "avenue",
    "square",
    "highway",
    "river",
    "mosque",
    "church",
    "temple",
    "university",
    "school",
    "stadium",
    "market",
    "prison",
    "jail",
    "embassy",
    "base",
    "crossing",
    "plant",
    "factory",
    "station",
    "building",
    "palace",
    "tower",
    "center",
    "centre",
    "parkway",
    "park",
    "synagogue",
    "shrine",
    "port",
    "checkpoint",
    "theater",
    "theatre",
    "museum",
    "headquarters",
    "compound",
    "court",
    "restaurant",
    "cafe",
}
# … and by these, a part of a town ("the Karrada district", "the Ben Younis area").
PART_NOUNS = {"district", "area", "neighborhood", "neighbourhood", "suburb", "quarter", "township"}
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
PHRASE_NOUNS = PLACE_NOUNS | PART_OF_PLACE
# A border's nouns: the country named with one is a neighbour ("near its border with Chad").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def event_place(
    trigger: Token,
    sentence: Span,
    places: Iterable[Place],
    *,
    skip_texts: Iterable[str] = (),
    context: Span | None = None,
) -> Place | None:
    """The place of the event whose trigger is `trigger`, among the places in `sentence`.

    trigger (Token): the event's trigger word. sentence (Span): its sentence.
    places (Iterable[Place]): the document's place mentions (those outside the sentence are ignored,
        unless `context` is given).
    skip_texts (Iterable[str]): mention texts that name actors, not where something happened.
    context (Span | None): neighbouring text (e.g. the paragraph) whose sentences may set the scene
        when the event's own sentence names no place: the nearest one with a place is used.
    RETURNS (Place | None): the chosen place (unresolved when the gazetteer does not know it), or None.
    """
    places = list(places)
    skip = set(skip_texts)
    best = _best_place(trigger, sentence, places, skip)
    if best is not None or context is None:
        return best
    others = [
        s
        for s in context.doc.sents
        if s.start < context.end and context.start < s.end and s.start != sentence.start
    ]
    # The nearest sentence first; of two equally near, the one before (it introduced the scene).
    others.sort(key=lambda s: (abs(s.start - sentence.start), s.start > sentence.start))
    for other in others:
        found = _best_place(other.root, other, places, skip)
        if found is not None:
            return found
    return None


def _best_place(trigger: Token, sentence: Span, places: list[Place], skip: set[str]) -> Place | None:
    """The best-scoring candidate of `sentence` for `trigger`, or None when none scores within MAX_SCORE."""
    doc = sentence.doc
    found: list[tuple[Place, Span]] = []
    for place in place_candidates(sentence, places):
        if place.text in skip:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            found.append((place, span))
    best: tuple[float, Place] | None = None
    for place, span in found:
        score = _score(trigger, span) + _context_penalty(trigger, place, span, found)
        if place.geonameid is None:
            score += UNKNOWN_PENALTY  # a known place is the safer answer when both fit
        score += RANK_WEIGHT * (_rank(place, span) - 1.0)  # the finer of two places that fit
        if not (trigger.is_ancestor(span.root) or trigger.i == span.root.i):
            score += OUTSIDE_PENALTY  # the trigger's own phrase names its place before its head's does
        if best is None or score < best[0] or (score == best[0] and _finer(place, best[1])):
            best = (score, place)
    if best is not None and best[0] <= MAX_SCORE:
        return best[1]
    return None


def place_candidates(sentence: Span, places: Iterable[Place]) -> list[Place]:
    """The sentence's places that could be a scene: the gazetteer's, then unknown toponyms."""
    inside = [p for p in places if sentence.start_char <= p.start and p.end <= sentence.end_char]
    # (an organisation's span without its leading 'the', as unknown toponyms are cut)
    orgs = [(_without_det(e).start_char, e.end_char) for e in sentence.ents if e.label_ == "ORG"]
    return [
        p
        for p in inside + _unknown_toponyms(sentence, inside)
        # "the Islamic State of Iraq and Al-Sham": a name inside an organisation's name is no scene.
        if not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in orgs)
    ]


def _score(trigger: Token, span: Span) -> float:
    """Lower is better: tree distance, adjusted for how the place is attached."""
    root = span.root
    anchor = _place_phrase(root)
    # Measured to the place phrase: "in the town of X" is as close as "in X".
    score = float(tree_distance(trigger, anchor))
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        score -= LOCATIVE_BONUS
    elif anchor.dep_ == "dobj" and head.lemma_.lower() in TERRITORY_VERBS:
        score -= TERRITORY_BONUS  # "shelled the settlements of X", "captured X": the object is the scene
    elif (
        anchor.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in DIRECTION_WORDS
        and head.head.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"npadvmod", "nummod", "advmod"} for c in head.head.children)
        and not (head.head.i > 0 and head.head.nbor(-1).text == ",")
    ):
        score -= DIRECTION_BONUS
    elif (
        root.dep_ in MODIFIER_DEPS
        and root.head.i != root.i
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.lemma_.lower() not in PLACE_NOUNS | FACILITY_WORDS
    ):
        # "U.S. forces", "Morocco's parliament": whose, not where ("Mogadishu's district" is)
        score += MODIFIER_PENALTY
    if (
        anchor.dep_ == "pobj"
        and head.lower_ == "from"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() not in PLACE_NOUNS | FACILITY_WORDS
    ):
        score += MODIFIER_PENALTY  # "under pressure from Washington", "aid from Japan": whose, not where
    if anchor is not root and root.dep_ == "poss":
        score += POSS_PENALTY  # "Mogadishu's Yaqshid district": the possessor contains the scene
    elif anchor is not root and root.dep_ == "compound":
        score += 0.25
    elif root.dep_ in {"nsubj", "nsubjpass"}:
        score += SUBJECT_PENALTY  # "Russia would lead …": a country as the actor, not the scene
    return score


def _context_penalty(trigger: Token, place: Place, span: Span, found: list[tuple[Place, Span]]) -> float:
    """Penalties that depend on the rest of the sentence: the actor's phrase, names, datelines, containers."""
    root = span.root
    anchor = _place_phrase(root)
    locative = anchor.dep_ == "pobj" and anchor.head.lower_ in LOCATIVE_PREPS
    penalty = 0.0
    subjects = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    if (
        not locative
        and root.dep_ not in {"nsubj", "nsubjpass"}
        and any(s.i == root.i or s.is_ancestor(root) for s in subjects)
    ):
        penalty += SUBJECT_PENALTY  # "ISIS of Iraq and Al-Sham launched": part of the actor
    if root.ent_type_ == "PERSON" and not locative and anchor.i == root.i:
        penalty += PERSON_PENALTY  # "shot Oudeh", "Bryant shot": a person the gazetteer knows as a town
    elif root.ent_type_ in NOT_PLACES - {"PERSON", "ORG"}:
        penalty += PERSON_PENALTY  # "Thai", "Gaelic": a nationality or a language, not a place
    if _facility(place, span) and len(found) > 1:
        penalty += FACILITY_PENALTY  # "outside New York's Plaza Hotel": the town is the event's place
    spans = [s for _, s in found]
    if _in_longer_name(span, spans):
        penalty += NAME_PENALTY
    if _dateline(span):
        penalty += DATELINE_PENALTY
    for other_place, other in found:
        if other.start == span.start:
            continue
        loser = _container(place, span, other_place, other) or _appended(place, span, other_place, other)
        if loser is not None and loser.start == span.start:
            penalty += CONTAINER_PENALTY  # "Pakistan's city of Peshawar", "Muuri village in Lower Shabelle"
            break
    return penalty


def _rank(place: Place, span: Span) -> float:
    """How large a place is: a country contains a province, which contains a town or a district."""
    code = place.feature_code or ""
    if place.geonameid is None:
        noun = _place_phrase(span.root).lemma_.lower()
        if noun in ADMIN_NOUNS:
            return 2.0
        # "the Ben Younis area of Benghazi": an unknown name that names a part of a town
        if noun in PART_NOUNS and span.root.dep_ in {"compound", "appos"}:
            return 0.5
        return 1.0
    if code == "PPLX":
        return 0.5
    if code.startswith("PCL") or code == "CONT":
        return 3.0
    if code.startswith("ADM") or code in {"RGN", "PRSH", "TERR"} or code in NATURAL_AREAS:
        return 2.0
    if _place_phrase(span.root).lemma_.lower() in ADMIN_NOUNS:
        return 2.0  # "the province of Damascus", "Kaduna State": the province, not the city
    if code in {"PPLC", "PPLA", "PPLA2", "PPLG"}:
        return 1.5
    return 1.0


def _container(a: Place, a_span: Span, b: Place, b_span: Span) -> Span | None:
    """Of two places named in one phrase ("the Homs district of Baba Amr", "Muuri village in Lower
    Shabelle", "Tal Mustawi near Khan Touman"), the one that only locates the other, or None."""
    a_root, b_root = a_span.root, b_span.root
    a_anchor, b_anchor = _place_phrase(a_root), _place_phrase(b_root)
    if a_anchor.i == b_anchor.i:
        # "the Al-Malaah Farms of northern Aleppo": the name that holds the place noun is the place
        if a_span.start <= a_anchor.i < a_span.end:
            return b_span
        if b_span.start <= b_anchor.i < b_span.end:
            return a_span
        ranks = (_rank(a, a_span), _rank(b, b_span))
        if ranks[0] != ranks[1]:
            return a_span if ranks[0] > ranks[1] else b_span
        # Same size: the name after 'of' is the place ("the Tijuana district of La Presa").
        if _of_object(a_root):
            return b_span
        if _of_object(b_root):
            return a_span
        return None
    for inner, inner_place, outer, outer_place, outer_anchor in (
        (a_span, a, b_span, b, b_anchor),
        (b_span, b, a_span, a, a_anchor),
    ):
        if outer_anchor.is_ancestor(inner.root) and not (outer.start <= inner.root.i < outer.end):
            ranks = (_rank(inner_place, inner), _rank(outer_place, outer))
            return outer if ranks[1] > ranks[0] else inner
    return None


def _appended(a: Place, a_span: Span, b: Place, b_span: Span) -> Span | None:
    """'in Hasakah province, northeast Syria', 'Dambar, Central Darfur': a larger place appended after
    a comma qualifies the one before it, whatever the parser attached it to."""
    first, first_place, second, second_place = (
        (a_span, a, b_span, b) if a_span.start < b_span.start else (b_span, b, a_span, a)
    )
    between = first.doc[first.end : second.start]
    if not between or between[0].text != "," or len(between) > 6:
        return None
    if not all(
        t.is_punct
        or t.pos_ in {"DET", "ADJ"}
        or t.lower_ in {"in", "of"}
        or t.lemma_.lower() in PLACE_NOUNS
        or t.lower_ in DIRECTION_WORDS
        for t in between
    ):
        return None
    return second if _rank(second_place, second) > _rank(first_place, first) else None


def _facility(place: Place, span: Span) -> bool:
    return place.geonameid is None and span[-1].lower_ in FACILITY_WORDS


def _of_object(tok: Token) -> bool:
    if tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of"


def _in_longer_name(span: Span, others: list[Span]) -> bool:
    """'Faylaq Al-Sham', 'the Islamic State of Iraq', 'Group of Eight': a place word inside a name."""
    root = span.root
    if any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start and not _inside(c, others)
        for c in root.children
    ):
        return True
    tok = root.head if root.dep_ == "conj" else root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        owner = tok.head.head
        return (
            owner.pos_ == "PROPN"
            and owner.is_title
            and owner.lemma_.lower() not in PLACE_NOUNS
            and not _inside(owner, others)
        )
    return False


def _inside(tok: Token, spans: list[Span]) -> bool:
    return any(s.start <= tok.i < s.end for s in spans)


def _dateline(span: Span) -> bool:
    """'BAGHDAD --' / 'Damascus, Syria (12:30 P.M.) –': the story's dateline, not the event's scene."""
    sent = span.sent
    if span.start - sent.start > 8:
        return False
    if span.text.isupper() and len(span.text) > 3 and not sent.text.isupper():
        return True  # "URFA  Two Turkish policemen …", "FALLUJAH, west of Baghdad On the third day …"
    head = sent[: min(len(sent), span.end - sent.start + 6)]
    return span.start - sent.start <= 4 and any(t.text in DATELINE_DASHES and t.i >= span.end for t in head)


def _place_phrase(root: Token) -> Token:
    """'in the town of X' / 'in the provinces of X and Y': the phrase X sits in is the place noun's."""
    tok = root
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PHRASE_NOUNS:
        tok = tok.head.head
    elif tok.dep_ in {"compound", "poss", "appos"} and tok.head.lemma_.lower() in PLACE_NOUNS:
        tok = tok.head
    else:
        return tok
    # "in the suburbs of the city of Coimbra": the outermost place noun carries the phrase
    for _ in range(3):
        if not (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PHRASE_NOUNS
        ):
            break
        tok = tok.head.head
    return tok


def _unknown_toponyms(sentence: Span, known: list[Place]) -> list[Place]:
    """Toponyms the gazetteer did not resolve: GPE/LOC/FAC entities and proper nouns after 'in'/'at'."""
    taken = [(p.start, p.end) for p in known]
    out: list[Place] = []

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    for ent in sentence.ents:
        # a name, not "105th" or "heavy fog"
        named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
        if ent.label_ in UNKNOWN_LABELS and named and free(ent.start_char, ent.end_char):
            out.append(_unresolved(ent))
            taken.append((ent.start_char, ent.end_char))
    for tok in sentence:
        if tok.pos_ != "PROPN" or not _in_place_slot(tok):
            continue
        # spaCy's NER calls many towns PERSON or ORG; in a place slot a name is a place all the same.
        if tok.ent_type_ in NOT_PLACES and not _slot_name(tok):
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


def _slot_name(tok: Token) -> bool:
    """A name spaCy labelled a person or an organisation that still reads as a toponym in a place slot."""
    if tok.ent_type_ == "PERSON":
        # "Smith's home" is someone's home, not a town; "sanctions on President Lukashenko" names a
        # person ("on", "over", "against" say about whom as often as where; "Sheikh Maqsoud" is a place)
        about = tok.dep_ == "pobj" and tok.head.lower_ in {"on", "over", "into", "against"}
        titled = any(t.lower_ in PERSON_TITLES for t in tok.lefts)
        return tok.dep_ != "poss" and not (about and titled)
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
    return ent is not None and not any(t.lower_ in ORG_WORDS for t in ent)


def _in_place_slot(tok: Token) -> bool:
    """A proper noun where a place goes: after in/at/near, after 'the town of', before 'district'."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if tok.dep_ in {"compound", "poss", "appos", "oprd"} and head.lemma_.lower() in PLACE_NOUNS:
        # "Qaraqoyunlu Military Airport": a word of the head's own name, which the head brings
        return not (tok.dep_ == "compound" and head.pos_ == "PROPN")
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PART_OF_PLACE:
        return True  # "the northern perimeter of Saraf", "the southern slope of Tal Al-Bardah"
    if (
        tok.dep_ == "dobj"
        and head.lemma_.lower() in TERRITORY_VERBS
        and (
            tok.ent_type_ in {"", "GPE", "LOC", "FAC", "PRODUCT"}
            or (tok.ent_type_ == "ORG" and _slot_name(tok))
        )
    ):
        return True  # "rebels captured Birao", "insurgents are shelling Fuah"
    return tok.dep_ == "conj" and head.pos_ == "PROPN" and _in_place_slot(head)


def _without_det(span: Span) -> Span:
    while len(span) > 1 and span[0].pos_ == "DET":
        span = span[1:]
    while len(span) > 1 and span[-1].pos_ in {"PUNCT", "SPACE"}:
        span = span[:-1]  # "Hazrama.\n", "Jabal Al-Akrad (": an entity that swallowed punctuation
    return span


def _unresolved(span: Span) -> Place:
    span = _without_det(span)  # "the Souk Al-Hout area": the name, whose root is then the name's head
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
