"""Shared CLI pieces: the group, option bundles, the record printer and the progress helper."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

import click
from tabulate import tabulate

from eventwatch.config import DEFAULT_DB, Settings
from eventwatch.errors import EventwatchError
from eventwatch.model import Document, Rejection

F = TypeVar("F", bound=Callable[..., Any])


class EventwatchGroup(click.Group):
    """A group that turns errors raised on purpose into `Error: …` and exit code 1, not tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwatchError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(
    cls=EventwatchGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="eventwatch")
def main_group() -> None:
    """eventwatch: dated news text in; sourced events, claims, places and dates out.

    \b
    Offline, on a laptop: spaCy for the parse, a packaged gazetteer and lexicons,
    DuckDB for the store. Every record points back to the sentence that supports it.

    \b
    Examples:
      eventwatch extract article.txt --what events
      eventwatch ingest articles/ && eventwatch timeline
      eventwatch events --country AZE --status alleged
      eventwatch export --format geojson -o events.geojson
    """


def db_option(func: F) -> F:
    """--db PATH, shared by every command that uses the store."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        envvar="EVENTWATCH_DB",
        type=click.Path(dir_okay=False),
        help="The DuckDB store file (env EVENTWATCH_DB).",
    )(func)


def intake_options(func: F) -> F:
    """--max-chars and --silent, shared by the commands that read documents."""
    func = click.option("--silent", is_flag=True, help="No progress on standard error.")(func)
    return click.option(
        "--max-chars",
        type=int,
        default=Settings().max_chars,
        show_default=True,
        help="Reject documents with more characters of text.",
    )(func)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Stream records as JSON Lines; RETURNS how many were written."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def print_table(
    rows: list[dict[str, Any]], columns: list[tuple[str, Callable[[dict[str, Any]], Any]]]
) -> None:
    """A readable table on standard output."""
    if not rows:
        click.echo("(no records)", err=True)
        return
    table = [[get(r) for _, get in columns] for r in rows]
    click.echo(tabulate(table, headers=[name for name, _ in columns], tablefmt="simple", maxcolwidths=48))


def report_rejection(rejection: Rejection) -> None:
    click.echo(f"rejected {rejection.where}: [{rejection.code}] {rejection.reason}", err=True)


class Progress:
    """Documents/second on standard error, updated at most every half second; silent when asked."""

    def __init__(self, *, silent: bool, label: str = "documents") -> None:
        self.silent = silent or not sys.stderr.isatty()
        self.label = label
        self.count = 0
        self.words = 0
        self.started = time.perf_counter()
        self._shown = 0.0

    def step(self, doc: Document | Rejection) -> None:
        self.count += 1
        if isinstance(doc, Document):
            self.words += len(doc.text.split())
        now = time.perf_counter()
        if not self.silent and now - self._shown > 0.5:
            self._shown = now
            click.echo(f"\r{self.count} {self.label}, {self.rate():.1f}/s", err=True, nl=False)

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.count / elapsed if elapsed > 0 else 0.0

    def done(self) -> None:
        if not self.silent:
            click.echo("", err=True)


def processed(items: Iterable[Document | Rejection], progress: Progress) -> Iterator[Document | Rejection]:
    for item in items:
        progress.step(item)
        yield item
