"""The shape every extractor has (after spaCy's rulers): name, requires, assigns, find, annotate."""

from __future__ import annotations

from typing import Any, ClassVar

from eventwatch.model import Document


class Extractor:
    """Base class: `__call__(doc)` runs `find(doc)` then `annotate(doc, found)` and returns the doc.

    name (str): registry name.
    requires (list[str]): Document attributes it reads ('spacy_doc', 'times', 'places', 'mentions', ...).
    assigns (list[str]): Document attributes it writes.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:
        self.annotate(doc, self.find(doc))
        return doc

    def find(self, doc: Document) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def annotate(self, doc: Document, found: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
