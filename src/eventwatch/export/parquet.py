"""Parquet export: the flat columns plus the record JSON, written by DuckDB's built-in COPY (offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwatch.export import Writer, via_file
from eventwatch.store import Store


def write_path(store: Store, path: Path, what: str, filters: dict[str, Any]) -> int:
    """Write a Parquet file; RETURNS the number of records."""
    return store.write_parquet(what, path, **filters)


WRITER = Writer(
    name="parquet",
    description="Parquet of flat columns plus the record JSON (read it with DuckDB, pandas, polars, ...)",
    kinds=("events", "claims", "places", "times"),
    suffix=".parquet",
    write=via_file(write_path, ".parquet"),
    binary=True,
    write_path=write_path,
)
