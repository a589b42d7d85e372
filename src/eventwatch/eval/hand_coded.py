"""Score event coding and place resolution on eventwatch's own hand-coded texts
(`tests/data/events_hand_coded`, `tests/data/places_hand_coded`).

Each set is a JSON Lines file of texts written and coded before eventwatch was run on them (see the
folders' SOURCE.md). Events: a sentence is a one-sentence document dated 2024-03-14; the event that
answers it is ours of the gold category if we found one, else our first. Scored with the PLOVER GSR's
measures (category accuracy, actor and recipient country+sector F1), plus status agreement on the
sentences whose category is right. Places: a paragraph is a document with no source or url (the text
alone decides); scored by recall of the coded mentions, the share of our places that are coded
mentions, and country accuracy of the mentions found whose place lies in one country.

Run: `python -m eventwatch.eval.hand_coded [FOLDER] [--errors]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwatch.eval.plover_gsr import GoldActor, GoldRecord, score
from eventwatch.model import Document, Event, Place

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "events_hand_coded"
PLACES_DIR = DEFAULT_DIR.parent / "places_hand_coded"
DAY = dt.date(2024, 3, 14)


def _gold_actors(rows: list[dict[str, Any]]) -> tuple[GoldActor, ...]:
    return tuple(GoldActor(str(r.get("text") or ""), r.get("code"), r.get("sector")) for r in rows)


def read_set(path: Path) -> list[tuple[GoldRecord, str]]:
    """(gold record, gold status) for each line of one set."""
    out: list[tuple[GoldRecord, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = GoldRecord(
            row["id"],
            row["text"],
            row["event"],
            None,
            _gold_actors(row["actors"]),
            _gold_actors(row["recipients"]),
            (),
        )
        out.append((gold, str(row.get("status") or "occurred")))
    return out


def answer(gold: GoldRecord, events: list[Event]) -> Event | None:
    """Our event of the gold category if there is one, else our first (by position)."""
    ordered = sorted(events, key=lambda e: e.trigger_start)
    return next((e for e in ordered if e.event == gold.event), ordered[0] if ordered else None)


def evaluate(folder: Path = DEFAULT_DIR) -> dict[str, Any]:
    """Scores per set file: {'sets': {name: score dict + 'status'}, 'errors': {name: [lines]}}."""
    from eventwatch.config import Settings
    from eventwatch.model import Rejection
    from eventwatch.pipeline import Pipeline

    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no hand-coded sets (*.jsonl) in {folder}")
    pipeline = Pipeline(Settings(), names=("times", "places", "actors", "events"))
    result: dict[str, Any] = {"sets": {}, "errors": {}}
    for path in files:
        rows = read_set(path)
        docs = [Document(id=g.id, date=DAY, text=g.text) for g, _ in rows]
        pairs: list[tuple[GoldRecord, Event | None]] = []
        status_right = category_right = 0
        errors: list[str] = []
        for (gold, status), doc in zip(rows, pipeline.run(docs), strict=True):
            events = [] if isinstance(doc, Rejection) else list(doc.events)
            ev = answer(gold, events)
            pairs.append((gold, ev))
            if ev is not None and ev.event == gold.event:
                category_right += 1
                status_right += ev.status == status
            else:
                got = f"{ev.event} {ev.event_text!r}" if ev is not None else "no event"
                errors.append(f"{gold.id} {gold.event} -> {got}: {gold.text}")
        scored = score(pairs)
        scored["status"] = {"right": status_right, "of": category_right}
        result["sets"][path.stem] = scored
        result["errors"][path.stem] = errors
    return result


def _nth(text: str, mention: str, nth: int) -> int | None:
    """Where the nth occurrence (1-based) of `mention` starts in `text`, or None."""
    at = -1
    for _ in range(max(1, nth)):
        at = text.find(mention, at + 1)
        if at < 0:
            return None
    return at


# A coded place mention: (start, end, country alpha-3 or None, the mention's words).
PlaceSpan = tuple[int, int, str | None, str]


def read_place_set(path: Path) -> list[tuple[str, str, list[PlaceSpan]]]:
    """(id, text, [(start, end, country alpha-3 or None, text)]) for each line of one place set.

    Mentions of kind "demonym" ("a Turkish policeman") are left out: a country's adjective is a hint of
    context, never a place record (records.md)."""
    out: list[tuple[str, str, list[PlaceSpan]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = str(row["text"])
        spans: list[PlaceSpan] = []
        for place in row["places"]:
            if place.get("kind") == "demonym":
                continue
            start = _nth(text, str(place["text"]), int(place.get("nth") or 1))
            if start is None:
                raise ValueError(
                    f"{path.name} {row['id']}: {place['text']!r} #{place.get('nth')} not in text"
                )
            spans.append((start, start + len(place["text"]), place.get("country"), str(place["text"])))
        out.append((str(row["id"]), text, spans))
    return out


def place_set_urls(path: Path) -> dict[str, str]:
    """id → web address, for the texts of one place set that give one (field `url`)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("url"):
                out[str(row["id"])] = str(row["url"])
    return out


