"""`eventwatch demo`: ingest the built-in sample (texts we wrote) and print the timeline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from eventwatch.cli.common import Progress
from eventwatch.cli.store_cmds import ingest_documents
from eventwatch.config import Settings
from eventwatch.store import Store


def sample_dir() -> Path:
    """The folder of built-in sample articles shipped with the package."""
    return Path(str(resources.files("eventwatch").joinpath("sample")))


def register(cli: click.Group) -> None:
    @cli.command()
    @click.option(
        "--db",
        "db_path",
        default="eventwatch-demo.duckdb",
        show_default=True,
        help="Store for the demo (a separate file from your own store).",
    )
    def demo(db_path: str) -> None:
        """Ingest a built-in sample of articles and print their timeline.

        The sample is a few short dated reports written for this demo (not real news).

        \b
        Example:
          eventwatch demo && eventwatch timeline --db eventwatch-demo.duckdb
        """
        folder = sample_dir()
        inputs = [str(p) for p in sorted(folder.glob("*.txt"))]
        click.echo(f"Ingesting {len(inputs)} sample articles from {folder} into {db_path} …", err=True)
        with Store(db_path) as store:
            counts = ingest_documents(store, inputs, Settings(db_path=db_path), Progress(silent=True))
            click.echo(
                f"stored {counts.documents} documents, {counts.events} events, {counts.claims} claims "
                f"({counts.skipped} already stored)\n",
                err=True,
            )
        ctx = click.get_current_context()
        group = ctx.parent.command if ctx.parent else None
        timeline = group.get_command(ctx, "timeline") if isinstance(group, click.Group) else None
        if timeline is not None:
            ctx.invoke(timeline, db_path=db_path)
