"""Tests for eventwatch.eval.times: value intervals; the MEANTIME targets when the shared data is present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwatch.eval.times import evaluate, format_report, gold_interval, value_correct
from eventwatch.model import TimeValue

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
MEANTIME = SHARED_DATA / "meantime-en" / "derived" / "timex.jsonl"

D = dt.date


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2008-03-01", (D(2008, 3, 1), D(2008, 3, 1))),
        ("2008-01-09TMO", (D(2008, 1, 9), D(2008, 1, 9))),
        ("2004-10", (D(2004, 10, 1), D(2004, 10, 31))),
        ("2011-06-XX", (D(2011, 6, 1), D(2011, 6, 30))),
        ("2009", (D(2009, 1, 1), D(2009, 12, 31))),
        ("FY2007", (D(2007, 1, 1), D(2007, 12, 31))),
        ("200", (D(2000, 1, 1), D(2009, 12, 31))),
        ("2004-W47", (D(2004, 11, 15), D(2004, 11, 21))),
        ("2010-W04-WE", (D(2010, 1, 30), D(2010, 1, 31))),
        ("2006-Q4", (D(2006, 10, 1), D(2006, 12, 31))),
        ("PAST_REF", None),
        ("XXXX-XX-XX", None),
    ],
)
def test_eval_times_gold_interval(value: str, interval: tuple[dt.date, dt.date] | None) -> None:
    assert gold_interval(value) == interval


def test_eval_times_value_correct_rules() -> None:
    q4 = (D(2006, 10, 1), D(2006, 12, 31))
    assert value_correct((TimeValue("2006-10-01", "2006-12-31", "month"),), q4)
    assert value_correct((TimeValue("2006-10-05", "2006-12-31", "approximate"),), q4)
    assert not value_correct((TimeValue("2006-10-05", "2006-12-31", "day"),), q4)
    assert value_correct(
        (TimeValue("2006-12-01", None, "month", ongoing=True),), (D(2006, 12, 1), D(2006, 12, 31))
    )
    years = (TimeValue("2009-01-01", "2011-12-31", "year"),)
    assert not value_correct(years, (D(2011, 1, 1), D(2011, 12, 31)))
    assert value_correct(years, (D(2011, 1, 1), D(2011, 12, 31)), endpoint=True)


@pytest.mark.skipif(not MEANTIME.is_file(), reason="shared MEANTIME data not present next to the repository")
def test_eval_times_meantime_targets() -> None:
    result = evaluate(SHARED_DATA)
    overall = result["corpora"]["all"]
    assert overall["gold"] == 170
    assert overall["f1"] >= 0.85
    assert overall["value_accuracy"] >= 0.90
    for corpus in ("airbus", "apple"):
        assert result["corpora"][corpus]["f1"] >= 0.85
    report = format_report(result)
    assert "airbus" in report and "apple" in report
