"""`make bench`: throughput (documents/s, words/s) and peak memory of `extract`, next to spaCy's bare parse.

Corpus: the first N Reuters-21578 bodies in ../shared/data (research-only; read, never copied), or,
when that is absent, a corpus generated here from templates. Both timings run in the same process on
the same texts with the same batch size, after a warm-up, alternating for several rounds; the report
gives each mean with a 95% interval and their ratio. Then a fresh process loads the gazetteer from its
disk cache alone, and reports how long that took, what it holds once loaded and its peak while loading.
Results go to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from eventwatch.config import Settings, shared_dir
from eventwatch.model import Document
from eventwatch.model.ids import document_id


def reuters_corpus(n: int) -> list[Document]:
    path = shared_dir() / "data" / "reuters21578-research-only" / "reuters21578.jsonl.gz"
    if not path.exists():
        return []
    docs: list[Document] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            body, date = row.get("body"), row.get("date")
            if not body or not date or len(body) < 200:
                continue
            day = dt.date.fromisoformat(date[:10])
            docs.append(Document(id=f"reuters-{row['newid']}", date=day, text=body))
            if len(docs) >= n:
                break
    return docs


def generated_corpus(n: int, seed: int = 7) -> list[Document]:
    """Synthetic dated reports built from templates (used when the Reuters set is absent)."""
    rng = random.Random(seed)
    actors = ["The Foreign Minister", "Protesters", "Police", "The government", "Rebels", "The ICRC"]
    verbs = ["met with", "accused", "rejected a proposal from", "attacked", "criticised", "thanked"]
    others = ["the opposition", "Russian peacekeepers", "local residents", "the United Nations", "officials"]
    places = ["Baku", "Yerevan", "Tbilisi", "Moscow", "Geneva", "Lachin"]
    dates = ["on Monday", "last week", "on March 3", "since January 2023", "yesterday", "in recent months"]
    docs = []
    for i in range(n):
        sentences = [
            f"{rng.choice(actors)} {rng.choice(verbs)} {rng.choice(others)} in {rng.choice(places)} "
            f"{rng.choice(dates)}, officials said."
            for _ in range(rng.randint(6, 14))
        ]
        text = " ".join(sentences)
        docs.append(
            Document(id=document_id("2024-03-01", text + str(i)), date=dt.date(2024, 3, 1), text=text)
        )
    return docs


def _interval(samples: list[float]) -> tuple[float, float]:
    mean = statistics.mean(samples)
    if len(samples) < 2:
        return mean, 0.0
    return mean, 1.96 * statistics.stdev(samples) / len(samples) ** 0.5


def _fresh(docs: list[Document]) -> list[Document]:
    return [Document(id=d.id, date=d.date, text=d.text) for d in docs]


# Run in a process of its own, after the cache exists: what a process pays to load the gazetteer alone.
_GAZETTEER_LOAD = """
import json, time
start = time.perf_counter()
from eventwatch.extract.gazetteer import Gazetteer
gazetteer = Gazetteer.load()
seconds = time.perf_counter() - start
# (/proc's VmHWM, not getrusage's ru_maxrss, which keeps the forking parent's peak across exec)
with open("/proc/self/status") as status:
    fields = (line.partition(":") for line in status)
    kib = {k: int(v.split()[0]) for k, _, v in fields if k in ("VmRSS", "VmHWM")}
print(json.dumps({"entries": len(gazetteer), "seconds": seconds, "held": kib["VmRSS"] * 1024,
                  "peak": kib["VmHWM"] * 1024}))
