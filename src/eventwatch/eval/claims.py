"""Score the claims extractor: MEANTIME attribution cues and speakers, and our own small gold set.

MEANTIME (`meantime-en/derived/attribution.jsonl`, read SOURCE.md there): every SPEECH_COGNITIVE event
mention with its PropBank participants; the speaker is the Arg0 participant. The text is
`documents.jsonl`'s sentences joined by newlines (sentence 0 is the title, 1 the date line), so gold
offsets map exactly. MEANTIME annotates events fully only in the title and the first four body
sentences (sentences 0-5; beyond them only events in cross-document chains), so system cues are scored
only there; the whole text is still read.

- Cue detection: a system claim is right when its cue overlaps a gold cue. A claim that names the
  statement, speech or report its words were said in ("said in a statement") detects that noun too, as a
  second detection scored the same way (right when it overlaps a gold cue, else a false cue). Gold cues
  of cognition, not speech (know, want, hope, expect, like, see, decide, intend, …: COGNITIVE below, by
  the lemma of the gold instance) are counted apart: a claim at one is neither right nor wrong, and
  missing one is no miss. The strict figures, with every SPEECH_COGNITIVE mention counted, are reported
  next to them.
- Speaker accuracy, on detected cues (not vehicles) whose gold has an Arg0: the speaker's entity_text
  shares a word (other than a determiner or punctuation) with the Arg0 text. A claim without speaker is
  wrong.

Own gold set (`tests/data/claims_gold.jsonl`, sentences the eventwatch authors wrote): one JSON object
per text, `{"id", "date", "text", "claims": [{"cue", "speaker", "mode", "stance", "contains",
"nested_in", "quantities"}]}`; `speaker` is the expected name or null, `nested_in` the cue of the claim it
nests in. A system claim matches a gold claim when the cue is the same and the content contains every
`contains` string.

Run: `python -m eventwatch.eval.claims [DATA_DIR] [--own PATH] [--errors]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwatch.analysis import load_nlp, parse
from eventwatch.config import Settings
from eventwatch.extract.claims import ClaimExtractor, Found
from eventwatch.model import Claim, Document
from eventwatch.pipeline import make_extractor

SUBDIR = Path("meantime-en") / "derived"
ANNOTATED_SENTENCES = 6  # events are annotated in full for sentences 0..5 only
DATE_LINE = 1
BEFORE_CLAIMS = ("times", "places", "actors", "events")
# Gold cues that attribute no content to anyone: states of mind, and talks whose content is not given.
COGNITIVE = frozenset(
    [
        "know",
        "want",
        "hope",
        "expect",
        "like",
        "love",
        "see",
        "decide",
        "intend",
        "choose",
        "experience",
        "discover",
        "concern",
        "attention",
        "wish",
        "think",
        "feel",
        "fear",
        "consider",
        "plan",
        "negotiate",
        "negotiation",
        "talk",
        "talks",
        "resent",
        "define",
    ]
)
# System cues that MEANTIME cannot hold: it annotates events, and "according to" is no event.
NOT_EVENTS = frozenset({"according to"})
_STOP = frozenset(["the", "a", "an", "of", "'s", "’s", ",", ".", "(", ")", "``", "''", '"'])


def _find_derived(data_dir: Path) -> Path:
    for candidate in (data_dir / SUBDIR, data_dir / "derived", data_dir):
        if (candidate / "attribution.jsonl").is_file() and (candidate / "documents.jsonl").is_file():
            return candidate
    raise FileNotFoundError(
        f"no MEANTIME attribution.jsonl/documents.jsonl under {data_dir} (expected {SUBDIR}/)"
    )


def _read_jsonl(file: Path) -> list[dict[str, Any]]:
    with file.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _date(value: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return dt.date(2000, 1, 1)  # two MEANTIME documents lack a creation time; cues do not need one


def run_claims(documents: list[Document]) -> Iterator[tuple[Document, list[Found]]]:
    """Parse the documents, run the extractors the claims need, and yield each with its found claims."""
    nlp = load_nlp(Settings().spacy_model)
    before = [make_extractor(n) for n in BEFORE_CLAIMS]
    claims = ClaimExtractor()
    for doc in parse(nlp, documents):
        for extractor in before:
            extractor(doc)
        found = claims.find(doc)
        claims.annotate(doc, found)
        yield doc, found


def gold_lemma(row: dict[str, Any]) -> str:
    """The lemma of a gold cue: its instance name ('say VUA', 'announced-SE') without suffixes."""
    word = (row.get("cue_instance") or row["cue"]["text"]).split()[0]
    word = re.sub(r"^\d+-\d+-", "", word).removesuffix("-SE").lower()
    return word


def words(text: str | None) -> set[str]:
    return {w for w in (text or "").lower().split() if w not in _STOP}


def speaker_matches(gold: str, speaker: str | None) -> bool:
    """Token overlap between the gold Arg0 text and our speaker's entity_text."""
    return bool(words(gold) & words((speaker or "").replace("'s", " ").replace("’s", " ")))


