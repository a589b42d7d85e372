"""Tests for eventwatch.eval.claims: speaker matching; MEANTIME and our own gold set when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.eval.claims import evaluate, evaluate_own, format_own, format_report, speaker_matches

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
MEANTIME = SHARED_DATA / "meantime-en" / "derived" / "attribution.jsonl"
OWN = Path(__file__).resolve().parents[1] / "data" / "claims_gold.jsonl"


@pytest.mark.parametrize(
    ("gold", "speaker", "ok"),
    [
        ("Spokeswoman Sandy Angers", "Angers", True),
        ("the company", "The company", True),
        ("Boeing", "Airbus", False),
        ("the Airbus chief executive", None, False),
        ("the Government", "the", False),
    ],
)
def test_eval_claims_speaker_matches(gold: str, speaker: str | None, ok: bool) -> None:
    assert speaker_matches(gold, speaker) is ok


def _model_or_skip() -> None:
    from eventwatch.analysis import load_nlp
    from eventwatch.config import Settings

    try:
        load_nlp(Settings().spacy_model)
    except Exception:
        pytest.skip("spaCy model not installed")


@pytest.mark.slow
@pytest.mark.issue(6)
@pytest.mark.skipif(not MEANTIME.is_file(), reason="../shared/data (MEANTIME) is absent")
def test_eval_claims_meantime_targets() -> None:
    _model_or_skip()
    result = evaluate(SHARED_DATA)
    report = format_report(result)
    overall = result["corpora"]["all"]
    assert overall["cue"]["f1"] >= 0.85, report
    assert overall["speaker"]["accuracy"] >= 0.86, report
    assert result["corpora"]["airbus"]["cue"]["f1"] >= 0.85, report  # the development half
    assert result["corpora"]["apple"]["cue"]["f1"] >= 0.85, report  # the held-out half


@pytest.mark.issue(6)
def test_eval_claims_own_gold_set() -> None:
    _model_or_skip()
    result = evaluate_own(OWN)
    assert result["cue"]["f1"] >= 0.9, format_own(result)
    for name in ("speaker", "mode", "stance", "nesting", "quantities"):
        assert result[name] >= 0.9, format_own(result)
