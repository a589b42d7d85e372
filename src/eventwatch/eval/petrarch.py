"""Reproduce PETRARCH's unit-test codings with its validation dictionaries loaded as CAMEO dictionaries.

Data: shared/data/petrarch2-unit-tests/ (MIT): `PETR.UnitTest.records.xml` (284 sentences with the
(source, target, event) CAMEO codings a correct coder must produce) and `PETR.Validate.{actors,
agents,verbs,discards}.txt`. We run the pipeline with EVENTWATCH_CAMEO_DICTIONARIES pointing at the
dictionaries (see extract/dictionaries.py); in that mode the `cameo` component
(extract/cameo_patterns.py) codes every dictionary verb PETRARCH-style and re-codes the events.

Scores: the share of expected codings (leaving out `noevents` and `error` records) found among
(1) the coder's (source, target, event) codings, the main figure, and (2) the events' CAMEO triples:
every actor × every recipient (or target `---` when there is none; a reciprocal CONSULT/COOPERATE/
AGREE that lists its parties as actors gives every ordered pair of them), with the actor's full
CAMEO code (`cameo` for dictionary actors, else code + sector) and the event's `cameo`. Events can
only carry codes under CAMEO's 20 roots (PLOVER categories); the suite's 2xx/3xx/9xx test codes are
reached by the codings only. Also reported: the share of produced codings that were expected (extra
codings are otherwise not penalised). Sentences are split by a hash of their id into a dev half (look
at its misses) and a held-out half. PETRARCH itself reproduces all of them; the suite is a functional
test of a dictionary coder with fictional actors, not a sample of news (its own header says so).

Run: `python -m eventwatch.eval.petrarch [SHARED]` or `eventwatch eval petrarch`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwatch.model import Actor, Document, Event

FOLDER = Path("petrarch2-unit-tests")
DICTIONARIES = (
    "PETR.Validate.actors.txt",
    "PETR.Validate.agents.txt",
    "PETR.Validate.verbs.txt",
    "PETR.Validate.discards.txt",
)


@dataclass(frozen=True, slots=True)
class UnitTest:
    id: str
    category: str
    date: dt.date
    text: str
    expected: tuple[tuple[str, str, str], ...]


def read_records(file: Path) -> list[UnitTest]:
    """The sentences and their expected (source, target, event) codings."""
    root = ET.parse(file).getroot()
    out: list[UnitTest] = []
    for node in root.iter("Sentence"):
        text = " ".join((node.findtext("Text") or "").split())
        expected = tuple(
            (c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in node.findall("EventCoding")
            if c.get("eventcode") is not None
        )
        raw = (node.get("date") or "19950101").strip()
        out.append(UnitTest(node.get("id", "?"), node.get("category", ""), _day(raw), text, expected))
    return out


def _day(raw: str) -> dt.date:
    try:
        return dt.datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        return dt.date(1995, 1, 1)


# Events whose parties PLOVER lists together as actors (see records.md): in CAMEO each ordered pair.
RECIPROCAL_EVENTS = {"CONSULT", "COOPERATE", "AGREE"}


def cameo_code(actor: Actor) -> str:
    """The actor's CAMEO code: the dictionary's full code, else country code + sector."""
    if actor.cameo:
        return actor.cameo
    return (actor.code or "---") + (actor.sector or "")


def triples(events: list[Event]) -> set[tuple[str, str, str]]:
    """CAMEO (source, target, event) triples: every actor × every recipient; a reciprocal event
    with several actors and no recipient gives every ordered pair of its actors."""
    out: set[tuple[str, str, str]] = set()
    for ev in events:
        if not ev.cameo:
            continue
        sources = [cameo_code(a) for a in ev.actor] or ["---"]
        targets = [cameo_code(a) for a in ev.recipient] or ["---"]
        if not ev.recipient and len(ev.actor) > 1 and ev.event in RECIPROCAL_EVENTS:
            targets = sources
        for s in sources:
            for t in targets:
                if s != t:
                    out.add((s, t, ev.cameo))
    return out


def expressible(code: str) -> bool:
    """Can a PLOVER event carry this CAMEO code? Only codes under CAMEO's 20 roots map to a category."""
    from eventwatch.extract.dictionaries import plover_of

    return plover_of(code) is not None


