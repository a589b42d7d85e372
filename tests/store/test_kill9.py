"""A run killed with kill -9 mid-batch leaves a consistent store, and the next run stores the rest.

The child (kill9_child.py) ingests synthetic documents (4 events, 2 claims, 2 places, 2 times each)
in batches. We kill it inside a batch's transaction, reopen the store and check that only whole
batches are there, each document with all its records; then a second run completes without duplicates.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwatch.store import Store

CHILD = Path(__file__).with_name("kill9_child.py")
PER_DOC = {"events": 4, "claims": 2, "places": 2, "times": 2}


def start_child(db: Path, total: int, batch: int, pause_at: int = -1) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(total), str(batch), str(pause_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_until(child: subprocess.Popen[str], marker: str, timeout: float = 30.0) -> list[str]:
    """Lines the child printed up to and including the first that starts with marker."""
    assert child.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            stderr = child.stderr.read() if child.stderr else ""
            pytest.fail(f"child ended before {marker!r}: {lines} {stderr}")
        lines.append(line.strip())
        if line.startswith(marker):
            return lines
    pytest.fail(f"child did not print {marker!r} in {timeout}s")


def kill9(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    for stream in (child.stdout, child.stderr):
        if stream:
            stream.close()


def assert_consistent(db: Path, batch: int) -> int:
    """Every stored document has all its records, nothing points at a missing document, only whole
    batches are stored and they are a prefix of the series. RETURNS the number of stored documents."""
    with Store(db) as store:
        stats = store.stats()
        n = stats["documents"]
        assert n % batch == 0, f"a partial batch was stored: {n} documents"
        for table, per_doc in PER_DOC.items():
            assert stats[table] == n * per_doc, (table, stats)
            incomplete = store.con.execute(
                f"SELECT d.id, count(r.doc_id) AS k FROM documents d LEFT JOIN {table} r ON r.doc_id = d.id "
                f"GROUP BY d.id HAVING k <> {per_doc}"
            ).fetchall()
            assert incomplete == [], (table, incomplete[:5])
            orphans = store.con.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
            ).fetchone()
            assert orphans == (0,), table
        ids = sorted(row[0] for row in store.con.execute("SELECT id FROM documents").fetchall())
        assert ids == [f"syn-{i:06d}" for i in range(n)]
        return n


def run_to_end(db: Path, total: int, batch: int) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(db), str(total), str(batch)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("done ")
    counts: dict[str, int] = json.loads(last.removeprefix("done "))
    return counts


def test_kill9_inside_a_transaction_then_resume(tmp_path: Path) -> None:
    db, total, batch = tmp_path / "k.duckdb", 600, 50
    child = start_child(db, total, batch, pause_at=5)
    read_until(child, "paused")  # batch 5's documents and events are written but not committed
    kill9(child)
    assert assert_consistent(db, batch) == 5 * batch
    counts = run_to_end(db, total, batch)
    assert counts["skipped"] == 5 * batch
    assert counts["documents"] == total - 5 * batch
    assert counts["events"] == (total - 5 * batch) * PER_DOC["events"]
    assert assert_consistent(db, batch) == total


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_kill9_at_any_moment_then_resume(tmp_path: Path, delay: float) -> None:
    db, total, batch = tmp_path / "k.duckdb", 2000, 100
    child = start_child(db, total, batch)
    read_until(child, "committed 1")
    time.sleep(delay)
    kill9(child)
    stored = assert_consistent(db, batch)
    assert stored >= 2 * batch
    counts = run_to_end(db, total, batch)
    assert counts["skipped"] == stored
    assert counts["documents"] == total - stored
    assert assert_consistent(db, batch) == total
