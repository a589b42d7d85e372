"""An event while it is being built from one sentence, before it is frozen into an Event."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwatch.extract.events.lexicon import Trigger
from eventwatch.model import Actor, Place, Time, TimeValue


@dataclass(slots=True)
class Candidate:
    """An event while it is being built; frozen into an Event at the end."""

    trigger: Token
    trig: Trigger
    sentence: Span
    status: str = "occurred"
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    claimed_by: str | None = None
    disputed_by: list[str] = field(default_factory=list)
    time: Time | None = None
    value: TimeValue | None = None
    place: Place | None = None
    extra_tokens: list[Token] = field(default_factory=list)
    back_reference: bool = False
    negated: bool = False
    claim_noun: Token | None = None  # for alleged events: the noun of the claim they sit in
    time_distance: int = 99
    framed: bool = False  # the event is a statement (intent, threat, demand, refusal) made in the text
