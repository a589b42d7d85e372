"""Score the time resolver against MEANTIME (English Wikinews, TIMEX3 with normalised values).

Gold: `meantime-en/derived/timex.jsonl`, DATE-type TIMEX3 (the document creation time on each article's
date line included: it is a date written in the text). The text is `documents.jsonl`'s sentences joined
by newlines (sentence 0 is the title, 1 the date line), so gold offsets map exactly. MEANTIME annotates
TIMEX3 only in the title, the date line and the first four body sentences (sentences 0-5: no gold
mention lies beyond), so system records are scored only there; the whole text is still read.

- Detection: a system record is correct when it overlaps a DATE mention; one that overlaps only a
  DURATION, TIME or SET mention ("for three weeks", "this morning") is neither right nor wrong; any
  other is a false positive. Recall counts DATE mentions overlapped by some record.
- Value accuracy, on detected mentions: both values become intervals (gold "2004-W47" → that ISO week,
  "2006-Q4" → Oct 1..Dec 31, "FY2007" → 2007, "2011-06-XX" → June 2011). A value is right when one of the
  record's values has the same interval, or is `approximate` and lies inside the gold interval.
  When gold marks the ends of a range as their own DATEs ("from 2009 to 2011" is a DURATION holding
  2009 and 2011) and the record covers the whole range, a value starting or ending with the gold
  interval is right. Gold values that name no calendar period (PAST_REF, PRESENT_REF, XXXX-XX-XX)
  are counted apart.
- Absolute expressions are those whose gold text has a year ("May 2008", "7/8/07"); the rest (weekdays,
  "June 18", "last week") are relative and need the publication date.

Run: `python -m eventwatch.eval.times [DATA_DIR] [--spacy] [--errors]`.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwatch.extract.times import find_times, parse_cues
from eventwatch.model import Time, TimeValue

SUBDIR = Path("meantime-en") / "derived"
_ABSOLUTE = re.compile(r"\b(?:1[89]|20)\d\d\b|\d+/\d+/\d+|'\d\d\b")
Interval = tuple[dt.date, dt.date]
ANNOTATED_SENTENCES = 6  # TIMEX3 gold exists for sentences 0..5 only


def _find_derived(data_dir: Path) -> Path:
    for candidate in (data_dir / SUBDIR, data_dir / "derived", data_dir):
        if (candidate / "timex.jsonl").is_file() and (candidate / "documents.jsonl").is_file():
            return candidate
    raise FileNotFoundError(f"no MEANTIME timex.jsonl/documents.jsonl under {data_dir} (expected {SUBDIR}/)")


def _read_jsonl(file: Path) -> list[dict[str, Any]]:
    with file.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def gold_interval(value: str) -> Interval | None:
    """The calendar interval a TIMEX3 value names, or None (PAST_REF, XXXX-XX-XX, durations)."""
    value = re.sub(r"T.*$", "", value)  # 2008-01-09TMO → the day
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)(?:-XX)?", value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), _month_end(year, month)
    if m := re.fullmatch(r"(?:FY)?(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        return dt.date(year, first, 1), _month_end(year, first + 2)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, first = int(m[1]), 6 * int(m[2]) - 5
        return dt.date(year, first, 1), _month_end(year, first + 5)
    return None


def system_interval(value: TimeValue) -> Interval:
    """The interval a TimeValue covers; an ongoing one ("since X") is read as X itself."""
    start = dt.date.fromisoformat(value.date)
    if value.enddate:
        return start, dt.date.fromisoformat(value.enddate)
    if value.precision == "month":
        return start, _month_end(start.year, start.month)
    if value.precision == "year":
        return start, dt.date(start.year, 12, 31)
    if value.precision == "week":
        return start, start + dt.timedelta(days=6)
    return start, start


def value_correct(values: tuple[TimeValue, ...], gold: Interval, *, endpoint: bool = False) -> bool:
    """True when a value names the gold interval, or is approximate and lies within it.

    endpoint (bool): the gold mention is a strict part of the record (an end of a written range):
        a value that starts or ends with the gold interval is right too.
    """
    for value in values:
        start, end = system_interval(value)
        if (start, end) == gold or (endpoint and (start == gold[0] or end == gold[1])):
            return True
        if value.precision == "approximate" and gold[0] <= start and end <= gold[1]:
            return True
    return False


def _documents(derived: Path) -> list[dict[str, Any]]:
    docs = _read_jsonl(derived / "documents.jsonl")
    for doc in docs:
        sentences: list[str] = doc["sentences"]
        offsets, position = [], 0
        for sentence in sentences:
            offsets.append(position)
            position += len(sentence) + 1
        doc["text"] = "\n".join(sentences)
        doc["offsets"] = offsets
        doc["scored_until"] = offsets[ANNOTATED_SENTENCES] if len(offsets) > ANNOTATED_SENTENCES else position
        if doc.get("dct"):
            doc["pub"] = dt.date.fromisoformat(doc["dct"])
        else:  # two articles lack a creation-time TIMEX; read their date line
            line = sentences[1] if len(sentences) > 1 else ""
            found = [t for t in find_times(line, dt.date(2010, 1, 1)) if t.values[0].precision == "day"]
            doc["pub"] = dt.date.fromisoformat(found[0].values[0].date) if found else None
    return [d for d in docs if d["pub"] is not None]


Cues = tuple[list[tuple[int, int]], Callable[[int, int], str | None]]


def _cues_by_doc(docs: list[dict[str, Any]]) -> dict[str, Cues]:
    from eventwatch.analysis.nlp import load_nlp
    from eventwatch.config import Settings

    nlp = load_nlp(Settings().spacy_model)
    return {
        doc["doc_id"]: parse_cues(parsed)
        for parsed, doc in nlp.pipe(((d["text"], d) for d in docs), as_tuples=True)
    }


def _empty() -> dict[str, Any]:
    return {
        "gold": 0,
        "detected": 0,
        "system": 0,
        "system_correct": 0,
        "neutral": 0,
        "by_kind": {
            k: {"gold": 0, "detected": 0, "scored": 0, "correct": 0} for k in ("absolute", "relative")
        },
        "unscorable_values": 0,
    }


def _finish(block: dict[str, Any]) -> dict[str, Any]:
    false_pos = block["system"] - block["system_correct"] - block["neutral"]
    p = (
        block["system_correct"] / (block["system_correct"] + false_pos)
        if block["system_correct"] + false_pos
        else 0.0
    )
    r = block["detected"] / block["gold"] if block["gold"] else 0.0
    block["false_positives"] = false_pos
    block["precision"], block["recall"] = p, r
    block["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    scored = sum(k["scored"] for k in block["by_kind"].values())
    correct = sum(k["correct"] for k in block["by_kind"].values())
    block["value_scored"], block["value_correct"] = scored, correct
    block["value_accuracy"] = correct / scored if scored else 0.0
    for kind in block["by_kind"].values():
        kind["recall"] = kind["detected"] / kind["gold"] if kind["gold"] else 0.0
        kind["value_accuracy"] = kind["correct"] / kind["scored"] if kind["scored"] else 0.0
    return block


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(data_dir: Path, *, use_spacy: bool = False) -> dict[str, Any]:
    """Detection P/R/F1 and value accuracy of find_times on MEANTIME DATE expressions.

    data_dir (Path): the shared data folder (holding meantime-en/derived/), or that folder itself.
    use_spacy (bool): pass spaCy DATE entities as hints, as the TimeExtractor does.
    RETURNS (dict): {"corpora": {"airbus": block, "apple": block, "all": block}, "errors": [...],
        "hints": bool}; a block has gold/detected/system counts, precision, recall, f1, value_accuracy
        and by_kind (absolute/relative recall and value accuracy).
    """
    derived = _find_derived(Path(data_dir))
    docs = _documents(derived)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _read_jsonl(derived / "timex.jsonl"):
        by_doc[row["doc_id"]].append(row)
    cues = _cues_by_doc(docs) if use_spacy else {}
    blocks: dict[str, dict[str, Any]] = defaultdict(_empty)
    errors: list[dict[str, Any]] = []

    for doc in docs:
        corpus = doc["corpus"].removeprefix("corpus_")
        text: str = doc["text"]
        hints, tense = cues.get(doc["doc_id"], (None, None))
        records: list[Time] = find_times(text, doc["pub"], doc["doc_id"], hints, tense)
        gold_spans: list[tuple[tuple[int, int], dict[str, Any]]] = []
        for row in by_doc.get(doc["doc_id"], []):
            mention = row["mention"]
            base = doc["offsets"][mention["sentence"]]
            span = (base + mention["start"], base + mention["end"])
            if text[span[0] : span[1]] != mention["text"]:
                raise ValueError(f"{doc['doc_id']}: gold offsets do not match the text: {mention!r}")
            gold_spans.append((span, row))
        for block in (blocks[corpus], blocks["all"]):
            for record in records:
                if record.start >= doc["scored_until"]:
                    continue
                block["system"] += 1
                hit = [row for span, row in gold_spans if _overlaps(span, (record.start, record.end))]
                if any(row["type"] == "DATE" for row in hit):
                    block["system_correct"] += 1
                elif hit:
                    block["neutral"] += 1
                elif block is blocks["all"]:
                    errors.append(
                        {
                            "doc_id": doc["doc_id"],
                            "error": "spurious",
                            "text": record.text,
                            "values": [v.to_dict() for v in record.values],
                        }
                    )
            for span, row in gold_spans:
                if row["type"] != "DATE":
                    continue
                kind = "absolute" if _ABSOLUTE.search(row["mention"]["text"]) else "relative"
                block["gold"] += 1
                block["by_kind"][kind]["gold"] += 1
                match = [r for r in records if _overlaps(span, (r.start, r.end))]
                if not match:
                    if block is blocks["all"]:
                        errors.append(
                            {
                                "doc_id": doc["doc_id"],
                                "error": "missed",
                                "text": row["mention"]["text"],
                                "gold": row["value"],
                            }
                        )
                    continue
                block["detected"] += 1
                block["by_kind"][kind]["detected"] += 1
                interval = gold_interval(row["value"])
                if interval is None:
                    block["unscorable_values"] += 1
                    continue
                block["by_kind"][kind]["scored"] += 1
                values = tuple(v for r in match for v in r.values)
                inside = all(
                    r.start <= span[0] and span[1] <= r.end and r.end - r.start > span[1] - span[0]
                    for r in match
                )
                if value_correct(values, interval, endpoint=inside):
                    block["by_kind"][kind]["correct"] += 1
                elif block is blocks["all"]:
                    errors.append(
                        {
                            "doc_id": doc["doc_id"],
                            "error": "value",
                            "text": row["mention"]["text"],
                            "gold": row["value"],
                            "dct": doc["pub"].isoformat(),
                            "values": [v.to_dict() for r in match for v in r.values],
                        }
                    )
    corpora = {name: _finish(blocks[name]) for name in ("airbus", "apple", "all")}
    return {"corpora": corpora, "errors": errors, "hints": use_spacy}


def format_report(result: dict[str, Any], *, errors: bool = False) -> str:
    """A plain-text table of evaluate()'s result (and, with errors=True, every miss and wrong value)."""
    lines = [
        f"MEANTIME DATE TIMEX3 — time resolver ({'with' if result.get('hints') else 'without'} spaCy hints)",
        f"{'corpus':<8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'value':>6}  "
        f"{'abs R':>6} {'abs val':>8}  {'rel R':>6} {'rel val':>8}  unscorable",
    ]
    for name, b in result["corpora"].items():
        a, r = b["by_kind"]["absolute"], b["by_kind"]["relative"]
        lines.append(
            f"{name:<8} {b['gold']:>5} {b['precision']:>6.3f} {b['recall']:>6.3f} {b['f1']:>6.3f} "
            f"{b['value_accuracy']:>6.3f}  {a['recall']:>6.3f} {a['value_accuracy']:>8.3f}  "
            f"{r['recall']:>6.3f} {r['value_accuracy']:>8.3f}  {b['unscorable_values']:>5}"
        )
    lines.append(
        "(airbus = development half, apple = held out; value = accuracy on detected, scorable mentions)"
    )
    if errors:
        for error in result["errors"]:
            lines.append("  " + json.dumps(error, ensure_ascii=False))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: print the report for DATA_DIR (default: ../shared/data next to the repository)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
    parser.add_argument("data_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--spacy", action="store_true", help="pass spaCy DATE entities as hints")
    parser.add_argument(
        "--errors", action="store_true", help="list misses, spurious records and wrong values"
    )
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.data_dir, use_spacy=args.spacy), errors=args.errors))


if __name__ == "__main__":
    main()
