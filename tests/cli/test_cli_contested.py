"""`eventwatch claims --contested` on short dated documents we wrote (issue 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli

DOCUMENTS = {
    # Side A asserts a shelling, side B denies it the next day; a third document is about something else.
    "a.txt": "date 2024-05-02\nArmenia's Defence Ministry said on Thursday that Azerbaijani troops shelled "
    "Armenian positions near Sotk. Two soldiers were wounded, the ministry added.\n",
    "b.txt": "date 2024-05-03\nAzerbaijan's Defence Ministry denied that its troops shelled Armenian "
    'positions near Sotk. "Our units did not open fire," a spokesman said.\n',
    "c.txt": "date 2024-05-03\nThe Georgian government said it would open a new border crossing with Turkey "
    "in June.\n",
}


@pytest.fixture
def db(tmp_path: Path, pipeline) -> str:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", path, "--silent"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.issue(6)
def test_cli_claims_contested_groups_assertion_and_denial(db: str) -> None:
    result = CliRunner().invoke(cli, ["claims", "--db", db, "--contested", "--json"])
    assert result.exit_code == 0, result.output
    topics = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(topics) == 1
    [topic] = topics
    assert topic["doc_ids"] == ["a", "b"]
    [asserted] = topic["asserted_by"]
    [denied] = topic["denied_by"]
    assert (asserted["doc_id"], asserted["code"], asserted["date"]) == ("a", "ARM", "2024-05-02")
    assert (denied["doc_id"], denied["code"], denied["date"]) == ("b", "AZE", "2024-05-03")
    assert "shelled Armenian positions near Sotk" in asserted["sentence"]
    assert denied["sentence"].startswith("Azerbaijan's Defence Ministry denied")
    assert all(e["speaker"] for e in topic["asserted_by"] + topic["denied_by"])


@pytest.mark.issue(6)
def test_cli_claims_contested_readable_and_filtered(db: str) -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["claims", "--db", db, "--contested"])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("1. ")
    assert "asserted by:" in text.stdout and "denied by:" in text.stdout
    assert "Defence Ministry (ARM), a, 2024-05-02" in text.stdout
    assert "Defence Ministry (AZE), b, 2024-05-03" in text.stdout
    assert "Georgian" not in text.stdout
    later = runner.invoke(cli, ["claims", "--db", db, "--contested", "--since", "2024-05-03", "--json"])
    assert later.exit_code == 0 and later.stdout == ""  # the assertion is older: nothing contested since
    nobody = runner.invoke(cli, ["claims", "--db", db, "--contested", "--speaker", "Georgian"])
    assert nobody.exit_code == 0 and nobody.stdout == "" and "no contested claims" in nobody.stderr
    plain = runner.invoke(cli, ["claims", "--db", db])
    assert plain.exit_code == 0 and "Georgian government" in plain.stdout  # the plain listing is unchanged
