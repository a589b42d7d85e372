"""PLOVER export: JSON Lines of the stored records, exactly the contract shape (records.md)."""

from __future__ import annotations

import json
from typing import IO, Any

from eventwatch.export import Writer
from eventwatch.store import Store


def write(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
    """One JSON object per line, in store order; RETURNS the number of records."""
    n = 0
    for record in store.iter_records(what, **filters):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


WRITER = Writer(
    name="plover",
    description="JSON Lines, one PLOVER event (or claim, place, time) record per line",
    kinds=("events", "claims", "places", "times"),
    suffix=".jsonl",
    write=write,
)
