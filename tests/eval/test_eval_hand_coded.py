"""`eventwatch eval hand-coded`: our own hand-coded event sentences (reading and scoring)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwatch.eval import hand_coded


def _write(folder: Path, rows: list[dict]) -> None:
    (folder / "tiny.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_hand_coded_sets_in_the_repository_parse() -> None:
    files = sorted(hand_coded.DEFAULT_DIR.glob("*.jsonl"))
    assert files, "the hand-coded sets ship with the repository"
    for path in files:
        rows = hand_coded.read_set(path)
        assert len(rows) == 128
        assert {gold.event for gold, _ in rows} >= {"AGREE", "ASSAULT", "PROTEST", "SANCTION"}


def test_hand_coded_scores_category_actors_and_status(nlp, tmp_path: Path) -> None:
    _write(
        tmp_path,
        [
            {
                "id": "T1",
                "text": "Police in Nairobi arrested 20 protesters on Monday.",
                "event": "COERCE",
                "actors": [{"text": "Police", "code": "KEN", "sector": "COP"}],
                "recipients": [{"text": "20 protesters", "code": "KEN", "sector": "CVL"}],
                "status": "occurred",
            },
            {
                "id": "T2",
                "text": "Chile praised Peru for its handling of the floods.",
                "event": "REJECT",  # deliberately wrong gold: it must count as a category error
                "actors": [{"text": "Chile", "code": "CHL", "sector": None}],
                "recipients": [{"text": "Peru", "code": "PER", "sector": None}],
                "status": "occurred",
            },
        ],
    )
    result = hand_coded.evaluate(tmp_path)
    scored = result["sets"]["tiny"]
    assert scored["accuracy"] == 0.5
    assert scored["status"] == {"right": 1, "of": 1}
    assert scored["actor"]["f1"] == 1.0
    assert [e.split()[0] for e in result["errors"]["tiny"]] == ["T2"]
    assert "category accuracy 0.500" in hand_coded.format_report(result)
