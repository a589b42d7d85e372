"""PETRARCH-style CAMEO coding of parsed sentences with the dictionaries of extract/dictionaries.py.

Only used when EVENTWATCH_CAMEO_DICTIONARIES names CAMEO dictionaries. For every verb of a sentence
that the verb dictionary knows (one-word forms, inflected regularly or listed as irregular, and
multiword forms such as "break down" or "wire tap"), the coder

1. chooses the code: the largest pattern of the verb's block whose words match around the verb
   (before `*` in order to the left, after it in order to the right; `_` allows no word in between,
   a space any; `&SYNSET` any of its members), else the form's or the block's default code;
   `---` codes nothing and test markers (`+++`, `###`) are skipped; a negated verb ("did not
   attack") is coded only by a pattern that names the negation ("NOT *", "&NEGATVAUXVRB *");
2. finds the source and the target as PETRARCH does from the parse: the source is the verb's subject
   (inherited through `xcomp`/`conj`/pronoun subjects from the governing clause; the `by` agent of a
   passive), the target the first noun phrase after the verb, inside its clause, that names an actor
   or an agent; pattern markers override them (`$` source, `+` target, `%` a compound actor, `^` skips
   a noun phrase);
3. codes each noun phrase: the first dictionary actor in it (date-restricted codes chosen on the
   document's date) with its agent nouns added (`[~GOV]` suffix, `[NGO~]` prefix), every conjunct of a
   coordination ("Gondor and Arnor", "the ambassadors of Arnor, Osgiliath and Gondor") separately,
   an agent without an actor taking the actor of its coordination ("Danish media and government") or
   `---` ("officials said" → `---GOV`), a former office holder being an elite (`ELI`); where the
   parser missed a coordination, a plain list of names ("A, B and the C") still is one;
4. gives one (source, target, code) coding per source × target; a reciprocal code `a:b` also gives
   target → source with `b`; a compound source matched by `%` with no target codes each pair of its
   members ("Gondor and Osgiliath agree").

Sentences with a discard phrase, and documents with a story discard, are not coded. The component
`CameoPatternExtractor` re-codes the pipeline's events with these codings (CAMEO code, PLOVER category,
actor and recipient codes); the PETRARCH eval scores the codings directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.base import Extractor
from eventwatch.extract.dictionaries import CameoDictionaries, Element, VerbForm, VerbPattern
from eventwatch.extract.locate import event_place
from eventwatch.extract.syntax import nearest_time, negated, subjects
from eventwatch.model import Actor, Document, Event, EventLocation, TimeValue
from eventwatch.model.ids import record_id

NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}
# Dependents that belong to a noun phrase's head (walked up to find the phrase).
NP_INNER = {"compound", "amod", "poss", "flat", "nmod", "nummod", "det", "case", "quantmod", "punct"}
# Dependents that are not part of a noun phrase's own coding.
NP_OUTSIDE = {"conj", "cc", "relcl", "acl", "advcl", "appos", "punct"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
RELATIVE = {"who", "which", "that", "whom"}
# Prepositions after which actors qualify the agent nouns before them ("lawmakers in Fornost and Gondor").
QUALIFYING_PREPS = {"of", "in", "from", "at", "for"}
FORMER = {"former", "ex", "ex-"}
MAX_GAP = 3  # words that may come between the pieces of an actor name written with spaces


@dataclass(frozen=True, slots=True)
class Party:
    """A coded noun phrase: its CAMEO codes (several for a coordination) and its tokens (doc indices)."""

    codes: tuple[str, ...]
    start: int
    end: int  # exclusive
    tokens: frozenset[int]

    @property
    def compound(self) -> bool:
        return len(self.codes) > 1


@dataclass(frozen=True, slots=True)
class Coding:
    """One CAMEO coding: source, target (`---` when none) and event code, with the verb's tokens."""

    source: str
    target: str
    code: str
    verb: int  # doc token index of the verb
    verb_start: int  # doc token index of the verb form's first token
    verb_end: int  # exclusive
    source_party: Party
    target_party: Party | None


@dataclass(slots=True)
class _Match:
    code: str
    size: int
    order: int
    source: Party | None = None
    target: Party | None = None
    compound_source: bool = False


