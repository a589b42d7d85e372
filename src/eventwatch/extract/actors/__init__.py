"""Actor mentions: people, organisations, countries and role nouns, with country code and sector.

Every noun phrase that can be an actor becomes a Mention keyed by its head token, so the event and
claim extractors look actors up from the parse. Titles, surnames and pronouns are resolved within
the document to the person they name ("The minister" → Jeyhun Bayramov).

Data: resources/actors/countries.tsv (names, capitals, demonyms), roles.tsv (role nouns → sector),
organizations.tsv (IGOs, media, companies), persons.tsv (well-known national leaders → country).
The modules, as the data flows: vocabulary (word sets), lexicon (the dictionaries), phrases (what
the parse says of a noun phrase), countries (which country a group belongs to), references (names,
titles and back-references resolved), extractor (the component that finds and resolves mentions).

Limits: coreference is recency-based (the last compatible person), not a learned model; pronouns in
reported speech are not resolved to the speaker.
"""

from __future__ import annotations

from eventwatch.extract.actors.extractor import ActorExtractor
from eventwatch.extract.actors.lexicon import ActorLexicon

__all__ = ["ActorExtractor", "ActorLexicon"]
