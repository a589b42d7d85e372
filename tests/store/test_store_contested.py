"""Tests for Store.contested_inputs: the claims and disputed events that link.contested reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import sample_documents

from eventwatch.link import contested
from eventwatch.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "s.duckdb") as s:
        s.ingest(sample_documents())
        yield s


def test_store_contested_inputs_claims_carry_their_sentence_and_document_date(store: Store) -> None:
    claims = store.contested_inputs()["claims"]
    assert [c["doc_id"] for c in claims] == ["azernews-2023-02-25", "news-2023-03-02"]
    denial = claims[1]
    assert denial["sentence"] == "The police denied the accusation."
    assert denial["doc_date"] == "2023-03-02"
    assert denial["stance"] == "deny"


def test_store_contested_inputs_events_are_disputed_or_named_by_a_claim(store: Store) -> None:
    events = store.contested_inputs()["events"]
    assert "alleged" in {e["status"] for e in events}
    named = {i for c in store.claims() for i in c["events"]}
    assert all(e["status"] in ("alleged", "denied") or e["disputed_by"] or e["id"] in named for e in events)
    assert {e["event"] for e in events} >= {"ASSAULT"}
    assert "PROTEST" not in {e["event"] for e in events}  # occurred, and no claim is about it
    alleged = next(e for e in events if e["status"] == "alleged")
    assert alleged["doc_date"] == "2023-03-02"
    assert "Yerevan" in alleged["place_names"]


def test_store_contested_inputs_date_filters(store: Store) -> None:
    later = store.contested_inputs(since="2023-03-01")
    assert {c["doc_id"] for c in later["claims"]} == {"news-2023-03-02"}
    assert store.contested_inputs(until="2023-01-01") == {"claims": [], "events": []}


def test_store_contested_inputs_feed_link_contested(store: Store) -> None:
    inputs = store.contested_inputs()
    # "Organisers said police beat demonstrators" (alleged) vs "The police denied the accusation":
    # different speakers, but nothing in the records says the denial is about the beating.
    assert contested(inputs["claims"], inputs["events"], threshold=0.99) == []