class PatternCoder:
    """Codes sentences with CAMEO dictionaries (see the module docstring)."""

    def __init__(self, dictionaries: CameoDictionaries) -> None:
        self.dicts = dictionaries
        self.needed: dict[int, tuple[frozenset[str], ...]] = {}  # id(pattern) → first words per item

    def code_doc(self, sdoc: Doc, day: dt.date | None) -> list[Coding]:
        words = [t.lower_ for t in sdoc]
        if any(_contains(words, phrase) for phrase in self.dicts.story_discards):
            return []
        out: list[Coding] = []
        for sent in _sentences(sdoc):
            out.extend(self.code_sentence(sent, day))
        return out

    def code_sentence(self, sent: Span, day: dt.date | None) -> list[Coding]:
        words = [t.lower_ for t in sent]
        if any(_contains(words, phrase) for phrase in self.dicts.discards):
            return []
        return _Sentence(sent, self.dicts, day, self.needed).codings()


def _sentences(sdoc: Doc) -> list[Span]:
    """The parser's sentences, joined again where it cut after a hyphen ("an anti- | Gondor parade")."""
    out: list[Span] = []
    for sent in sdoc.sents:
        if out and out[-1][-1].text.endswith("-") and len(out[-1][-1].text) > 1:
            out[-1] = sdoc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    if not phrase or phrase[0] not in words:
        return False
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


class _Sentence:
    """One sentence: its actor and agent names, noun phrases, verbs and their codings."""

    def __init__(
        self,
        sent: Span,
        dicts: CameoDictionaries,
        day: dt.date | None,
        needed: dict[int, tuple[frozenset[str], ...]] | None = None,
    ) -> None:
        self.sent = sent
        self.dicts = dicts
        self.needed = needed if needed is not None else {}
        self.word_set = {t.lower_ for t in sent}
        self.tokens = list(sent)
        self.base = sent.start
        # Dictionary names over the token sequence: (first, end, codes) and (first, end, code, prefix).
        self.actors: list[tuple[int, int, list[str]]] = []
        self.agents: list[tuple[int, int, str, bool]] = []
        self.covered: dict[int, tuple[str, int]] = {}  # doc token index → ("actor"/"agent", span index)
        self._parties: dict[int, Party | None] = {}  # token index → its party (patterns ask often)
        self._find_names(day)

    # -- names ----------------------------------------------------------------------------------
    def _find_names(self, day: dt.date | None) -> None:
        texts = [t.text for t in self.tokens]
        capitalised = [t.text[:1].isupper() for t in self.tokens]
        nouns = [t.pos_ in {"NOUN", "PROPN"} for t in self.tokens]
        window = 3 * max(self.dicts.longest_actor, self.dicts.longest_agent)  # names span few tokens
        i = 0
        while i < len(texts):
            hit = self.dicts.actor_at(texts[i : i + window], capitalised[i : i + window], day)
            gapped = self._gapped_at(i, day) if self.dicts.gapped else None
            if gapped is not None and (hit is None or not hit[1] or gapped[0] > hit[0]):
                hit = gapped  # the longer name: "Ithilen state-run television" over "Ithilen"
            if hit is not None and hit[1]:
                n, codes = hit
                for k in range(i, i + n):
                    self.covered[self.base + k] = ("actor", len(self.actors))
                self.actors.append((self.base + i, self.base + i + n, codes))
                i += n
                continue
            agent = (
                self.dicts.agent_at(texts[i : i + window], nouns[i : i + window])
                if self.tokens[i].pos_ != "VERB"
                else None
            )
            if agent is not None:
                n, code, prefix = agent
                for k in range(i, i + n):
                    self.covered[self.base + k] = ("agent", len(self.agents))
                self.agents.append((self.base + i, self.base + i + n, code, prefix))
                i += n
                continue
            i += 1

    def _gapped_at(self, i: int, day: dt.date | None) -> tuple[int, list[str]] | None:
        """An actor name written with spaces, with up to MAX_GAP modifiers of its noun phrase between
        its pieces: "ITHILEN TELEVISION" in "Ithilen state-run television"."""
        toks = self.tokens
        best: tuple[int, list[str]] | None = None
        for pieces, entry in self.dicts.gapped.get(toks[i].lower_, []):
            pos: int | None = i + len(pieces[0])
            if tuple(t.lower_ for t in toks[i : i + len(pieces[0])]) != pieces[0]:
                continue
            for piece in pieces[1:]:
                assert pos is not None
                start, pos = pos, None
                for gap in range(MAX_GAP + 1):
                    words = tuple(t.lower_ for t in toks[start + gap : start + gap + len(piece)])
                    if words == piece and all(_modifier(t) for t in toks[start : start + gap]):
                        pos = start + gap + len(piece)
                        break
                if pos is None:
                    break
            codes = entry.on(day) if pos is not None else []
            if pos is not None and codes and (best is None or pos - i > best[0]):
                best = (pos - i, codes)
        return best

    # -- noun phrases -----------------------------------------------------------------------------
    def party(self, tok: Token) -> Party | None:
        """The coded noun phrase a token belongs to (with every conjunct of its coordination)."""
        if tok.i not in self._parties:
            self._parties[tok.i] = self._party(tok)
        return self._parties[tok.i]

    def _party(self, tok: Token) -> Party | None:
        head = tok
        for _ in range(8):
            if head.dep_ in NP_INNER and head.head is not head and head.head.pos_ in NOUNISH | {"ADJ"}:
                head = head.head
            else:
                break
        while head.dep_ == "conj" and head.head.pos_ in NOUNISH and head.head is not head:
            head = head.head
        conjuncts = sorted([head, *(c for c in head.conjuncts if c.pos_ in NOUNISH)], key=lambda t: t.i)
        if len(conjuncts) > 1:
            # In a list the parser often hangs a middle item as an apposition: "Mordor, the Shire, and Bree".
            listed = {c.i for c in conjuncts}
            extra = [a for c in conjuncts for a in c.children if a.dep_ == "appos" and a.i not in listed]
            conjuncts = sorted([*conjuncts, *extra], key=lambda t: t.i)
        segments = [self._segment(c) for c in conjuncts]
        tokens = frozenset(i for seg in segments for i in seg)
        if not tokens:
            return None
        codes = self._cross(tokens) or self._by_segment(segments)
        if not codes:
            return None
        return Party(tuple(dict.fromkeys(codes)), min(tokens), max(tokens) + 1, tokens)

    def _segment(self, conjunct: Token) -> set[int]:
        keep: set[int] = set()

        def walk(t: Token) -> None:
            keep.add(t.i)
            for child in t.children:
                if child.dep_ in {"conj", "cc"} and t is not conjunct:
                    walk(child)  # a coordination inside a phrase: "lawmakers in Fornost and Gondor"
                elif child.dep_ not in NP_OUTSIDE or (child.dep_ == "punct" and child.tag_ == "HYPH"):
                    walk(child)

        walk(conjunct)
        lo, hi = self.sent.start, self.sent.end
        return {i for i in keep if lo <= i < hi}

    def _names_in(self, tokens: set[int] | frozenset[int]) -> tuple[list[int], list[int]]:
        actors = [k for k, (a, _, _) in enumerate(self.actors) if a in tokens]
        agents = [k for k, (a, _, _, _) in enumerate(self.agents) if a in tokens]
        return actors, agents

    def _agent_names(self, agents: list[int], tokens: set[int] | frozenset[int]) -> list[tuple[str, bool]]:
        """Agent codes of a phrase; a former office holder is an elite, CAMEO's ELI ("former minister")."""
        doc = self.sent.doc
        out: list[tuple[str, bool]] = []
        for k in agents:
            start, _, code, prefix = self.agents[k]
            if any(doc[i].lower_ in FORMER and i < start for i in tokens):
                code, prefix = "ELI", False
            out.append((code, prefix))
        return out

    def _cross(self, tokens: frozenset[int]) -> list[str]:
        """'Lawmakers and officials in Fornost and Gondor': every agent with every actor."""
        actors, agents = self._names_in(tokens)
        if not actors or not agents:
            return []
        last_agent = max(self.agents[k][1] for k in agents)
        first_actor = min(self.actors[k][0] for k in actors)
        doc = self.sent.doc
        if not any(doc[i].lower_ in QUALIFYING_PREPS and i in tokens for i in range(last_agent, first_actor)):
            return []
        names = self._agent_names(agents, tokens)
        # Agents joined by "and" or a comma are coordinated, else they stack ("Islamist militants").
        stacks: list[list[tuple[str, bool]]] = [[names[0]]]
        for n in range(1, len(agents)):
            name = names[n]
            between = doc[self.agents[agents[n - 1]][1] : self.agents[agents[n]][0]]
            if any(t.lower_ in {",", "and", "or", "nor"} for t in between):
                stacks.append([name])
            else:
                stacks[-1].append(name)
        out: list[str] = []
        for k in actors:
            for code in self.actors[k][2]:
                out.extend(compose(code, stack) for stack in stacks)
        return out

    def _by_segment(self, segments: list[set[int]]) -> list[str]:
        coded: list[tuple[list[str], list[tuple[str, bool]]]] = []
        for seg in segments:
            actors, agents = self._names_in(seg)
            names = self._agent_names(agents, seg)
            coded.append((self._first_actor_codes(actors), names))
        out: list[str] = []
        for n, (actor_codes, names) in enumerate(coded):
            if actor_codes:
                out.extend(compose(code, names) for code in actor_codes)
            elif names:
                # An agent alone takes the actor of its coordination ("Danish media and government").
                donors = [k for k in (*range(n - 1, -1, -1), *range(n + 1, len(coded))) if coded[k][0]]
                if donors:
                    donor_codes, donor_names = coded[donors[0]]
                    out.extend(compose(compose(c, donor_names[:-1]), names) for c in donor_codes)
                else:
                    out.append(compose("---", names))
        return out

    def _first_actor_codes(self, actors: list[int]) -> list[str]:
        """The first actor of a segment with the actors coordinated with it: by the parse ('between
        A and B') or, when the parser missed it, by a plain list ('Arnor, Calenardhon and Gondor')."""
        if not actors:
            return []
        doc = self.sent.doc
        first = self.actors[actors[0]]
        codes = list(first[2])
        name_head = _name_head(doc[first[1] - 1])
        group = {name_head.i, *(c.i for c in name_head.conjuncts)}
        previous_end = first[1]
        listed = True
        for k in actors[1:]:
            a, b, more = self.actors[k]
            between = doc[previous_end:a]
            listed = listed and _list_gap(between, self.covered)
            if _name_head(doc[b - 1]).i in group or listed:
                codes.extend(more)
            previous_end = b
        return codes

    def party_at(self, i: int) -> Party | None:
        """The party whose name covers doc token i (None when no actor or agent name is there)."""
        if i not in self.covered:
            return None
        return self.party(self.sent.doc[i])

    # -- verbs ------------------------------------------------------------------------------------
    def codings(self) -> list[Coding]:
        out: list[Coding] = []
        used: set[int] = set()
        for tok in self.tokens:
            if tok.i in used or not _is_verb(tok):
                continue
            found = self._forms(tok)
            if not found:
                continue
            start, end, forms = found
            used.update(range(start, end))
            match = self._choose(forms, start, end)
            if match is None or (match.size == 0 and negated(tok)):
                continue  # "did not attack": only a pattern ("NOT *") codes a negated verb
            out.extend(self._code(tok, start, end, match))
        return out

    def _forms(self, tok: Token) -> tuple[int, int, list[VerbForm]] | None:
        """The longest dictionary forms at a verb: (first token, end, forms)."""
        doc = self.sent.doc
        for key in dict.fromkeys((tok.lower_, tok.lemma_.lower())):
            best: tuple[int, int, list[VerbForm]] | None = None
            for vf in self.dicts.verbs.get(key, []):
                start, end = tok.i - len(vf.before), tok.i + 1 + len(vf.after)
                if start < self.sent.start or end > self.sent.end:
                    continue
                if [t.lower_ for t in doc[start : tok.i]] != list(vf.before):
                    continue
                if [t.lower_ for t in doc[tok.i + 1 : end]] != list(vf.after):
                    continue
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end, [vf])
                elif end - start == best[1] - best[0]:
                    best[2].append(vf)
            if best is not None:
                return best
        return None

    def _choose(self, forms: list[VerbForm], start: int, end: int) -> _Match | None:
        """The largest matching pattern with a usable code, else the default code."""
        matches: list[_Match] = []
        seen: set[int] = set()
        for vf in forms:
            if id(vf.block) in seen:
                continue
            seen.add(id(vf.block))
            for pat in vf.block.patterns:
                m = self._match(pat, start, end)
                if m is not None:
                    matches.append(m)
        matches.sort(key=lambda m: (-m.size, m.order))
        for m in matches:
            if m.code == "---":
                return None  # the pattern says: no event
            if cameo_dicts.valid_event_code(m.code):
                return m
        default = forms[0].code or forms[0].block.code
        if default and cameo_dicts.valid_event_code(default):
            return _Match(default, 0, 0)
        return None

    def _match(self, pat: VerbPattern, start: int, end: int) -> _Match | None:
        needed = self.needed.get(id(pat))
        if needed is None:
            needed = tuple(
                frozenset(a[0] for a in e.alternatives if a)
                for e in pat.before + pat.after
                if e.kind == "words"
            )
            self.needed[id(pat)] = needed
        if any(not (first & self.word_set) for first in needed):
            return None  # a word the pattern needs is not in the sentence: no need to try it
        binds: dict[str, Party] = {}
        size = [0]
        lo, hi = self.sent.start, self.sent.end
        if not self._side(list(pat.after), 0, end, hi, +1, binds, size):
            return None
        after_binds = dict(binds)
        binds.clear()
        if not self._side(list(reversed(pat.before)), 0, start - 1, lo, -1, binds, size):
            return None
        binds = {**after_binds, **binds}
        m = _Match(pat.code, size[0], pat.order)
        m.source = binds.get("source") or binds.get("compound-before")
        m.target = binds.get("target") or binds.get("compound-after")
        m.compound_source = "compound-before" in binds
        return m

    def _side(
        self,
        elements: list[Element],
        k: int,
        pos: int,
        limit: int,
        step: int,
        binds: dict[str, Party],
        size: list[int],
    ) -> bool:
        """Match elements[k:] from token pos going `step` (+1 right, -1 left) up to limit."""
        if k == len(elements):
            return True
        el = elements[k]
        inside = (lambda i: i < limit) if step > 0 else (lambda i: i >= limit)
        positions = [pos] if el.joined else _walk(pos, limit, step)
        for p in positions:
            if not inside(p):
                break
            if el.kind == "words":
                for alt in el.alternatives:
                    nxt = self._words_at(alt, p, step)
                    if nxt is not None and self._side(elements, k + 1, nxt, limit, step, binds, size):
                        size[0] += len(alt)
                        return True
            elif el.kind == "skip":
                nxt = self._skip_np(p, step)
                if nxt is not None and self._side(elements, k + 1, nxt, limit, step, binds, size):
                    return True
            else:
                party = self.party_at(p)
                if party is None or (el.kind == "compound" and not party.compound):
                    continue
                nxt = party.end if step > 0 else party.start - 1
                if (step > 0 and nxt <= p) or (step < 0 and nxt >= p):
                    nxt = p + step
                if self._side(elements, k + 1, nxt, limit, step, binds, size):
                    side = "after" if step > 0 else "before"
                    role = el.kind if el.kind != "compound" else f"compound-{side}"
                    binds.setdefault(role, party)
                    size[0] += 1
                    return True
        return False

    def _words_at(self, alt: tuple[str, ...], p: int, step: int) -> int | None:
        """The position after the word sequence `alt` read at p (its last word at p when going left)."""
        doc = self.sent.doc
        n = len(alt)
        first = p if step > 0 else p - n + 1
        if first < self.sent.start or first + n > self.sent.end:
            return None
        if tuple(t.lower_ for t in doc[first : first + n]) != alt:
            return None
        return first + n if step > 0 else first - 1

    def _skip_np(self, p: int, step: int) -> int | None:
        """Past the next noun phrase from p (`^`): its nouns and the noun words run together."""
        doc = self.sent.doc
        i = p
        while self.sent.start <= i < self.sent.end and doc[i].pos_ not in NOUNISH:
            i += step
        if not self.sent.start <= i < self.sent.end:
            return None
        while self.sent.start <= i + step < self.sent.end and doc[i + step].pos_ in {"NOUN", "PROPN"}:
            i += step
        return i + step

    # -- source, target, codings --------------------------------------------------------------------
    def _code(self, verb: Token, start: int, end: int, match: _Match) -> list[Coding]:
        source, target = match.source, match.target
        if source is None:
            source, done_to = self._subject(verb)
            if match.target is not None and source is not None and source.tokens & match.target.tokens:
                # The pattern made the subject the target ("noted X regretted"): the source is the
                # governing clause's subject.
                source = self._inherited(verb)
            elif target is None:
                target = done_to
        if target is None and not match.compound_source:
            target = self._object(verb, end, source)
        if source is None:
            return []
        forward, _, backward = match.code.partition(":")
        out: list[Coding] = []
        if match.compound_source and target is None:
            for s in source.codes:
                for t in source.codes:
                    if s != t:
                        out.append(Coding(s, t, forward or backward, verb.i, start, end, source, source))
            return out
        for s in source.codes:
            for t in target.codes if target is not None else ("---",):
                if s == t:
                    continue
                if forward:  # empty in ":173": only the target acts
                    out.append(Coding(s, t, forward, verb.i, start, end, source, target))
                if backward and target is not None:
                    out.append(Coding(t, s, backward, verb.i, start, end, target, source))
        return out

    def _subject(self, verb: Token) -> tuple[Party | None, Party | None]:
        """The verb's source, and its target when a passive names the doer ('was opposed by X')."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if agent is not None:
            doer = next((c for c in agent.children if c.dep_ == "pobj"), None)
            by = self.party(doer) if doer is not None else None
            if by is not None:
                done_to = self._subject_party(subject, verb) if subject is not None else None
                return by, done_to
        return self._source_from(verb), None

    def _source_from(self, verb: Token) -> Party | None:
        x = verb
        for _ in range(8):
            found = subjects(x, SUBJECTS)
            named = [c for c in found if not _pronoun(c)]
            if named:
                parties = [p for p in (self._subject_party(c, x) for c in named) if p is not None]
                return _merge(parties)
            if found and found[0].lower_ in RELATIVE and x.dep_ == "relcl":
                return self.party(x.head)
            if not found and x.dep_ in {"relcl", "acl"} and x.head.pos_ in NOUNISH:
                return self.party(x.head)
            if not found:
                # The parser made the subject a modifier of the verb ("Ethiopia act on ...").
                left = [c for c in x.lefts if c.pos_ in {"PROPN", "NOUN"} and c.i in self.covered]
                if left:
                    return self.party(left[0])
            if x.head is x or not (self.sent.start <= x.head.i < self.sent.end):
                return None
            x = x.head
        return None

    def _subject_party(self, subject: Token, verb: Token) -> Party | None:
        party = self.party(subject)
        if party is not None:
            return party
        # A subject that names no actor ("the Hermit Kingdom" is found by its first word).
        for t in sorted(subject.subtree, key=lambda t: t.i):
            if t.i in self.covered and t.i < verb.i:
                return self.party_at(t.i)
        return None

    def _inherited(self, verb: Token) -> Party | None:
        if verb.head is verb:
            return None
        return self._source_from(verb.head)

    def _object(self, verb: Token, end: int, source: Party | None) -> Party | None:
        """The first coded noun phrase after the verb inside its own clause."""
        skip: set[int] = set()
        for child in verb.children:
            if child.dep_ in {"conj", "cc"} | SUBJECTS:
                skip.update(t.i for t in child.subtree)
        right = max(verb.right_edge.i, end - 1)
        for i in range(end, right + 1):
            if i in skip or i not in self.covered:
                continue
            party = self.party_at(i)
            if party is None or (source is not None and party.tokens & source.tokens):
                continue
            return party
        # A parse that cut the verb's phrase short: the words after it up to the next verb.
        doc = self.sent.doc
        for i in range(right + 1, self.sent.end):
            if doc[i].pos_ in {"VERB", "AUX"} or (doc[i].is_punct and doc[i].tag_ != "HYPH"):
                break
            if i in self.covered:
                party = self.party_at(i)
                if party is not None and not (source is not None and party.tokens & source.tokens):
                    return party
        return None


def _modifier(tok: Token) -> bool:
    """A word that can stand inside a name's noun phrase ("state-run", "national")."""
    return (
        tok.tag_ == "HYPH" or tok.pos_ in {"ADJ", "NOUN", "PROPN", "NUM"} or tok.dep_ in {"amod", "compound"}
    )


def _merge(parties: list[Party]) -> Party | None:
    """Several subjects of one verb as one party ("Lions, tigers, and Gondor", parsed as two subjects)."""
    if not parties:
        return None
    if len(parties) == 1:
        return parties[0]
    tokens = frozenset(i for p in parties for i in p.tokens)
    codes = tuple(dict.fromkeys(c for p in parties for c in p.codes))
    return Party(codes, min(tokens), max(tokens) + 1, tokens)


def _walk(pos: int, limit: int, step: int) -> range:
    return range(pos, limit, step) if step > 0 else range(pos, limit - 1, -1)


def _is_verb(tok: Token) -> bool:
    if tok.dep_ == "amod":
        return False  # "a publicly held company", "the planned talks": an attribute, not an event
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")


def _pronoun(tok: Token) -> bool:
    return tok.tag_ in {"PRP", "WP", "WDT"} or tok.lower_ in RELATIVE


def _name_head(tok: Token) -> Token:
    """The last word of a name inside its compound ("Minas Tirith" → Tirith)."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head is not head and head.head.pos_ == "PROPN":
        head = head.head
    return head


def _list_gap(between: Span, covered: dict[int, tuple[str, int]]) -> bool:
    """Words between two names that make them items of one list: commas, and/or, articles, adjectives
    (also adjectives the tagger took for nouns: "the evil awful Gondor"), but no agent noun."""
    joined = any(t.lower_ in {",", "and", "or", "nor"} for t in between)
    filler = all(
        t.pos_ in {"PUNCT", "CCONJ", "DET", "ADJ"}
        or t.lower_ in {"and", "or", "nor"}
        or (t.pos_ == "NOUN" and t.i not in covered)
        for t in between
    )
    return joined and filler


def _np_head(tok: Token) -> Token:
    head = tok
    for _ in range(8):
        if head.dep_ in NP_INNER and head.head is not head and head.head.pos_ in NOUNISH:
            head = head.head
        else:
            break
    return head


def compose(actor: str, agents: list[tuple[str, bool]]) -> str:
    """An actor code with agent codes: prefixes before it, suffixes after it, none repeated."""
    prefix = "".join(code for code, is_prefix in agents if is_prefix)
    out = actor
    for code, is_prefix in agents:
        if is_prefix or not code:
            continue
        chunks = {out[i : i + 3] for i in range(3, len(out), 3)}
        if all(code[i : i + 3] in chunks for i in range(0, len(code), 3)):
            continue  # "White House security officials": USAGOV already says GOV
        out += code
    return prefix + out


# -- the pipeline component -------------------------------------------------------------------------
FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should"}


def _modal_status(verb: Token) -> str:
    """Status of an event only the coder found: planned ("will meet"), hypothetical ("could attack",
    "if they attack"), else occurred. Events the main extractor found keep its fuller status."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & FUTURE_AUX or (verb.dep_ == "xcomp" and verb.head.lower_ == "going"):
        return "planned"
    if aux & HYPOTHETICAL_AUX or any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    ):
        return "hypothetical"
    return "occurred"


class CameoPatternExtractor(Extractor):
    """In dictionary mode, re-codes events from the CAMEO codings of their verbs; else does nothing.

    An event whose trigger is a coded verb takes the coding's CAMEO code, its PLOVER category and the
    coded actors and recipients; a coded verb with no event yet becomes one (when its code has a
    PLOVER category). A reciprocal code ("032:033") gives a second event in the other direction.
    """

    name: ClassVar[str] = "cameo"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "times", "places", "events")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, *, dictionaries: CameoDictionaries | None = None) -> None:
        self.dictionaries = dictionaries if dictionaries is not None else cameo_dicts.configured()
        self.coder = PatternCoder(self.dictionaries) if self.dictionaries is not None else None

    def codings(self, doc: Document) -> list[Coding]:
        if self.coder is None:
            return []
        return self.coder.code_doc(doc.doc, doc.date)

    def find(self, doc: Document) -> list[Event]:
        if self.coder is None:
            return list(doc.events)
        codings = self.codings(doc)
        sdoc = doc.doc
        groups: dict[tuple[int, str, int], list[Coding]] = {}
        for c in codings:
            if cameo_dicts.plover_of(c.code) is None:
                continue
            key = (c.verb, c.code, c.source_party.start)
            groups.setdefault(key, []).append(c)
        by_trigger: dict[int, list[Event]] = {}
        for ev in doc.events:
            by_trigger.setdefault(ev.trigger_start, []).append(ev)
        recoded: set[int] = set()
        out: list[Event] = []
        for (verb_i, code, _), group in groups.items():
            verb_tok = sdoc[verb_i]
            existing = by_trigger.get(verb_tok.idx, [])
            sources = _actors(sdoc, [c.source for c in group], group[0].source_party)
            targets = _actors(sdoc, [c.target for c in group if c.target != "---"], group[0].target_party)
            category = cameo_dicts.plover_of(code) or ""
            if existing and verb_i not in recoded:
                recoded.add(verb_i)
                for ev in existing:
                    out.append(replace(ev, event=category, cameo=code, actor=sources, recipient=targets))
                continue
            out.extend(self._new_events(doc, verb_tok, group[-1].verb_end, category, code, sources, targets))
        kept = [ev for ev in doc.events if not any(ev.trigger_start == sdoc[v].idx for v in recoded)]
        return sorted([*kept, *out], key=lambda e: (e.start, e.trigger_start))

    def annotate(self, doc: Document, found: list[Event]) -> None:
        doc.events = found

    @staticmethod
    def _new_events(
        doc: Document,
        verb: Token,
        verb_end: int,
        category: str,
        code: str,
        sources: tuple[Actor, ...],
        targets: tuple[Actor, ...],
    ) -> list[Event]:
        """Events for a verb only the coder found: one per value of its date ("on May 3 and 7")."""
        sent = verb.sent
        text = doc.text
        last = verb.doc[verb_end - 1]
        trigger_end = last.idx + len(last.text)
        skip = {a.entity_text for a in (*sources, *targets)}
        place = event_place(verb, sent, doc.places, skip_texts=skip)
        time = nearest_time(verb, doc.times, sent.start_char, sent.end_char, max_distance=6)
        fallback = TimeValue(doc.date.isoformat(), None, "approximate")
        values = time.values if time is not None and time.values else (fallback,)
        status = _modal_status(verb)
        events = []
        for value in values:
            ongoing = value.ongoing
            events.append(
                Event(
                    id=record_id("ev", doc.id, verb.idx, category, code, value.date),
                    doc_id=doc.id,
                    event=category,
                    mode=None,
                    context=(),
                    cameo=code,
                    status="ongoing" if ongoing and status == "occurred" else status,
                    date=value.date,
                    enddate=None if ongoing else value.enddate,
                    date_precision=value.precision,
                    date_text=time.text if time is not None else None,
                    actor=sources,
                    recipient=targets,
                    event_loc=EventLocation.from_place(place) if place is not None else None,
                    event_text=text[verb.idx : trigger_end],
                    sentence=text[sent.start_char : sent.end_char].strip(),
                    start=sent.start_char,
                    end=sent.end_char,
                    trigger_start=verb.idx,
                    trigger_end=trigger_end,
                    confidence=0.6,
                )
            )
        return events


def _actors(sdoc: Doc, codes: list[str], party: Party | None) -> tuple[Actor, ...]:
    """Actor records for coded parties: the phrase's text, code root as code, next letters as sector."""
    if party is None:
        return ()
    # A paragraph's leading newline is a token of its own; it is no part of the name.
    text = sdoc[party.start : party.end].text.strip()
    out: list[Actor] = []
    for code in dict.fromkeys(codes):
        root = code[:3] if code[:3] != "---" else None
        out.append(Actor(text, text, root, code[3:6] or None, cameo=code))
    return tuple(out)
