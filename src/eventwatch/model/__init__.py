"""The vocabulary every layer shares: the Document and the record types."""

from eventwatch.model.document import Document, Mention, Rejection
from eventwatch.model.records import (
    Actor,
    Claim,
    Event,
    EventLocation,
    Place,
    Quantity,
    Time,
    TimeValue,
)

__all__ = [
    "Actor",
    "Claim",
    "Document",
    "Event",
    "EventLocation",
    "Mention",
    "Place",
    "Quantity",
    "Rejection",
    "Time",
    "TimeValue",
]
