"""The store's tables: DDL, column lists and the schema version kept in the meta table.

Each record table holds the record's full contract JSON in `record` (what queries return) next to
flat, queryable columns (what filters, CSV and Parquet exports use). Bump SCHEMA_VERSION whenever a
table changes; opening a store of another version raises StoreError instead of guessing.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

# Column name → DuckDB type, in table order. "record" is the contract JSON; its type is chosen at
# connect time (JSON when DuckDB's built-in json extension is loaded, else VARCHAR).
RECORD = "record"

DOCUMENT_COLUMNS: dict[str, str] = {
    "id": "VARCHAR",
    "date": "DATE",
    "text": "VARCHAR",
    "title": "VARCHAR",
    "source": "VARCHAR",
    "url": "VARCHAR",
    "language": "VARCHAR",
    "origin": "VARCHAR",
    "meta": "VARCHAR",
    "ingested_at": "TIMESTAMP",
}

EVENT_COLUMNS: dict[str, str] = {
    "id": "VARCHAR",
    "doc_id": "VARCHAR",
    "event": "VARCHAR",
    "mode": "VARCHAR",
    "context": "VARCHAR",
    "cameo": "VARCHAR",
    "status": "VARCHAR",
    "date": "DATE",
    "enddate": "DATE",
    "date_precision": "VARCHAR",
    "date_text": "VARCHAR",
    "actor_names": "VARCHAR",
    "actor_texts": "VARCHAR",
    "actor_codes": "VARCHAR",
    "actor_sectors": "VARCHAR",
    "recipient_names": "VARCHAR",
    "recipient_texts": "VARCHAR",
    "recipient_codes": "VARCHAR",
    "recipient_sectors": "VARCHAR",
    "place": "VARCHAR",
    "resolved_place": "VARCHAR",
    "geonameid": "BIGINT",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "country_code": "VARCHAR",
    "admin1": "VARCHAR",
    "geo_precision": "INTEGER",
    "event_text": "VARCHAR",
    "sentence": "VARCHAR",
    "start": "INTEGER",
    "end": "INTEGER",
    "trigger_start": "INTEGER",
    "trigger_end": "INTEGER",
    "claimed_by": "VARCHAR",
    "disputed_by": "VARCHAR",
    "confidence": "DOUBLE",
}

CLAIM_COLUMNS: dict[str, str] = {
    "id": "VARCHAR",
    "doc_id": "VARCHAR",
    "speaker_text": "VARCHAR",
    "speaker_name": "VARCHAR",
    "speaker_code": "VARCHAR",
    "speaker_sector": "VARCHAR",
    "cue": "VARCHAR",
    "mode": "VARCHAR",
    "stance": "VARCHAR",
    "content": "VARCHAR",
    "content_start": "INTEGER",
    "content_end": "INTEGER",
    "sentence_start": "INTEGER",
    "sentence_end": "INTEGER",
    "nested_in": "VARCHAR",
    "events": "VARCHAR",
    "date": "DATE",
}

PLACE_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "start": "INTEGER",
    "end": "INTEGER",
    "text": "VARCHAR",
    "geonameid": "BIGINT",
    "name": "VARCHAR",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "country_code": "VARCHAR",
    "admin1": "VARCHAR",
    "feature_code": "VARCHAR",
    "also_known_as": "VARCHAR",
}

TIME_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "start": "INTEGER",
    "end": "INTEGER",
    "text": "VARCHAR",
    "date": "DATE",
    "enddate": "DATE",
    "precision": "VARCHAR",
}

REJECTED_COLUMNS: dict[str, str] = {
    "where": "VARCHAR",
    "code": "VARCHAR",
    "reason": "VARCHAR",
    "first_seen": "TIMESTAMP",
    "last_seen": "TIMESTAMP",
}

# Record tables: name → (flat columns, primary key). Every one also gets the `record` column.
RECORD_TABLES: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "events": (EVENT_COLUMNS, ("id",)),
    "claims": (CLAIM_COLUMNS, ("id",)),
    "places": (PLACE_COLUMNS, ("doc_id", "start", "end")),
    "times": (TIME_COLUMNS, ("doc_id", "start", "end")),
}

TABLES = ("documents", "events", "claims", "places", "times", "rejected")

# Separator for list-valued fields flattened into text columns ("Jeyhun Bayramov; Dragana Kojic").
LIST_SEPARATOR = "; "


def quote(name: str) -> str:
    """A quoted SQL identifier: several of our column names (end, where, date) are keywords."""
    return '"' + name.replace('"', '""') + '"'


def _create(table: str, columns: dict[str, str], key: tuple[str, ...]) -> str:
    cols = [f"{quote(name)} {kind}" for name, kind in columns.items()]
    cols.append(f"PRIMARY KEY ({', '.join(quote(k) for k in key)})")
    return f"CREATE TABLE {quote(table)} (\n  " + ",\n  ".join(cols) + "\n)"


def columns_of(table: str, record_type: str) -> dict[str, str]:
    """All columns of a table in order, including `record` for record tables."""
    if table == "documents":
        return DOCUMENT_COLUMNS
    if table == "rejected":
        return REJECTED_COLUMNS
    return {**RECORD_TABLES[table][0], RECORD: record_type}


def ddl(record_type: str = "JSON") -> list[str]:
    """CREATE statements for a new store, in order; the caller runs them in one transaction."""
    statements = [
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        _create("documents", DOCUMENT_COLUMNS, ("id",)),
    ]
    for table, (_, key) in RECORD_TABLES.items():
        statements.append(_create(table, columns_of(table, record_type), key))
    statements.append(_create("rejected", REJECTED_COLUMNS, ("where", "code")))
    return statements
