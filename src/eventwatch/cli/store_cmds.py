"""`eventwatch ingest`: documents into the store, one transaction per batch, never twice."""

from __future__ import annotations

from collections.abc import Iterable

import click

from eventwatch.cli.common import Progress, db_option, intake_options, report_rejection
from eventwatch.config import Settings
from eventwatch.intake import Limits, read
from eventwatch.model import Document, Rejection
from eventwatch.store import Store
from eventwatch.store.store import IngestCounts


def ingest_documents(
    store: Store, inputs: Iterable[str], settings: Settings, progress: Progress
) -> IngestCounts:
    """Read, extract and store; documents already in the store are skipped before parsing.

    Each batch is one transaction, so a run killed midway leaves whole batches only, and the next
    run stores the rest.
    """
    from eventwatch.pipeline import Pipeline

    pipeline: Pipeline | None = None
    limits = Limits(max_chars=settings.max_chars)
    totals = IngestCounts()
    pending: list[Document] = []
    rejections: list[Rejection] = []

    def flush() -> None:
        nonlocal pipeline
        fresh_ids = {d.id for d in pending} - store.known_ids(d.id for d in pending)
        fresh = [d for d in pending if d.id in fresh_ids]
        totals.skipped += len(pending) - len(fresh)
        done: list[Document] = []
        if fresh:
            pipeline = pipeline or Pipeline(settings)
            for item in pipeline.run(fresh):
                progress.step(item)
                if isinstance(item, Rejection):
                    report_rejection(item)
                    rejections.append(item)
                else:
                    done.append(item)
        for _ in range(len(pending) - len(fresh)):
            progress.count += 1
        totals.add(store.ingest(done, rejections))
        pending.clear()
        rejections.clear()

    for item in read(inputs, limits):
        if isinstance(item, Rejection):
            report_rejection(item)
            progress.step(item)
            rejections.append(item)
        else:
            pending.append(item)
        if len(pending) >= settings.batch_size:
            flush()
    flush()
    return totals


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("inputs", nargs=-1, required=True)
    @db_option
    @click.option(
        "--batch-size",
        type=int,
        default=Settings().batch_size,
        show_default=True,
        help="Documents per transaction.",
    )
    @intake_options
    def ingest(inputs: tuple[str, ...], db_path: str, batch_size: int, max_chars: int, silent: bool) -> None:
        """Extract records from documents and add them to the store.

        Re-ingesting the same documents stores nothing twice; a run that is killed leaves whole
        batches only, and the next run completes the rest.

        \b
        Example:
          eventwatch ingest article.txt more-articles/ --db conflict.duckdb
        """
        settings = Settings(batch_size=batch_size, max_chars=max_chars, db_path=db_path)
        progress = Progress(silent=silent)
        with Store(db_path) as store:
            counts = ingest_documents(store, inputs, settings, progress)
        progress.done()
        click.echo(
            f"stored {counts.documents} documents ({counts.events} events, {counts.claims} claims, "
            f"{counts.places} places, {counts.times} times); {counts.skipped} already stored; "
            f"{counts.rejected} rejected; {progress.rate():.1f} documents/s",
            err=True,
        )
