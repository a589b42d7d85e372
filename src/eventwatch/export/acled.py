"""ACLED-style export: CSV with ACLED's column names, PLOVER categories mapped to ACLED event types.

The type map is data (resources/exports/plover_to_acled.tsv). Columns ACLED has and we cannot fill
(fatalities, inter codes) are left out rather than guessed; eventwatch's own fields (status, PLOVER
category and mode, document id) follow ACLED's, so nothing about the event's certainty is lost:
ACLED codes only events that happened, and `status` says when ours did not (planned, denied, ...).
"""

from __future__ import annotations

import csv
from functools import cache
from typing import IO, Any

from eventwatch import resources
from eventwatch.errors import ResourceError
from eventwatch.export import Writer
from eventwatch.model.records import PLOVER_EVENTS
from eventwatch.store import Store

MAP_FILE = "exports/plover_to_acled.tsv"
MAP_COLUMNS = (
    "plover_event",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "plover_mode",
    "recipient_sector",
)

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "iso3",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_url",
    "notes",
    "status",
    "plover_event",
    "plover_mode",
    "doc_id",
)

# ACLED time_precision: 1 the day is known, 2 the week or month, 3 only a longer span.
TIME_PRECISION = {"day": 1, "week": 2, "month": 2, "year": 3, "approximate": 3}

ACLEDType = tuple[str, str, str]  # disorder_type, event_type, sub_event_type
TypeKey = tuple[str, str, str]  # plover_event, plover_mode, recipient_sector ("" = any)


@cache
def type_map() -> dict[TypeKey, ACLEDType]:
    """The PLOVER → ACLED rows of the data file, keyed on (event, mode, recipient sector)."""
    rows: dict[TypeKey, ACLEDType] = {}
    for row in resources.read_tsv(MAP_FILE, MAP_COLUMNS, required=4):
        event = row["plover_event"]
        if event != "*" and event not in PLOVER_EVENTS:
            raise ResourceError(f"{resources.path(MAP_FILE)}: {event!r} is not a PLOVER 0.8 category")
        key = (event, row["plover_mode"], row["recipient_sector"])
        if key in rows:
            raise ResourceError(f"{resources.path(MAP_FILE)}: {key} is mapped twice")
        rows[key] = (row["disorder_type"], row["event_type"], row["sub_event_type"])
    if ("*", "", "") not in rows:
        raise ResourceError(f"{resources.path(MAP_FILE)}: the default row '*' is missing")
    return rows


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-3 → country name, from the actor coding data."""
    rows = resources.read_tsv("actors/countries.tsv", ("iso3", "name", "aliases", "demonyms"), required=2)
    return {row["iso3"]: row["name"] for row in rows}


def acled_type(event: str, mode: str | None, recipient_sectors: list[str]) -> ACLEDType:
    """The ACLED (disorder_type, event_type, sub_event_type) of a PLOVER event; the most specific row wins."""
    table = type_map()
    mode = mode or ""
    for sector in recipient_sectors:
        if (event, mode, sector) in table:
            return table[(event, mode, sector)]
    if mode and (event, mode, "") in table:
        return table[(event, mode, "")]
    for sector in recipient_sectors:
        if (event, "", sector) in table:
            return table[(event, "", sector)]
    return table.get((event, "", "")) or table[("*", "", "")]


def _names(actors: list[dict[str, Any]]) -> tuple[str, str]:
    names = [a.get("name") or a.get("entity_text") or "" for a in actors]
    return (names[0] if names else ""), "; ".join(names[1:])


def row(record: dict[str, Any], document: dict[str, Any] | None) -> dict[str, Any]:
    """The ACLED row of one event record; document gives source and url when it is stored."""
    loc = record.get("event_loc") or {}
    recipients = record.get("recipient") or []
    disorder, event_type, sub_event = acled_type(
        record["event"], record.get("mode"), [r["sector"] for r in recipients if r.get("sector")]
    )
    actor1, assoc1 = _names(record.get("actor") or [])
    actor2, assoc2 = _names(recipients)
    date = record.get("date") or ""
    code = loc.get("country_code") or ""
    return {
        "event_id_cnty": record["id"],
        "event_date": date,
        "year": date[:4],
        "time_precision": TIME_PRECISION.get(record.get("date_precision") or "", "") if date else "",
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_event,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "iso3": code,
        "country": country_names().get(code, code),
        "admin1": loc.get("admin1") or "",
        "location": loc.get("resolved_place") or loc.get("extracted_place") or "",
        "latitude": "" if loc.get("lat") is None else loc["lat"],
        "longitude": "" if loc.get("lon") is None else loc["lon"],
        "geo_precision": loc.get("geo_precision") or "",
        "source": (document or {}).get("source") or record["doc_id"],
        "source_url": (document or {}).get("url") or "",
        "notes": record.get("sentence") or "",
        "status": record.get("status") or "",
        "plover_event": record["event"],
        "plover_mode": record.get("mode") or "",
        "doc_id": record["doc_id"],
    }


def write(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
    """A header row, then one row per event in store order; RETURNS the number of events."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    documents: dict[str, dict[str, Any] | None] = {}
    n = 0
    for record in store.iter_records("events", **filters):
        doc_id = record["doc_id"]
        if doc_id not in documents:
            documents.clear()  # records come grouped by document: keep one
            documents[doc_id] = store.document(doc_id)
        writer.writerow(row(record, documents[doc_id]))
        n += 1
    return n


WRITER = Writer(
    name="acled",
    description="CSV with ACLED column names; PLOVER categories mapped to ACLED event types",
    kinds=("events",),
    suffix=".csv",
    write=write,
)
