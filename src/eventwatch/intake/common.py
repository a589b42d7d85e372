"""What every reader shares: limits, date parsing, and turning text into a Document or a Rejection."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from eventwatch.config import DEFAULT_MAX_BYTES
from eventwatch.model import Document, Rejection
from eventwatch.model.ids import document_id

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?$")


@dataclass(frozen=True, slots=True)
class Limits:
    """max_chars (int): longer texts are rejected as too-large (default 1,000,000)."""

    max_chars: int = DEFAULT_MAX_BYTES


DEFAULT_LIMITS = Limits()


def parse_date(value: object) -> dt.date | None:
    """An ISO date or timestamp (YYYY-MM-DD…) as a date, or None when it is not one."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def make_document(
    where: str,
    *,
    doc_id: object,
    date: object,
    text: object,
    limits: Limits,
    meta: dict[str, Any] | None = None,
) -> Document | Rejection:
    """Check one document's fields and build it, or say why it is rejected."""
    if not isinstance(text, str) or not text.strip():
        return Rejection(where, "empty", "the document has no text; give it a non-empty body or 'text' field")
    if len(text) > limits.max_chars:
        return Rejection(
            where,
            "too-large",
            f"the text has {len(text):,} characters, over the limit of {limits.max_chars:,}; "
            "split it or raise --max-chars",
        )
    if "\x00" in text:
        return Rejection(where, "undecodable", "the text contains NUL bytes; is it a binary file?")
    if date is None or date == "":
        return Rejection(where, "no-date", "the document has no publication date; add 'date YYYY-MM-DD'")
    parsed = parse_date(date)
    if parsed is None:
        return Rejection(where, "bad-date", f"{date!r} is not a date; use YYYY-MM-DD or an ISO timestamp")
    if doc_id is not None and not isinstance(doc_id, str | int):
        return Rejection(where, "bad-json", "'id' must be a string or a number")
    ident = str(doc_id) if doc_id not in (None, "") else document_id(parsed.isoformat(), text)
    info = {k: v for k, v in (meta or {}).items() if v is not None}
    info.setdefault("origin", where)
    return Document(id=ident, date=parsed, text=text, meta=info)
