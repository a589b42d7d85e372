"""Score event coding on the PLOVER gold-standard records (shared/data/plover-gsr/PLOVER_GSR_CAMEO.json).

The file holds 322 sentences from the CAMEO manual, each coded with one PLOVER 0.5b1 event, its
source and target actors (country code + sector) and an inline markup of the event words. We run
times, places, actors and events over each sentence (as a one-sentence document) and compare.

Rules (documented so that figures can be compared across versions):

- **Labels.** Gold categories are mapped to PLOVER 0.8 by resources/lexicons/plover_05_to_08.tsv
  (DEMAND → REQUEST, DISAPPROVE → ACCUSE/disapprove, INVESTIGATE → ACCUSE/investigate, FIGHT →
  ASSAULT, the rest unchanged).
- **Which of our events answers the gold one.** The gold event words are the `(EVT: …)` spans of
  the markup, located in the sentence. Our answer is the first event whose trigger (or event_text)
  overlaps the *first* gold event span; else the first overlapping any gold event span; else our
  first event in the sentence. A sentence where we code nothing answers `NONE`.
- **Category accuracy** = answers with the gold category / sentences. Per-category precision,
  recall and F1 come from the same answers (the confusion table); `NONE` is never right.
- **Actors.** Gold source vs our answer's `actor`, gold target vs its `recipient` (reciprocal
  events: PLOVER lists all parties as source, and so do we). Actors are compared on country code and
  sector: a predicted actor matches a gold one when the codes agree and the gold sector is empty or
  equal to ours. Gold codes are normalised first: old CAMEO codes that survived the file's ISO edit
  (JAP, ITL, VTN) become ISO, CAMEO's IMG (international militarized group) becomes IGO as in our
  record contract; gold code NGO means "sector NGO, any code"; gold sectors keep their
  first three letters (`CVLalb` → CVL), `CIV` → CVL and `***` → none. Matching is one-to-one per
  sentence; precision, recall and F1 are micro-averaged. Code-only figures are given as well.
- **Halves.** Sentences are split by the parity of their id's number: even numbers are the
  development half (tune on it), odd numbers the held-out half. Both are always reported.

Run: `python -m eventwatch.eval.plover_gsr [SHARED] [--errors N] [--actor-errors N]
[--half dev|held_out|all]` or `eventwatch eval plover-gsr`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwatch.model import Actor, Document, Event
from eventwatch.resources import read_tsv

GSR_FILE = Path("plover-gsr") / "PLOVER_GSR_CAMEO.json"
# Old CAMEO country codes that survived the file's ISO edit, and CAMEO's IMG ("international
# militarized group", al-Qaeda), which our record contract codes as IGO (transnational actor).
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IMG": "IGO"}
SECTOR_ALIASES = {"CIV": "CVL", "***": ""}
# A span closes with ")" (once with a mistyped "}": "(EVT: has sent} 21 …").
_MARKUP = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC):\s*([^(){}]*)[)}]")


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence: id, text, 0.8 category (and mode), actors and the event word spans."""

    id: str
    text: str
    event: str
    mode: str | None
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    event_spans: tuple[tuple[int, int], ...]

    @property
    def half(self) -> str:
        number = int(re.sub(r"\D", "", self.id.rsplit("-", 1)[-1]) or 0)
        return "dev" if number % 2 == 0 else "held_out"


