"""Language analysis: load the configured spaCy pipeline once and parse documents in batches."""

from eventwatch.analysis.nlp import load_nlp, parse

__all__ = ["load_nlp", "parse"]
