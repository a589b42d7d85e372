"""Child process for test_kill9.py: ingest synthetic documents batch by batch into a store.

Usage: python kill9_child.py DB TOTAL BATCH [PAUSE_AT]
Prints "committed B" after each batch B, "paused" when it stops inside batch PAUSE_AT's transaction
(after its documents and events are written, before its commit), and "done {counts}" at the end.
"""

from __future__ import annotations

import json
import sys
import time

import duckdb
from store_samples import synthetic_documents

from eventwatch.store import IngestCounts, Store


def pause_inside_transaction() -> None:
    """Make the next ingest stop for a minute after writing its events, before it commits."""
    original = Store._insert

    def paused(self: Store, con: duckdb.DuckDBPyConnection, table: str, rows: list) -> None:
        original(self, con, table, rows)
        if table == "events":
            print("paused", flush=True)
            time.sleep(60)

    setattr(Store, "_insert", paused)  # noqa: B010


def main(argv: list[str]) -> None:
    db, total, batch = argv[0], int(argv[1]), int(argv[2])
    pause_at = int(argv[3]) if len(argv) > 3 else -1
    totals = IngestCounts()
    with Store(db) as store:
        for number, start in enumerate(range(0, total, batch)):
            if number == pause_at:
                pause_inside_transaction()
            totals.add(store.ingest(synthetic_documents(start, min(batch, total - start))))
            print(f"committed {number}", flush=True)
    print("done " + json.dumps(totals.to_dict()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