def label_map() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(PLOVER 0.5b1 category, mode or "") → (0.8 category, 0.8 mode or None), from plover_05_to_08.tsv."""
    cols = ("event_05", "mode_05", "event_08", "mode_08", "note")
    return {
        (r["event_05"], r["mode_05"]): (r["event_08"], r["mode_08"] or None)
        for r in read_tsv("lexicons/plover_05_to_08.tsv", cols, required=1)
    }


def map_label(
    mapping: dict[tuple[str, str], tuple[str, str | None]], event: str, mode: str | None
) -> tuple[str, str | None]:
    """The 0.8 label of a 0.5b1 (category, mode): the mode's row if there is one, else the category's."""
    hit = mapping.get((event, mode or "")) or mapping.get((event, ""))
    return hit if hit is not None else (event, None)


def _gold_actor(raw: dict[str, Any]) -> GoldActor:
    code = (raw.get("code") or "").strip().upper() or None
    code = CODE_ALIASES.get(code, code) if code else None
    sector = (raw.get("sector") or "").strip()
    sector = SECTOR_ALIASES.get(sector, sector[:3].upper())
    return GoldActor(str(raw.get("actorText") or ""), code, sector or None)


def _spans(text: str, phrases: list[str]) -> tuple[tuple[int, int], ...]:
    """Character spans of the markup's event phrases in the sentence (first occurrence after the last)."""
    out: list[tuple[int, int]] = []
    lowered = text.lower()
    cursor = 0
    for phrase in phrases:
        phrase = " ".join(phrase.split()).lower()
        if not phrase:
            continue
        at = lowered.find(phrase, cursor)
        if at < 0:
            at = lowered.find(phrase)
        if at < 0:  # the markup was edited apart from the text: fall back to its first word
            word = phrase.split()[0]
            at = lowered.find(word)
            phrase = word
        if at >= 0:
            out.append((at, at + len(phrase)))
            cursor = at + len(phrase)
    return tuple(out)


def read_gold(file: Path) -> list[GoldRecord]:
    """The gold sentences (the DOCUMENT header left out), with labels mapped to PLOVER 0.8."""
    mapping = label_map()
    rows = json.loads(file.read_text(encoding="utf-8"))
    out: list[GoldRecord] = []
    for row in rows:
        if row.get("event") == "DOCUMENT":
            continue
        event, mode = map_label(mapping, row["event"], row.get("mode") or None)
        info = row.get("textInfo")
        # One record stores the markup string itself as textInfo instead of {"markup": …}.
        markup = str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")
        phrases = [m.group(2) for m in _MARKUP.finditer(markup) if m.group(1) == "EVT"]
        sources = row.get("source") if isinstance(row.get("source"), list) else []
        targets = row.get("target") if isinstance(row.get("target"), list) else []
        out.append(
            GoldRecord(
                id=row["id"],
                text=row["text"],
                event=event,
                mode=mode,
                source=tuple(_gold_actor(a) for a in sources),
                target=tuple(_gold_actor(a) for a in targets),
                event_spans=_spans(row["text"], phrases),
            )
        )
    return out


def answer(gold: GoldRecord, events: list[Event]) -> Event | None:
    """Our event that answers the gold one (see the module docstring for the rule)."""

    def overlaps(ev: Event, span: tuple[int, int]) -> bool:
        return ev.trigger_start < span[1] and span[0] < ev.trigger_end

    if not events:
        return None
    ordered = sorted(events, key=lambda e: e.trigger_start)
    if gold.event_spans:
        first = next((e for e in ordered if overlaps(e, gold.event_spans[0])), None)
        if first is not None:
            return first
        anywhere = next((e for e in ordered if any(overlaps(e, s) for s in gold.event_spans)), None)
        if anywhere is not None:
            return anywhere
    return ordered[0]


def actor_matches(pred: Actor, gold: GoldActor, *, code_only: bool = False) -> bool:
    """Country code agrees and, unless code_only, the gold sector is empty or equal to ours."""
    if gold.code == "NGO":
        return pred.sector == "NGO"
    if pred.code != gold.code:
        return False
    return code_only or gold.sector is None or pred.sector == gold.sector


