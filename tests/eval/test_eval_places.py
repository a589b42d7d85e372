"""Tests for src/eventwatch/eval/places.py: the gold readers and scoring on a few shared articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwatch.eval.places import SETS, evaluate, format_report, haversine_km, read_articles

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _need(which: str) -> Path:
    if not (SHARED_DATA / SETS[which]).is_file():
        pytest.skip(f"shared data for {which} is not present")
    return SHARED_DATA


def test_eval_places_haversine() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.5)


@pytest.mark.parametrize("which", sorted(SETS))
def test_eval_places_reads_gold_offsets(which: str) -> None:
    articles = read_articles(_need(which) / SETS[which])
    assert len(articles) > 100
    gold = [g for a in articles[:20] for g in a.toponyms]
    assert gold
    exact = sum(1 for a in articles[:20] for g in a.toponyms if a.text[g.start : g.end].strip())
    assert exact == len(gold)


def test_eval_places_small_run() -> None:
    pytest.importorskip("spacy")
    data = _need("tr-news")
    try:
        result = evaluate(data, "tr-news", limit=6)
    except OSError:
        pytest.skip("spaCy model not installed")
    assert set(result) >= {"dev", "held_out", "all", "ms_per_doc"}
    assert result["all"]["articles"] == 6
    assert 0.0 <= result["all"]["acc161"] <= 1.0
    assert "acc161" in format_report(result)


def test_eval_places_realigns_drifted_offsets() -> None:
    from eventwatch.eval.places import _realign

    text = "Snow fell on Winnipeg and Brandon."
    assert _realign(text, 12, 20, "Winnipeg") == (13, 21)
    assert _realign(text, 13, 21, "Winnipeg") == (13, 21)
    assert _realign(text, 0, 4, "Regina") == (0, 4)


def test_eval_places_fit_ranker_prefers_the_right_feature() -> None:
    pytest.importorskip("numpy")
    from eventwatch.eval.places import fit_ranker

    # Two features; the right candidate always has the larger second feature.
    examples = [([[1.0, 0.0], [0.0, 1.0]], [False, True]), ([[0.5, 0.2], [0.4, 0.9]], [False, True])]
    weights = fit_ranker(examples, start=[0.0, 0.0], steps=200)
    assert weights[1] > weights[0]


def test_eval_places_fit_ranker_ends_where_it_would_from_any_start() -> None:
    # The penalty pulls towards no weight at all, not towards the start: a refit does not drift with
    # the weights it starts from.
    pytest.importorskip("numpy")
    from eventwatch.eval.places import fit_ranker

    examples = [
        ([[1.0, 0.2], [0.3, 1.0]], [False, True]),
        ([[0.8, 0.9], [0.1, 0.4]], [True, False]),
        ([[0.5, 0.5], [0.6, 0.1]], [False, True]),
    ]
    one = fit_ranker(examples, start=[0.0, 0.0], l2=0.05)
    other = fit_ranker(examples, start=[4.0, -4.0], l2=0.05)
    assert max(abs(a - b) for a, b in zip(one, other, strict=True)) < 0.01


def test_eval_places_coded_country_examples_label_the_coded_country(nlp: Any) -> None:
    import datetime as dt

    from eventwatch.analysis import english_words
    from eventwatch.eval.places import coded_country_examples
    from eventwatch.extract.places import PlaceExtractor
    from eventwatch.model import Document

    extractor = PlaceExtractor(english_words=english_words(nlp))
    text = "Flights from Perth were cancelled as the storm reached Kinross on Friday."
    start = text.index("Perth")
    document = Document("t", dt.date(2016, 1, 1), text, spacy_doc=nlp(text))
    examples = coded_country_examples(extractor, document, [(start, start + 5, "GBR", "Perth")])
    [(rows, labels)] = [e for e in examples if len(e[0]) > 2]  # Perth has namesakes in several countries
    assert any(labels) and not all(labels)
    assert all(len(row) == len(rows[0]) for row in rows)
    # A mention coded with no country (a sea, a region across borders) teaches nothing.
    assert coded_country_examples(extractor, document, [(start, start + 5, None, "Perth")]) == []
