"""Speed and memory benchmark: eventwatch extract vs spaCy's bare nlp.pipe on the same text."""