def half(test_id: str) -> str:
    """'dev' or 'held-out', by a stable hash of the sentence id."""
    from eventwatch.model.ids import stable_hash

    return "dev" if int(stable_hash(test_id), 16) % 2 == 0 else "held-out"


def evaluate(shared: Path) -> dict[str, Any]:
    from eventwatch.analysis import parse
    from eventwatch.extract.cameo_patterns import CameoPatternExtractor
    from eventwatch.pipeline import Pipeline

    folder = shared / "data" / FOLDER
    tests = read_records(folder / "PETR.UnitTest.records.xml")
    previous = os.environ.get("EVENTWATCH_CAMEO_DICTIONARIES")
    os.environ["EVENTWATCH_CAMEO_DICTIONARIES"] = ",".join(str(folder / n) for n in DICTIONARIES)
    try:
        pipeline = Pipeline(names=("times", "places", "actors", "events", "cameo"))
    finally:
        if previous is None:
            del os.environ["EVENTWATCH_CAMEO_DICTIONARIES"]
        else:
            os.environ["EVENTWATCH_CAMEO_DICTIONARIES"] = previous
    coder = pipeline.extractors[-1]
    assert isinstance(coder, CameoPatternExtractor)
    # Keyed by position: a few ids occur twice in the file (AGENTS-18, AGENTS-19) for different sentences.
    docs = [Document(id=str(n), date=t.date, text=t.text) for n, t in enumerate(tests) if t.text]
    codings: dict[str, set[tuple[str, str, str]]] = {}
    from_events: dict[str, set[tuple[str, str, str]]] = {}
    for doc in parse(pipeline.nlp, docs, batch_size=pipeline.settings.batch_size):
        for extractor in pipeline.extractors:
            extractor(doc)
        codings[doc.id] = {(c.source, c.target, c.code) for c in coder.codings(doc)}
        from_events[doc.id] = triples(doc.events)
        doc.spacy_doc = None
    out: dict[str, Any] = {}
    for name in ("dev", "held-out"):
        part = [(str(n), t) for n, t in enumerate(tests) if half(t.id) == name]
        out[name] = {"codings": _score(part, codings), "events": _score(part, from_events)}
    return out


def _score(
    tests: list[tuple[str, UnitTest]], produced: dict[str, set[tuple[str, str, str]]]
) -> dict[str, Any]:
    found = total = inexpressible = produced_n = produced_right = 0
    by_category: Counter[str] = Counter()
    by_category_total: Counter[str] = Counter()
    misses: list[str] = []
    for key, t in tests:
        got = produced.get(key, set())
        produced_n += len(got)
        produced_right += len(got & set(t.expected))
        for exp in t.expected:
            total += 1
            inexpressible += not expressible(exp[2])
            by_category_total[t.category] += 1
            if exp in got:
                found += 1
                by_category[t.category] += 1
            else:
                misses.append(f"{t.id}: expected {exp}, got {sorted(got)[:4]}")
    return {
        "expected": total,
        "reproduced": found,
        "share": round(found / total, 3) if total else 0.0,
        "inexpressible": inexpressible,
        "produced": produced_n,
        "precision": round(produced_right / produced_n, 3) if produced_n else 0.0,
        "by_category": {c: f"{by_category[c]}/{n}" for c, n in sorted(by_category_total.items())},
        "misses": misses,
    }


def format_report(result: dict[str, Any], *, misses: int = 0) -> str:
    lines = ["PETRARCH-2 unit tests with PETR.Validate dictionaries as CAMEO dictionaries"]
    for name in ("dev", "held-out"):
        part = result[name]
        c, e = part["codings"], part["events"]
        lines += [
            f"  {name}: codings reproduced {c['reproduced']}/{c['expected']} = {c['share']:.3f}"
            f" (of the {c['produced']} produced, expected: {c['precision']:.3f});"
            f" through events {e['reproduced']}/{e['expected']} = {e['share']:.3f}"
            f" ({e['inexpressible']} expected codes have no PLOVER category)",
            "    by category: " + ", ".join(f"{k} {v}" for k, v in c["by_category"].items()),
        ]
    lines.extend("  " + m for m in result["dev"]["codings"]["misses"][:misses])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from eventwatch.config import shared_dir

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.shared or shared_dir()), misses=args.misses))


if __name__ == "__main__":
    main()
