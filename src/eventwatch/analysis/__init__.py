"""Language analysis: load the configured spaCy pipeline once and parse documents in batches."""

from eventwatch.analysis.nlp import english_words, load_nlp, parse

__all__ = ["english_words", "load_nlp", "parse"]
