"""`eventwatch eval hand-coded`: our own hand-coded event sentences (reading and scoring)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventwatch.eval import hand_coded


def _write(folder: Path, rows: list[dict]) -> None:
    (folder / "tiny.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


TABLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "plover-gsr" / "CAMEO2PLOVER-2021.txt"


def _cameo_table() -> dict[str, str]:
    """CAMEO code → PLOVER category, from the public table when it is there."""
    if not TABLE.is_file():
        return {}
    found: dict[str, set[str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d+):\s*([A-Z]+)", line)
        if match:
            found.setdefault(match.group(1), set()).add(match.group(2))
    # (a root the table heads twice, "08: CONCEDE" and "08: RETREAT", names no one category)
    return {code: next(iter(events)) for code, events in found.items() if len(events) == 1}


def test_hand_coded_sets_in_the_repository_parse() -> None:
    files = sorted(hand_coded.DEFAULT_DIR.glob("*.jsonl"))
    assert files, "the hand-coded sets ship with the repository"
    table = _cameo_table()
    for path in files:
        rows = hand_coded.read_set(path)
        per_category = Counter(gold.event for gold, _ in rows)
        notes = [json.loads(line).get("note", "") for line in path.read_text(encoding="utf-8").splitlines()]
        codes = [re.match(r"(\d{2,4})\b", note) for note in notes]
        if all(codes):
            # A set written one or two sentences per line of the CAMEO→PLOVER table: each sentence's
            # category is that line's.
            assert len(per_category) >= 6, path.name
            for (gold, _), code in zip(rows, codes, strict=True):
                assert code is not None
                expected = table.get(code.group(1))
                assert expected is None or gold.event == expected, (path.name, gold.id, code.group(1))
        else:
            # A set balanced over the categories
            assert len(per_category) == 16 and min(per_category.values()) >= 6, path.name


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


def test_hand_coded_place_sets_in_the_repository_parse() -> None:
    files = sorted(hand_coded.PLACES_DIR.glob("*.jsonl"))
    assert files, "the hand-coded place sets ship with the repository"
    for path in files:
        rows = hand_coded.read_place_set(path)  # (raises if a coded mention is not in its text)
        assert len(rows) >= 50
        for _, text, spans in rows:
            assert all(text[start:end] == mention for start, end, _, mention in spans)


def test_hand_coded_places_score_recall_precision_and_country(tmp_path: Path) -> None:
    text = "Floods hit Lahore and Multan on Monday. In Lahore, the Ravi rose."
    row = {
        "id": "P1",
        "text": text,
        "places": [
            {"text": "Lahore", "nth": 1, "country": "PAK"},
            {"text": "Multan", "nth": 1, "country": "IND"},  # deliberately wrong gold country
            {"text": "Lahore", "nth": 2, "country": "PAK"},
            {"text": "Nowhere", "nth": 1, "country": None},  # not in the text: a broken set
        ],
    }
    (tmp_path / "bad.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Nowhere"):
        hand_coded.evaluate_places(tmp_path)
    row["places"] = row["places"][:3]
    (tmp_path / "bad.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = hand_coded.evaluate_places(tmp_path)
    scored = result["sets"]["bad"]
    assert scored["mentions"] == 3 and scored["recall"] == 1.0
    assert scored["country"] == {"right": 2, "of": 3}
    assert any("Multan" in e for e in result["errors"]["bad"])
    assert "country 2/3 = 0.667" in hand_coded.format_places_report(result)


def test_hand_coded_places_leave_out_demonyms(tmp_path: Path) -> None:
    text = "A Turkish court in Ankara ruled on Monday."
    row = {
        "id": "P2",
        "text": text,
        "places": [
            {"text": "Turkish", "nth": 1, "country": "TUR", "kind": "demonym"},
            {"text": "Ankara", "nth": 1, "country": "TUR", "kind": "city"},
        ],
    }
    (tmp_path / "adjectives.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    [(_, _, spans)] = hand_coded.read_place_set(tmp_path / "adjectives.jsonl")
    assert [mention for _, _, _, mention in spans] == ["Ankara"]


def test_place_set_urls_maps_ids_to_addresses(tmp_path: Path) -> None:
    rows = [
        {"id": "U1", "text": "Rain in Leeds.", "url": "https://www.example.co.uk/news/1", "places": []},
        {"id": "U2", "text": "Sun in Hull.", "places": []},
    ]
    (tmp_path / "urls.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert hand_coded.place_set_urls(tmp_path / "urls.jsonl") == {"U1": "https://www.example.co.uk/news/1"}


def test_hand_coded_countries_right_counts_found_mentions_with_a_country() -> None:
    from eventwatch.model import Place

    text = "Shelling hit Avdiivka; aid reached the Sahel and Tripoli."
    spans = [(13, 21, "UKR", "Avdiivka"), (39, 44, None, "Sahel"), (49, 56, "LBY", "Tripoli")]
    places = [
        Place("d", "Avdiivka", 13, 21, 1, "Avdiivka", 48.1, 37.7, "UKR"),
        Place("d", "Sahel", 39, 44, 2, "Sahel", 14.0, 0.0, None),
        Place("d", "Tripoli", 49, 56, 3, "Tripoli", 34.4, 35.8, "LBN"),
    ]
    assert [text[s:e] for s, e, _, _ in spans] == ["Avdiivka", "Sahel", "Tripoli"]
    assert hand_coded.matched_places(places[:1], spans) == [places[0], None, None]
    # Tripoli found in Lebanon, not Libya; the Sahel has no one country and is not counted.
    assert hand_coded.coded_countries_right(places, spans) == (1, 2)
