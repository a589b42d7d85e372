"""Whether a capitalised gazetteer hit is a place here: spaCy's entities and tags as hints, datelines, the
words around the name ("the town of X", "in X", "X, a village in ...")."""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from eventwatch.extract.place_hit import PlaceHit

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Words after a name that say it is a division or region ("the Kherson region").
REGION_WORDS = frozenset(
    {
        "region",
        "province",
        "district",
        "state",
        "county",
        "oblast",
        "governorate",
        "prefecture",
        "territory",
        "department",
        "division",
        "voivodeship",
        "municipality",
        "emirate",
    }
)
# The same after a list of names: "the Escuintla and Sacatepéquez departments".
REGION_PLURALS = frozenset(
    {"regions", "provinces", "districts", "states", "counties", "oblasts", "governorates", "departments"}
)


TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "miss", "sir", "lord", "lady", "gen", "sen", "rep", "gov", "st",
     # ("President Banda", "Prime Minister Nawaz"): offices, never the first word of a place's name
     "president", "senator", "chancellor", "pope", "ayatollah", "minister", "premier", "governor", "mayor",
     # ("Officer Denton said", "Coach Hutchinson"): ranks and callings before a surname
     "officer", "deputy", "detective", "det", "sgt", "sergeant", "trooper", "constable", "cpl", "lt",
     "inspector", "chief", "coach", "judge", "pastor", "rev", "rabbi", "imam", "prof", "professor"}
)  # fmt: skip


# Lowercase nouns of a person's role or kin, which a person's full name follows: "quarterback Tyler
# Reimer", "resident Paris Jackson".
PERSON_ROLES = frozenset(
    {"quarterback", "coach", "player", "striker", "midfielder", "defender", "goalkeeper", "forward", "guard",
     "pitcher", "catcher", "linebacker", "receiver", "runner", "winger", "captain", "teammate", "rookie",
     "senior", "junior", "sophomore", "freshman", "student", "teacher", "principal", "resident", "neighbor",
     "neighbour", "farmer", "driver", "officer", "deputy", "detective", "sergeant", "trooper", "constable",
     "spokesman", "spokeswoman", "spokesperson", "witness", "owner", "manager", "councilman", "councilwoman",
     "councillor", "commissioner", "lawyer", "attorney", "prosecutor", "judge", "singer", "actor", "actress",
     "rapper", "author", "artist", "nurse", "doctor", "pastor", "victim", "survivor", "son", "daughter",
     "wife", "husband", "brother", "sister", "mother", "father", "grandson", "granddaughter"}
)  # fmt: skip


