"""Intake: read dated plain text, JSON Lines, folders and stdin into Documents or Rejections.

Each reader yields, one by one, either a Document or a Rejection(where, code, reason); a bad
document never stops the run.
"""

from eventwatch.intake.reader import DEFAULT_LIMITS, Limits, read, read_path

__all__ = ["DEFAULT_LIMITS", "Limits", "read", "read_path"]
