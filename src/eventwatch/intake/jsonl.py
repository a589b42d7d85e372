"""JSON Lines: one document per line, {"id", "date", "text"} plus optional title, source, url, language."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwatch.intake.common import Limits, make_document
from eventwatch.model import Document, Rejection

OPTIONAL_FIELDS = ("title", "source", "url", "language")


def read_jsonl_lines(
    lines: Iterable[bytes | str], where: str, limits: Limits
) -> Iterator[Document | Rejection]:
    """Documents from JSON Lines; each bad line is its own Rejection named file:line.

    Lines may be bytes, so that one undecodable line rejects only itself.
    """
    for lineno, line in enumerate(lines, start=1):
        here = f"{where}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Rejection(here, "undecodable", f"line is not UTF-8 (byte {exc.start})")
                continue
        if line.strip():
            yield parse_jsonl_line(line, here, limits)


def parse_jsonl_line(line: str, where: str, limits: Limits) -> Document | Rejection:
    """One JSON Lines document, or why it is rejected."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(where, "bad-json", f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Rejection(where, "bad-json", "each line must be a JSON object with id, date and text")
    ident = obj.get("id")
    return make_document(
        f"{where} ({ident})" if ident else where,
        doc_id=ident,
        date=obj.get("date"),
        text=obj.get("text"),
        limits=limits,
        meta={k: obj.get(k) for k in OPTIONAL_FIELDS},
    )
