"""The shape every extractor has (after spaCy's rulers): name, requires, assigns, find, annotate."""

from __future__ import annotations

from typing import Any, ClassVar

from spacy.tokens import Doc

from eventwatch.model import Document


def doc_text(doc: Doc) -> str:
    """The parsed Doc's text, built once: spaCy's Doc.text joins every token on each access."""
    if "eventwatch_text" not in doc.user_data:
        doc.user_data["eventwatch_text"] = doc.text
    text: str = doc.user_data["eventwatch_text"]
    return text


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