# What follows a dateline's place ("WASHINGTON —", "CHARLESTON, W.Va. --", "ORLANDO, Fla. (AP) —", "BEIRUT:"),
# perhaps after more places in capitals ("BEIRUT/ANKARA (Reuters) -", a story filed from two towns) or a date
# ("HUE, Vietnam, Nov. 6 (Xinhua) --", "ISLAMABAD, Dec 12 (APP):"); after a date, the line may end there:
# "SAPTARI, July 13" on a line of its own, as South Asian papers write it.
_DATELINE_DATE = (
    r",\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]{0,6}\.?\s\d{1,2}(?:,\s?\d{4})?"
)
_DATELINE_END = re.compile(
    r"(?:/[A-Z][A-Z .'-]{1,30}?)*"
    r"(?:,\s?[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)?"
    rf"(?:(?:{_DATELINE_DATE})?\s*(?:[-\u2013\u2014\x97]|\(|:|>>|\.\s(?=[A-Z]))|{_DATELINE_DATE}[ \t]*\n)"
)  # (and "KAMPALA. President …", as East African papers write it, and "TORRINGTON >>", as some US ones do)
# The places in capitals before a dateline's second place: "BEIRUT/" of "BEIRUT/ANKARA (Reuters)".
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]{1,30}/(?:[A-Z][A-Z .'-]{1,30}/)*$")
# What follows a mixed-case dateline's place: an agency in brackets ("Washington (CNN)", "Paris (AFP) -"),
# perhaps after the country in brackets ("Sid (Serbia) (AFP) -", as AFP writes it).
_AGENCY_DATELINE_END = re.compile(
    r"(?:,\s?[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?|\s\([A-Z][A-Za-z. ]{1,30}\))?"
    r"\s\([A-Z][A-Za-z]{1,9}\)"
)


# A place described right after it by its state or country: "Kingston, the Ontario city …", "Perth, the
# Scottish town …" (the state before a settlement word), "Kingston, a city in Ontario".
_SETTLEMENT_WORD = r"(?:city|town|village|port|capital|suburb|community|municipality|township|hamlet)"
# A compass word before a place's name: "northern", "south-eastern", "central", "west".
COMPASS_WORD = r"(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)"
_DESCRIBED_GAP = re.compile(
    rf",\s(?:(?:the|a|an)\s(?:[a-z-]+\s){{0,2}}?)?(?:{_SETTLEMENT_WORD}\s(?:in|of)\s(?:the\s)?(?:{COMPASS_WORD}\s)?)?"
)
_SETTLEMENT_WORD_AFTER = re.compile(rf"\s{_SETTLEMENT_WORD}\b")
# An apposition that calls the name a settlement: "Luang Prabang, the ancient royal city on the Mekong",
# "Dungog, a farming town" (not "Smith, the town's mayor", "Jones, a city councillor").
_SETTLEMENT_APPOSITION = re.compile(
    rf",\s(?:the|a|an)\s(?:[a-z-]+\s){{0,3}}?{_SETTLEMENT_WORD}"
    r"(?=[,.;:]|\s(?:of|on|in|near|at|by|north|south|east|west|outside|where|that|which|whose|with|known"
    r"|famous|best|once|founded|some|about|\d)\b)"
)


_DESCRIBING_BEFORE = re.compile(r"\w,\s(?:the|a|an)\s(?:[a-z-]+\s)?$")

# A place described before its name by its country's adjective or name and a kind of place: "the Spanish
# city of León", "the Mexican border city of Nogales", "the Belgian province of Limburg", "the US state of
# Georgia", "the Irish capital, Dublin". Not a side that holds or claims it ("the Russian-occupied city of
# Melitopol"): the words between are neither a hyphen's nor a holder's.
# The kinds that name a division, and the plurals, which name the list after them ("the Spanish cities of
# Valencia and Mérida").
DIVISION_KINDS = frozenset(
    {"state", "province", "region", "district", "county", "states", "provinces", "regions", "districts",
     "counties"}
)  # fmt: skip
KIND_PLURALS = frozenset(
    {"cities", "towns", "villages", "ports", "provinces", "states", "regions", "districts", "counties",
     "islands"}
)  # fmt: skip
_SETTLEMENT_KINDS = frozenset(
    {"city", "town", "village", "port", "capital", "suburb", "community", "municipality", "township",
     "hamlet", "resort", "oasis", "island", "enclave", "exclave"}
)  # fmt: skip
_KIND_OF_PLACE = "(?:" + "|".join(sorted(_SETTLEMENT_KINDS | DIVISION_KINDS | KIND_PLURALS)) + ")"
_HOLDING = frozenset(
    {"occupied", "controlled", "held", "annexed", "administered", "claimed", "backed", "run", "besieged"}
)
_KIND_OF_PLACE_GAP = re.compile(rf"\s((?:[a-z]+\s){{0,2}})({_KIND_OF_PLACE})(?:\sof\s(?:the\s)?|,?\s)")


# "Kilkenny city", "Ennis town": the lower-case word after the name says it is a settlement.
_SETTLEMENT_NOUN_AFTER = re.compile(r" (?:city|town|village|township)\b(?![-'’])")


def settlement_noun_after(text: str, end: int) -> bool:
    """A settlement's noun, in lower case, right after the name: "did for Kilkenny city", "in Ennis town
    centre"."""
    return _SETTLEMENT_NOUN_AFTER.match(text, end) is not None


def called_a_settlement(text: str, end: int) -> bool:
    """The words after the name call it a settlement, in an apposition: ", the ancient royal city on …"."""
    return _SETTLEMENT_APPOSITION.match(text, end) is not None


# Capitalised words before a name that qualify it rather than starting a longer name ("Metro Atlanta").
_QUALIFYING = (
    "north south east west central northern southern eastern western northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern greater metro metropolitan downtown "
    "uptown upstate downstate inner outer old rural suburban"
)
QUALIFYING_WORDS = frozenset(_QUALIFYING.split())


# Verbs of motion whose "from" names where one comes from.
MOTION_FROM = frozenset(
    {
        "flee",
        "evacuate",
        "come",
        "arrive",
        "return",
        "travel",
        "drive",
        "fly",
        "move",
        "escape",
        "withdraw",
        "retreat",
        "relocate",
        "head",
        "walk",
        "sail",
        "ride",
        "commute",
        "deport",
        "airlift",
        "rescue",
    }
)
# Verbs of motion or arrival whose "to" or "at" names where one goes ("moved to X", "arrived at X").
MOTION_TO = MOTION_FROM | {
    "go",
    "divert",
    "reroute",
    "extend",
    "send",
    "deploy",
    "transfer",
    "rush",
    "march",
    "redeploy",
    "dispatch",
    "land",
}
# Entities spaCy gives names that a locative preposition shows to be places ("in Hilliard" as a PRODUCT,
# "in Cannes" as a people).
MISREAD_PLACE_ENTS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
LOCATIVE_BEFORE = frozenset(
    {"in", "near", "outside", "around", "into", "across", "toward", "towards", "through", "via", "throughout",
     "below", "above", "beyond", "beneath", "between"}
)  # fmt: skip


# Prepositions that end an entity's words before a name that stands alone ("People in Trimsaran").
_PREPOSITIONS_INSIDE = frozenset(
    {"in", "at", "near", "from", "to", "outside", "around", "above", "below", "beyond", "past", "via", "into"}
    | {"toward", "towards", "through", "across", "beside", "off", "inside", "within", "behind"}
)


def opens_sentence(token: Token) -> bool:
    """The token is its sentence's first word, after any opening punctuation: "Now" in '"Now Andijan is an
    hour away"' is capitalised as the first word, not as a name."""
    if token.is_sent_start:
        return True
    start = token.sent.start
    return all(t.is_punct for t in token.doc[start : token.i])


def opens_sentence_alone(span: Span) -> bool:
    """A one-word capitalised name opening its sentence, bare, and set off by a comma after it."""
    tok = span[0]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        len(span) == 1
        and bool(tok.is_sent_start)
        and tok.text[:1].isupper()
        and after is not None
        and after.text == ","
        and not any(c.dep_ in {"det", "amod", "compound", "poss"} for c in tok.children)
    )


def ends_longer_name(span: Span) -> bool:
    """True when `span` ends a longer proper name that the gazetteer does not hold: "Meadow Grove" is
    not Grove, "Nueva Ecija" not Écija, "Stoke Newington" not Newington. A qualifier ("Greater London",
    "Metro Atlanta") does not count."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return (
        not opens_sentence(prev)
        and prev.tag_ == "NNP"
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and prev.text[:1].isupper()
        and prev.text.isalpha()
        and prev.lower_ not in QUALIFYING_WORDS
    )


def ends_after_preposition(ent: Span, span: Span) -> bool:
    """True when an entity ends with the name after a preposition: "People in Trimsaran", a WORK_OF_ART
    to spaCy, names Trimsaran alone."""
    if ent.end != span.end or span.start == 0 or ent.start >= span.start:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_ in _PREPOSITIONS_INSIDE and prev.text.islower()


def modifies(span: Span) -> bool:
    """The name modifies a noun after it ("the Russian border", "the Energy Ministry")."""
    return span.root.dep_ in {"amod", "compound", "nmod", "poss"} and span.root.head.i >= span.end


def the_before(span: Span) -> bool:
    """True for a bare name after "the" that heads its phrase: "in the Pacific", "the Punjab's", "The Enguri
    already feeds …" (but not "the Paris office" or "the Dallas-based firm"). Towns seldom take the
    article; seas and regions do."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    if span.end == len(doc):
        return True
    after = doc[span.end]
    if (
        after.lower_ in _POSITION_WORDS
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in ("of", "from")
    ):
        return True  # "the Enguri upstream of Mestia", "the Kosi north of Saharsa": a position, no noun
    return after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and after.text not in "-–"


# Words of a position after a place's name, before "of" or "from" (a tagger may read them as nouns).
_POSITION_WORDS = frozenset(
    {"upstream", "downstream", "north", "south", "east", "west", "northeast", "northwest", "southeast",
     "southwest", "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip


# A name of two to four capitalised words, its age after it: "Wade Ray Copeland, 46," (group 2: the surname).
_PERSON_WITH_AGE = re.compile(
    r"\b((?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){0,2}\s([A-Z][a-z][A-Za-z'\-]+)),\s\d{1,3},\s(?!and\b|or\b)"
)


def aged_surnames(text: str, places_named: frozenset[str] = frozenset()) -> frozenset[str]:
    """The last words of the people the text names in full with their age, whatever spaCy calls them:
    "Dennis Holt, 61, of Buffalo Gap" (an organisation to spaCy), so that "Holt's truck" is his; not a
    place's whole name in `places_named`."""
    return frozenset(m.group(2) for m in _PERSON_WITH_AGE.finditer(text) if m.group(1) not in places_named)


def surnames(sdoc: SpacyDoc, places_named: frozenset[str] = frozenset()) -> frozenset[str]:
    """The last words of the people the document names in full ("James Barnes" → "Barnes"), unless
    spaCy also calls the word a place somewhere in it ("Historic Dublin" as a PERSON once, a GPE once),
    or the "person" is itself a place's whole name in `places_named` ("Ciudad Juárez"). (The people
    named with their age, whatever spaCy calls them, are `aged_surnames`.)"""
    places = {t.text for t in sdoc if t.ent_type_ in PLACE_ENTS}
    return frozenset(
        ent[-1].text
        for ent in sdoc.ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].text[:1].isupper()
        and ent[-2].text not in "-–"  # not "Al-Minya": a name split at its hyphen
        and ent[-2].lower_ not in _LIST_JOINTS  # not "Busan, Ulsan": a list of names
        and ent[-1].text not in places
        and ent.text not in places_named
        and not (len(ent) == 2 and _opening_modifier(ent[0]))  # ("Landlocked Mongolia has …")
    )


def short_place(span: Span) -> bool:
    """A name of three letters or fewer in mixed case that spaCy calls a place, or that follows a
    locative preposition: "in Osh", "Qom" (a GPE); not "Man" or "Mon." as words or names."""
    return span.root.pos_ == "PROPN" and (span.root.ent_type_ in PLACE_ENTS or after_locative(span))


def after_locative(span: Span) -> bool:
    """The span follows a locative preposition: "in Osh", "near Hue", "in northern Rakhine"."""
    prev = _word_before(span)
    return prev is not None and prev.lower_ in LOCATIVE_BEFORE


def _word_before(span: Span) -> Token | None:
    """The word before the span, over a compass adjective: "in" of "in northern Rakhine"."""
    before = span.start - 1
    if before > 0 and span.doc[before].lower_ in _COMPASS_ADJECTIVES:
        before -= 1
    return span.doc[before] if before >= 0 else None


def located(span: Span, ent_of: dict[int, Span]) -> bool:
    """A name right after a locative preposition, all of its entity (if any) a person or an
    organisation: 'in Khan Younis' (a PERSON to spaCy), not 'in Human Rights Watch'. 'from' counts
    after a verb of motion or before a 'to' ('fled from Turbat', 'from Walmer to Deal'), not in 'a
    letter from Hastings'."""
    if span.start == 0:
        return False
    doc = span.doc
    prev = doc[span.start - 1]
    # "The driver, 52, of Hagerstown, was taken …", "John Smith, of Springfield,": where someone lives
    residence = prev.lower_ == "of" and span.start >= 2 and doc[span.start - 2].text == ","
    if not residence and not locative_before(span):
        return False
    ents = {ent_of[t.i] for t in span if t.i in ent_of}
    return all(
        e.label_ in MISREAD_PLACE_ENTS
        and ((e.start == span.start and e.end == span.end) or _lists_names(e, span))
        for e in ents
    )


# "as far as Mankato", "as far away as Busan", "as far north as Darwin".
_AS_FAR_AS = re.compile(r"\bas far (?:(?:away|afield|north|south|east|west|inland) )?as$", re.IGNORECASE)
# Nouns of a person or people, whom "from" a place says where they live: "a man from Lloydminster".
_PEOPLE = frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "child", "person", "motorist", "passenger", "pilot",
     "cyclist", "pedestrian", "worker", "couple", "family", "native", "youth", "pensioner", "retiree",
     "group", "team", "delegation", "band", "choir", "crew", "squad", "contingent", "troupe"}
)  # fmt: skip


