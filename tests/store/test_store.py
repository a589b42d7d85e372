"""Tests for eventwatch.store: ingest, idempotency, filters, timeline order, rejections, schema version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from store_samples import _event, _place, sample_documents, synthetic_documents

from eventwatch.errors import StoreError
from eventwatch.model import Document, Place, Rejection
from eventwatch.store import SCHEMA_VERSION, IngestCounts, Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "eventwatch.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        s.ingest(sample_documents(), [Rejection("feed.jsonl:7", "no-date", "The line has no date.")])
        yield s


def test_store_ingest_counts(db_path: Path) -> None:
    with Store(db_path) as s:
        counts = s.ingest(sample_documents(), [Rejection("feed.jsonl:7", "no-date", "No date.")])
        assert counts == IngestCounts(
            documents=3, skipped=0, events=4, claims=2, places=2, times=3, rejected=1
        )
        assert s.stats() == {"documents": 3, "events": 4, "claims": 2, "places": 2, "times": 3, "rejected": 1}


def test_store_ingest_is_idempotent(db_path: Path) -> None:
    with Store(db_path) as s:
        s.ingest(sample_documents())
        first = s.stats()
        again = s.ingest(sample_documents())
        assert again == IngestCounts(skipped=3)
        assert s.stats() == first
    with Store(db_path) as s:  # and across runs
        assert s.ingest(sample_documents()).skipped == 3
        assert s.stats() == first


def test_store_ingest_skips_repeats_within_a_batch(db_path: Path) -> None:
    with Store(db_path) as s:
        docs = sample_documents() + sample_documents()
        counts = s.ingest(docs)
        assert (counts.documents, counts.skipped, counts.events) == (3, 3, 4)


def test_store_ingest_mixed_batch_stores_only_new(db_path: Path) -> None:
    with Store(db_path) as s:
        s.ingest(synthetic_documents(0, 5))
        counts = s.ingest(synthetic_documents(3, 5))
        assert (counts.documents, counts.skipped, counts.events, counts.claims) == (3, 2, 12, 6)
        assert s.stats()["documents"] == 8


def test_store_records_round_trip(store: Store) -> None:
    by_doc = {d.id: d for d in sample_documents()}
    for kind in ("events", "claims", "places", "times"):
        stored = {(r["doc_id"], r.get("id"), r.get("start")): r for r in getattr(store, kind)()}
        expected = {
            (r.doc_id, getattr(r, "id", None), r.to_dict().get("start")): r.to_dict()
            for d in by_doc.values()
            for r in d.records(kind)
        }
        assert stored == expected, kind


def test_store_known_ids_and_has_document(store: Store) -> None:
    assert store.has_document("azernews-2023-02-25")
    assert not store.has_document("nope")
    assert store.known_ids(["azernews-2023-02-25", "nope", "doc-undated"]) == {
        "azernews-2023-02-25",
        "doc-undated",
    }
    assert store.known_ids([]) == set()


def test_store_document(store: Store) -> None:
    doc = store.document("azernews-2023-02-25")
    assert doc is not None
    assert doc["date"] == "2023-02-25"
    assert doc["title"] == "Bayramov meets ICRC"
    assert doc["text"].startswith("Azerbaijani Foreign Minister")
    assert store.document("nope") is None


def _ids(records: list[dict]) -> list[str]:
    return [r["event"] for r in records]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["CONSULT", "AGREE", "PROTEST", "ASSAULT"]),
        ({"actor": "bayramov"}, ["CONSULT"]),
        ({"actor": "DRAGANA"}, ["CONSULT"]),  # recipient
        ({"actor": "the minister"}, []),  # claims' speakers are not actors
        ({"actor": "protesters"}, ["PROTEST", "ASSAULT"]),
        ({"country": "arm"}, ["AGREE", "PROTEST", "ASSAULT"]),
        ({"country": "IGO"}, ["CONSULT"]),
        ({"type": "protest"}, ["PROTEST"]),
        ({"status": "alleged"}, ["ASSAULT"]),
        ({"since": "2023-02-25"}, ["PROTEST"]),
        ({"until": "2023-02-24"}, ["CONSULT", "ASSAULT"]),
        ({"since": dt.date(2023, 2, 1), "until": "2023-02-28"}, ["CONSULT", "ASSAULT"]),
        ({"place": "baki"}, ["CONSULT"]),  # any side's name of the place (its place record's aliases)
        ({"place": "yerev"}, ["PROTEST", "ASSAULT"]),
        ({"doc_id": "doc-undated"}, ["AGREE"]),
        ({"country": "ARM", "type": "ASSAULT"}, ["ASSAULT"]),
        ({"limit": 2}, ["CONSULT", "AGREE"]),
    ],
)
def test_store_events_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert _ids(store.events(**filters)) == expected


def test_store_events_by_any_sides_name_of_a_place_without_a_geonames_id(db_path: Path) -> None:
    # A curated place with no GeoNames id is matched by its main name: "Artsakh" finds the events the
    # text placed in "Nagorno-Karabakh", and not those of another place.
    name, aliases = "Nagorno-Karabakh", ("Artsakh", "Upper Karabakh")
    karabakh = Place("x", name, 0, 16, None, name, 39.83, 46.75, "AZE", None, "RGN", aliases)
    text = "Monitors patrolled Nagorno-Karabakh on Friday."
    doc = Document("karabakh-doc", dt.date(2023, 3, 3), text)
    place = _place(doc.id, text, karabakh)
    doc.places.append(place)
    doc.events.append(_event(doc.id, text, text, "patrolled", "MOBILIZE", place=place))
    with Store(db_path) as s:
        s.ingest([*sample_documents(), doc])
        assert _ids(s.events(place="artsakh")) == ["MOBILIZE"]
        assert _ids(s.events(place="karabakh")) == ["MOBILIZE"]
        assert _ids(s.events(place="stepanakert")) == []


def test_store_timeline_order(store: Store) -> None:
    timeline = store.timeline()
    assert [(e["event"], e["date"]) for e in timeline] == [
        ("ASSAULT", "2023-02-20"),
        ("CONSULT", "2023-02-24"),
        ("PROTEST", "2023-03-01"),
        ("AGREE", None),  # undated last
    ]
    assert _ids(store.timeline(country="ARM")) == ["ASSAULT", "PROTEST", "AGREE"]


def test_store_timeline_same_date_orders_by_doc_then_offset(db_path: Path) -> None:
    with Store(db_path) as s:
        s.ingest(synthetic_documents(0, 2))
        s.ingest(synthetic_documents(365, 1))  # same date as document 0
        timeline = s.timeline(until="2023-01-01")
        assert [(e["doc_id"], e["text_info"]["start"]) for e in timeline] == sorted(
            (e["doc_id"], e["text_info"]["start"]) for e in timeline
        )
        assert {e["doc_id"] for e in timeline} == {"syn-000000", "syn-000365"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["assert", "deny"]),
        ({"speaker": "bayramov"}, ["assert"]),  # canonical name of "The minister"
        ({"speaker": "THE MINISTER"}, ["assert"]),
        ({"stance": "deny"}, ["deny"]),
        ({"since": "2023-03-01"}, ["deny"]),
        ({"until": "2023-02-25"}, ["assert"]),  # dated by its document
        ({"doc_id": "news-2023-03-02"}, ["deny"]),
    ],
)
def test_store_claims_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert [c["stance"] for c in store.claims(**filters)] == expected


def test_store_places_and_times(store: Store) -> None:
    assert [p["name"] for p in store.places()] == ["Baku", "Yerevan"]
    assert [p["name"] for p in store.places(name="baki")] == ["Baku"]
    assert [p["name"] for p in store.places(country="arm")] == ["Yerevan"]
    assert [t["text"] for t in store.times(doc_id="news-2023-03-02")] == ["March 1", "February 20"]
    assert [t["text"] for t in store.times(since="2023-02-21", until="2023-02-28")] == ["February 24"]


def test_store_bad_filters(store: Store) -> None:
    with pytest.raises(StoreError, match="ISO date"):
        store.events(since="last week")
    with pytest.raises(StoreError, match="unknown filter"):
        store.iter_records("claims", actor="x").__next__()
    with pytest.raises(StoreError, match="unknown record table"):
        store.flat("documents")


def test_store_rejected(db_path: Path) -> None:
    with Store(db_path) as s:
        first = s.ingest(
            [], [Rejection("a.txt:1", "no-date", "No date."), Rejection("b.txt:1", "empty", "Empty.")]
        )
        assert first.rejected == 2
        again = s.ingest([], [Rejection("a.txt:1", "no-date", "Still no date.")])
        assert again.rejected == 0
        rows = {r["where"]: r for r in s.rejected()}
        assert set(rows) == {"a.txt:1", "b.txt:1"}
        assert rows["a.txt:1"]["reason"] == "Still no date."
        assert rows["a.txt:1"]["last_seen"] >= rows["a.txt:1"]["first_seen"]
        assert s.reject([Rejection("a.txt:1", "bad-json", "Bad JSON.")]) == 1  # unique on (where, code)


def test_store_wrong_doc_id_rolls_back_the_batch(db_path: Path) -> None:
    docs = sample_documents()
    stray = sample_documents()[1].events[0]
    docs[0].events.append(stray)
    with Store(db_path) as s:
        with pytest.raises(StoreError, match="carries a Event"):
            s.ingest(docs)
        assert s.stats()["documents"] == 0


def test_store_flat_rows(store: Store) -> None:
    columns, rows = store.flat("events", country="AZE")
    table = [dict(zip(columns, row, strict=True)) for row in rows]
    assert "record" not in columns
    assert [r["event"] for r in table] == ["CONSULT", "AGREE"]
    consult = table[0]
    assert consult["actor_names"] == "Jeyhun Bayramov"
    assert consult["recipient_codes"] == "IGO"
    assert consult["place"] == "Baku" and consult["lat"] == pytest.approx(40.37767)
    assert consult["date"] == dt.date(2023, 2, 24)


def test_store_schema_version_newer_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer than this eventwatch"):
        Store(db_path)


def test_store_schema_version_older_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="older than this eventwatch"):
        Store(db_path)


def test_store_foreign_duckdb_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwatch store"):
        Store(path)


def test_store_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_store_read_only(db_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(db_path, read_only=True)
    with Store(db_path) as s:
        s.ingest(sample_documents())
    with Store(db_path, read_only=True) as s:
        assert s.stats()["events"] == 4
        with pytest.raises(StoreError, match="cannot write"):
            s.ingest(synthetic_documents(0, 1))


def test_store_closed(db_path: Path) -> None:
    s = Store(db_path)
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.stats()


def test_store_memory() -> None:
    with Store(":memory:") as s:
        docs: list[Document] = synthetic_documents(0, 3)
        assert s.ingest(docs).events == 12
