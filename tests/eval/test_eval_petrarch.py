"""The PETRARCH eval's split and scoring on made-up codings (the run itself needs the shared data)."""

from __future__ import annotations

import datetime as dt

from eventwatch.eval.petrarch import UnitTest, _score, format_report, half


def _test(id_: str, *expected: tuple[str, str, str]) -> UnitTest:
    return UnitTest(id_, "DEMO", dt.date(1995, 1, 1), "A sentence.", expected)


def test_half_is_stable_and_splits() -> None:
    ids = [f"T-{n}" for n in range(40)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids]
    assert {"dev", "held-out"} == set(halves)


def test_score_counts_expected_codings_found_and_inexpressible_codes() -> None:
    tests = [
        ("0", _test("A", ("ARN", "GON", "064"), ("ARN", "GON", "901"))),
        ("1", _test("B", ("X", "---", "023"))),
    ]
    produced = {"0": {("ARN", "GON", "064"), ("GON", "ARN", "064")}, "1": set()}
    result = _score(tests, produced)
    assert (result["reproduced"], result["expected"], result["inexpressible"]) == (1, 3, 1)
    assert result["precision"] == 0.5 and result["by_category"] == {"DEMO": "1/3"}
    report = format_report(
        {"dev": {"codings": result, "events": result}, "held-out": {"codings": result, "events": result}}
    )
    assert "dev: codings reproduced 1/3" in report and "held-out" in report