def matched_places(places: list[Place], spans: list[PlaceSpan]) -> list[Place | None]:
    """Per coded span (`read_place_set`), the first place found that overlaps it, or None."""
    return [next((p for p in places if p.start < end and start < p.end), None) for start, end, _, _ in spans]


def coded_countries_right(places: list[Place], spans: list[PlaceSpan]) -> tuple[int, int]:
    """(right, of): the coded mentions found whose place lies in the coded country, of those found that
    have one."""
    pairs = [(p, c) for (_, _, c, _), p in zip(spans, matched_places(places, spans), strict=True)]
    found = [(p, c) for p, c in pairs if p is not None and c is not None]
    return sum(p.country_code == c for p, c in found), len(found)


def evaluate_places(folder: Path = PLACES_DIR) -> dict[str, Any]:
    """Per set file: mentions, recall, precision, country accuracy; and its errors."""
    from eventwatch.config import Settings
    from eventwatch.model import Rejection
    from eventwatch.pipeline import Pipeline

    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no hand-coded place sets (*.jsonl) in {folder}")
    pipeline = Pipeline(Settings(), names=("times", "places"))
    result: dict[str, Any] = {"sets": {}, "errors": {}}
    for path in files:
        rows = read_place_set(path)
        docs = [Document(id=doc_id, date=DAY, text=text) for doc_id, text, _ in rows]
        gold = found = predicted = predicted_ok = country_of = country_ok = 0
        errors: list[str] = []
        for (doc_id, _, spans), doc in zip(rows, pipeline.run(docs), strict=True):
            places = [] if isinstance(doc, Rejection) else list(doc.places)
            predicted += len(places)
            predicted_ok += sum(any(s < p.end and p.start < e for s, e, _, _ in spans) for p in places)
            for (_, _, country, mention), place in zip(spans, matched_places(places, spans), strict=True):
                gold += 1
                if place is None:
                    errors.append(f"{doc_id} missed {mention!r}")
                    continue
                found += 1
                if country is not None:
                    country_of += 1
                    country_ok += place.country_code == country
                    if place.country_code != country:
                        errors.append(
                            f"{doc_id} {mention!r} → {place.name} ({place.country_code}), not {country}"
                        )
        result["sets"][path.stem] = {
            "mentions": gold,
            "recall": found / gold if gold else 0.0,
            "precision": predicted_ok / predicted if predicted else 0.0,
            "country": {"right": country_ok, "of": country_of},
        }
        result["errors"][path.stem] = errors
    return result


def _report(
    title: str, result: dict[str, Any], line: Callable[[str, dict[str, Any]], str], errors: bool
) -> str:
    """A title, one line per set, and each set's errors when asked for."""
    lines = [title]
    for name, scored in result["sets"].items():
        lines.append(line(name, scored))
        if errors:
            lines.extend(f"    {e}" for e in result["errors"][name])
    return "\n".join(lines)


def _tally(counts: dict[str, int]) -> str:
    """ "right/of = share" of a {right, of} count."""
    right, of = counts["right"], counts["of"]
    return f"{right}/{of} = {right / of if of else 0.0:.3f}"


def format_places_report(result: dict[str, Any], *, errors: bool = False) -> str:
    def line(name: str, s: dict[str, Any]) -> str:
        return (
            f"  {name:<34} mentions {s['mentions']}  recall {s['recall']:.3f}  "
            f"precision {s['precision']:.3f}  country {_tally(s['country'])}"
        )

    title = "Hand-coded place paragraphs (eventwatch's own; see tests/data/places_hand_coded/SOURCE.md)"
    return _report(title, result, line, errors)


def format_report(result: dict[str, Any], *, errors: bool = False) -> str:
    def line(name: str, s: dict[str, Any]) -> str:
        return (
            f"  {name:<26} n={s['sentences']}  category accuracy {s['accuracy']:.3f}  "
            f"actor F1 {s['actor']['f1']:.3f}  recipient F1 {s['recipient']['f1']:.3f}  "
            f"status {_tally(s['status'])}  no event {s['no_event']}"
        )

    title = "Hand-coded event sentences (eventwatch's own; see tests/data/events_hand_coded/SOURCE.md)"
    return _report(title, result, line, errors)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--places", type=Path, default=PLACES_DIR, help="the folder of place sets")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the events of a wrong category and the places missed or in a wrong country",
    )
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.folder), errors=args.errors))
    print(format_places_report(evaluate_places(args.places), errors=args.errors))


if __name__ == "__main__":
    main()