"""


def gazetteer_load() -> dict[str, Any]:
    """Entries, load seconds, and memory held once loaded and at the peak (MB, 10^6 bytes; read from
    Linux's /proc) of a process that loads only the gazetteer from its disk cache, the import of
    eventwatch's gazetteer module included."""
    run = subprocess.run([sys.executable, "-c", _GAZETTEER_LOAD], capture_output=True, text=True, check=True)
    found = json.loads(run.stdout.strip().splitlines()[-1])
    return {
        "gazetteer_entries": found["entries"],
        "gazetteer_load_seconds": round(found["seconds"], 2),
        "gazetteer_held_mb": round(found["held"] / 1e6),
        "gazetteer_peak_mb": round(found["peak"] / 1e6),
    }


def run(n_docs: int, rounds: int, batch_size: int) -> dict[str, Any]:
    from eventwatch.pipeline import Pipeline

    docs = reuters_corpus(n_docs)
    corpus = "reuters21578 (first bodies of >= 200 characters)"
    if not docs:
        docs, corpus = generated_corpus(n_docs), "generated templates"
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)

    settings = Settings(batch_size=batch_size)
    pipeline = Pipeline(settings)
    nlp = pipeline.nlp
    # Warm-up: load lexicons and gazetteer, fill caches.
    for item in pipeline.run(_fresh(docs[:20])):
        assert isinstance(item, Document)
    list(nlp.pipe(texts[:20], batch_size=batch_size))

    spacy_times: list[float] = []
    failed = 0
    extract_times: list[float] = []
    records = 0
    for _ in range(rounds):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        spacy_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        records = failed = 0
        for item in pipeline.run(_fresh(docs)):
            if isinstance(item, Document):
                records += sum(len(json.dumps(r.to_dict())) > 0 for r in item.records())
            else:
                failed += 1
        extract_times.append(time.perf_counter() - start)

    spacy_mean, spacy_ci = _interval(spacy_times)
    extract_mean, extract_ci = _interval(extract_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "corpus": corpus,
        "documents": len(docs),
        "words": words,
        "rounds": rounds,
        "batch_size": batch_size,
        "spacy_model": settings.spacy_model,
        "spacy_pipe_seconds": round(spacy_mean, 3),
        "spacy_pipe_ci95": round(spacy_ci, 3),
        "extract_seconds": round(extract_mean, 3),
        "extract_ci95": round(extract_ci, 3),
        "ratio_extract_to_spacy": round(extract_mean / spacy_mean, 3),
        "extract_docs_per_second": round(len(docs) / extract_mean, 1),
        "extract_words_per_second": round(words / extract_mean),
        "spacy_docs_per_second": round(len(docs) / spacy_mean, 1),
        "records": records,
        "failed_documents": failed,
        "peak_rss_mb": round(peak_mb),
        **gazetteer_load(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eventwatch.bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    args = parser.parse_args(argv)
    result = run(args.docs, args.rounds, args.batch_size)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    summary = _summary(result)
    args.out.with_suffix(".md").write_text(summary, encoding="utf-8")
    print(summary, end="")
    print(f"written to {args.out} and {args.out.with_suffix('.md')}")


def _summary(result: dict[str, Any]) -> str:
    return (
        f"corpus: {result['corpus']}: {result['documents']} documents, {result['words']:,} words\n"
        f"spaCy nlp.pipe:      {result['spacy_pipe_seconds']:.2f} s ± {result['spacy_pipe_ci95']:.2f}\n"
        f"eventwatch extract:  {result['extract_seconds']:.2f} s ± {result['extract_ci95']:.2f}  "
        f"({result['extract_docs_per_second']} documents/s, {result['extract_words_per_second']:,} words/s)\n"
        f"ratio extract / spaCy parse: {result['ratio_extract_to_spacy']:.2f}\n"
        f"peak memory (RSS): {result['peak_rss_mb']} MB; {result['records']:,} records; "
        f"{result['failed_documents']} documents failed extraction\n"
        f"gazetteer alone: {result['gazetteer_entries']:,} entries load in "
        f"{result['gazetteer_load_seconds']:.2f} s; held {result['gazetteer_held_mb']} MB, "
        f"peak {result['gazetteer_peak_mb']} MB (10^6 bytes)\n"
        f"({result['machine']}, {result['date']}, spaCy model {result['spacy_model']}, "
        f"batch size {result['batch_size']}, {result['rounds']} rounds)\n"
    )


if __name__ == "__main__":
    main()