# Words before "of" that make it a locative preposition.
_SPATIAL_BEFORE_OF = frozenset(
    {"out", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def locative_before(span: Span) -> bool:
    """The word before the span says where: a locative preposition; "from" after a verb of motion,
    of people or before a "to"; "to" or "at" after a verb of motion ("came from as far as Mankato")."""
    prev = _word_before(span)
    if prev is None:
        return False
    doc = span.doc
    far_as = _AS_FAR_AS.search(doc[max(0, span.start - 4) : span.start].text) is not None
    if prev.lower_ == "from":
        after = doc[span.end] if span.end < len(doc) else None
        # "teenagers from Lisburn", "a man from Lloydminster": people from a place (not "a letter from X")
        people = prev.head.pos_ == "NOUN" and (
            prev.head.tag_ == "NNS" or prev.head.lemma_.lower() in PERSON_ROLES | _PEOPLE
        )
        return prev.head.lemma_ in MOTION_FROM or people or (after is not None and after.lower_ == "to")
    if prev.lower_ in {"to", "at"}:
        return prev.head.lemma_ in MOTION_TO  # "travelled to Tres Rios", not "spoke to Johnson"
    if prev.lemma_ == "flee" and prev.pos_ == "VERB":
        return True  # ("who fled Yei with her children": what one flees is a place)
    # ("driven out of Palmyra", "just north of Kirkuk")
    out_of = prev.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in _SPATIAL_BEFORE_OF
    return prev.lower_ in LOCATIVE_BEFORE or far_as or out_of


def _lists_names(ent: Span, span: Span) -> bool:
    """An entity that spaCy made of a list of names, which starts with `span` ("Schenectady and
    Little Falls" as one ORG): each name is its own."""
    if ent.start != span.start or span.end >= ent.end:
        return False
    joint = ent.doc[span.end]
    rest = ent.doc[span.end + 1 : ent.end]
    return joint.lower_ in {"and", ",", "or"} and all(
        t.text[:1].isupper() or t.lower_ in {"and", ","} for t in rest
    )


def lists_places(ent: Span, span: Span, named_tokens: set[int]) -> bool:
    """An entity that spaCy made of a list of gazetteer names, `span` one of them ("Kells and Callan"
    as one ORG): each name stands alone. Not "Marks and Spencer", whose other words name no place."""
    before = ent.doc[ent.start : span.start]
    after = ent.doc[span.end : ent.end]
    if (before and before[-1].lower_ not in _LIST_JOINTS) or (after and after[0].lower_ not in _LIST_JOINTS):
        return False
    rest = [*before, *after]
    return any(t.lower_ in _LIST_JOINTS for t in rest) and all(
        t.lower_ in _LIST_JOINTS or t.i in named_tokens for t in rest
    )


_LIST_JOINTS = frozenset({"and", ",", "or"})


def _one_of_listed_names(ent: Span, span: Span) -> bool:
    """An entity that spaCy made of a list of capitalised names, `span` any one of them ("Busan, Ulsan" as
    one PERSON): each name may stand alone (`_lists_names` asks the same of a list's first name only)."""
    return lists_places(ent, span, {t.i for t in ent if t.text[:1].isupper()})


def a_people(span: Span) -> bool:
    """True when spaCy reads the name as a people or group (NORP): "Roma residents", "Arab states"."""
    return any(t.ent_type_ == "NORP" for t in span)


def titled(span: Span) -> bool:
    """True after a capitalised title: "Mayor Denton", "Officer Hutchinson" are people."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_.rstrip(".") in TITLES and prev.text[:1].isupper() and not prev.lower_.startswith("st")


# Kin that an obituary or a family story names a person after: "survived by a son, Paul", "his grandson
# Tyler", "daughter Mary (Limerick)". (Not "twin": a town's twin town is a town.)
_KIN = frozenset(
    {"son", "sons", "daughter", "daughters", "grandson", "grandsons", "granddaughter", "granddaughters",
     "wife", "husband", "brother", "brothers", "sister", "sisters", "mother", "father", "nephew", "niece",
     "cousin", "widow", "widower", "stepson", "stepdaughter", "aunt", "uncle", "fiancee", "fiancé", "fiancée"}
)  # fmt: skip
# A first name before a maiden name or a spouse's in brackets and the surname: "Edna (Moore) Kessler",
# "Paul (Deb) Schultz of Prairie du Sac".
_BRACKETED_NAME_AFTER = re.compile(r" \([A-Z][a-z]+\) [A-Z][a-z]")


def kin_named(span: Span) -> bool:
    """True for one word that a kin noun or "the late" names as a person ("his wife, Amanda", "a son of
    the late Walter"), or that a bracketed name and a surname follow ("Edna (Moore) Kessler")."""
    if len(span) != 1 or span[0].text.isupper():
        return False
    doc = span.doc
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].text == "," else 0)
    if start > 0:
        prev = doc[start - 1]
        if prev.text in _KIN or (prev.lower_ == "late" and start > 1 and doc[start - 2].lower_ == "the"):
            return True
    return _BRACKETED_NAME_AFTER.match(doc.text, span.end_char) is not None


def _opening_modifier(token: Token) -> bool:
    """An adjective, participle or preposition opening a sentence, capitalised so that the tagger may take
    it for a name: "Landlocked Mongolia has …", "Impoverished Haiti …", "Inside Raleigh's Beltline …",
    "Northern Mali fell …"."""
    return opens_sentence(token) and (
        (len(token) > 4 and token.lower_.endswith(_MODIFIER_ENDINGS))
        or token.lower_ in _OPENING_PREPOSITIONS
        or token.lower_ in _COMPASS_ADJECTIVES
    )


_MODIFIER_ENDINGS = ("ed", "ing", "ful", "less", "ous", "ive")
_COMPASS_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
)  # fmt: skip
_OPENING_PREPOSITIONS = LOCATIVE_BEFORE | _PREPOSITIONS_INSIDE


