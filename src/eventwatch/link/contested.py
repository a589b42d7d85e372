"""Contested propositions: who asserts a thing and who denies it, within and across documents.

Records in, topics out; no spaCy, no store. The input is what `Store.contested_inputs()` returns: claim
and event dicts in the records.md shape (claims may carry an extra `sentence`, both an extra
`doc_date`, events an extra `place_names`).

How it works:
1. Positions. Every claim is one speaker's position on its content: `assert` or `deny`. An event that
   exists only as a claim (status `alleged` or `denied`, or with `disputed_by`) gives an `assert`
   position to its `claimed_by` and a `deny` position to each of its `disputed_by`. A position seen
   twice in one sentence (the reported claim and the alleged event inside it) is kept once.
2. Links between two positions, strongest first: `nested` (a reported claim inside the claim that
   rejects it), `event` (the same event record), `event+place` (the same PLOVER category at the same
   place: same geonameid or any shared name), `similar` (cosine of TF-IDF weighted content-word stems
   at least `threshold`; cheap, offline and deterministic, or any `Similarity` given instead).
3. Topics. Denials are grouped by their links (one topic per thing denied); each assertion joins the
   topic it is most strongly linked to. A topic is contested when someone asserts what someone else
   denies; topics with one side only are dropped.

Limits: similarity of words, not of meaning ("closed the road" and "blocked the corridor" share no
stem); one assertion joins one topic; a speaker is a name, so two spellings of one speaker count as two.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

DEFAULT_THRESHOLD = 0.35
# Links between positions, by strength; a similarity link's strength is its score (below 1).
LINK_STRENGTH = {"nested": 4.0, "event": 3.0, "event+place": 2.0}
# Events whose category is the act of saying or denying itself: not what the claim is about.
SPEECH_EVENTS = frozenset({"REJECT", "ACCUSE"})
DISPUTED_STATUSES = frozenset({"alleged", "denied"})
_STOP = frozenset(
    """
    a an the and or but nor of to in on at by for from with without into onto over under as that
    this these those it its it's is are was were be been being has have had do does did not no never
    any some all also than then there their they them he she his her him we our us you your i me my
    which who whom whose what when where why how will would shall should can could may might must
    said says say saying told tells tell stated claims claimed claim assertions asserted allegedly
    reportedly denied denies deny denying unfounded baseless false untrue about after before during
    since until while more most other such only own same so very just against between through up
    down out off again further once here both each few s t
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STEM_LENGTH = 5


class Similarity(Protocol):
    """Given all texts, RETURNS a scorer of the pair (i, j) in [0, 1]."""

    def __call__(self, texts: Sequence[str]) -> Callable[[int, int], float]: ...


