"""Event location on Halterman's gold (../shared/data/event-location-halterman): which place is where
the event happened.

Each gold record is one sentence with one event verb and, when the sentence has one, the toponym
span(s) where *that* event happened. We run the real pipeline pieces (spaCy parse, our place
extractor, `extract.locate.event_place`) and score:

- accuracy: among records with a gold location, the share whose chosen place overlaps a gold span
  (the issue's figure: "events get the annotated place");
- none-right: among records without a gold location, the share where we choose no place;
- recognised: among records with a gold location, the share where our place extractor found a
  mention overlapping the gold span at all (an upper bound for the choice; the "candidate ceiling").

A record is one annotated sentence; when spaCy splits it in two, the other part is passed to
`event_place` as context (used only when the trigger's own sentence names no place).

Records whose verb span cannot be located in the text are skipped and counted. Some upstream spans
are token indices rather than character offsets: the reader then finds the span's text in the
sentence (the occurrence nearest the given offset). Records go to a dev half or a held-out half by
a checksum of their text: the upstream file repeats many sentences (one record per annotated verb,
and some stories twice), and alternating records would put the same sentence in both halves.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import zlib
from pathlib import Path
from typing import Any

from eventwatch.config import Settings, shared_dir
from eventwatch.model import Document, Place

GOLD_FILE = Path("event-location-halterman") / "labeled_text.compact.jsonl"


def _locate(text: str, span: dict[str, Any]) -> tuple[int, int] | None:
    """Character offsets of a gold span, repairing token-index offsets by searching its text."""
    start, end, label_text = span.get("start"), span.get("end"), span.get("text")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not label_text or text[start:end] == label_text:
        return (start, end) if 0 <= start < end <= len(text) else None
    hits = []
    at = text.find(label_text)
    while at >= 0:
        hits.append(at)
        at = text.find(label_text, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(label_text)


def read_gold(data_dir: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records: text, verb (start, end) and the list of location spans."""
    out: list[dict[str, Any]] = []
    with (data_dir / GOLD_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = row.get("text") or ""
            verbs = [s for s in row.get("spans", []) if s.get("label") == "VERB"]
            locations = [s for s in row.get("spans", []) if s.get("label") == "LOCATION"]
            verb = _locate(text, verbs[0]) if verbs else None
            locs = [loc for loc in (_locate(text, s) for s in locations) if loc is not None]
            out.append({"text": text, "verb": verb, "locations": locs, "gold_locations": len(locations)})
            if limit is not None and len(out) >= limit:
                break
    return out


def half_of(text: str) -> str:
    """'dev' or 'held-out', the same for every record of one sentence (whitespace aside)."""
    return "dev" if zlib.crc32(" ".join(text.split()).encode("utf-8")) % 2 == 0 else "held-out"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _empty() -> dict[str, Any]:
    return {
        "records": 0,
        "skipped": 0,
        "with_location": 0,
        "right": 0,
        "recognised": 0,
        "no_location": 0,
        "none_right": 0,
    }


def evaluate(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score event location on the dev and held-out halves."""
    from eventwatch.analysis import load_nlp
    from eventwatch.extract.locate import event_place, place_candidates
    from eventwatch.extract.places import PlaceExtractor

    gold = read_gold(data_dir, limit)
    nlp = load_nlp(Settings().spacy_model)
    places = PlaceExtractor()
    halves: dict[str, dict[str, Any]] = {"dev": _empty(), "held-out": _empty()}
    texts = [g["text"] for g in gold]
    for index, (record, sdoc) in enumerate(zip(gold, nlp.pipe(texts, batch_size=256), strict=True)):
        block = halves[half_of(record["text"])]
        block["records"] += 1
        verb = record["verb"]
        trigger_span = sdoc.char_span(*verb, alignment_mode="expand") if verb else None
        if trigger_span is None:
            block["skipped"] += 1
            continue
        doc = Document(id=f"halterman-{index}", date=dt.date(2000, 1, 1), text=record["text"])
        doc.spacy_doc = sdoc
        places(doc)
        trigger = trigger_span.root
        # The record is the annotated unit: when spaCy splits it, its other sentences are the context.
        chosen: Place | None = event_place(trigger, trigger.sent, doc.places, context=sdoc[:])
        locations = record["locations"]
        if record["gold_locations"]:
            block["with_location"] += 1
            candidates = [p for sent in sdoc.sents for p in place_candidates(sent, doc.places)]
            if any(_overlaps((p.start, p.end), loc) for p in candidates for loc in locations):
                block["recognised"] += 1
            if chosen is not None and any(_overlaps((chosen.start, chosen.end), loc) for loc in locations):
                block["right"] += 1
        else:
            block["no_location"] += 1
            block["none_right"] += int(chosen is None)
    for block in halves.values():
        block["accuracy"] = block["right"] / block["with_location"] if block["with_location"] else 0.0
        block["recognition"] = block["recognised"] / block["with_location"] if block["with_location"] else 0.0
        block["none_accuracy"] = block["none_right"] / block["no_location"] if block["no_location"] else 0.0
    return halves


def format_report(result: dict[str, Any]) -> str:
    lines = [
        "Event location (Halterman): the place chosen for the event verb",
        f"{'half':<9} {'records':>7} {'with loc':>8} {'accuracy':>8} {'recognised':>10} {'no loc':>6} "
        f"{'none right':>10} {'skipped':>7}",
    ]
    for name, b in result.items():
        lines.append(
            f"{name:<9} {b['records']:>7} {b['with_location']:>8} {b['accuracy']:>8.3f} "
            f"{b['recognition']:>10.3f} {b['no_location']:>6} {b['none_accuracy']:>10.3f} {b['skipped']:>7}"
        )
    lines.append(
        "(accuracy: chosen place overlaps the annotated one; recognised: a candidate place overlaps it)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eventwatch.eval.event_location", description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(format_report(evaluate((args.shared or shared_dir()) / "data", limit=args.limit)))


if __name__ == "__main__":
    main()
