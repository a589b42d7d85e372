"""Document: the one object every extractor reads and fills (spaCy-style: one shared document).

A Document carries the text as read (offsets count from its first character), the publication date,
the parsed spaCy Doc, and the records and mentions that extractors add. Extractors talk only through
it: an earlier extractor's `assigns` is a later one's `requires`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwatch.model.records import Actor, Claim, Event, Place, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class Mention:
    """An actor mention found in the text: character offsets and the actor it names."""

    start: int
    end: int
    actor: Actor
    kind: str = "entity"  # person | org | group | weapon | parties | country | pronoun | title
    head: int = -1  # index of the head token in the spaCy Doc (for lookups from the parse)
    # Further actors the same phrase names: "Vietnamese and Cambodian navies" is a mention of the
    # Vietnamese navy, and also of the Cambodian one.
    also: tuple[Actor, ...] = ()


@dataclass(slots=True)
class Rejection:
    """A document that was not read: where (file:line or id), a stable code and a reason."""

    where: str
    code: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"where": self.where, "code": self.code, "reason": self.reason}


@dataclass(slots=True)
class Document:
    """A dated document and everything extracted from it.

    id (str): stable id (its own, or a hash of date and text).
    date (datetime.date): publication date; relative dates are resolved against it.
    text (str): the body; all offsets in records are Python str offsets into it.
    meta (dict): title, source, url, language, origin (file:line) when known.
    """

    id: str
    date: dt.date
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    spacy_doc: Doc | None = None
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def doc(self) -> Doc:
        """The parsed spaCy Doc; raises if the document was not parsed yet."""
        if self.spacy_doc is None:
            raise ValueError(f"document {self.id} has not been parsed")
        return self.spacy_doc

    def records(self, what: str = "all") -> list[Any]:
        """Records of one kind ('events', 'claims', 'places', 'times') or all of them."""
        groups: dict[str, list[Any]] = {
            "events": list(self.events),
            "claims": list(self.claims),
            "places": list(self.places),
            "times": list(self.times),
        }
        if what == "all":
            return [r for group in groups.values() for r in group]
        return groups[what]
