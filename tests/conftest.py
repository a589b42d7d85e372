"""Shared fixtures: the spaCy pipeline (loaded once), paths to test data and to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline; tests that need it skip when it is not installed."""
    from eventwatch.analysis import load_nlp
    from eventwatch.config import Settings
    from eventwatch.errors import ConfigError

    try:
        return load_nlp(Settings().spacy_model)
    except ConfigError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def pipeline(nlp):
    from eventwatch.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "demo").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def code_with_places(nlp):
    """Events of one text (dated 2024-03-14) through the times, places, actors and events extractors."""
    import datetime as dt

    from eventwatch.extract.actors import ActorExtractor
    from eventwatch.extract.events import EventExtractor
    from eventwatch.extract.places import PlaceExtractor
    from eventwatch.extract.times import TimeExtractor
    from eventwatch.model import Document

    steps = (TimeExtractor(), PlaceExtractor(), ActorExtractor(), EventExtractor())

    def run(text: str) -> list:
        doc = Document(id="t", date=dt.date(2024, 3, 14), text=text)
        doc.spacy_doc = nlp(text)
        for step in steps:
            step(doc)
        return doc.events

    return run
