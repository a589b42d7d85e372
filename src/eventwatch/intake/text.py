"""Dated plain text: optional leading whitespace, `date YYYY-MM-DD`, then the body.

Offsets in every record count from the first character of the body.
"""

from __future__ import annotations

import re

from eventwatch.intake.common import Limits, make_document
from eventwatch.model import Document, Rejection

_HEADER = re.compile(r"\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?[ \t]*", re.IGNORECASE)


def read_dated_text(
    text: str, where: str, limits: Limits, *, doc_id: str | None = None
) -> Document | Rejection:
    """One dated plain-text document; `doc_id` defaults to a hash of date and body."""
    match = _HEADER.match(text)
    if not match:
        if not text.strip():
            return Rejection(where, "empty", "the file is empty")
        return Rejection(
            where, "no-date", "plain text must start with 'date YYYY-MM-DD' (the publication date)"
        )
    body = text[match.end() :]
    return make_document(where, doc_id=doc_id, date=match[1], text=body, limits=limits)
