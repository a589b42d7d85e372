"""`eventwatch extract`: text in, contract JSON Lines out; no store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TextIO

import click

from eventwatch.cli.common import Progress, intake_options, processed, report_rejection, write_jsonl
from eventwatch.config import Settings
from eventwatch.intake import Limits, read
from eventwatch.model import Document, Rejection

WHAT = ("events", "claims", "places", "times", "all")


def run_pipeline(
    inputs: tuple[str, ...], settings: Settings, progress: Progress
) -> Iterator[Document | Rejection]:
    """Read inputs and run the pipeline; Rejections from reading or extraction pass through in order."""
    from eventwatch.pipeline import Pipeline

    pipeline = Pipeline(settings)
    limits = Limits(max_chars=settings.max_chars)
    pending: list[Document] = []

    def flush() -> Iterator[Document | Rejection]:
        yield from pipeline.run(pending)
        pending.clear()

    for item in read(inputs, limits):
        if isinstance(item, Rejection):
            yield from processed(flush(), progress)
            progress.step(item)
            yield item
            continue
        pending.append(item)
        if len(pending) >= settings.batch_size:
            yield from processed(flush(), progress)
    yield from processed(flush(), progress)


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("inputs", nargs=-1, required=True)
    @click.option("--what", type=click.Choice(WHAT), default="all", show_default=True, help="Which records.")
    @click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file.")
    @intake_options
    @click.option("--model", default=None, help="spaCy pipeline to use (env EVENTWATCH_SPACY_MODEL).")
    def extract(
        inputs: tuple[str, ...],
        what: str,
        output: TextIO,
        max_chars: int,
        model: str | None,
        silent: bool,
    ) -> None:
        """Extract records from documents and write them as JSON Lines (no store).

        INPUTS are dated plain-text files ('date YYYY-MM-DD' then the body), JSON Lines files
        ({"id", "date", "text"} per line), folders of such files, or - for standard input.

        \b
        Example:
          eventwatch extract article.txt --what events
          cat docs.jsonl | eventwatch extract - -o records.jsonl
        """
        settings = Settings(max_chars=max_chars)
        if model:
            settings = dataclasses.replace(settings, spacy_model=model)
        progress = Progress(silent=silent)
        written = rejected = 0
        for item in run_pipeline(inputs, settings, progress):
            if isinstance(item, Rejection):
                rejected += 1
                report_rejection(item)
                continue
            written += write_jsonl((r.to_dict() for r in item.records(what)), output)
        progress.done()
        if not silent:
            click.echo(
                f"{progress.count - rejected} documents, {written} records, {rejected} rejected",
                err=True,
            )
