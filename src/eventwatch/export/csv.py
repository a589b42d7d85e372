"""CSV export: the store's flat columns (one row per record, list fields joined by "; ")."""

from __future__ import annotations

import csv as _csv
import datetime as dt
from typing import IO, Any

from eventwatch.export import Writer
from eventwatch.store import Store


def _cell(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def write(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
    """A header row, then one row per record in store order; RETURNS the number of records."""
    columns, rows = store.flat(what, **filters)
    writer = _csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(v) for v in row])
        n += 1
    return n


WRITER = Writer(
    name="csv",
    description="CSV of flat columns (actor_names, lat, lon, ...), one row per record",
    kinds=("events", "claims", "places", "times"),
    suffix=".csv",
    write=write,
)