def hint_verdict(span: Span, ent_of: dict[int, Span], surnames: frozenset[str] = frozenset()) -> str:
    """What spaCy's hints say about a gazetteer hit; `surnames` are those of the document's people.

    RETURNS (str): 'yes' (a place entity), 'no', 'other' (inside a person, organisation or other
    entity: kept only for prominent places) or 'propn' (a proper noun outside any entity).
    """
    doc = span.doc
    if titled(span):
        return "no"
    ents = {ent_of[t.i] for t in span if t.i in ent_of}
    labels = {e.label_ for e in ents}
    if not labels & PLACE_ENTS:
        # A person named in full earlier or later, now by surname alone: "James Barnes … Barnes said".
        if span.text in surnames:
            return "no"
        # A maker before its product: "a Toyota Camry".
        after = ent_of.get(span.end)
        if after is not None and after.label_ == "PRODUCT" and after.start == span.end:
            return "no"
    # ("quarterback Tyler Reimer", which spaCy may call an organisation: a person after a person's role)
    role_before = span.start > 0 and doc[span.start - 1].text in PERSON_ROLES
    for ent in ents:
        if (
            (ent.label_ == "PERSON" or (role_before and ent.label_ == "ORG" and ent.start == span.start))
            and len(ent) > len(span)
            and "-" not in ent.text
            and "–" not in ent.text
            and not _one_of_listed_names(ent, span)  # ("Busan, Ulsan", one PERSON to spaCy)
            # (a capitalised word opening the sentence is no part of a name: "Neighbouring Tamil Nadu"; nor
            # is a division word: "Rakhine State" is no person)
            and any(
                t.pos_ == "PROPN" and t.lower_ not in REGION_WORDS and not _opening_modifier(t)
                for t in ent
                if not span.start <= t.i < span.end
            )
        ):
            return "no"
    if any(
        e.label_ in ("FAC", "ORG") and e.start <= span.start and span.end <= e.end and len(e) > len(span)
        for e in ents
    ):
        return "other"  # "Stade" in "Stade de France", "Pearson" in "Pearson International Airport"
    if labels & PLACE_ENTS:
        return "yes"
    # (a capitalised word the tagger could not place, "X", is a foreign name as often as not: "Sana'a")
    if not any(t.pos_ == "PROPN" or (t.pos_ == "X" and t.text[:1].isupper()) for t in span):
        # (but a capitalised word the tagger took for a common noun after a locative preposition,
        # mid-sentence, is a name: "the motorway toward Folkestone")
        capitalised = all(t.text[:1].isupper() and not t.is_sent_start for t in span)
        if not (capitalised and after_locative(span)):
            return "no"
    if labels:
        return "other"
    return "propn"


