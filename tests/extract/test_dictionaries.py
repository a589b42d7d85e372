"""Reading CAMEO dictionaries in the PETRARCH formats (our own small snippets, issue 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwatch.errors import ResourceError
from eventwatch.extract import dictionaries as cd

ACTORS = """<!-- a comment block
NOT_AN_ACTOR [XXX]
-->
FRANCE  [FRA]  # a comment
+FRENCH
NORWAY_ [NOR]
BENELUX [BEL/NLD/LUX]
NORWAY STATE_RADIO [NORRAD]
UNITED_STATES [USA]
+U.S.
ZAMUNDA
\t[ZMO <900101]
\t[ZMA 19900101-19991231]
\t[ZMN]
OLD_REALM
\t[OLD <850101]
"""

AGENTS = """!PERSON! = MAN, WOMAN
POLICE {} [~COP]
MINISTER [~GOV]
FOREIGN_MINISTER [~GOVFRM]
GOOSE {GEESE} [~GEE]
AID_AGENCY [NGO~]
CHAIR!PERSON! [~LEG]
DEFENCE_MINIST [~GOVMIL]
"""

VERBS = """&CURRENCY
+DOLLARS
+SWISS FRANCS
&MONEY
+&CURRENCY
+GOLD

&NEG
+DID N'T
+WILL NOT

--- GIVE  [070]  ---
GIVE {GAVE GIVEN}
+HAND_OVER {+HANDED_OVER}
- * &MONEY  [071]
- &NEG *  [081]
- + WAS_* BY $  [072]
- * IN_AID  [073:074]
- % * [075]
- * NOTHING [---]
- * TEST [+++]

--- APPEAR  [---] ---
APPEAR
- * (BEFORE COURT) [:173]
- * {REAL THREAT} [012]

