"""Tests for src/eventwatch/eval/event_location.py: the gold reader and a small scored run."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.eval.event_location import (
    GOLD_FILE,
    _locate,
    evaluate,
    format_report,
    half_of,
    read_gold,
)

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _need() -> Path:
    if not (SHARED_DATA / GOLD_FILE).is_file():
        pytest.skip("shared data for event-location is not present")
    return SHARED_DATA


def test_eval_event_location_locate_repairs_token_offsets() -> None:
    text = "Police arrested two men in Nairobi."
    assert _locate(text, {"start": 27, "end": 34, "text": "Nairobi"}) == (27, 34)
    # a token index instead of a character offset: found by the span's text
    assert _locate(text, {"start": 5, "end": 6, "text": "Nairobi"}) == (27, 34)
    assert _locate(text, {"start": 5, "end": 6, "text": "Mombasa"}) is None
    assert _locate(text, {"start": None, "end": 6}) is None


def test_eval_event_location_one_sentence_one_half() -> None:
    text = "Police arrested two men in Nairobi."
    assert half_of(text) == half_of("Police  arrested two men in Nairobi.\n")
    halves = {half_of(f"Police arrested {n} men in Nairobi.") for n in range(20)}
    assert halves == {"dev", "held-out"}


def test_eval_event_location_reads_gold() -> None:
    gold = read_gold(_need(), limit=50)
    assert len(gold) == 50
    with_loc = [g for g in gold if g["gold_locations"]]
    assert with_loc
    for record in gold:
        if record["verb"] is not None:
            start, end = record["verb"]
            assert record["text"][start:end].strip()


def test_eval_event_location_small_run() -> None:
    pytest.importorskip("spacy")
    data = _need()
    try:
        result = evaluate(data, limit=40)
    except OSError:
        pytest.skip("spaCy model not installed")
    assert set(result) == {"dev", "held-out"}
    assert sum(block["records"] for block in result.values()) == 40
    for block in result.values():
        assert 0.0 <= block["accuracy"] <= block["recognition"] <= 1.0
    assert "accuracy" in format_report(result)
