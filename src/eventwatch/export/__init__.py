"""Export writers, registered by --format name (like datasette's output renderers).

Each format is one module defining WRITER; built-ins register themselves through register(), the
same door a plugin would use. export() picks the writer, opens the target and checks that the
writer can write the table asked for.

    export(store, "geojson", "events.geojson", country="AZE")
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import ConfigError
from eventwatch.store import Store

WriteFn = Callable[[Store, IO[Any], str, dict[str, Any]], int]
WritePathFn = Callable[[Store, Path, str, dict[str, Any]], int]


@dataclass(frozen=True, slots=True)
class Writer:
    """An export format.

    name (str): the --format name. description (str): one line for --help.
    kinds (tuple[str, ...]): the tables it can write ("events", "claims", "places", "times").
    suffix (str): the usual file extension. binary (bool): writes bytes rather than text.
    write (WriteFn): write(store, stream, what, filters) → number of records written.
    write_path (WritePathFn | None): a faster way to write straight to a file, when there is one.
    """

    name: str
    description: str
    kinds: tuple[str, ...]
    suffix: str
    write: WriteFn
    binary: bool = False
    write_path: WritePathFn | None = None


WRITERS: dict[str, Writer] = {}


def register(writer: Writer) -> Writer:
    """Make a writer available under its name; a later registration of the same name replaces it."""
    WRITERS[writer.name] = writer
    return writer


def export(store: Store, fmt: str, out: str | Path | IO[Any], what: str = "events", **filters: Any) -> int:
    """Write the store's records of one table in a format; RETURNS the number of records written.

    store (Store): an open store. fmt (str): a name in WRITERS.
    out (str | Path | IO): a file path, or an open stream (text, or binary for parquet; a text stream
        with a .buffer such as sys.stdout also works for parquet).
    what (str): events | claims | places | times, as far as the writer supports it.
    filters: the Store query filters for that table (events: actor, country, type, ...).
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(sorted(WRITERS))}")
    if what not in writer.kinds:
        raise ConfigError(f"the {fmt} export writes {' or '.join(writer.kinds)}, not {what}")
    if isinstance(out, str | Path):
        path = Path(out)
        if writer.write_path is not None:
            return writer.write_path(store, path, what, filters)
        if writer.binary:
            with path.open("wb") as binary:
                return writer.write(store, binary, what, filters)
        with path.open("w", encoding="utf-8", newline="") as text:
            return writer.write(store, text, what, filters)
    if writer.binary and isinstance(out, io.TextIOBase):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise ConfigError(f"the {fmt} export writes bytes; give it a file path or a binary stream")
        out.flush()
        return writer.write(store, buffer, what, filters)
    return writer.write(store, out, what, filters)


def via_file(write_path: WritePathFn, suffix: str) -> WriteFn:
    """A stream writer for a format that can only write files: write a temporary file, copy it out."""

    def write(store: Store, out: IO[Any], what: str, filters: dict[str, Any]) -> int:
        with tempfile.TemporaryDirectory(prefix="eventwatch-export-") as tmp:
            path = Path(tmp) / f"export{suffix}"
            n = write_path(store, path, what, filters)
            with path.open("rb") as src:
                shutil.copyfileobj(src, out)
        return n

    return write


def _register_builtins() -> None:
    from eventwatch.export import acled, csv, geojson, parquet, plover

    for module in (plover, acled, csv, parquet, geojson):
        register(module.WRITER)


_register_builtins()

__all__ = ["WRITERS", "Writer", "export", "register"]