def stems(text: str) -> list[str]:
    """Content-word stems: lower case, stop words dropped, a plural or verb ending cut, then the first
    STEM_LENGTH letters ("blocked", "blockade", "blocking" → "block")."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in _STOP or (len(word) < 3 and not word.isdigit()):
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.append(word[:STEM_LENGTH])
    return out


def tfidf_similarity(texts: Sequence[str]) -> Callable[[int, int], float]:
    """Cosine of TF-IDF vectors of content-word stems, IDF taken over the texts given."""
    bags = [Counter(stems(t)) for t in texts]
    df: Counter[str] = Counter(w for bag in bags for w in bag)
    n = len(bags)
    vectors: list[dict[str, float]] = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})

    def score(i: int, j: int) -> float:
        a, b = vectors[i], vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(w, 0.0) for w, v in a.items())

    return score


@dataclass(slots=True)
class Position:
    """One speaker's stance toward one proposition, with where the text says so.

    side (str): assert | deny. speaker (str | None): the speaker's name; None when the text names nobody.
    records (list[str]): ids of the claims and events this position comes from.
    events (set[str]): ids of the events the proposition is about.
    keys (set[tuple[str, str]]): (PLOVER category, place key) of those events, for event+place links.
    """

    side: str
    speaker: str | None
    code: str | None
    doc_id: str
    date: str | None
    sentence: str
    content: str
    start: int
    records: list[str]
    events: set[str] = field(default_factory=set)
    keys: set[tuple[str, str]] = field(default_factory=set)
    nested_in: str | None = None
    category: str | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "code": self.code,
            "doc_id": self.doc_id,
            "date": self.date,
            "sentence": self.sentence,
            "content": self.content,
            "records": list(self.records),
        }


def _place_keys(event: Mapping[str, Any]) -> set[str]:
    loc = event.get("event_loc") or {}
    keys = {f"geo:{loc['geonameid']}"} if loc.get("geonameid") is not None else set()
    names = [loc.get("extracted_place"), loc.get("resolved_place"), *event.get("place_names", [])]
    return keys | {f"name:{n.strip().lower()}" for n in names if n and n.strip()}


def _event_keys(event: Mapping[str, Any]) -> set[tuple[str, str]]:
    return {(event["event"], key) for key in _place_keys(event)}


def _where(event: Mapping[str, Any]) -> str | None:
    loc = event.get("event_loc") or {}
    return loc.get("resolved_place") or loc.get("extracted_place")


def _claim_sentence(claim: Mapping[str, Any]) -> str:
    return str(claim.get("sentence") or claim.get("content") or "")


def positions(claims: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]) -> list[Position]:
    """Every claim's position and every disputed event's claimant and disputants, once per sentence."""
    by_id = {e["id"]: e for e in events}
    out: dict[tuple[str, str, str, int], Position] = {}

    def add(p: Position) -> None:
        key = (p.side, (p.speaker or "").lower(), p.doc_id, p.start)
        known = out.get(key)
        if known is None:
            out[key] = p
            return
        known.records += [r for r in p.records if r not in known.records]
        known.events |= p.events
        known.keys |= p.keys
        known.category = known.category or p.category
        known.place = known.place or p.place

    for c in claims:
        speaker = c.get("speaker") or {}
        name = speaker.get("name") or speaker.get("entity_text")
        about = [by_id[i] for i in c.get("events", []) if i in by_id]
        if c["stance"] == "deny":
            disputed = [e for e in about if name and name in e.get("disputed_by", [])]
            about = disputed or [e for e in about if e["event"] not in SPEECH_EVENTS]
        else:
            about = [e for e in about if not (name and name in e.get("disputed_by", []))]
        first = about[0] if about else None
        add(
            Position(
                side=c["stance"],
                speaker=name,
                code=speaker.get("code"),
                doc_id=c["doc_id"],
                date=c.get("date") or c.get("doc_date"),
                sentence=_claim_sentence(c),
                content=c["content"],
                start=int((c.get("text_info") or {}).get("start", c["content_span"]["start"])),
                records=[c["id"]],
                events={e["id"] for e in about},
                keys=set().union(*(_event_keys(e) for e in about)) if about else set(),
                nested_in=c.get("nested_in"),
                category=first["event"] if first else None,
                place=_where(first) if first else None,
            )
        )
    for e in by_id.values():
        if e.get("status") not in DISPUTED_STATUSES and not e.get("disputed_by"):
            continue
        sides = [("assert", e["claimed_by"])] if e.get("claimed_by") else []
        sides += [("deny", who) for who in e.get("disputed_by", [])]
        for side, who in sides:
            add(
                Position(
                    side=side,
                    speaker=who,
                    code=None,
                    doc_id=e["doc_id"],
                    date=e.get("date") or e.get("doc_date"),
                    sentence=e["sentence"],
                    content=e["sentence"],
                    start=int(e["text_info"]["start"]),
                    records=[e["id"]],
                    events={e["id"]},
                    keys=_event_keys(e),
                    category=e["event"],
                    place=_where(e),
                )
            )
    return list(out.values())


def _link(a: Position, b: Position, similar: float, threshold: float) -> tuple[float, str] | None:
    """The strongest link between two positions, as (strength, kind), or None."""
    if (a.nested_in and a.nested_in in b.records) or (b.nested_in and b.nested_in in a.records):
        return LINK_STRENGTH["nested"], "nested"
    if a.events & b.events:
        return LINK_STRENGTH["event"], "event"
    if a.keys & b.keys:
        return LINK_STRENGTH["event+place"], "event+place"
    if similar >= threshold:
        return similar, f"similar {similar:.2f}"
    return None


def contested(
    claims: Iterable[Mapping[str, Any]],
    events: Iterable[Mapping[str, Any]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    similarity: Similarity = tfidf_similarity,
) -> list[dict[str, Any]]:
    """Topics on which one speaker asserts what another denies, earliest first.

    claims, events (records.md dicts): the store's claims and the events they or disputes name.
    threshold (float): the least content similarity that links two positions.
    similarity (Similarity): builds the pairwise scorer; TF-IDF cosine over content-word stems.
    RETURNS (list[dict]): {"topic", "event", "place", "asserted_by", "denied_by", "links", "doc_ids",
        "first_date", "last_date"}; each side is a list of {"speaker", "code", "doc_id", "date",
        "sentence", "content", "records"}.
    """
    pos = positions(claims, events)
    score = similarity([p.content for p in pos])
    denies = [i for i, p in enumerate(pos) if p.side == "deny"]
    asserts = [i for i, p in enumerate(pos) if p.side == "assert"]

    parent = {i: i for i in denies}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: dict[int, set[str]] = {i: set() for i in denies}
    for x, i in enumerate(denies):
        for j in denies[x + 1 :]:
            link = _link(pos[i], pos[j], score(i, j), threshold)
            if link is not None:
                links[i].add(link[1])
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in denies:
        groups.setdefault(root(i), []).append(i)
    joined: dict[int, list[int]] = {g: [] for g in groups}
    for i in asserts:
        best: tuple[float, int, str] | None = None
        for g, members in groups.items():
            for j in members:
                link = _link(pos[i], pos[j], score(i, j), threshold)
                if link is not None and (best is None or link[0] > best[0]):
                    best = (link[0], g, link[1])
        if best is not None:
            joined[best[1]].append(i)
            links[best[1]].add(best[2])

    topics = []
    for g, members in groups.items():
        asserting = [pos[i] for i in joined[g]]
        denying = [pos[i] for i in members]
        if not any(_others(a, d) for a in asserting for d in denying):
            continue  # nobody else asserts what is denied here
        kinds = sorted(set().union(*(links[i] for i in members if i in links)) | links[g])
        topics.append(_topic(asserting, denying, kinds))
    return sorted(topics, key=lambda t: (t["first_date"] or "", t["doc_ids"], t["topic"]))


def _others(a: Position, b: Position) -> bool:
    """Whether two positions are taken by different speakers: other names, or one name ("Defence
    Ministry") of two countries. A position whose speaker is not named is nobody's in particular."""
    if a.speaker is None or b.speaker is None:
        return True
    if a.speaker.lower() != b.speaker.lower():
        return True
    return a.code is not None and b.code is not None and a.code != b.code


def _topic(asserting: list[Position], denying: list[Position], kinds: list[str]) -> dict[str, Any]:
    everyone = asserting + denying
    categories = Counter(p.category for p in everyone if p.category)
    places = Counter(p.place for p in everyone if p.place)
    category = categories.most_common(1)[0][0] if categories else None
    place = places.most_common(1)[0][0] if places else None
    about = min(asserting, key=lambda p: (len(p.content), p.doc_id, p.start)).content
    label = " ".join(x for x in (category, f"at {place}" if place else None) if x)
    dates = sorted(p.date for p in everyone if p.date)
    order = lambda p: (p.date or "", p.doc_id, p.start)  # noqa: E731
    return {
        "topic": f"{label}: {about}" if label else about,
        "event": category,
        "place": place,
        "asserted_by": [p.to_dict() for p in sorted(asserting, key=order)],
        "denied_by": [p.to_dict() for p in sorted(denying, key=order)],
        "links": kinds,
        "doc_ids": sorted({p.doc_id for p in everyone}),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }
