"""The PLOVER trigger lexicon (plover_triggers.tsv) and the frame cues (cues.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from eventwatch.resources import read_tsv


@dataclass(frozen=True, slots=True)
class Trigger:
    event: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]


_PHRASE_INDEX: dict[int, dict[str, list[tuple[tuple[str, ...], Trigger]]]] = {}


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Triggers by (lemma, part of speech) and multiword phrases, plus the frame cues."""

    single: dict[tuple[str, str], Trigger]
    phrases: dict[tuple[str, ...], Trigger]
    cues: dict[str, dict[str, str]]  # kind → lemma → value
    # verb lemma → (the object lemmas it is an event with, those it is not) (verb_objects.tsv)
    objects: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> EventLexicon:
        single: dict[tuple[str, str], Trigger] = {}
        phrases: dict[tuple[str, ...], Trigger] = {}
        cols = ("lemma", "pos", "event", "mode", "cameo", "context")
        # the other spelling of each -ize/-ise entry ("demobilise"), unless an entry spells it so itself
        other_single: list[tuple[tuple[str, str], Trigger]] = []
        other_phrases: list[tuple[tuple[str, ...], Trigger]] = []
        for row in read_tsv("lexicons/plover_triggers.tsv", cols, required=3):
            trig = Trigger(
                row["event"],
                row["mode"] or None,
                row["cameo"] or None,
                tuple(c for c in row["context"].split(";") if c),
            )
            words = tuple(row["lemma"].lower().replace("_", " ").split())
            other = tuple(_other_spelling(w) for w in words)
            if len(words) > 1:
                phrases[words] = trig
                other_phrases.append((other, trig))
            else:
                single[(words[0], row["pos"])] = trig
                other_single.append(((other[0], row["pos"]), trig))
        for key, trig in other_single:
            single.setdefault(key, trig)
        for words, trig in other_phrases:
            phrases.setdefault(words, trig)
        cues: dict[str, dict[str, str]] = {}
        for row in read_tsv("lexicons/cues.tsv", ("lemma", "kind", "value"), required=2):
            cues.setdefault(row["kind"], {})[row["lemma"].lower()] = row["value"]
        for kind in cues.values():  # "materialise" as "materialize"
            for lemma, value in list(kind.items()):
                kind.setdefault(_other_spelling(lemma), value)
        objects: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for row in read_tsv("lexicons/verb_objects.tsv", ("lemma", "objects")):
            listed = row["objects"].split("|")
            objects[row["lemma"]] = (
                frozenset(w for w in listed if not w.startswith("!")),
                frozenset(w[1:] for w in listed if w.startswith("!")),
            )
        return cls(single, phrases, cues, objects)

    def phrases_starting(self, lemma: str) -> list[tuple[tuple[str, ...], Trigger]]:
        """Multiword triggers whose first word is this lemma (indexed once, on first use)."""
        index = _PHRASE_INDEX.get(id(self))
        if index is None:
            index = {}
            for words, trig in self.phrases.items():
                index.setdefault(words[0], []).append((words, trig))
            _PHRASE_INDEX[id(self)] = index
        return index.get(lemma, [])

    def takes(self, verb: str, obj: str) -> bool:
        """Whether the verb is an event with this object: one it lists, or any it does not exclude
        ("!object"); always, for a verb with no object list."""
        rule = self.objects.get(verb)
        if rule is None:
            return True
        allowed, excluded = rule
        return obj not in excluded and (not allowed or obj in allowed)

    def is_cue(self, kind: str, lemma: str) -> bool:
        return lemma.lower() in self.cues.get(kind, {})


_IZE = re.compile(r"(?<=[a-z]{3})i([sz])(e|ed|es|ing|ation|ations)$")


def _other_spelling(word: str) -> str:
    """The British or American spelling of an -ize/-ise word: 'demobilise' for 'demobilize',
    'normalization' for 'normalisation' (a word that is no such verb, 'promise', is unchanged in meaning
    as its other form is no word of the text)."""
    return _IZE.sub(lambda m: "i" + ("s" if m.group(1) == "z" else "z") + m.group(2), word)
