"""Tests for eventwatch.export: each format, the registry, Parquet read back, GeoJSON shape, ACLED columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import duckdb
import pytest

from eventwatch.errors import ConfigError, StoreError
from eventwatch.export import WRITERS, Writer, export, register
from eventwatch.export.acled import COLUMNS, acled_type, type_map
from eventwatch.model import Actor, Claim, Document, Event, EventLocation, Place, Time, TimeValue
from eventwatch.model.ids import record_id
from eventwatch.store import Store

BAKU = ("Baku", 40.37767, 49.89201, "AZE", "PPLC")
SHUSHA = ("Shusha", 39.76, 46.75, "AZE", "PPLA2")
ARMY = Actor("troops", "Armenian Armed Forces", "ARM", "MIL")
VILLAGERS = Actor("villagers", "villagers", "AZE", "CVL")
MINISTER = Actor("Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", "GOV")
ICRC = Actor("Dragana Kojic", "Dragana Kojic", "IGO", "NGO", org="ICRC")


def _event(doc: Document, sentence: str, kind: str, **kw: object) -> None:
    """Append sentence to the document's text and an event over it."""
    start = len(doc.text) + (1 if doc.text else 0)
    doc.text = f"{doc.text} {sentence}" if doc.text else sentence
    end = start + len(sentence)
    place = kw.pop("place", None)
    loc = None
    if isinstance(place, tuple):
        name, lat, lon, cc, feature = place
        p_start = doc.text.index(name, start)
        found = Place(doc.id, name, p_start, p_start + len(name), 1, name, lat, lon, cc, None, feature)
        doc.places.append(found)
        loc = EventLocation.from_place(found)
    fields: dict = {
        "id": record_id("ev", doc.id, start, end, kind),
        "doc_id": doc.id,
        "event": kind,
        "mode": None,
        "context": (),
        "cameo": None,
        "status": "occurred",
        "date": doc.date.isoformat(),
        "enddate": None,
        "date_precision": "day",
        "date_text": None,
        "actor": (),
        "recipient": (),
        "event_loc": loc,
        "event_text": sentence.split()[1],
        "sentence": sentence,
        "start": start,
        "end": end,
        "trigger_start": start,
        "trigger_end": start + 1,
    }
    fields.update(kw)
    doc.events.append(Event(**fields))


def documents() -> list[Document]:
    a = Document(
        "doc-a", dt.date(2023, 2, 25), "", meta={"source": "azernews", "url": "https://example.org/a"}
    )
    _event(a, "Bayramov met Kojic in Baku.", "CONSULT", actor=(MINISTER,), recipient=(ICRC,), place=BAKU)
    _event(a, "Troops shelled villagers near Shusha.", "ASSAULT", actor=(ARMY,), recipient=(VILLAGERS,),
           place=SHUSHA, mode="heavy-weapons")  # fmt: skip
    _event(a, "Troops fired at villagers in Shusha.", "ASSAULT", actor=(ARMY, MINISTER),
           recipient=(VILLAGERS,), place=SHUSHA, date="2023-02", date_precision="month")  # fmt: skip
    a.times.append(Time("doc-a", "February", 0, 3, (TimeValue("2023-02-01", "2023-02-28", "month"),)))
    a.claims.append(
        Claim(record_id("cl", "doc-a", 0, 10), "doc-a", MINISTER, "said", "indirect", "assert",
              "Bayramov met", 0, 12, 0, 27, events=(a.events[0].id,))
    )  # fmt: skip
    b = Document("doc-b", dt.date(2023, 3, 1), "", meta={})
    _event(
        b,
        "Protesters rioted in Baku.",
        "PROTEST",
        mode="riot",
        place=BAKU,
        actor=(Actor("Protesters", "protesters"),),
    )
    _event(b, "Both sides agreed to talks.", "AGREE", date=None, date_precision=None, status="planned")
    _event(b, "Police arrested five men.", "COERCE", mode="arrest", date="2023", date_precision="year")
    return [a, b]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "x.duckdb") as s:
        s.ingest(documents())
        yield s


def test_export_registry_has_the_formats() -> None:
    assert set(WRITERS) >= {"plover", "acled", "csv", "parquet", "geojson"}
    for name, writer in WRITERS.items():
        assert writer.name == name and writer.kinds and writer.suffix.startswith(".")


