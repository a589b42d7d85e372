"""GeoJSON export: a FeatureCollection with one Point Feature per located event (or place).

Events without coordinates have no geometry and are left out; the count returned says how many
features were written, so the caller can report how many records had no location.
"""

from __future__ import annotations

import json
from typing import IO, Any

from eventwatch.export import Writer
from eventwatch.store import Store


def _point(record: dict[str, Any], what: str) -> tuple[float, float] | None:
    where = record.get("event_loc") if what == "events" else record
    if not where or where.get("lat") is None or where.get("lon") is None:
        return None
    return float(where["lon"]), float(where["lat"])


def feature(record: dict[str, Any], what: str) -> dict[str, Any] | None:
    """The Feature of one record (RFC 7946: coordinates are [lon, lat]), or None when it has no location."""
    point = _point(record, what)
    if point is None:
        return None
    fid = record.get("id") or f"{record['doc_id']}:{record['start']}-{record['end']}"
    return {
        "type": "Feature",
        "id": fid,
        "geometry": {"type": "Point", "coordinates": list(point)},
        "properties": record,
    }


def write(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
    """Stream the collection feature by feature; RETURNS the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for record in store.iter_records(what, **filters):
        item = feature(record, what)
        if item is None:
            continue
        out.write(("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


WRITER = Writer(
    name="geojson",
    description="GeoJSON FeatureCollection, one Point per located event (or place)",
    kinds=("events", "places"),
    suffix=".geojson",
    write=write,
)
