"""Packaged data files (lexicons, actor dictionaries, gazetteer additions) and their loaders.

Data lives in this folder as TSV/JSONL with a SOURCE note; this module only finds, validates and
caches it. A malformed row raises ResourceError naming file:line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources as _resources
from pathlib import Path
from typing import Any

from eventwatch.errors import ResourceError


def path(name: str) -> Path:
    """Filesystem path of a packaged data file, e.g. path("lexicons/plover_triggers.tsv")."""
    return Path(str(_resources.files("eventwatch.resources").joinpath(name)))


def read_tsv(name: str, columns: tuple[str, ...], *, required: int | None = None) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file as dicts. Blank lines and lines starting with '#' are skipped.

    name (str): file name under resources/.
    columns (tuple[str, ...]): column names in order; missing trailing columns become "".
    required (int | None): how many leading columns must be non-empty (default: all).
    """
    need = len(columns) if required is None else required
    file = path(name)
    with file.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) > len(columns):
                raise ResourceError(
                    f"{file}:{lineno}: expected at most {len(columns)} columns, got {len(cells)}"
                )
            cells += [""] * (len(columns) - len(cells))
            if not all(cells[:need]):
                raise ResourceError(
                    f"{file}:{lineno}: the first {need} columns ({', '.join(columns[:need])}) are required"
                )
            yield dict(zip(columns, cells, strict=True))


def read_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Objects of a JSONL data file; raises ResourceError naming file:line on bad JSON."""
    file = path(name)
    with file.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResourceError(f"{file}:{lineno}: {exc.msg}") from exc
            if not isinstance(obj, dict):
                raise ResourceError(f"{file}:{lineno}: expected a JSON object")
            yield obj
