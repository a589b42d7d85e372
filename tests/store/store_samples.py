"""Documents and records built by hand for the store and export tests (no spaCy needed).

Imported by the tests in this folder and run as a library by kill9_child.py, so it has no pytest code.
"""

from __future__ import annotations

import datetime as dt

from eventwatch.model import (
    Actor,
    Claim,
    Document,
    Event,
    EventLocation,
    Place,
    Time,
    TimeValue,
)
from eventwatch.model.ids import record_id

BAYRAMOV = Actor("Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", "GOV")
MINISTER = Actor("The minister", "Jeyhun Bayramov", "AZE", "GOV")
KOJIC = Actor("Dragana Kojic", "Dragana Kojic", "IGO", "NGO", org="ICRC")
PROTESTERS = Actor("protesters", "protesters", "ARM", "CVL")
POLICE = Actor("police", "Armenian police", "ARM", "COP")
BAKU = Place("x", "Baku", 0, 4, 587084, "Baku", 40.37767, 49.89201, "AZE", "Baku", "PPLC", ("Baki",))
YEREVAN = Place("x", "Yerevan", 0, 7, 616052, "Yerevan", 40.18111, 44.51361, "ARM", "Yerevan", "PPLC")


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _place(doc_id: str, text: str, base: Place) -> Place:
    start, end = _span(text, base.text)
    return Place(
        doc_id, base.text, start, end, base.geonameid, base.name, base.lat, base.lon,
        base.country_code, base.admin1, base.feature_code, base.also_known_as,
    )  # fmt: skip


def _event(
    doc_id: str,
    text: str,
    sentence: str,
    trigger: str,
    kind: str,
    *,
    actor: tuple[Actor, ...] = (),
    recipient: tuple[Actor, ...] = (),
    place: Place | None = None,
    date: str | None = None,
    enddate: str | None = None,
    status: str = "occurred",
    mode: str | None = None,
    claimed_by: str | None = None,
) -> Event:
    start, end = _span(text, sentence)
    trigger_start, trigger_end = _span(text, trigger, start)
    return Event(
        id=record_id("ev", doc_id, start, end, kind, trigger_start),
        doc_id=doc_id,
        event=kind,
        mode=mode,
        context=("diplomatic",) if kind in ("CONSULT", "AGREE") else (),
        cameo=None,
        status=status,
        date=date,
        enddate=enddate,
        date_precision="day" if date else None,
        date_text=None,
        actor=actor,
        recipient=recipient,
        event_loc=EventLocation.from_place(place) if place else None,
        event_text=trigger,
        sentence=sentence,
        start=start,
        end=end,
        trigger_start=trigger_start,
        trigger_end=trigger_end,
        claimed_by=claimed_by,
        confidence=0.8,
    )


def azernews() -> Document:
    """A meeting in Baku, the minister's claim about it, one place and one date."""
    doc_id = "azernews-2023-02-25"
    s1 = "Azerbaijani Foreign Minister Jeyhun Bayramov has met with Dragana Kojic in Baku on February 24."
    s2 = "The minister stressed that more than 3,000 vehicles had passed the road."
    text = f"{s1} {s2}"
    baku = _place(doc_id, text, BAKU)
    doc = Document(
        doc_id, dt.date(2023, 2, 25), text, meta={"title": "Bayramov meets ICRC", "source": "azernews"}
    )
    doc.places.append(baku)
    t_start, t_end = _span(text, "February 24")
    doc.times.append(Time(doc_id, "February 24", t_start, t_end, (TimeValue("2023-02-24"),)))
    doc.events.append(
        _event(doc_id, text, s1, "has met", "CONSULT", actor=(BAYRAMOV,), recipient=(KOJIC,), place=baku,
               date="2023-02-24")
    )  # fmt: skip
    c_start, c_end = _span(text, "more than 3,000 vehicles had passed the road")
    s_start, s_end = _span(text, s2)
    doc.claims.append(
        Claim(
            id=record_id("cl", doc_id, c_start, c_end),
            doc_id=doc_id,
            speaker=MINISTER,
            cue="stressed",
            mode="indirect",
            stance="assert",
            content=text[c_start:c_end],
            content_start=c_start,
            content_end=c_end,
            sentence_start=s_start,
            sentence_end=s_end,
        )
    )
    return doc


