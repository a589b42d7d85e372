"""PETRARCH-style CAMEO coding over the parse, with our own small dictionaries and sentences (issue 3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwatch.extract import dictionaries as cd
from eventwatch.extract.cameo_patterns import CameoPatternExtractor, PatternCoder, _modal_status, compose
from eventwatch.model import Document

ACTORS = """FRANCE [FRA]
+FRENCH
+PARIS
GERMANY [GER]
+GERMAN
+BERLIN
SPAIN [ESP]
ITALY [ITA]
BENELUX [BEL/NLD]
RED_CROSS [NGO]
GERMAN TELEVISION [GERTV]
UNITED_NATIONS [IGOUNO]
ZAMUNDA
\t[ZMO <20000101]
\t[ZMN]
"""

AGENTS = """MINISTER [~GOV]
FOREIGN_MINISTER [~GOVFRM]
POLICE {} [~COP]
SOLDIER [~MIL]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
AID_WORKER [NGO~]
STUDENT [~EDU]
"""

VERBS = """&CURRENCY
+EUROS
+SWISS FRANCS

&NEGAUX
+DID N'T
+WILL NOT

--- CRITICIZE [121] ---
CRITICIZE
- SHARPLY * [122]
- &NEGAUX * [080]

--- SEND [070] ---
SEND {SENT}
- * &CURRENCY [071]
- * TROOPS [150]
- + WAS_* TO_ ^ BY $ [072]

--- MEET [031:031] ---
MEET {MET}
- % * [036]

--- HOST [---] ---
HOST
- * (AT {SUMMIT}) [:042]

--- ARREST [173] ---
ARREST