# The prefix of a name in capitals that keeps its small letters: "DeKALB", "McALLEN", "LaPORTE".
_MIXED_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le)(?=[A-Z])")


def _in_capitals(surface: str) -> bool:
    prefix = _MIXED_PREFIX.match(surface)
    return surface[prefix.end() if prefix else 0 :].isupper()


_HYPHEN_GOES_ON = re.compile(r"-[A-Z]+(?=[-,\s])")


def is_dateline(text: str, start: int, end: int) -> bool:
    """True for a dateline's place: capitals opening a line or following a headline's full stop,
    then a dash, "(AP)" or a colon, perhaps after a state ("CHARLESTON, W.Va. --"); or a name in any
    case there, then an agency in brackets ("Washington (CNN)")."""
    surface = text[start:end]
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if before.endswith("/") and _in_capitals(surface):
        if not _DATELINE_BEFORE.search(text, max(0, start - 64), start):
            return False
    elif before and not before.endswith((".", "!", "?", "\n")):
        return False
    if not _in_capitals(surface) or len(surface) < 3:  # "Washington (CNN) —": the agency says so
        return _AGENCY_DATELINE_END.match(text, end) is not None
    if _HYPHEN_GOES_ON.match(text, end):
        return False  # "SAINT-BERNARD-DE-LACOLLE, Que. —": a hyphen goes on with the name, no dash ends it
    return _DATELINE_END.match(text, end) is not None


