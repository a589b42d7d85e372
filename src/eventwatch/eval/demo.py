"""Score the defining example against what a careful analyst coded (../shared/demo/*.expected.json).

The matching rules are the expected file's own (its `about`): 'type' lists acceptable PLOVER
categories; an actor matches when its country and sector match, or its name matches one of
'names'; a date matches when it lies in [earliest, latest]; a place matches by any of its names or
within 'km' of (lat, lon). Optional records count neither as misses nor as extras.

Each expected event is paired, one to one, with the produced event of an acceptable category that
agrees on most of status, date, actors and place. An event is *found* when its category matches,
and *fully right* when category, actors and status all match.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.config import shared_dir
from eventwatch.model import Document


def demo_paths(shared: Path | None = None) -> list[tuple[Path, Path]]:
    """(article, expected) pairs in shared/demo."""
    folder = (shared or shared_dir()) / "demo"
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        article = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        if article.exists():
            pairs.append((article, expected))
    return pairs


# -- matching rules -----------------------------------------------------------------------------
def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def name_matches(names: list[str], *texts: str | None) -> bool:
    """A produced name matches when one contains the other (case- and space-insensitive)."""
    for name in names:
        n = _norm(name)
        for text in texts:
            t = _norm(text)
            if n and t and (n in t or t in n):
                return True
    return False


def actor_matches(expected: dict[str, Any], produced: dict[str, Any]) -> bool:
    if name_matches(expected.get("names", []), produced.get("entity_text"), produced.get("name")):
        return True
    if expected.get("org") and produced.get("org") == expected["org"]:
        return True
    country, sector = expected.get("country"), expected.get("sector")
    if country is None and sector is None:
        return False
    country_ok = country is None or produced.get("code") == country
    sector_ok = sector is None or produced.get("sector") == sector
    return country_ok and sector_ok


def actors_match(expected: list[dict[str, Any]], produced: list[dict[str, Any]], unnamed_ok: bool) -> bool:
    """Every expected actor that the text names (not 'implied') is among the produced ones."""
    needed = [a for a in expected if not a.get("implied")]
    if unnamed_ok or any(a.get("unnamed_ok") for a in expected):
        if not produced:
            return True
        needed = [a for a in needed if not a.get("unnamed_ok")] or needed
    return all(any(actor_matches(a, p) for p in produced) for a in needed)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def place_matches(expected: dict[str, Any], produced: dict[str, Any] | None) -> bool:
    if produced is None:
        return False
    names = expected.get("names", [])
    texts = [produced.get("extracted_place"), produced.get("resolved_place"), produced.get("name")]
    texts += list(produced.get("also_known_as", []))
    if name_matches(names, *texts):
        return True
    lat, lon = produced.get("lat"), produced.get("lon")
    if lat is None or lon is None or "lat" not in expected:
        return False
    return km_between(expected["lat"], expected["lon"], lat, lon) <= expected.get("km", 25)


def date_matches(expected: dict[str, Any] | None, produced: dict[str, Any]) -> bool:
    if not expected:
        return True
    date = produced.get("date")
    if date is None:
        return False
    if not expected["earliest"] <= date <= expected["latest"]:
        return False
    if expected.get("ongoing_at"):
        return produced.get("status") == "ongoing" or produced.get("enddate") is None
    return True


# -- scoring ------------------------------------------------------------------------------------
@dataclass
class KindScore:
    found: int = 0
    missed: int = 0
    extra: int = 0
    details: list[str] = field(default_factory=list)

    def line(self, kind: str) -> str:
        return f"{kind:<8} found {self.found:>3}   missed {self.missed:>3}   extra {self.extra:>3}"


def score_events(
    expected: list[dict[str, Any]], produced: list[dict[str, Any]]
) -> tuple[KindScore, dict[str, int]]:
    score = KindScore()
    checks = {"category": 0, "actors": 0, "status": 0, "date": 0, "place": 0, "fully_right": 0, "required": 0}
    used: set[int] = set()
    for exp in sorted(expected, key=lambda e: bool(e.get("optional"))):
        best: tuple[int, int, dict[str, bool]] | None = None
        for i, ev in enumerate(produced):
            if i in used or ev["event"] not in exp["type"]:
                continue
            parts = {
                "actors": actors_match(exp.get("actors", []), ev["actor"], False)
                and actors_match(exp.get("recipient", []), ev["recipient"], True),
                "status": ev["status"] == exp.get("status"),
                "date": date_matches(exp.get("date"), ev),
                "place": "place" not in exp or place_matches(exp["place"], ev.get("event_loc")),
            }
            rank = sum(parts.values()) * 2 + (1 if exp.get("mode") in (None, ev.get("mode")) else 0)
            if best is None or rank > best[0]:
                best = (rank, i, parts)
        optional = bool(exp.get("optional"))
        if best is None:
            if not optional:
                score.missed += 1
                checks["required"] += 1
                score.details.append(f"  MISSED  {exp['key']:<26} {'/'.join(exp['type'])}")
            continue
        _, index, parts = best
        used.add(index)
        if optional:
            continue
        checks["required"] += 1
        score.found += 1
        checks["category"] += 1
        for key, ok in parts.items():
            checks[key] += int(ok)
        full = parts["actors"] and parts["status"]
        checks["fully_right"] += int(full)
        ev = produced[index]
        marks = " ".join(f"{k}{'✓' if ok else '✗'}" for k, ok in parts.items())
        score.details.append(
            f"  found   {exp['key']:<26} {ev['event']:<8} {ev['status']:<10} {ev['date']}  {marks}"
        )
    score.extra = len(produced) - len(used)
    for i, ev in enumerate(produced):
        if i not in used:
            score.details.append(
                f"  extra   {ev['event']:<8} {ev['status']:<10} {ev['date']}  {ev['event_text']!r}"
            )
    return score, checks


def score_claims(expected: list[dict[str, Any]], produced: list[dict[str, Any]]) -> KindScore:
    score = KindScore()
    used: set[int] = set()
    for exp in expected:
        hit = None
        for i, cl in enumerate(produced):
            if i in used:
                continue
            content = _norm(cl.get("content"))
            if not all(_norm(c) in content for c in exp.get("content_contains", [])):
                continue
            speaker = cl.get("speaker") or {}
            if not actor_matches(exp["speaker"], speaker):
                continue
            hit = i
            break
        if hit is None:
            if not exp.get("optional"):
                score.missed += 1
                score.details.append(f"  MISSED  {exp['key']}")
            continue
        used.add(hit)
        if not exp.get("optional"):
            score.found += 1
            cl = produced[hit]
            score.details.append(
                f"  found   {exp['key']:<12} {cl['mode']:<9} {cl['stance']:<7} cue={cl.get('cue')!r}"
            )
    score.extra = len(produced) - len(used)
    return score


def score_places(expected: list[dict[str, Any]], produced: list[dict[str, Any]]) -> KindScore:
    score = KindScore()
    matched: set[int] = set()
    for exp in expected:
        hits = [
            i
            for i, p in enumerate(produced)
            if _norm(p["text"]).strip("'") == _norm(exp["text"]) and place_matches({**exp, "names": []}, p)
        ]
        if hits:
            matched.update(hits)
            score.found += 1
            aka = [produced[hits[0]].get("name"), *produced[hits[0]].get("also_known_as", [])]
            want = exp.get("also_known_as", [])
            ok = all(any(_norm(w) == _norm(a or "") for a in aka) for w in want)
            score.details.append(
                f"  found   {exp['text']:<12} also_known_as {'✓' if ok else '✗ ' + str(want)}"
            )
        else:
            score.missed += 1
            score.details.append(f"  MISSED  {exp['text']}")
    expected_names = {_norm(e["text"]) for e in expected}
    score.extra = len({_norm(p["text"]) for i, p in enumerate(produced) if i not in matched} - expected_names)
    return score


def _time_text_matches(expected_text: str, produced_text: str) -> bool:
    a, b = _norm(expected_text), _norm(produced_text)
    return a in b or b in a


def score_times(expected: list[dict[str, Any]], produced: list[dict[str, Any]], pub: str) -> KindScore:
    score = KindScore()
    used_values: set[tuple[int, int]] = set()
    for exp in expected:
        ok = False
        for i, t in enumerate(produced):
            if not _time_text_matches(exp["text"], t["text"]):
                continue
            for j, value in enumerate(t["values"]):
                if (i, j) in used_values:
                    continue
                if _time_value_matches(exp["value"], value, pub):
                    used_values.add((i, j))
                    ok = True
                    break
            if ok:
                break
        if ok:
            score.found += 1
            score.details.append(f"  found   {exp['text']!r} = {exp['value']}")
        else:
            score.missed += 1
            score.details.append(f"  MISSED  {exp['text']!r} = {exp['value']}")
    total_values = sum(len(t["values"]) for t in produced)
    score.extra = max(0, total_values - len(used_values))
    return score


def _time_value_matches(expected: str, value: dict[str, Any], pub: str) -> bool:
    if expected.startswith("a period ending"):
        # "a period ending 2023-02-25, a few months long": an approximate window ending then.
        end = expected.split()[3].rstrip(",")
        return value.get("precision") == "approximate" and value.get("enddate") == end
    if len(expected) == 7:  # YYYY-MM: month precision
        return value.get("precision") == "month" and value["date"].startswith(expected)
    return value.get("date") == expected and value.get("precision") == "day"


def evaluate_document(document: Document, expected: dict[str, Any]) -> dict[str, Any]:
    """Score one processed Document against its expected file."""
    events = [e.to_dict() for e in document.events]
    claims = [c.to_dict() for c in document.claims]
    places = [p.to_dict() for p in document.places]
    times = [t.to_dict() for t in document.times]
    ev_score, checks = score_events(expected.get("events", []), events)
    return {
        "doc_id": document.id,
        "events": ev_score,
        "event_checks": checks,
        "claims": score_claims(expected.get("claims", []), claims),
        "places": score_places(expected.get("places", []), places),
        "times": score_times(expected.get("times", []), times, document.date.isoformat()),
    }


def run(shared: Path | None = None) -> list[dict[str, Any]]:
    """Run the full pipeline on each demo article and score it."""
    from eventwatch.intake import read
    from eventwatch.model import Rejection
    from eventwatch.pipeline import Pipeline

    pairs = demo_paths(shared)
    if not pairs:
        return []
    pipeline = Pipeline()
    results = []
    for article, expected_file in pairs:
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        docs = [d for d in read([str(article)]) if not isinstance(d, Rejection)]
        for document in pipeline.run(docs):
            if isinstance(document, Document):
                results.append(evaluate_document(document, expected))
    return results


def format_report(results: list[dict[str, Any]], *, verbose: bool = True) -> str:
    lines: list[str] = []
    for r in results:
        lines.append(f"demo article {r['doc_id']}")
        if verbose:
            for kind in ("events", "claims", "places", "times"):
                lines.append(f"{kind}:")
                lines.extend(r[kind].details)
        c = r["event_checks"]
        n = c["required"]
        lines.append("")
        lines.append(
            f"required events: {c['category']}/{n} right category, {c['actors']}/{n} actors, "
            f"{c['status']}/{n} status, {c['date']}/{n} date, {c['place']}/{n} place; "
            f"{c['fully_right']}/{n} right category+actors+status"
        )
        for kind in ("events", "claims", "places", "times"):
            lines.append(r[kind].line(kind))
    return "\n".join(lines)
