"""The pipeline: parse documents in batches, then run the extractors in order over each Document.

Extractors declare what they read (`requires`) and write (`assigns`); the pipeline checks at
assembly that each requirement is assigned by an earlier step, as spaCy's analyze_pipes does.
A failure inside one document becomes a Rejection for that document, and the batch goes on.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator, Sequence

from eventwatch.analysis import load_nlp, parse
from eventwatch.config import Settings
from eventwatch.errors import ConfigError
from eventwatch.extract.base import Extractor
from eventwatch.model import Document, Rejection

log = logging.getLogger(__name__)

# Registry: name → "module:Class". Order is the default order of the pipeline.
EXTRACTORS: dict[str, str] = {
    "times": "eventwatch.extract.times:TimeExtractor",
    "places": "eventwatch.extract.places:PlaceExtractor",
    "actors": "eventwatch.extract.actors:ActorExtractor",
    "events": "eventwatch.extract.events:EventExtractor",
    # Dictionary mode only (EVENTWATCH_CAMEO_DICTIONARIES): re-codes events PETRARCH-style; else a no-op.
    "cameo": "eventwatch.extract.cameo_patterns:CameoPatternExtractor",
    "claims": "eventwatch.extract.claims:ClaimExtractor",
}
DEFAULT_ORDER = tuple(EXTRACTORS)


def make_extractor(name: str) -> Extractor:
    """Instantiate a registered extractor by name."""
    try:
        module_name, class_name = EXTRACTORS[name].split(":")
    except KeyError as exc:
        raise ConfigError(f"no extractor named {name!r}; known: {', '.join(EXTRACTORS)}") from exc
    cls = getattr(importlib.import_module(module_name), class_name)
    extractor: Extractor = cls()
    return extractor


def check_order(extractors: Sequence[Extractor]) -> None:
    """Raise ConfigError when an extractor requires what no earlier one assigns."""
    available = {"spacy_doc"}
    for ex in extractors:
        missing = [r for r in ex.requires if r not in available]
        if missing:
            raise ConfigError(f"extractor {ex.name!r} requires {missing}, which no earlier extractor assigns")
        available.update(ex.assigns)


class Pipeline:
    """Parse + extract. `Pipeline().run(documents)` yields each Document with its records filled in.

    settings (Settings): spaCy model, batch size, processes.
    names (Sequence[str]): extractors to run, in order (default: all).
    """

    def __init__(self, settings: Settings | None = None, names: Sequence[str] = DEFAULT_ORDER) -> None:
        self.settings = settings or Settings()
        self.nlp = load_nlp(self.settings.spacy_model)
        self.extractors = [make_extractor(n) for n in names]
        check_order(self.extractors)

    def run(self, documents: Iterable[Document]) -> Iterator[Document | Rejection]:
        """Documents with their records; a document whose extraction fails becomes a Rejection."""
        for doc in parse(self.nlp, documents, batch_size=self.settings.batch_size):
            try:
                for extractor in self.extractors:
                    extractor(doc)
            except Exception as exc:  # one bad document must not stop the batch
                log.exception("extraction failed for %s", doc.id)
                yield Rejection(doc.id, "extract-failed", f"{type(exc).__name__}: {exc} (please report this)")
                continue
            doc.spacy_doc = None  # the parse is large; records keep what they need
            yield doc
