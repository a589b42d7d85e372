"""Small helpers over the spaCy parse that several extractors share (no extraction logic here)."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def doc_text(doc: Doc) -> str:
    """The parsed Doc's text, built once: spaCy's Doc.text joins every token on each access."""
    if "eventwatch_text" not in doc.user_data:
        doc.user_data["eventwatch_text"] = doc.text
    text: str = doc.user_data["eventwatch_text"]
    return text


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence (99 when unconnected)."""
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return n + index[t.i]
    return 99
