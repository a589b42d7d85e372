"""The store: documents and records in one embedded DuckDB file. DuckDB is used here and nowhere else."""

from eventwatch.store.schema import SCHEMA_VERSION
from eventwatch.store.store import IngestCounts, Store

__all__ = ["SCHEMA_VERSION", "IngestCounts", "Store"]
