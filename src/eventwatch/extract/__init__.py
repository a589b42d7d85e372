"""Extractors: one module per job, each a small class over the shared Document."""
