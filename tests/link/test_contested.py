"""Tests for eventwatch.link.contested on records built by hand (no spaCy, no store)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from eventwatch.link.contested import contested, positions, stems, tfidf_similarity


def claim(
    cid: str,
    doc: str,
    speaker: str | None,
    content: str,
    *,
    stance: str = "assert",
    code: str | None = None,
    nested_in: str | None = None,
    events: Sequence[str] = (),
    start: int = 0,
    date: str = "2024-04-01",
) -> dict[str, Any]:
    return {
        "kind": "claim",
        "id": cid,
        "doc_id": doc,
        "speaker": {"entity_text": speaker, "name": speaker, "code": code, "sector": None},
        "cue": "said",
        "mode": "reported" if nested_in else "indirect",
        "stance": stance,
        "content": content,
        "content_span": {"start": start, "end": start + len(content)},
        "text_info": {"start": start, "end": start + len(content) + 10},
        "nested_in": nested_in,
        "events": list(events),
        "quantities": [],
        "date": date,
        "sentence": f"{speaker} said {content}.",
    }


def event(
    eid: str,
    doc: str,
    category: str,
    sentence: str,
    *,
    status: str = "occurred",
    claimed_by: str | None = None,
    disputed_by: Sequence[str] = (),
    place: str | None = None,
    geonameid: int | None = None,
    start: int = 0,
    date: str | None = "2024-04-01",
) -> dict[str, Any]:
    loc = (
        {"extracted_place": place, "resolved_place": place, "geonameid": geonameid}
        if place or geonameid
        else None
    )
    return {
        "kind": "event",
        "id": eid,
        "doc_id": doc,
        "event": category,
        "status": status,
        "date": date,
        "event_loc": loc,
        "sentence": sentence,
        "text_info": {"start": start, "end": start + len(sentence)},
        "claimed_by": claimed_by,
        "disputed_by": list(disputed_by),
    }


def speakers(side: list[dict[str, Any]]) -> list[str | None]:
    return [e["speaker"] for e in side]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels blocked the road", ["rebel", "block", "road"]),
        ("a blockade of the road", ["block", "road"]),
        ("Troops are shelling villages", ["troop", "shell", "villa"]),
        ("It was not 3,000 trucks", ["3", "000", "truck"]),
    ],
)
def test_contested_stems(text: str, expected: list[str]) -> None:
    assert stems(text) == expected


def test_contested_similarity_scores_shared_words_high_and_others_zero() -> None:
    score = tfidf_similarity(
        [
            "Border guards fired on a fishing boat",
            "guards never fired on any fishing boat",
            "The harvest was good",
        ]
    )
    assert score(0, 1) > 0.8
    assert score(0, 2) == 0.0
    assert score(1, 1) == pytest.approx(1.0)


def test_contested_nested_claim_within_one_document() -> None:
    outer = claim(
        "cl-1",
        "d1",
        "Minister Ana Lund",
        "the assertions of the union that pay was cut are false",
        stance="deny",
        code="XXA",
        start=0,
    )
    inner = claim("cl-2", "d1", "union", "pay was cut", nested_in="cl-1", start=0)
    topics = contested([outer, inner], [])
    assert len(topics) == 1
    topic = topics[0]
    assert speakers(topic["asserted_by"]) == ["union"]
    assert speakers(topic["denied_by"]) == ["Minister Ana Lund"]
    assert topic["links"] == ["nested"]
    assert topic["topic"] == "pay was cut"
    assert topic["doc_ids"] == ["d1"]


def test_contested_alleged_and_denied_events_across_documents_by_category_and_place_name() -> None:
    alleged = event(
        "ev-1",
        "d1",
        "ASSAULT",
        "Villagers said soldiers beat farmers near Kerro.",
        status="alleged",
        claimed_by="villagers",
        place="Kerro",
    )
    denied = event(
        "ev-2",
        "d2",
        "ASSAULT",
        "The army denied any beating at Kerro.",
        status="denied",
        disputed_by=["army"],
        place="kerro",
        date="2024-04-03",
    )
    topics = contested([], [alleged, denied])
    assert len(topics) == 1
    topic = topics[0]
    assert topic["event"] == "ASSAULT" and topic["place"] == "Kerro"
    assert speakers(topic["asserted_by"]) == ["villagers"]
    assert speakers(topic["denied_by"]) == ["army"]
    assert topic["links"] == ["event+place"]
    assert (topic["first_date"], topic["last_date"]) == ("2024-04-01", "2024-04-03")
    assert topic["asserted_by"][0]["records"] == ["ev-1"]


def test_contested_same_place_by_geonameid_under_two_names() -> None:
    a = event(
        "ev-1",
        "d1",
        "COERCE",
        "Residents said the town of Aldra was cut off.",
        status="alleged",
        claimed_by="residents",
        place="Aldra",
        geonameid=42,
    )
    b = event(
        "ev-2",
        "d2",
        "COERCE",
        "Officials denied a siege.",
        status="denied",
        disputed_by=["officials"],
        place="Old Aldra",
        geonameid=42,
    )
    assert len(contested([], [a, b])) == 1


@pytest.mark.parametrize(
    ("second", "place"),
    [("PROTEST", "Kerro"), ("ASSAULT", "Mossa")],
    ids=["other-category", "other-place"],
)
def test_contested_other_category_or_place_is_another_topic(second: str, place: str) -> None:
    alleged = event(
        "ev-1",
        "d1",
        "ASSAULT",
        "Villagers accused soldiers of beatings.",
        status="alleged",
        claimed_by="villagers",
        place="Kerro",
    )
    denied = event(
        "ev-2", "d2", second, "The army rejected that.", status="denied", disputed_by=["army"], place=place
    )
    assert contested([], [alleged, denied]) == []


def test_contested_claims_with_similar_content_across_documents() -> None:
    claims = [
        claim("cl-1", "d1", "Port authority", "the tanker spilled oil into the harbour", code="XXA"),
        claim(
            "cl-2",
            "d2",
            "Shipping company",
            "the tanker spilled no oil into the harbour",
            stance="deny",
            code="XXB",
            date="2024-04-02",
        ),
        claim("cl-3", "d3", "Mayor", "the new bridge will open in spring", code="XXA"),
    ]
    topics = contested(claims, [])
    assert len(topics) == 1
    assert speakers(topics[0]["asserted_by"]) == ["Port authority"]
    assert speakers(topics[0]["denied_by"]) == ["Shipping company"]
    assert topics[0]["links"][0].startswith("similar")
    assert topics[0]["doc_ids"] == ["d1", "d2"]


def test_contested_threshold_controls_similarity_links() -> None:
    claims = [
        claim("cl-1", "d1", "A", "the tanker spilled oil near the harbour at dawn"),
        claim("cl-2", "d2", "B", "oil was spilled", stance="deny"),
    ]
    assert contested(claims, [], threshold=0.1)
    assert contested(claims, [], threshold=0.95) == []


def test_contested_needs_two_speakers() -> None:
    claims = [
        claim("cl-1", "d1", "Ministry", "the dam is leaking", code="XXA"),
        claim("cl-2", "d2", "Ministry", "the dam is leaking", stance="deny", code="XXA"),
    ]
    assert contested(claims, []) == []
    claims[1]["speaker"]["code"] = "XXB"  # the same title in another country is another speaker
    assert len(contested(claims, [])) == 1


def test_contested_assertion_without_denial_is_not_listed() -> None:
    claims = [claim("cl-1", "d1", "A", "prices rose"), claim("cl-2", "d2", "B", "prices rose sharply")]
    assert contested(claims, []) == []


def test_contested_claim_and_its_event_are_one_entry() -> None:
    deny = claim(
        "cl-1",
        "d1",
        "Governor",
        "the claims that the clinic was closed are baseless",
        stance="deny",
        events=["ev-1"],
        start=100,
    )
    inner = claim(
        "cl-2", "d1", "Doctors", "the clinic was closed", nested_in="cl-1", events=["ev-1"], start=100
    )
    ev = event(
        "ev-1",
        "d1",
        "COERCE",
        "…",
        status="alleged",
        claimed_by="Doctors",
        disputed_by=["Governor"],
        start=100,
    )
    [topic] = contested([deny, inner], [ev])
    assert [e["records"] for e in topic["asserted_by"]] == [["cl-2", "ev-1"]]
    assert [e["records"] for e in topic["denied_by"]] == [["cl-1", "ev-1"]]


def test_contested_deny_claim_is_about_the_events_it_disputes_not_its_own_rejection() -> None:
    deny = claim(
        "cl-1", "d2", "Army", "reports of shelling at Kerro are false", stance="deny", events=["ev-9", "ev-8"]
    )
    evs = [
        event("ev-9", "d2", "REJECT", "The army rejected …", place="Kerro"),
        event("ev-8", "d2", "ASSAULT", "…", status="alleged", disputed_by=["Army"], place="Kerro"),
    ]
    [p] = [p for p in positions([deny], evs) if p.records[0] == "cl-1"]
    assert p.events == {"ev-8"}
    assert p.category == "ASSAULT"


def test_contested_similarity_is_pluggable() -> None:
    def everything_alike(texts: Sequence[str]) -> Callable[[int, int], float]:
        return lambda i, j: 1.0

    claims = [
        claim("cl-1", "d1", "A", "apples are red"),
        claim("cl-2", "d2", "B", "the sky is green", stance="deny"),
    ]
    assert contested(claims, []) == []
    assert len(contested(claims, [], similarity=everything_alike)) == 1


def test_contested_is_deterministic_and_ordered_by_date() -> None:
    claims = [
        claim("cl-1", "d1", "A", "the ferry sank off Tarra", date="2024-05-01"),
        claim("cl-2", "d2", "B", "no ferry sank off Tarra", stance="deny", date="2024-05-02"),
        claim("cl-3", "d3", "C", "the mine at Vell was flooded", date="2024-01-01"),
        claim("cl-4", "d4", "D", "the mine at Vell was never flooded", stance="deny", date="2024-01-02"),
    ]
    topics = contested(claims, [])
    assert [t["first_date"] for t in topics] == ["2024-01-01", "2024-05-01"]
    assert contested(list(reversed(claims)), []) == topics
