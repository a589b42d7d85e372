"""Linking records across documents: records in, records out (no spaCy, no store)."""

from eventwatch.link.contested import Position, Similarity, contested, positions, tfidf_similarity

__all__ = ["Position", "Similarity", "contested", "positions", "tfidf_similarity"]