def test_export_register_a_writer(store: Store) -> None:
    def count(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
        n = len(list(store.iter_records(what, **filters)))
        out.write(f"{n} {what}\n")
        return n

    register(Writer("test-count", "test only", ("events",), ".txt", count))
    try:
        out = io.StringIO()
        assert export(store, "test-count", out, type="ASSAULT") == 2
        assert out.getvalue() == "2 events\n"
    finally:
        WRITERS.pop("test-count")


def test_export_unknown_format_or_table(store: Store) -> None:
    with pytest.raises(ConfigError, match="unknown export format"):
        export(store, "xml", io.StringIO())
    with pytest.raises(ConfigError, match="not claims"):
        export(store, "acled", io.StringIO(), what="claims")
    with pytest.raises(StoreError, match="unknown filter"):
        export(store, "plover", io.StringIO(), what="claims", country="AZE")


def test_export_plover(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "plover", out) == 6
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines == store.events()
    assert lines[0]["kind"] == "event" and lines[0]["text_info"] == {"start": 0, "end": 27}


def test_export_plover_claims_and_filters(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    assert export(store, "plover", target, what="claims") == 1
    claim = json.loads(target.read_text())
    assert claim["kind"] == "claim" and claim["speaker"]["name"] == "Jeyhun Bayramov"
    out = io.StringIO()
    assert export(store, "plover", out, type="ASSAULT") == 2


def test_export_csv(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "csv", out, country="ARM") == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["event"] for r in rows] == ["ASSAULT", "ASSAULT"]
    assert rows[1]["actor_names"] == "Armenian Armed Forces; Jeyhun Bayramov"
    assert rows[1]["date"] == "2023-02-01" and rows[1]["date_precision"] == "month"
    assert rows[0]["lat"] == "39.76" and rows[0]["enddate"] == ""
    assert "record" not in rows[0]


def test_export_csv_claims(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "csv", out, what="claims") == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["speaker_name"] == "Jeyhun Bayramov" and row["date"] == "2023-02-25"


@pytest.mark.parametrize("what", ["events", "claims", "places", "times"])
def test_export_parquet_reads_back(store: Store, tmp_path: Path, what: str) -> None:
    target = tmp_path / f"{what}.parquet"
    n = export(store, "parquet", target, what=what)
    assert n == store.stats()[what]
    con = duckdb.connect()
    rows = con.execute(f"SELECT record FROM read_parquet('{target}')").fetchall()
    assert [json.loads(r[0]) for r in rows] == list(store.iter_records(what))
    con.close()


def test_export_parquet_to_a_stream(store: Store, tmp_path: Path) -> None:
    out = io.BytesIO()
    assert export(store, "parquet", out, type="ASSAULT") == 2
    assert out.getvalue()[:4] == b"PAR1"
    target = tmp_path / "copy.parquet"
    target.write_bytes(out.getvalue())
    con = duckdb.connect()
    assert con.execute(f"SELECT event, lat FROM '{target}'").fetchall() == [("ASSAULT", 39.76)] * 2
    con.close()
    with pytest.raises(ConfigError, match="writes bytes"):
        export(store, "parquet", io.StringIO())


def test_export_geojson(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "geojson", out) == 4  # the agreement and the arrest have no place
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 4
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        loc = feature["properties"]["event_loc"]
        assert (lon, lat) == (loc["lon"], loc["lat"])
        assert feature["id"] == feature["properties"]["id"]


def test_export_geojson_empty_and_places(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "geojson", out, country="XYZ") == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    out = io.StringIO()
    assert export(store, "geojson", out, what="places") == 4
    assert json.loads(out.getvalue())["features"][0]["properties"]["kind"] == "place"


def test_export_acled(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "acled", out) == 6
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = {r["plover_event"] + ":" + r["sub_event_type"]: r for r in reader}
    assert set(rows) == {
        "CONSULT:Other",
        "ASSAULT:Shelling/artillery/missile attack",
        "ASSAULT:Attack",
        "PROTEST:Violent demonstration",
        "AGREE:Agreement",
        "COERCE:Arrests",
    }
    consult = rows["CONSULT:Other"]
    assert consult["event_type"] == "Strategic developments"
    assert (consult["actor1"], consult["actor2"]) == ("Jeyhun Bayramov", "Dragana Kojic")
    assert consult["country"] == "Azerbaijan" and consult["iso3"] == "AZE" and consult["location"] == "Baku"
    assert consult["source"] == "azernews" and consult["source_url"] == "https://example.org/a"
    assert (consult["time_precision"], consult["geo_precision"]) == ("1", "1")
    attack = rows["ASSAULT:Attack"]
    assert attack["event_type"] == "Violence against civilians"
    assert (attack["actor1"], attack["assoc_actor_1"]) == ("Armenian Armed Forces", "Jeyhun Bayramov")
    assert attack["time_precision"] == "2" and attack["geo_precision"] == "1"  # PPLA2: a town
    riot = rows["PROTEST:Violent demonstration"]
    assert (riot["disorder_type"], riot["event_type"], riot["source"]) == ("Demonstrations", "Riots", "doc-b")
    agree = rows["AGREE:Agreement"]
    assert (agree["event_date"], agree["time_precision"], agree["latitude"]) == ("", "", "")
    assert agree["status"] == "planned"
    assert rows["COERCE:Arrests"]["time_precision"] == "3"


@pytest.mark.parametrize(
    ("event", "mode", "sectors", "expected"),
    [
        ("PROTEST", None, [], ("Demonstrations", "Protests", "Peaceful protest")),
        ("PROTEST", "riot", [], ("Demonstrations", "Riots", "Violent demonstration")),
        ("ASSAULT", None, ["MIL"], ("Political violence", "Battles", "Armed clash")),
        ("ASSAULT", None, ["MIL", "CVL"], ("Political violence", "Violence against civilians", "Attack")),
        ("ASSAULT", "firearms", ["MIL"], ("Political violence", "Battles", "Armed clash")),
        ("ASSAULT", "firearms", ["CVL"], ("Political violence", "Violence against civilians", "Attack")),
        ("COERCE", "ban", [], ("Strategic developments", "Strategic developments", "Other")),
        ("SUPPORT", None, [], ("Strategic developments", "Strategic developments", "Other")),
    ],
)
def test_export_acled_type(event: str, mode: str | None, sectors: list[str], expected: tuple) -> None:
    assert acled_type(event, mode, sectors) == expected


def test_export_acled_type_map_is_valid() -> None:
    table = type_map()
    assert ("*", "", "") in table
    assert all(len(value) == 3 and all(value) for value in table.values())
