"""One exception hierarchy: everything eventwatch raises on purpose derives from EventwatchError."""

from __future__ import annotations


class EventwatchError(Exception):
    """Base class for errors raised on purpose; the CLI prints them as one line."""


class ConfigError(EventwatchError):
    """A setting is missing or wrong (for example, the spaCy model is not installed)."""


class ResourceError(EventwatchError):
    """A packaged data file (lexicon, gazetteer, actor list) is malformed; names file:line."""


class StoreError(EventwatchError):
    """The database cannot be opened or written."""


class RejectedDocument(EventwatchError):
    """A document that cannot be read.

    where (str): file:line or document id.
    code (str): short stable code: no-date, empty, undecodable, too-large, bad-json, bad-date, no-text.
    reason (str): a sentence saying what is wrong and what to do.
    """

    def __init__(self, where: str, code: str, reason: str) -> None:
        super().__init__(f"{where}: [{code}] {reason}")
        self.where = where
        self.code = code
        self.reason = reason
