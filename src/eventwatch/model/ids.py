"""Stable content-derived ids: the same input always gets the same id, so re-ingesting never duplicates."""

from __future__ import annotations

import hashlib


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts joined by a separator that cannot occur in them."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()[:length]


def document_id(date: str, text: str) -> str:
    """An id for a document that brought none: a hash of its date and text."""
    return "doc-" + stable_hash(date, text)


def record_id(prefix: str, doc_id: str, *parts: object) -> str:
    """An id for a record, e.g. record_id("ev", doc_id, start, end, "CONSULT")."""
    return f"{prefix}-" + stable_hash(doc_id, *parts)
