"""The CLI in-process: records on stdout, progress and rejections on stderr (issue 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli

DATA = Path(__file__).resolve().parents[1] / "data"

ARTICLE = (
    "date 2024-03-14\n"
    "Armenian Foreign Minister Ararat Mirzoyan met with his Georgian counterpart in Tbilisi on Tuesday. "
    "Police detained two activists near the parliament building on March 12, 2024.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    file = tmp_path / "a1.txt"
    file.write_text(ARTICLE, encoding="utf-8")
    return file


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help has no example"
        assert command.help


def test_cli_extract_writes_contract_records(runner: CliRunner, article: Path, pipeline) -> None:
    result = runner.invoke(cli, ["extract", str(article), "--silent"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["kind"] for r in records}
    assert {"event", "time"} <= kinds
    assert all(r["doc_id"] == "a1" for r in records)
    events = [r for r in records if r["kind"] == "event"]
    assert {"CONSULT", "COERCE"} <= {e["event"] for e in events}
    for e in events:
        assert (
            ARTICLE.split("\n", 1)[1][e["text_info"]["start"] : e["text_info"]["end"]].strip()
            == e["sentence"]
        )


def test_cli_extract_what_filters_kinds(runner: CliRunner, article: Path, pipeline) -> None:
    result = runner.invoke(cli, ["extract", str(article), "--what", "times", "--silent"])
    assert result.exit_code == 0
    assert {json.loads(line)["kind"] for line in result.stdout.splitlines()} == {"time"}


def test_cli_extract_bad_inputs_go_to_stderr_and_run_goes_on(runner: CliRunner, pipeline) -> None:
    result = runner.invoke(cli, ["extract", str(DATA / "bad-inputs"), "--what", "events"])
    assert result.exit_code == 0
    assert "rejected" in result.stderr and "[no-date]" in result.stderr and "[undecodable]" in result.stderr
    doc_ids = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert {"good", "ok-1"} <= doc_ids


def test_cli_ingest_twice_stores_nothing_twice(
    runner: CliRunner,
    article: Path,
    tmp_path: Path,
    pipeline,
) -> None:
    db = str(tmp_path / "s.duckdb")
    first = runner.invoke(cli, ["ingest", str(article), str(DATA / "bad-inputs"), "--db", db, "--silent"])
    assert first.exit_code == 0, first.output
    assert "stored 6 documents" in first.stderr
    events_before = runner.invoke(cli, ["events", "--db", db, "--json"]).stdout
    second = runner.invoke(cli, ["ingest", str(article), str(DATA / "bad-inputs"), "--db", db, "--silent"])
    assert second.exit_code == 0
    assert "stored 0 documents" in second.stderr and "6 already stored" in second.stderr
    assert runner.invoke(cli, ["events", "--db", db, "--json"]).stdout == events_before


def test_cli_query_commands_read_the_store(
    runner: CliRunner,
    article: Path,
    tmp_path: Path,
    pipeline,
) -> None:
    db = str(tmp_path / "s.duckdb")
    assert runner.invoke(cli, ["ingest", str(article), "--db", db, "--silent"]).exit_code == 0
    table = runner.invoke(cli, ["events", "--db", db, "--type", "COERCE"])
    assert table.exit_code == 0 and "COERCE" in table.stdout and "CONSULT" not in table.stdout
    timeline = runner.invoke(cli, ["timeline", "--db", db])
    assert timeline.exit_code == 0
    lines = timeline.stdout.splitlines()
    assert lines[0].startswith("2024-03-12")  # date order: the detention before the meeting
    assert "Police detained two activists" in timeline.stdout
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "geojson"])
    assert exported.exit_code == 0
    assert json.loads(exported.stdout)["type"] == "FeatureCollection"


def test_cli_store_errors_are_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no store at")


def test_cli_eval_demo(runner: CliRunner, shared: Path, pipeline) -> None:
    result = runner.invoke(cli, ["eval", "demo", "--shared", str(shared), "-q"])
    assert result.exit_code == 0, result.output
    assert "required events:" in result.stdout
