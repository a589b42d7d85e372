"""Evaluations: gold readers and scorers per task, against the shared data sets."""