# A colon after a name in any case, then a capital: "Chandigarh: With four days to go …", as India's and
# the Gulf's papers open a story.
_COLON_DATELINE_END = re.compile(r":\s{1,2}[A-Z\"\u201c]")


def is_colon_dateline(text: str, start: int, end: int) -> bool:
    """A name opening the text (or a line of it), then a colon and a capital: "Hyderabad: More than 2.5
    lakh passengers …" (the name's own case; is_dateline takes one in capitals)."""
    return not text[max(0, start - 2) : start].strip() and _COLON_DATELINE_END.match(text, end) is not None


def opens_text(text: str, start: int) -> bool:
    """The name is the text's first word: the tagger, with no capital to tell it a name from a sentence's
    first word, often reads it as a common noun ("Erie residents spent …")."""
    return not text[:start].strip()


def describes_the_place_before(text: str, start: int, end: int) -> bool:
    """A country's adjective in an apposition that describes the place before it: "Perth, the Scottish
    city" (a demonym is otherwise no hit: "Pakistani markings" says nothing of where Punjab is)."""
    return _DESCRIBING_BEFORE.search(text, max(0, start - 24), start) is not None and bool(
        _SETTLEMENT_WORD_AFTER.match(text, end)
    )


def kind_of_place_after(text: str, end: int) -> bool:
    """A country's adjective or name before a kind of place and the place's name: "the Spanish| city of
    León", "the US| state of Georgia"."""
    match = _KIND_OF_PLACE_GAP.match(text, end)
    return (
        match is not None and _kind_named(match) is not None and text[match.end() : match.end() + 1].isupper()
    )


