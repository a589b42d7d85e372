"""The `eventwatch` command: a thin skin over the Python API (intake, Pipeline, Store, export, eval).

Each command module parses options, calls the API and prints. Records go to standard output,
progress and rejections to standard error. Errors raised on purpose (EventwatchError) become one
line, `Error: …`, and exit code 1; tracebacks are only for bugs.
"""

from __future__ import annotations

import sys

import click

from eventwatch.cli.common import main_group
from eventwatch.cli.demo import register as register_demo
from eventwatch.cli.evaluate import register as register_eval
from eventwatch.cli.extract import register as register_extract
from eventwatch.cli.query import register as register_query
from eventwatch.cli.store_cmds import register as register_ingest
from eventwatch.errors import EventwatchError

cli = main_group
for register in (register_extract, register_ingest, register_query, register_demo, register_eval):
    register(cli)


def main() -> None:
    """Entry point: run the CLI, turning EventwatchError into `Error: …` and exit code 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except EventwatchError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["cli", "main"]
