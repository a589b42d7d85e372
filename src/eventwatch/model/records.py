"""Record types. Each to_dict() gives exactly the shape in ../shared/docs/records.md (the contract).

Fields may be added to the contract, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor or recipient mention with its country code (ISO alpha-3, IGO or None) and PLOVER sector.

    org (str | None): the organisation the actor is or acts for ("ICRC", "UN").
    cameo (str | None): the full CAMEO actor code when a CAMEO dictionary coded the mention
        ("ARNGOV"); set only in dictionary mode (EVENTWATCH_CAMEO_DICTIONARIES).
    """

    entity_text: str
    name: str
    code: str | None = None
    sector: str | None = None
    org: str | None = None
    cameo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity_text": self.entity_text,
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
        }
        if self.org is not None:
            out["org"] = self.org
        if self.cameo is not None:
            out["cameo"] = self.cameo
        return out


@dataclass(frozen=True, slots=True)
class TimeValue:
    """One normalised value of a date expression.

    date (str): ISO date of the start (for month/year precision, the first day).
    enddate (str | None): ISO date of the end for intervals, None for points and open intervals.
    precision (str): day | week | month | year | approximate.
    ongoing (bool): an open interval that runs up to the publication date ("since ...").
    """

    date: str
    enddate: str | None = None
    precision: str = "day"
    ongoing: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date, "enddate": self.enddate, "precision": self.precision}
        if self.ongoing:
            out["ongoing"] = True
        return out


@dataclass(frozen=True, slots=True)
class Time:
    """A resolved date expression: text, character offsets and one or more values."""

    doc_id: str
    text: str
    start: int
    end: int
    values: tuple[TimeValue, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "time",
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "values": [v.to_dict() for v in self.values],
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place-name mention."""

    doc_id: str
    text: str
    start: int
    end: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None = None
    feature_code: str | None = None
    also_known_as: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "place",
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "geonameid": self.geonameid,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_code": self.feature_code,
            "also_known_as": list(self.also_known_as),
        }


# GeoNames codes of large natural features (rivers, lakes, seas, ranges, deserts, peninsulas) and of parks
# and reserves: areas, like regions, not points.
NATURAL_AREAS = frozenset(
    {
        "STM",
        "LK",
        "SEA",
        "GULF",
        "STRT",
        "BAY",
        "CHNM",
        "SD",
        "CNL",
        "RSV",
        "SHOL",
        "MTS",
        "DSRT",
        "PLN",
        "PEN",
        "ISLS",
        "VAL",
        "DLTA",
        "PLAT",
        "GLCR",
        "DPR",
        "TRCH",
        "REEF",
        "PRK",
    }
)
# GeoNames codes of natural features that are points: a mountain, a volcano, an island, a waterfall, a cape,
# a pass, a spit, an atoll, a beach.
NATURAL_POINTS = frozenset({"MT", "VLC", "ISL", "FLLS", "CAPE", "PASS", "SPIT", "ATOL", "BCH"})
# ACLED geo_precision: 1 town, 2 part of a region or near a town, 3 region or country.
_PRECISION_BY_FEATURE = {
    **dict.fromkeys(("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "RGN"), 3),
    **dict.fromkeys(("ADM2", "ADM3", "ADM4", "AREA", "RESV"), 2),  # (RESV: a reservation or reserve)
    # a river, a lake or a range is a region; a mountain or an island is near a point
    **dict.fromkeys(NATURAL_AREAS, 3),
    **dict.fromkeys(NATURAL_POINTS, 2),
}


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where an event happened, as in the contract's event_loc."""

    extracted_place: str
    resolved_place: str | None  # None: a toponym the gazetteer does not know (not geocoded)
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    geo_precision: int | None

    @classmethod
    def from_place(cls, place: Place) -> EventLocation:
        resolved = place.geonameid is not None or place.lat is not None
        precision = _PRECISION_BY_FEATURE.get(place.feature_code or "", 1) if resolved else None
        return cls(
            extracted_place=place.text,
            resolved_place=place.name if resolved else None,
            geonameid=place.geonameid,
            lat=place.lat,
            lon=place.lon,
            country_code=place.country_code,
            admin1=place.admin1,
            geo_precision=precision,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "extracted_place": self.extracted_place,
            "resolved_place": self.resolved_place,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "geo_precision": self.geo_precision,
        }


STATUSES = ("occurred", "ongoing", "planned", "prevented", "denied", "alleged", "hypothetical")
PLOVER_EVENTS = (
    *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"),
    *("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
)


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event with status and provenance (the sentence and its offsets)."""

    id: str
    doc_id: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    status: str
    date: str | None
    enddate: str | None
    date_precision: str | None
    date_text: str | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    event_loc: EventLocation | None
    event_text: str
    sentence: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int
    claimed_by: str | None = None
    disputed_by: tuple[str, ...] = ()
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "event",
            "id": self.id,
            "doc_id": self.doc_id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "status": self.status,
            "date": self.date,
            "enddate": self.enddate,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "event_text": self.event_text,
            "sentence": self.sentence,
            "text_info": {"start": self.start, "end": self.end},
            "trigger": {"start": self.trigger_start, "end": self.trigger_end},
            "claimed_by": self.claimed_by,
            "disputed_by": list(self.disputed_by),
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a claim: "more than 3,000 vehicles" → value 3000, bound ">", unit "vehicles"."""

    text: str
    value: float
    bound: str  # "=", ">", "<", ">=", "<=", "~"
    unit: str | None
    period: TimeValue | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        out: dict[str, Any] = {"text": self.text, "value": value, "bound": self.bound, "unit": self.unit}
        if self.period is not None:
            out["period"] = self.period.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class Claim:
    """Who said what: a speaker, a cue and the content, with stance and nesting."""

    id: str
    doc_id: str
    speaker: Actor | None
    cue: str | None
    mode: str  # direct | indirect | mixed | reported
    stance: str  # assert | deny
    content: str
    content_start: int
    content_end: int
    sentence_start: int
    sentence_end: int
    nested_in: str | None = None
    events: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    date: str | None = None
    cue_start: int = -1
    cue_end: int = -1
    source_chain: tuple[str | None, ...] = ()  # outermost first: publisher, cited source, speaker

    def to_dict(self) -> dict[str, Any]:
        speaker = (
            self.speaker.to_dict()
            if self.speaker
            else {
                "entity_text": None,
                "name": None,
                "code": None,
                "sector": None,
            }
        )
        return {
            "kind": "claim",
            "id": self.id,
            "doc_id": self.doc_id,
            "speaker": speaker,
            "cue": self.cue,
            "mode": self.mode,
            "stance": self.stance,
            "content": self.content,
            "content_span": {"start": self.content_start, "end": self.content_end},
            "text_info": {"start": self.sentence_start, "end": self.sentence_end},
            "nested_in": self.nested_in,
            "events": list(self.events),
            "quantities": [q.to_dict() for q in self.quantities],
            "date": self.date,
            "cue_span": {"start": self.cue_start, "end": self.cue_end} if self.cue_start >= 0 else None,
            "source_chain": list(self.source_chain),
        }


Record = Event | Claim | Place | Time