--- STOP  [190] ---
STOP {STOPPED}
WIRE_+TAP [1711]
"""

DISCARDS = """# sentence-level, then story-level with a '+'
SOCCER MATCH
+HURRICANE   # a story discard
"""


@pytest.fixture()
def dicts(tmp_path: Path) -> cd.CameoDictionaries:
    files = {"t.actors.txt": ACTORS, "t.agents.txt": AGENTS, "t.verbs.txt": VERBS, "t.discards.txt": DISCARDS}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return cd.load([tmp_path / n for n in files])


def test_actor_names_synonyms_compounds_and_comments(dicts: cd.CameoDictionaries) -> None:
    assert dicts.actor_codes(("france",), None) == ["FRA"]
    assert dicts.actor_codes(("french",), None) == ["FRA"]
    assert dicts.actor_codes(("u.s.",), None) == ["USA"]
    assert dicts.actor_codes(("united", "states"), None) == ["USA"]
    assert dicts.actor_codes(("benelux",), None) == ["BEL", "NLD", "LUX"]
    assert dicts.actor_codes(("not", "an", "actor"), None) is None


def test_dated_actor_codes(dicts: cd.CameoDictionaries) -> None:
    assert dicts.actor_codes(("zamunda",), dt.date(1985, 5, 1)) == ["ZMO"]
    assert dicts.actor_codes(("zamunda",), dt.date(1995, 5, 1)) == ["ZMA"]
    assert dicts.actor_codes(("zamunda",), dt.date(2005, 5, 1)) == ["ZMN"]
    assert dicts.actor_codes(("old", "realm"), dt.date(1980, 1, 1)) == ["OLD"]
    assert dicts.actor_codes(("old", "realm"), dt.date(1990, 1, 1)) == []  # only dated, none valid


def test_stem_matching_only_for_names_without_trailing_underscore(dicts: cd.CameoDictionaries) -> None:
    assert dicts.actor_at(["Frances"], [True], None) == (1, ["FRA"])  # stem FRANCE + up to 3 letters
    assert dicts.actor_at(["Norwayan"], [True], None) is None  # NORWAY_ is exact
    assert dicts.actor_at(["frances"], [False], None) is None  # stems need a capital
    assert dicts.actor_at(["United", "States", "Navy"], [True, True, True], None) == (2, ["USA"])


def test_agents_plurals_prefixes_and_substitutions(dicts: cd.CameoDictionaries) -> None:
    assert dicts.agent_at(["police"]) == (1, "COP", False)
    assert dicts.agent_at(["polices"]) is None  # {} means no plural
    assert dicts.agent_at(["ministers"]) == (1, "GOV", False)  # regular plural
    assert dicts.agent_at(["foreign", "minister"]) == (2, "GOVFRM", False)  # the longest name
    assert dicts.agent_at(["geese"]) == (1, "GEE", False)
    assert dicts.agent_at(["aid", "agencies"]) == (2, "NGO", True)  # [NGO~] is a prefix
    assert dicts.agent_at(["chairwoman"]) == (1, "LEG", False)


def test_verb_forms_inflections_and_multiword_forms(dicts: cd.CameoDictionaries) -> None:
    for form in ("give", "gives", "giving", "gave", "given"):
        assert form in dicts.verbs, form
    over = [vf for vf in dicts.verbs["handed"] if vf.after == ("over",)]
    assert over and over[0].block.code == "070"
    tap = dicts.verbs["tap"][0]
    assert tap.before == ("wire",) and tap.code == "1711"
    assert "stopped" in dicts.verbs and "stops" in dicts.verbs
    assert cd.verb_inflections("try") >= {"tries", "tried", "trying"}
    assert cd.verb_inflections("plan") >= {"planned", "planning"}


def test_patterns_markers_joins_and_nested_synsets(dicts: cd.CameoDictionaries) -> None:
    patterns = {p.code: p for p in dicts.verbs["give"][0].block.patterns}
    money = patterns["071"].after[0]
    assert money.kind == "words" and ("swiss", "francs") in money.alternatives
    assert ("gold",) in money.alternatives  # a synset inside a synset
    negation = patterns["081"].before[0]
    assert ("did", "n't") in negation.alternatives and ("will", "not") in negation.alternatives
    passive = patterns["072"]
    assert [e.kind for e in passive.before] == ["target", "words"] and passive.before[1].joined
    assert [e.kind for e in passive.after] == ["words", "source"] and not passive.after[0].joined
    in_aid = patterns["073:074"].after
    assert not in_aid[0].joined and in_aid[1].joined  # "* IN_AID": words may come before IN, not after
    assert [e.kind for e in patterns["075"].before] == ["compound"]
    assert dicts.verb_code("give", [], ["them", "swiss", "francs"]) == "071"
    assert dicts.verb_code("give", [], ["a", "test"]) == "070"  # a test marker is skipped: the default
    assert dicts.verb_code("give", [], ["nothing"]) is None  # `---`: no event


def test_discards_and_codes(dicts: cd.CameoDictionaries) -> None:
    assert ("soccer", "match") in dicts.discards
    assert ("hurricane",) in dicts.story_discards
    assert cd.valid_event_code("174K") and cd.valid_event_code("032:033")
    assert not cd.valid_event_code("---") and not cd.valid_event_code("025?")
    assert cd.plover_of("064") == "COOPERATE" and cd.plover_of("0874") == "RETREAT"
    assert cd.plover_of("190") == "ASSAULT" and cd.plover_of("901") is None


def test_configured_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.actors.txt").write_text(ACTORS, encoding="utf-8")
    monkeypatch.delenv(cd.ENV, raising=False)
    assert cd.configured() is None
    monkeypatch.setenv(cd.ENV, str(tmp_path / "x.actors.txt"))
    loaded = cd.configured()
    assert loaded is not None and loaded.actor_codes(("france",), None) == ["FRA"]
    (tmp_path / "x.txt").write_text("", encoding="utf-8")
    with pytest.raises(ResourceError):
        cd.load([tmp_path / "x.txt"])
    with pytest.raises(ResourceError):
        cd.load([tmp_path / "missing.verbs.txt"])


def test_cameo_2_phrase_groups_and_target_only_codes(dicts: cd.CameoDictionaries) -> None:
    patterns = {p.code: p for p in dicts.verbs["appear"][0].block.patterns}
    assert [e.alternatives for e in patterns[":173"].after] == [(("before",),), (("court",),)]
    assert [e.alternatives for e in patterns["012"].after] == [(("real",),), (("threat",),)]
    assert cd.valid_event_code(":173") and not cd.valid_event_code(":") and not cd.valid_event_code("12:")
    assert dicts.verb_code("appear", [], ["before", "the", "court"]) is None  # only target → source


def test_agent_stems(dicts: cd.CameoDictionaries) -> None:
    assert dicts.agent_at(["defence", "ministry"], [True, True]) == (2, "GOVMIL", False)
    assert dicts.agent_at(["defence", "ministry"]) is None  # stems only for words known to be nouns
    assert dicts.agent_at(["polices"], [True]) is None  # listed plurals ({}) say which forms exist


def test_names_with_spaces_are_indexed_for_gaps(dicts: cd.CameoDictionaries) -> None:
    pieces, entry = dicts.gapped["norway"][0]
    assert pieces == (("norway",), ("state", "radio")) and entry.on(None) == ["NORRAD"]
    assert dicts.actor_codes(("norway", "state", "radio"), None) == ["NORRAD"]