def evaluate(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Cue P/R/F and speaker accuracy per corpus (airbus: development, apple: held out) and overall."""
    derived = _find_derived(data_dir)
    docs_rows = _read_jsonl(derived / "documents.jsonl")[:limit]
    gold_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _read_jsonl(derived / "attribution.jsonl"):
        gold_by_doc[row["doc_id"]].append(row)
    offsets: dict[str, list[int]] = {}
    corpus_of: dict[str, str] = {}
    documents: list[Document] = []
    for row in docs_rows:
        starts, pos = [], 0
        for sentence in row["sentences"]:
            starts.append(pos)
            pos += len(sentence) + 1
        offsets[row["doc_id"]] = starts
        corpus_of[row["doc_id"]] = str(row["corpus"]).removeprefix("corpus_")
        text = "\n".join(row["sentences"])
        documents.append(Document(id=row["doc_id"], date=_date(row.get("dct")), text=text))

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[dict[str, Any]] = []
    for doc, found in run_claims(documents):
        starts = offsets[doc.id]
        region_end = starts[ANNOTATED_SENTENCES] if len(starts) > ANNOTATED_SENTENCES else len(doc.text) + 1
        date_line = (starts[DATE_LINE], starts[DATE_LINE + 1]) if len(starts) > DATE_LINE + 1 else (0, 0)
        gold = []
        for g in gold_by_doc.get(doc.id, []):
            cue = g["cue"]
            if cue["sentence"] >= ANNOTATED_SENTENCES:
                continue
            start = starts[cue["sentence"]] + cue["start"]
            arg0 = next((p["text"] for p in g["participants"] if p["role"] == "Arg0"), None)
            end = starts[cue["sentence"]] + cue["end"]
            span = doc.doc.char_span(start, end, alignment_mode="expand")
            lemmas = {gold_lemma(g)} | ({span.root.lemma_.lower()} if span is not None else set())
            gold.append(
                {
                    "start": start,
                    "end": end,
                    "text": cue["text"],
                    "cognitive": bool(lemmas & COGNITIVE),
                    "arg0": arg0,
                    "matched": False,
                }
            )
        system = [
            f
            for f in found
            if f.cue_start < region_end
            and not date_line[0] <= f.cue_start < date_line[1]
            and f.cue.lower() not in NOT_EVENTS
        ]
        for corpus in (corpus_of[doc.id], "all"):
            c = counts[corpus]
            c["gold"] += sum(1 for g in gold if not g["cognitive"])
            c["gold_strict"] += len(gold)
        for f in system:
            # A claim detects its cue and, when it names one, the statement or speech carrying it.
            spans = [(f.cue_start, f.cue_end, f.cue)]
            if f.vehicle_start >= 0:
                spans.append((f.vehicle_start, f.vehicle_end, doc.text[f.vehicle_start : f.vehicle_end]))
            for start, end, cue_text in spans:
                hit = next(
                    (g for g in gold if g["start"] < end and start < g["end"] and not g["matched"]),
                    None,
                )
                for corpus in (corpus_of[doc.id], "all"):
                    c = counts[corpus]
                    c["system_strict"] += 1
                    if hit is None:
                        c["system"] += 1
                    elif not hit["cognitive"]:
                        c["system"] += 1
                        c["correct"] += 1
                    if hit is not None:
                        c["correct_strict"] += 1
                if hit is None:
                    errors.append(
                        {"doc": doc.id, "kind": "false cue", "cue": cue_text, "content": f.content[:80]}
                    )
                    continue
                hit["matched"] = True
                # Speakers are scored at the claim's own cue; a vehicle's Arg0 is mostly a possessive
                # pronoun ("his speech") that word overlap cannot compare.
                if hit["arg0"] is not None and not hit["cognitive"] and start == f.cue_start:
                    speaker = f.speaker.entity_text if f.speaker else None
                    ok = speaker_matches(hit["arg0"], speaker)
                    for corpus in (corpus_of[doc.id], "all"):
                        counts[corpus]["speaker_gold"] += 1
                        counts[corpus]["speaker_correct"] += int(ok)
                    if not ok:
                        errors.append(
                            {
                                "doc": doc.id,
                                "kind": "speaker",
                                "cue": cue_text,
                                "gold": hit["arg0"],
                                "system": speaker,
                            }
                        )
        for g in gold:
            if not g["matched"] and not g["cognitive"]:
                errors.append(
                    {
                        "doc": doc.id,
                        "kind": "missed cue",
                        "cue": g["text"],
                        "sentence": doc.text[g["start"] - 40 : g["end"] + 40].replace("\n", " | "),
                    }
                )
    return {"corpora": {k: _scores(v) for k, v in sorted(counts.items())}, "errors": errors}


def _prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def _scores(c: dict[str, int]) -> dict[str, Any]:
    p, r, f = _prf(c["correct"], c["system"], c["gold"])
    sp, sr, sf = _prf(c["correct_strict"], c["system_strict"], c["gold_strict"])
    accuracy = c["speaker_correct"] / c["speaker_gold"] if c["speaker_gold"] else 0.0
    return {
        "cue": {
            "precision": p,
            "recall": r,
            "f1": f,
            "correct": c["correct"],
            "system": c["system"],
            "gold": c["gold"],
        },
        "cue_strict": {"precision": sp, "recall": sr, "f1": sf, "gold": c["gold_strict"]},
        "speaker": {
            "accuracy": round(accuracy, 3),
            "correct": c["speaker_correct"],
            "gold": c["speaker_gold"],
        },
    }


def format_report(result: dict[str, Any], *, errors: bool = False) -> str:
    """A plain-text table of the MEANTIME figures (and the errors when asked)."""
    lines = ["MEANTIME attribution (sentences 0-5)    cue P    cue R   cue F1  strict F1  speaker acc"]
    for corpus, s in result["corpora"].items():
        cue, strict, spk = s["cue"], s["cue_strict"], s["speaker"]
        lines.append(
            f"  {corpus:<36}{cue['precision']:>6.3f}  {cue['recall']:>7.3f}  {cue['f1']:>7.3f}  "
            f"{strict['f1']:>9.3f}  {spk['accuracy']:>7.3f} ({spk['correct']}/{spk['gold']})"
        )
    if errors:
        lines += ["", "errors:"] + [f"  {json.dumps(e, ensure_ascii=False)}" for e in result["errors"]]
    return "\n".join(lines)


# -- our own gold set -------------------------------------------------------------------------------
def evaluate_own(path: Path) -> dict[str, Any]:
    """Score against our own gold texts: cue P/R/F, then speaker, mode, stance, nesting, quantities."""
    rows = _read_jsonl(path)
    documents = [Document(id=r["id"], date=_date(r["date"]), text=r["text"]) for r in rows]
    gold_by_doc = {r["id"]: r["claims"] for r in rows}
    totals: dict[str, int] = defaultdict(int)
    errors: list[dict[str, Any]] = []
    for doc, _found in run_claims(documents):
        system = list(doc.claims)
        by_id = {c.id: c for c in system}
        used: set[str] = set()
        totals["system"] += len(system)
        for g in gold_by_doc[doc.id]:
            totals["gold"] += 1
            hit = next((c for c in system if c.id not in used and _same_claim(g, c)), None)
            if hit is None:
                errors.append({"doc": doc.id, "kind": "missed", "gold": g})
                continue
            used.add(hit.id)
            totals["correct"] += 1
            parent = by_id.get(hit.nested_in or "")
            checks = {
                "speaker": (hit.speaker.name if hit.speaker else None) == g.get("speaker"),
                "mode": hit.mode == g.get("mode", hit.mode),
                "stance": hit.stance == g.get("stance", "assert"),
                "nesting": (parent.cue.lower() if parent and parent.cue else None) == g.get("nested_in"),
                "quantities": _quantities_match(g.get("quantities", []), hit),
            }
            for name, ok in checks.items():
                totals[name] += int(ok)
                if not ok:
                    errors.append({"doc": doc.id, "kind": name, "cue": hit.cue, "system": hit.to_dict()})
        errors += [
            {"doc": doc.id, "kind": "false", "cue": c.cue, "content": c.content}
            for c in system
            if c.id not in used
        ]
    p, r, f = _prf(totals["correct"], totals["system"], totals["gold"])
    matched = totals["correct"] or 1
    return {
        "cue": {"precision": p, "recall": r, "f1": f, "gold": totals["gold"], "system": totals["system"]},
        **{k: round(totals[k] / matched, 3) for k in ("speaker", "mode", "stance", "nesting", "quantities")},
        "errors": errors,
    }


def _same_claim(gold: dict[str, Any], claim: Claim) -> bool:
    if (claim.cue or "").lower() != gold["cue"].lower():
        return False
    return all(part in claim.content for part in gold.get("contains", []))


def _quantities_match(expected: list[dict[str, Any]], claim: Claim) -> bool:
    got = {(q.value, q.bound, q.unit) for q in claim.quantities}
    return all((float(q["value"]), q["bound"], q.get("unit")) in got for q in expected)


def format_own(result: dict[str, Any]) -> str:
    cue = result["cue"]
    return (
        f"own gold set: cue P {cue['precision']:.3f} R {cue['recall']:.3f} F1 {cue['f1']:.3f} "
        f"({cue['gold']} gold, {cue['system']} system); on matched claims: speaker {result['speaker']:.3f}, "
        f"mode {result['mode']:.3f}, stance {result['stance']:.3f}, nesting {result['nesting']:.3f}, "
        f"quantities {result['quantities']:.3f}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--own", type=Path, default=Path("tests/data/claims_gold.jsonl"))
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.data_dir), errors=args.errors))
    if args.own.is_file():
        own = evaluate_own(args.own)
        print(format_own(own))
        if args.errors:
            for e in own["errors"]:
                print("  " + json.dumps(e, ensure_ascii=False, default=str)[:400])


if __name__ == "__main__":
    main()