def kind_described_next(between: str) -> str | None:
    """The kind of place that the words between a country's or state's adjective or name and the next
    place name call that place, which lies there: "city" of " city of " in "the Lebanese| city of |Tripoli",
    "the Ontario| town of |Perth"; None when they do not."""
    return _kind_named(_KIND_OF_PLACE_GAP.fullmatch(between))


def _kind_named(match: re.Match[str] | None) -> str | None:
    """The kind of place a `_KIND_OF_PLACE_GAP` match names, unless the words before it name a holder."""
    if match is None or _HOLDING.intersection(match.group(1).split()):
        return None
    return match.group(2)


def described(text: str, between: str, right: PlaceHit) -> bool:
    """The words between a place and the next hit describe it by that hit: ", the Ontario city",
    ", a small town in Ontario", ", capital of Ireland"."""
    if _DESCRIBED_GAP.fullmatch(between) is None or between.strip() == ",":
        return False
    return " in " in between or " of " in between or _SETTLEMENT_WORD_AFTER.match(text, right.end) is not None


def modifies_common_noun(span: Span) -> bool:
    """The name is followed by a common noun it qualifies: "Pacific island leaders", "Atlantic storms"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower


def word_after(text: str, end: int) -> str:
    """The lower-cased word after a name, without punctuation: "Kunduz province," → "province"."""
    return text[end : end + 16].lstrip(" ").lower().split(" ", 1)[0].strip(".,;:")


def division_word_after(text: str, end: int) -> bool:
    """A division's word in lower case right after a name: "Kishanganj districts", "Sylhet division"
    (not "Islamic State"); or the word of a local division named after its town, in any case:
    "Konduga Local Government Area", "Gwoza LGA", "Waingmaw Township", "Teknaf upazila"."""
    return _DIVISION_WORD_AFTER.match(text, end) is not None or towns_division_after(text, end)


def towns_division_after(text: str, end: int) -> bool:
    """The word of a local division named after its town right after a name: "Gwoza LGA" (which does
    not make the name the start of a longer one)."""
    return _TOWNS_DIVISION_AFTER.match(text, end) is not None


def is_towns_division_word(text: str, start: int, end: int) -> bool:
    """Whether the hit at `start`-`end` is itself such a word after a town's name: "Boma" of "Nsanje
    Boma", which is no other place of that name."""
    found = _TOWNS_DIVISION_AFTER.match(text, start - 1) if start >= 2 else None
    return found is not None and found.end() == end and text[start - 2].isalpha()