--- BREAK [---] ---
BREAK {BROKE BROKEN}
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [195]
- * TALKS [---]
- * RELATIONS [161]
"""

DISCARDS = """FOOTBALL MATCH
+EARTHQUAKE
"""


@pytest.fixture(scope="module")
def dicts(tmp_path_factory: pytest.TempPathFactory) -> cd.CameoDictionaries:
    folder = tmp_path_factory.mktemp("cameo")
    files = {"t.actors.txt": ACTORS, "t.agents.txt": AGENTS, "t.verbs.txt": VERBS, "t.discards.txt": DISCARDS}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return cd.load([folder / n for n in files])


@pytest.fixture(scope="module")
def code(nlp, dicts: cd.CameoDictionaries):
    coder = PatternCoder(dicts)

    def run(text: str, day: dt.date = dt.date(2024, 3, 14)) -> set[tuple[str, str, str]]:
        return {(c.source, c.target, c.code) for c in coder.code_doc(nlp(text), day)}

    return run


def test_subject_verb_object_with_default_and_pattern_codes(code) -> None:
    assert ("FRA", "GER", "121") in code("France criticized Germany on Monday.")
    assert ("FRA", "GER", "122") in code("France sharply criticized Germany on Monday.")
    assert ("FRA", "GER", "150") in code("France will send troops to Germany next week.")


def test_synsets_and_negation_patterns(code) -> None:
    assert ("FRA", "ESP", "071") in code("France sent millions of euros to Spain.")
    assert ("FRA", "ESP", "071") in code("France sent ten million Swiss francs to Spain.")
    assert ("FRA", "GER", "080") in code("France didn't criticize Germany.")
    assert ("FRA", "GER", "080") in code("France will not criticize Germany, officials said.")


def test_multiword_verbs_and_null_patterns(code) -> None:
    assert ("ITA", "ESP", "161") in code("Italy broke off relations with Spain in May.")
    assert ("ITA", "ESP", "195") in code("Italy broke off with Spain in May.")  # the form's own code
    assert not code("Italy broke talks with Spain in May.")  # `---`: no event, and BREAK codes nothing


def test_source_inherited_through_infinitives_conjunctions_and_pronouns(code) -> None:
    assert ("FRA", "GER", "121") in code("France is about to criticize Germany.")
    got = code("France arrested two activists and criticized Germany.")
    assert ("FRA", "GER", "121") in got
    assert ("FRA", "ESP", "121") in code("France said it criticized Spain.")


def test_passive_with_by_agent_swaps_source_and_target(code) -> None:
    assert ("GER", "FRA", "121") in code("France was criticized by Germany on Monday.")


def test_pattern_markers_name_source_and_target(code) -> None:
    got = code("Spain was sent to the summit by Italy.")
    assert ("ITA", "ESP", "072") in got


def test_agents_compose_codes(code) -> None:
    assert ("FRAGOVFRM", "GER", "121") in code("The French foreign minister criticized Germany.")
    assert ("FRACOP", "GEREDU", "173") in code("French police arrested German students.")
    assert ("NGOFRA", "GER", "121") in code("French aid workers criticized Germany.")
    assert ("---GOV", "GER", "121") in code("Officials criticized Germany on Monday.")
    assert ("FRAMIL", "ITA", "121") in code("Soldiers from France criticized Italy.")


def test_coordinations_give_several_codings(code) -> None:
    got = code("France and Spain criticized Germany and Italy.")
    assert {("FRA", "GER", "121"), ("FRA", "ITA", "121"), ("ESP", "GER", "121"), ("ESP", "ITA", "121")} <= got
    got = code("Lawmakers and officials in France and Spain criticized Germany.")
    assert {("FRALEG", "GER", "121"), ("ESPLEG", "GER", "121"), ("FRAGOV", "GER", "121")} <= got
    got = code("The French media and government criticized Germany.")
    assert {("FRAMED", "GER", "121"), ("FRAGOV", "GER", "121")} <= got
    got = code("Benelux criticized Germany.")  # a compound actor code
    assert {("BEL", "GER", "121"), ("NLD", "GER", "121")} <= got


def test_reciprocal_codes_and_compound_marker(code) -> None:
    got = code("The French minister met the German minister in Paris.")
    assert {("FRAGOV", "GERGOV", "031"), ("GERGOV", "FRAGOV", "031")} <= got
    got = code("France and Germany met on Monday.")
    assert {("FRA", "GER", "036"), ("GER", "FRA", "036")} <= got


def test_dated_actor_codes(code) -> None:
    assert ("ZMO", "FRA", "121") in code("Zamunda criticized France.", dt.date(1995, 1, 1))
    assert ("ZMN", "FRA", "121") in code("Zamunda criticized France.", dt.date(2005, 1, 1))


def test_discards(code, nlp, dicts: cd.CameoDictionaries) -> None:
    assert not code("France criticized Germany after the football match.")
    assert code("France criticized Germany. The match was fun.")
    assert not code("France criticized Germany. The earthquake was strong.")  # a story discard


def test_compose_prefix_suffix_without_repeats() -> None:
    assert compose("USAGOV", [("GOV", False)]) == "USAGOV"
    assert compose("ARN", [("NGO", True), ("GOV", False)]) == "NGOARNGOV"
    assert compose("HGWGOVMED", [("GOV", False), ("MED", False)]) == "HGWGOVMED"
    assert compose("---", [("EDU", False)]) == "---EDU"


def test_extractor_recodes_events_only_in_dictionary_mode(nlp, dicts: cd.CameoDictionaries) -> None:
    text = "The French minister met the German minister in Paris."
    doc = Document(id="d", date=dt.date(2024, 3, 14), text=text)
    doc.spacy_doc = nlp(text)
    CameoPatternExtractor(dictionaries=dicts)(doc)
    assert {e.cameo for e in doc.events} == {"031"}
    assert {e.event for e in doc.events} == {cd.plover_of("031")}
    pairs = {(e.actor[0].cameo, e.recipient[0].cameo) for e in doc.events}
    assert pairs == {("FRAGOV", "GERGOV"), ("GERGOV", "FRAGOV")}
    assert doc.events[0].actor[0].code == "FRA" and doc.events[0].actor[0].sector == "GOV"
    off = CameoPatternExtractor.__new__(CameoPatternExtractor)
    off.dictionaries, off.coder = None, None
    doc.events = []
    off(doc)
    assert doc.events == []


def test_lists_the_parser_misses_are_still_coordinations(code) -> None:
    got = code("France, Spain and the proud old Italy criticized Germany.")
    assert {("FRA", "GER", "121"), ("ESP", "GER", "121"), ("ITA", "GER", "121")} <= got
    got = code("The French minister criticized Germany, Spain and Italy.")
    assert {("FRAGOV", "GER", "121"), ("FRAGOV", "ESP", "121"), ("FRAGOV", "ITA", "121")} <= got


def test_subject_and_target_survive_parse_slips(code) -> None:
    got = code("Spain was sharply and loudly criticized over its dispute with Italy.")
    assert ("ESP", "ITA", "122") in got
    assert ("FRA", "GER", "121") in code("France criticized an anti- Germany rally on Saturday.")


def test_former_office_holders_are_elites(code) -> None:
    assert ("FRAELI", "GER", "121") in code("A former French minister criticized Germany.")
    assert ("FRAGOV", "GER", "121") in code("A French minister criticized Germany.")


def test_a_negated_verb_is_coded_only_by_a_negation_pattern(code) -> None:
    assert not code("France did not arrest German students.")
    assert ("FRA", "GER", "080") in code("France will not criticize Germany.")  # "&NEGAUX *"


def test_participles_used_as_adjectives_are_not_events(code) -> None:
    assert not {c for c in code("The criticized French plan reached Germany.") if c[2].startswith("12")}


def test_target_only_codes(code) -> None:
    got = code("France hosted Germany at a summit in Paris.")
    assert ("GER", "FRA", "042") in got and not any(c[0] == "FRA" for c in got)


def test_names_written_with_spaces_allow_modifiers_between(code) -> None:
    assert ("FRA", "GERTV", "121") in code("France criticized German state-run television on Monday.")
    got = code("France criticized German lawmakers and television hosts.")  # "and" is no modifier
    assert ("FRA", "GERLEG", "121") in got and not any("GERTV" in c for c in got)


def test_stacked_agents_compose_and_coordinated_agents_cross(code) -> None:
    got = code("Lawmakers and students from France criticized Germany.")
    assert {("FRALEG", "GER", "121"), ("FRAEDU", "GER", "121")} <= got
    got = code("Police officials from France criticized Germany.")
    assert ("FRACOPGOV", "GER", "121") in got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Gondor will attack Mordor.", "planned"),
        ("Gondor is going to attack Mordor.", "planned"),
        ("Gondor could attack Mordor.", "hypothetical"),
        ("Gondor attacked Mordor.", "occurred"),
    ],
)
def test_modal_status_of_coder_only_events(nlp: Any, sentence: str, status: str) -> None:
    verb = next(t for t in nlp(sentence) if t.lemma_ == "attack")
    assert _modal_status(verb) == status


def test_coder_only_events_take_their_clause_date_and_place(nlp, dicts: cd.CameoDictionaries) -> None:
    from eventwatch.extract.places import PlaceExtractor
    from eventwatch.extract.times import TimeExtractor

    text = "France criticized Germany in Madrid on March 12 and 13."
    doc = Document(id="d", date=dt.date(2024, 3, 14), text=text)
    doc.spacy_doc = nlp(text)
    for step in (TimeExtractor(), PlaceExtractor(), CameoPatternExtractor(dictionaries=dicts)):
        step(doc)
    assert [(e.date, e.date_precision, e.cameo) for e in doc.events] == [
        ("2024-03-12", "day", "121"),
        ("2024-03-13", "day", "121"),
    ]
    assert {e.event_loc.resolved_place for e in doc.events if e.event_loc} == {"Madrid"}
    assert all(e.event_loc is not None and e.event_loc.country_code == "ESP" for e in doc.events)
