"""Dispatch inputs (files, folders, '-') to the right reader by name and content."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwatch.intake.common import DEFAULT_LIMITS, Limits
from eventwatch.intake.jsonl import read_jsonl_lines
from eventwatch.intake.text import read_dated_text
from eventwatch.model import Document, Rejection

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt", ".text", ""}
# A raw file this many times the character limit cannot fit it even as 4-byte UTF-8: reject unread.
_BYTES_PER_CHAR = 4

__all__ = ["DEFAULT_LIMITS", "Limits", "read", "read_path"]


def read(inputs: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | Rejection]:
    """Documents and Rejections from any mix of files, folders and '-' (standard input)."""
    for name in inputs:
        if name == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", limits)
            continue
        path = Path(name)
        if path.is_dir():
            # A folder holds documents by suffix; other files (README.md, images) are not documents.
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _is_document_file(child):
                    yield from read_path(child, limits)
        elif path.exists():
            yield from read_path(path, limits)
        else:
            yield Rejection(name, "not-found", "no such file or folder")


def _is_document_file(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES | TEXT_SUFFIXES


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | Rejection]:
    """Documents from one file: JSON Lines by suffix, dated plain text otherwise."""
    where = str(path)
    size = path.stat().st_size
    if size > limits.max_chars * _BYTES_PER_CHAR and path.suffix.lower() not in JSONL_SUFFIXES:
        yield Rejection(where, "too-large", f"the file has {size:,} bytes, over the limit; split it")
        return
    with path.open("rb") as handle:
        yield from _read_stream(handle, where, limits, jsonl=path.suffix.lower() in JSONL_SUFFIXES)


def _read_stream(
    handle: BinaryIO, where: str, limits: Limits, *, jsonl: bool | None = None
) -> Iterator[Document | Rejection]:
    """JSON Lines are decoded line by line, so one bad line rejects only itself."""
    if jsonl is None:  # standard input: sniff the first non-blank byte
        data = handle.read()
        if data.lstrip()[:1] == b"{":
            yield from read_jsonl_lines(data.splitlines(), where, limits)
        else:
            yield _dated_text(data, where, limits)
    elif jsonl:
        yield from read_jsonl_lines(handle, where, limits)
    else:
        yield _dated_text(handle.read(), where, limits)


def _dated_text(data: bytes, where: str, limits: Limits) -> Document | Rejection:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(
            where, "undecodable", f"not UTF-8 (byte {exc.start}); convert it, e.g. iconv -t UTF-8"
        )
    stem = Path(where).stem if where != "<stdin>" else None
    return read_dated_text(text, where, limits, doc_id=stem)