def match_counts(
    preds: tuple[Actor, ...], golds: tuple[GoldActor, ...], *, code_only: bool = False
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with one-to-one greedy matching."""
    used: set[int] = set()
    tp = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and actor_matches(p, g, code_only=code_only):
                used.add(i)
                tp += 1
                break
    return tp, len(preds), len(golds)


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def score(pairs: list[tuple[GoldRecord, Event | None]]) -> dict[str, Any]:
    """Accuracy, per-category P/R/F1, actor and recipient F1 and the confusion counts."""
    confusion: Counter[tuple[str, str]] = Counter()
    counts = {k: [0, 0, 0] for k in ("actor", "recipient", "actor_code", "recipient_code")}
    right = 0
    for gold, ev in pairs:
        got = ev.event if ev is not None else "NONE"
        confusion[(gold.event, got)] += 1
        right += got == gold.event
        preds_a = ev.actor if ev is not None else ()
        preds_r = ev.recipient if ev is not None else ()
        for key, preds, golds, code_only in (
            ("actor", preds_a, gold.source, False),
            ("recipient", preds_r, gold.target, False),
            ("actor_code", preds_a, gold.source, True),
            ("recipient_code", preds_r, gold.target, True),
        ):
            tp, np_, ng = match_counts(preds, golds, code_only=code_only)
            counts[key][0] += tp
            counts[key][1] += np_
            counts[key][2] += ng
    both = [counts["actor"][i] + counts["recipient"][i] for i in range(3)]
    both_code = [counts["actor_code"][i] + counts["recipient_code"][i] for i in range(3)]
    categories = sorted({g for g, _ in confusion} | {p for _, p in confusion if p != "NONE"})
    per_cat: dict[str, dict[str, float]] = {}
    for cat in categories:
        tp = confusion[(cat, cat)]
        n_pred = sum(c for (_, p), c in confusion.items() if p == cat)
        n_gold = sum(c for (g, _), c in confusion.items() if g == cat)
        per_cat[cat] = {**_prf(tp, n_pred, n_gold), "n": n_gold}
    n = len(pairs)
    macro_f1 = sum(v["f1"] for c, v in per_cat.items() if v["n"]) / max(
        1, sum(1 for v in per_cat.values() if v["n"])
    )
    return {
        "sentences": n,
        "accuracy": round(right / n, 3) if n else 0.0,
        "no_event": sum(1 for _, ev in pairs if ev is None),
        "macro_f1": round(macro_f1, 3),
        "actor": _prf(*counts["actor"]),
        "recipient": _prf(*counts["recipient"]),
        "actors_all": _prf(*both),
        "actors_all_code_only": _prf(*both_code),
        "per_category": per_cat,
        "confusion": {f"{g}->{p}": c for (g, p), c in sorted(confusion.items())},
    }


def run_events(records: list[GoldRecord], *, spacy_model: str | None = None) -> list[list[Event]]:
    """Our events for each gold sentence (times, places, actors, events over one-sentence documents)."""
    from eventwatch.config import Settings
    from eventwatch.model import Rejection
    from eventwatch.pipeline import Pipeline

    settings = Settings(spacy_model=spacy_model) if spacy_model else Settings()
    pipeline = Pipeline(settings, names=("times", "places", "actors", "events"))
    day = dt.date(2000, 1, 1)
    docs = [Document(id=r.id, date=day, text=r.text) for r in records]
    out: list[list[Event]] = []
    for doc in pipeline.run(docs):
        out.append([] if isinstance(doc, Rejection) else list(doc.events))
    return out


def evaluate(shared: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Scores for the dev half, the held-out half and all sentences, plus the pairs for error listing."""
    records = read_gold(shared / "data" / GSR_FILE)[:limit]
    started = time.perf_counter()
    events = run_events(records)
    elapsed = time.perf_counter() - started
    pairs = [(g, answer(g, evs)) for g, evs in zip(records, events, strict=True)]
    return {
        "dev": score([p for p in pairs if p[0].half == "dev"]),
        "held_out": score([p for p in pairs if p[0].half == "held_out"]),
        "all": score(pairs),
        "ms_per_sentence": round(1000 * elapsed / max(1, len(records)), 1),
        "pairs": pairs,
    }


def _confusion_table(confusion: dict[str, int], top: int = 12) -> list[str]:
    errors = sorted(
        ((c, k) for k, c in confusion.items() if k.split("->")[0] != k.split("->")[1]), reverse=True
    )
    return [f"    {k:<26} {c:>3}" for c, k in errors[:top]]


def _actor_text(actors: tuple[Actor, ...] | tuple[GoldActor, ...]) -> str:
    out = []
    for a in actors:
        text = a.entity_text if isinstance(a, Actor) else a.text
        out.append(f"{text}[{a.code or '-'}/{a.sector or '-'}]")
    return ", ".join(out) or "-"


def actor_errors(pairs: list[tuple[GoldRecord, Event | None]], limit: int) -> list[str]:
    """Sentences whose actors or recipients do not all match the gold ones, with both sides shown."""
    lines: list[str] = []
    for gold, ev in pairs:
        ours_a = ev.actor if ev is not None else ()
        ours_r = ev.recipient if ev is not None else ()
        tp_a, n_a, g_a = match_counts(ours_a, gold.source)
        tp_r, n_r, g_r = match_counts(ours_r, gold.target)
        if tp_a == n_a == g_a and tp_r == n_r == g_r:
            continue
        got = f"{ev.event} '{ev.event_text}'" if ev else "NONE"
        lines.append(f"    [{gold.half}] {gold.id} gold {gold.event} ours {got}: {gold.text[:150]}")
        lines.append(f"      gold {_actor_text(gold.source)} -> {_actor_text(gold.target)}")
        lines.append(f"      ours {_actor_text(ours_a)} -> {_actor_text(ours_r)}")
        if len(lines) >= 3 * limit:
            break
    return lines


def format_report(result: dict[str, Any], *, errors: int = 0, actor_errors_n: int = 0) -> str:
    """A plain-text report: accuracy and actor F1 per half, per-category F1 and the main confusions."""
    lines = ["PLOVER GSR (CAMEO manual sentences, PLOVER 0.5b1 gold mapped to 0.8)"]
    for half in ("dev", "held_out", "all"):
        s = result[half]
        lines.append(
            f"  {half:<9} n={s['sentences']:<4} category accuracy {s['accuracy']:.3f}"
            f"  macro-F1 {s['macro_f1']:.3f}  actor+recipient F1 {s['actors_all']['f1']:.3f}"
            f" (code only {s['actors_all_code_only']['f1']:.3f})  actor F1 {s['actor']['f1']:.3f}"
            f"  recipient F1 {s['recipient']['f1']:.3f}  no event {s['no_event']}"
        )
    lines.append("  per category (all): P / R / F1 (n)")
    for cat, v in result["all"]["per_category"].items():
        lines.append(f"    {cat:<10} {v['p']:.2f} / {v['r']:.2f} / {v['f1']:.2f} ({v['n']})")
    lines.append("  most frequent confusions (gold->ours, all):")
    lines.extend(_confusion_table(result["all"]["confusion"]))
    lines.append(f"  {result['ms_per_sentence']} ms per sentence")
    if errors:
        lines.append("  errors:")
        shown = 0
        for gold, ev in result["pairs"]:
            if ev is not None and ev.event == gold.event:
                continue
            got = f"{ev.event} '{ev.event_text}'" if ev else "NONE"
            lines.append(f"    [{gold.half}] {gold.id} gold {gold.event} ours {got}: {gold.text[:150]}")
            shown += 1
            if shown >= errors:
                break
    if actor_errors_n:
        lines.append("  actor errors (gold actor -> recipient, ours):")
        lines.extend(actor_errors(result["pairs"], actor_errors_n))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from eventwatch.config import shared_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--errors", type=int, default=0, help="list this many wrongly coded sentences")
    parser.add_argument(
        "--actor-errors", type=int, default=0, help="list this many sentences with actor mismatches"
    )
    parser.add_argument(
        "--half", choices=("dev", "held_out", "all"), default="dev", help="errors from this half"
    )
    args = parser.parse_args(argv)
    result = evaluate(args.shared or shared_dir())
    if args.half != "all":
        result["pairs"] = [p for p in result["pairs"] if p[0].half == args.half]
    print(format_report(result, errors=args.errors, actor_errors_n=args.actor_errors))


if __name__ == "__main__":
    main()