# (a plural capitalised too, after a list: "the Colombo and Gampaha Districts"; not a singular: "Islamic
# State")
_DIVISION_WORD_AFTER = re.compile(
    r"\s(?:" + "|".join(sorted(REGION_WORDS | REGION_PLURALS | {w.title() for w in REGION_PLURALS})) + r")\b"
)
# Local divisions that take their town's name (Nigeria's, Myanmar's, Bangladesh's, Pakistan's, India's,
# Ethiopia's, the former Soviet states', Mali's), which reports name in capitals as often as not.
_TOWNS_DIVISION_AFTER = re.compile(
    r"\s(?:Local Government Areas?|local government areas?|LGAs?|[Tt]ownships?|[Uu]pazilas?|[Tt]ehsils?"
    r"|[Tt]alukas?|[Ww]oredas?|[Rr]a[iy]ons?|[Cc]ercles?|[Ss]ub-?[Dd]istricts?"
    r"|Boma)\b"  # (a district's seat in Malawi and East Africa: "Nsanje Boma", not Boma, Congo)
)


def region_cue(text: str, start: int, end: int) -> bool:
    word = word_after(text, end)
    return word in REGION_WORDS or word in REGION_PLURALS


# An acronym defined in brackets after the words it stands for: "the Immigration and Checkpoints Authority
# (ICA)".
_ACRONYM_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
_MINOR_WORDS = frozenset({"and", "of", "for", "the", "&", "on", "in", "de", "des", "du", "la", "le"})


def initials(name: str) -> str:
    """The initials of a name's capitalised words, its minor words left out: "CAR" of "Central African
    Republic", "DRC" of "Democratic Republic of the Congo"."""
    words = re.findall(r"[\w&'’-]+", name)
    return "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS and w[0].isupper())


def defined_acronyms(text: str) -> list[tuple[str, int]]:
    """The acronyms the text defines by spelling them out before them ("Immigration and Checkpoints
    Authority (ICA)"), each with where its bracket opens: an organisation's short name, not the place that
    shares its letters (Ica, Peru), where the words before the bracket end in no place's name (they do
    in "the United Arab Emirates (UAE)")."""
    found = []
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match.group(1)
        if initials(text[max(0, match.start() - 120) : match.start()]).endswith(acronym):
            found.append((acronym, match.start()))
    return found