def yerevan() -> Document:
    """A protest (dated later) and an alleged assault (dated earlier) in Yerevan; a denial."""
    doc_id = "news-2023-03-02"
    s1 = "Thousands of protesters rallied in Yerevan on March 1."
    s2 = "Organisers said police beat demonstrators on February 20."
    s3 = "The police denied the accusation."
    text = f"{s1} {s2} {s3}"
    place = _place(doc_id, text, YEREVAN)
    doc = Document(doc_id, dt.date(2023, 3, 2), text, meta={"source": "example", "origin": "sample.jsonl:2"})
    doc.places.append(place)
    for part, value in (("March 1", "2023-03-01"), ("February 20", "2023-02-20")):
        start, end = _span(text, part)
        doc.times.append(Time(doc_id, part, start, end, (TimeValue(value),)))
    doc.events.append(
        _event(doc_id, text, s1, "rallied", "PROTEST", actor=(PROTESTERS,), place=place, date="2023-03-01",
               mode="demonstrate")
    )  # fmt: skip
    doc.events.append(
        _event(doc_id, text, s2, "beat", "ASSAULT", actor=(POLICE,), recipient=(PROTESTERS,), place=place,
               date="2023-02-20", status="alleged", claimed_by="Organisers", mode="beat")
    )  # fmt: skip
    start, end = _span(text, s3)
    doc.claims.append(
        Claim(
            id=record_id("cl", doc_id, start, end),
            doc_id=doc_id,
            speaker=POLICE,
            cue="denied",
            mode="reported",
            stance="deny",
            content="the accusation",
            content_start=text.index("the accusation"),
            content_end=text.index("the accusation") + len("the accusation"),
            sentence_start=start,
            sentence_end=end,
            date="2023-03-02",
        )
    )
    return doc


def undated() -> Document:
    """An agreement with no date and no place: such events sort last and match no date filter."""
    doc_id = "doc-undated"
    s1 = "Azerbaijan and Armenia agreed to continue talks."
    doc = Document(doc_id, dt.date(2023, 1, 10), s1)
    doc.events.append(
        _event(doc_id, s1, s1, "agreed", "AGREE", actor=(Actor("Azerbaijan", "Azerbaijan", "AZE", "GOV"),
               Actor("Armenia", "Armenia", "ARM", "GOV")), status="planned")
    )  # fmt: skip
    return doc


def sample_documents() -> list[Document]:
    """The three hand-made documents, fresh objects on every call."""
    return [azernews(), yerevan(), undated()]


def synthetic_document(i: int) -> Document:
    """Document number i with 10 records: 4 events, 2 claims, 2 places, 2 times (for bulk tests)."""
    doc_id = f"syn-{i:06d}"
    date = dt.date(2023, 1, 1) + dt.timedelta(days=i % 365)
    sentences = [f"Sentence {k} of document {i}: Minister Aliyev met envoys in Baku." for k in range(4)]
    text = " ".join(sentences)
    doc = Document(doc_id, date, text, meta={"source": "synthetic"})
    offset = 0
    for k, sentence in enumerate(sentences):
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        place_start = text.index("Baku", start)
        place = Place(doc_id, "Baku", place_start, place_start + 4, 587084, "Baku", 40.37, 49.89, "AZE")
        if k < 2:
            doc.places.append(place)
            doc.times.append(Time(doc_id, f"Sentence {k}", start, start + 10, (TimeValue(date.isoformat()),)))
            doc.claims.append(
                Claim(record_id("cl", doc_id, start, offset), doc_id, BAYRAMOV, "said", "indirect", "assert",
                      sentence, start, offset, start, offset)
            )  # fmt: skip
        trigger = text.index("met", start)
        doc.events.append(
            Event(record_id("ev", doc_id, start, offset), doc_id, "CONSULT", None, (), "040", "occurred",
                  date.isoformat(), None, "day", None, (BAYRAMOV,), (KOJIC,), EventLocation.from_place(place),
                  "met", sentence, start, offset, trigger, trigger + 3)
        )  # fmt: skip
    return doc


def synthetic_documents(start: int, count: int) -> list[Document]:
    """Documents start .. start+count-1 of the synthetic series."""
    return [synthetic_document(i) for i in range(start, start + count)]
