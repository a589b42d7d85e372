"""The intake reads every valid document and rejects each bad one with its reason (issue 2)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from eventwatch.intake import Limits, read
from eventwatch.model import Document, Rejection

BAD = Path(__file__).resolve().parents[1] / "data" / "bad-inputs"


def _split(items: list[Document | Rejection]) -> tuple[list[Document], list[Rejection]]:
    docs = [i for i in items if isinstance(i, Document)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return docs, rejections


def test_intake_dated_text_strips_header_and_keeps_offsets(tmp_path: Path) -> None:
    file = tmp_path / "report-1.txt"
    file.write_text("  date 2024-02-03 The council met in Gyumri.", encoding="utf-8")
    [doc] = list(read([str(file)]))
    assert isinstance(doc, Document)
    assert doc.id == "report-1"
    assert doc.date.isoformat() == "2024-02-03"
    assert doc.text == "The council met in Gyumri."


@pytest.mark.issue(2)
def test_intake_bad_input_corpus_rejects_each_with_reason_and_loses_nothing() -> None:
    docs, rejections = _split(list(read([str(BAD)])))
    by_where = {r.where.split("/")[-1]: r.code for r in rejections}
    assert by_where["undated.txt"] == "no-date"
    assert by_where["empty-body.txt"] == "empty"
    assert by_where["empty-file.txt"] == "empty"
    assert by_where["latin1.txt"] == "undecodable"
    assert by_where["bad-date.txt"] == "bad-date"
    assert by_where["mixed.jsonl:2 (no-date)"] == "no-date"
    assert by_where["mixed.jsonl:3 (bad-date)"] == "bad-date"
    assert by_where["mixed.jsonl:4 (no-text)"] == "empty"
    assert by_where["mixed.jsonl:5 (blank-text)"] == "empty"
    assert by_where["mixed.jsonl:7"] == "bad-json"
    assert by_where["mixed.jsonl:8"] == "bad-json"
    assert by_where["bytes.jsonl:1"] == "undecodable"
    assert all(r.reason for r in rejections)
    # Every valid document is read: good.txt, four good JSON lines.
    assert sorted(d.id for d in docs) == ["7", "good", "ok-1", "ok-2", "ok-3"]
    assert len(rejections) == 12


def test_intake_rejects_huge_documents(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("date 2024-01-01 " + "word " * 300, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("date 2024-01-01 A short one.", encoding="utf-8")
    docs, rejections = _split(list(read([str(huge), str(small)], Limits(max_chars=1000))))
    assert [r.code for r in rejections] == ["too-large"]
    assert [d.id for d in docs] == ["small"]


def test_intake_rejects_huge_file_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"date 2024-01-01 " + b"x" * 5000)
    [rejection] = list(read([str(huge)], Limits(max_chars=1000)))
    assert isinstance(rejection, Rejection) and rejection.code == "too-large"


def test_intake_missing_path_is_a_rejection(tmp_path: Path) -> None:
    [rejection] = list(read([str(tmp_path / "nope.txt")]))
    assert isinstance(rejection, Rejection) and rejection.code == "not-found"


def test_intake_jsonl_ids_are_stable_hashes_when_missing(tmp_path: Path) -> None:
    file = tmp_path / "docs.jsonl"
    file.write_text('{"date": "2024-01-01", "text": "Talks were held."}\n', encoding="utf-8")
    first = list(read([str(file)]))
    second = list(read([str(file)]))
    assert isinstance(first[0], Document) and isinstance(second[0], Document)
    assert first[0].id == second[0].id and first[0].id.startswith("doc-")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"id": "a", "date": "2024-01-01", "text": "Talks."}\n', "document"),
        (b"date 2024-01-01\nThe mayor resigned.", "document"),
        (b"no date at all", "no-date"),
    ],
)
def test_intake_stdin_sniffs_the_form(monkeypatch: pytest.MonkeyPatch, payload: bytes, expected: str) -> None:
    stream = io.TextIOWrapper(io.BytesIO(payload))
    monkeypatch.setattr(sys, "stdin", stream)
    [item] = list(read(["-"]))
    assert (item.code if isinstance(item, Rejection) else "document") == expected


def test_intake_stdin_jsonl_bad_line_rejects_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = (
        b'{"id": "a", "date": "2024-01-01", "text": "\xff"}\n'
        b'{"id": "b", "date": "2024-01-01", "text": "Talks."}\n'
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    items = list(read(["-"]))
    assert [type(i).__name__ for i in items] == ["Rejection", "Document"]
    assert isinstance(items[0], Rejection) and items[0].code == "undecodable"
