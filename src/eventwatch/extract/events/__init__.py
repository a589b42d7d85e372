"""PLOVER events: category, mode, CAMEO code, actors, status, date and place, from the parse.

How it works, per sentence:
1. Triggers: verbs, nouns and predicate adjectives found in resources/lexicons/plover_triggers.tsv.
   A noun that is the object of a trigger verb of the same category adds nothing ("provide
   assistance"); a definite noun that names an earlier event ("during the meeting") refers back to it.
2. Frames from resources/lexicons/cues.tsv change what a trigger means: intent ("expressed its
   readiness to provide assistance" → AGREE, CAMEO 033x), praise ("noted the importance of X" →
   SUPPORT), rejection of a claim ("the assertions … are unfounded" → REJECT by the speaker).
3. Status: planned (going to, expected to, will, "the planned …"), prevented (a planned event that
   a later sentence says did not take place), denied (negated), alleged (inside someone's claim),
   hypothetical (if, would, threatened), ongoing (open interval "since …").
4. Actors and recipients from subject/object/oblique, passive agents, conjunctions and lists.
5. The date expression and the place closest to the trigger in the dependency tree; without a date,
   the reference time of the narrative (the previous sentence's), else the publication date.

The modules, in the order the data flows: vocabulary (word sets and code tables), lexicon (the
trigger and cue files), candidate (an event being built), clauses (what the parse says of a word's
clause), triggers (which words are events), participants (actors and recipients at a token), roles
(who did it to whom: a candidate's actors and recipients read from its clause), status (what the text
says of an event's reality), frames (intent, modality, orders, demands and promises around a
trigger), conventions (coding practice applied to one event), merging (the events of a sentence taken
together), extractor (the component that runs it all: finding per sentence, linking, dates and
places).

Limits: rules over one parser's output, so parse errors propagate; events are not linked across
documents here (see link/).
"""

from __future__ import annotations

from eventwatch.extract.events.extractor import EventExtractor
from eventwatch.extract.events.lexicon import EventLexicon, Trigger

__all__ = ["EventExtractor", "EventLexicon", "Trigger"]
