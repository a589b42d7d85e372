"""Tests for src/eventwatch/eval/plover_gsr.py and eval/petrarch.py: label map, answer rule, scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.eval.plover_gsr import (
    _MARKUP,
    GoldActor,
    GoldRecord,
    actor_errors,
    actor_matches,
    answer,
    label_map,
    map_label,
    score,
)
from eventwatch.model import Actor, Event

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _event(category: str, start: int, end: int, actor: tuple[Actor, ...] = ()) -> Event:
    return Event(
        id="e", doc_id="d", event=category, mode=None, context=(), cameo=None, status="occurred",
        date=None, enddate=None, date_precision=None, date_text=None, actor=actor, recipient=(),
        event_loc=None, event_text="", sentence="", start=0, end=0, trigger_start=start, trigger_end=end,
    )  # fmt: skip


def test_eval_plover_gsr_label_map_renames_and_folds() -> None:
    mapping = label_map()
    assert map_label(mapping, "DEMAND", None) == ("REQUEST", None)
    assert map_label(mapping, "DISAPPROVE", "") == ("ACCUSE", "disapprove")
    assert map_label(mapping, "INVESTIGATE", None) == ("ACCUSE", "investigate")
    assert map_label(mapping, "FIGHT", "heavy-weapons")[0] == "ASSAULT"
    assert map_label(mapping, "COERCE", "destroy") == ("ASSAULT", "seize")
    assert map_label(mapping, "COERCE", "arrest")[0] == "COERCE"
    assert map_label(mapping, "FIGHT", "deport") == ("COERCE", "deport")


def test_eval_plover_gsr_answer_prefers_the_first_gold_span() -> None:
    gold = GoldRecord("X-0002", "text", "THREATEN", None, (), (), ((10, 20), (30, 40)))
    events = [_event("PROTEST", 32, 38), _event("THREATEN", 12, 18), _event("AID", 0, 4)]
    assert answer(gold, events) is events[1]
    assert answer(gold, [events[0], events[2]]) is events[0]
    assert answer(GoldRecord("X-0001", "t", "AID", None, (), (), ()), [events[0], events[2]]) is events[2]
    assert answer(gold, []) is None
    assert gold.half == "dev"


def test_eval_plover_gsr_actor_match_and_score() -> None:
    ours = Actor("Israeli soldiers", "Israeli soldiers", "ISR", "MIL")
    assert actor_matches(ours, GoldActor("Israel", "ISR", None))
    assert not actor_matches(ours, GoldActor("Israeli police", "ISR", "COP"))
    assert actor_matches(ours, GoldActor("Israeli police", "ISR", "COP"), code_only=True)
    gold = GoldRecord("X-0004", "t", "ASSAULT", None, (GoldActor("Israel", "ISR", "MIL"),), (), ((0, 4),))
    result = score([(gold, _event("ASSAULT", 0, 4, (ours,)))])
    assert result["accuracy"] == 1.0
    assert result["actor"]["f1"] == 1.0


def test_eval_plover_gsr_reads_the_shared_file() -> None:
    file = SHARED_DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if not file.is_file():
        pytest.skip("shared PLOVER GSR data is not present")
    from eventwatch.eval.plover_gsr import read_gold

    records = read_gold(file)
    assert len(records) == 322
    assert {r.event for r in records} <= {
        *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"),
        *("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
    }
    assert sum(1 for r in records if r.event_spans) > 300


def test_eval_petrarch_reads_dictionaries_and_records() -> None:
    folder = SHARED_DATA / "petrarch2-unit-tests"
    if not folder.is_dir():
        pytest.skip("shared PETRARCH data is not present")
    import datetime as dt

    from eventwatch.eval.petrarch import DICTIONARIES, read_records
    from eventwatch.extract.dictionaries import load

    dicts = load([folder / n for n in DICTIONARIES])
    assert dicts.actor_codes(("gondor",), None) == ["GON"]
    assert dicts.actor_codes(("minas", "tirith"), None) == ["GON"]
    assert dicts.actor_codes(("sam", "gamgee"), dt.date(2009, 1, 1)) == ["HOBMIL"]
    assert dicts.agents[("government",)] == ("GOV", False)
    assert dicts.verb_code("restore", [], ["full", "diplomatic", "ties"]) == "064"
    tests = read_records(folder / "PETR.UnitTest.records.xml")
    assert len(tests) == 284


def test_eval_petrarch_triples_use_cameo_codes_and_reciprocal_pairs() -> None:
    from dataclasses import replace

    from eventwatch.eval.petrarch import expressible, triples

    arn = Actor("Arnor", "Arnor", "ARN", "GOV", cameo="ARNGOV")
    gon = Actor("Gondor", "Gondor", "GON", None, cameo="GON")
    assert arn.to_dict()["cameo"] == "ARNGOV" and "cameo" not in Actor("a", "a").to_dict()
    meeting = replace(_event("CONSULT", 0, 4, (arn, gon)), cameo="040")
    assert triples([meeting]) == {("ARNGOV", "GON", "040"), ("GON", "ARNGOV", "040")}
    threat = replace(_event("THREATEN", 0, 4, (arn, gon)), cameo="130")
    assert triples([threat]) == {("ARNGOV", "---", "130"), ("GON", "---", "130")}
    assert expressible("064") and not expressible("223") and not expressible("901")


def test_eval_plover_gsr_actor_errors_list_only_mismatches() -> None:
    ours = Actor("Israeli soldiers", "Israeli soldiers", "ISR", "MIL")
    right = GoldRecord("X-0002", "t", "ASSAULT", None, (GoldActor("Israel", "ISR", None),), (), ((0, 4),))
    wrong = GoldRecord("X-0004", "u", "ASSAULT", None, (GoldActor("Syria", "SYR", None),), (), ((0, 4),))
    event = _event("ASSAULT", 0, 4, (ours,))
    lines = actor_errors([(right, event), (wrong, event)], 5)
    assert len(lines) == 3 and "X-0004" in lines[0] and "SYR" in lines[1] and "ISR" in lines[2]


def test_eval_plover_gsr_markup_spans_tolerate_a_mistyped_brace() -> None:
    markup = "The (SRC: UN) (EVT: has sent} 21 experts (LOC:to (TAR: Bosnia)) (EVT: to investigate) it."
    found = [(m.group(1), m.group(2)) for m in _MARKUP.finditer(markup)]
    assert ("EVT", "has sent") in found and ("EVT", "to investigate") in found and ("TAR", "Bosnia") in found


def test_eval_plover_gsr_cameo_img_is_our_igo() -> None:
    from eventwatch.eval.plover_gsr import _gold_actor

    assert _gold_actor({"actorText": "al-Qaeda", "code": "IMG"}).code == "IGO"
    assert _gold_actor({"actorText": "Tokyo", "code": "JAP"}).code == "JPN"
