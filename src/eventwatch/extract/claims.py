"""Claims: who says what, with the cue, the content, the stance and what the claim nests in.

How it works, per sentence (one pass over its tokens, mentions looked up by head token):
1. Cues: reporting verbs (resources/lexicons/cues.tsv kind `speech` and claim_cues.tsv kind `verb`), claim
   nouns with a content clause ("the assertions of X that …", kind `claim-noun`/`noun`) and phrases
   ("according to X").
2. Content: a verb's clausal complement, its object ("noted the importance of …"), or the quotation it
   introduces, before, after or split around the cue. Quoted words only → `direct`; a quoted clause
   of four or more words inside reported speech → `mixed` (scare quotes of a word or three stay
   `indirect`); a claim noun's clause → `reported`.
3. Speaker: the subject of the cue (titles and pronouns already resolved by the actors extractor), the
   owner of a claim noun ("of X", "X's"), the object of "according to"; passives without an agent
   ("it was noted that …") have no speaker. Where no actor mention covers the subject, its words are
   the speaker's name: the text says who spoke even when we cannot code them.
4. Nesting and stance: a claim inside another claim's content is `nested_in` it; a speaker who calls a
   reported claim unfounded/false/baseless (claim_cues.tsv kind `deny-predicate`) or denies it takes
   stance `deny`. Events inside a reported claim become `alleged`, claimed by its speaker and
   disputed by the one who rejects it (never `occurred` where the events extractor said otherwise).
5. Quantities in the content, with their bound, unit and the period the text gives for them.

Limits: rules over one parser's output, sentence by sentence. A quotation with no cue in its own
sentence (the speaker named in the sentence before) is not attributed; a sentence whose quote marks do
not pair keeps its quotation open to the sentence end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span, Token

from eventwatch.extract.base import Extractor
from eventwatch.extract.sides import speaks_for
from eventwatch.extract.syntax import doc_text, nearest_time
from eventwatch.model import Actor, Claim, Document, Event, Mention, Quantity, TimeValue
from eventwatch.model.ids import record_id
from eventwatch.resources import read_tsv

QUOTE_MARKS = {'"', "“", "”", "``", "''", "«", "»", "„", "`"}
CLAUSE_DEPS = {"ccomp", "parataxis"}
OBJECT_DEPS = {"dobj", "xcomp", "attr", "oprd"}
EXPRESS_PREPS = {"with", "over", "about", "at", "for", "regarding", "on"}
EXPLETIVES = {"it", "there"}
MIXED_MIN_WORDS = 4  # a quoted stretch this long inside reported speech makes it mixed
SPEAKER_MAX_TOKENS = 12
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2}
NUMBER_WORDS = {
    w: float(n)
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "sixty": 60.0,
    "seventy": 70.0,
    "eighty": 80.0,
    "ninety": 90.0,
    "dozen": 12.0,
    "a dozen": 12.0,
}
CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """Cue words by kind: lemma (or phrase) → value."""

    cues: dict[str, dict[str, str]]
    bounds: dict[tuple[str, ...], str]
    max_bound_words: int

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> ClaimLexicon:
        cues: dict[str, dict[str, str]] = {}
        for name in ("lexicons/cues.tsv", "lexicons/claim_cues.tsv"):
            for row in read_tsv(name, ("lemma", "kind", "value"), required=2):
                cues.setdefault(row["kind"], {})[row["lemma"].lower()] = row["value"]
        speech = cues.setdefault("speech", {})
        speech.update(cues.get("verb", {}))
        nouns = cues.setdefault("claim-noun", {})
        nouns.update(cues.get("noun", {}))
        cues["verb-prep-head"] = {k.split()[0]: v for k, v in cues.get("verb-prep", {}).items()}
        nouns.pop("statement", None)  # "in a statement, X said": the frame of a claim, not one of its own
        bounds = {tuple(k.split()): v for k, v in cues.get("bound", {}).items()}
        return cls(cues, bounds, max(len(k) for k in bounds))

    def has(self, kind: str, word: str) -> bool:
        return word.lower() in self.cues.get(kind, {})

    def value(self, kind: str, word: str) -> str | None:
        return self.cues.get(kind, {}).get(word.lower())


@dataclass(slots=True)
class Found:
    """A claim while it is being built, with what the record does not (yet) carry.

    cue_start, cue_end (int): character offsets of the cue words.
    sources (list[Actor | None]): who the speaker's words come through, outermost first ("Azernews
        reports citing the Foreign Ministry" → Azernews, Foreign Ministry).
    """

    cue: str
    cue_start: int
    cue_end: int
    cue_token: int
    speaker: Actor | None
    mode: str
    stance: str
    first: int  # content token range [first, last]
    last: int
    content: str
    content_start: int
    content_end: int
    sentence: Span
    noun_token: int = -1  # for reported claims: the claim noun
    vehicle_start: int = -1  # the statement, speech or report the words were said in ("said in a statement")
    vehicle_end: int = -1
    denied: bool = False  # a deny predicate rejects this (reported) claim
    denies: bool = False  # the cue itself denies the content ("X denied that …")
    parent: Found | None = None
    frame: Found | None = None  # the publisher's frame ("Azernews reports citing …"), outermost source
    cited: list[Actor] = field(default_factory=list)
    date: str | None = None
    quantities: tuple[Quantity, ...] = ()
    claim: Claim | None = None

    @property
    def sources(self) -> list[Actor | None]:
        outer = self.parent or self.frame
        chain = outer.sources if outer is not None else []
        return [*chain, self.speaker, *self.cited]


class ClaimExtractor(Extractor):
    """Finds claims: speaker, cue, content, mode, stance, nesting and quantities."""

    name = "claims"
    requires = ("spacy_doc", "mentions", "events", "times")
    assigns = ("claims", "events")

    def __init__(self, *, lexicon: ClaimLexicon | None = None) -> None:
        self.lexicon = lexicon or ClaimLexicon.load()

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Found]:
        """All claims of the document, ids and nesting set, in text order."""
        sdoc = doc.doc
        by_head = {m.head: m for m in doc.mentions if m.head >= 0}
        time_spans = [(t.start, t.end) for t in doc.times]
        found: list[Found] = []
        for sent in sdoc.sents:
            for piece in _lines(sent):
                found.extend(self._sentence_claims(piece, by_head, doc, time_spans))
        first = next(iter(sdoc.sents), None)
        _publisher_frame(found, first.start if first is not None else 0)
        for f in found:
            f.quantities = self._quantities(f, doc, time_spans)
        self._freeze(found, doc)
        return found

    def annotate(self, doc: Document, found: list[Found]) -> None:
        doc.claims = [f.claim for f in found if f.claim is not None]
        doc.events = _update_events(doc.events, found)

    def _sentence_claims(
        self, sent: Span, by_head: dict[int, Mention], doc: Document, time_spans: list[tuple[int, int]]
    ) -> list[Found]:
        lex = self.lexicon
        quotes = _quote_spans(sent)
        out: list[Found] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            is_cue = lex.has("speech", lemma) or lex.has("verb-prep-head", lemma)
            if tok.pos_ == "VERB" and is_cue and tok.dep_ not in {"amod", "compound"}:
                f = self._verb_claim(tok, sent, by_head, quotes)
            elif tok.pos_ == "NOUN" and lex.has("claim-noun", lemma):
                f = self._noun_claim(tok, sent, by_head)
            elif tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
                f = self._according_to(tok, sent, by_head)
            else:
                continue
            if f is not None:
                out.append(f)
        _nest(out)
        self._deny(out, sent)
        for f in out:
            f.date = self._date(f, doc)
        return out

    # -- the three kinds of cue ----------------------------------------------------------------
    def _verb_claim(
        self, cue: Token, sent: Span, by_head: dict[int, Mention], quotes: list[tuple[int, int]]
    ) -> Found | None:
        lex = self.lexicon
        lemma = cue.lemma_.lower()
        children = list(cue.children)
        if not lex.has("speech", lemma):  # "call" speaks only as "call for"
            preps = [c for c in cue.children if c.dep_ in {"prep", "prt"}]
            if not any(lex.has("verb-prep", f"{lemma} {p.lower_}") for p in preps):
                return None
        if lex.has("source-verb", lemma):
            obj = next((c for c in children if c.dep_ == "dobj"), None)
            quoted_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in children)  # "quoted X as saying"
            if obj is not None and _mention_in(obj, by_head) is not None and not quoted_as:
                return None  # "citing the Foreign Ministry": a source of another claim (see _cited)
        clausal = [c for c in children if c.dep_ in CLAUSE_DEPS]
        passive = any(c.dep_ == "auxpass" for c in children)
        subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        content: list[Token] = list(clausal)
        if not content and lemma == "express":
            attitude = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
            if not any(lex.has("express-noun", a.lemma_) for a in attitude):
                return None
            content = attitude + [c for c in children if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS]
        elif not content and lex.has("clause-only", lemma):
            content = [c for c in children if c.dep_ == "xcomp"]  # "told airlines not to buy …"
        elif not content:
            content = [c for c in children if c.dep_ in OBJECT_DEPS]
            for prep in (c for c in children if c.dep_ in {"prep", "prt"}):
                if lex.has("verb-prep", f"{lemma} {prep.lower_}"):  # "called for a re-run"
                    # ("accused X of blockading the road": the charge with whom it charges)
                    content += [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if not content:
            content = _that_clause_below(cue)  # "announced Monday in a memo that …" (clause hung lower)
        if not clausal and passive and _ends_sentence(cue, sent) and lemma != "express":
            return self._passive_tail(cue, sent)  # "The importance of X was also noted."
        quoted = self._quote_for(cue, content, quotes)
        if not content and passive and subject is not None and subject.lower_ not in EXPLETIVES:
            content = [subject]
        if not content and not quoted:
            return None
        first, last = _token_range(content) if content else (quoted[0][0], quoted[-1][1])
        covered = first <= quoted[0][0] and last >= quoted[-1][1] if quoted else True
        if (
            content
            and not covered
            and (all(_inside(first, last, q) for q in quoted) or _mostly_inside(content, quoted))
        ):
            first, last = quoted[0][0], quoted[-1][1]
        first, last = _trim(sent, first, last)
        if first > last:
            return None
        speaker = self._speaker(cue, subject, by_head, passive)
        mode = _mode(first, last, quotes)
        text = _content_text(sent, first, last, quotes if mode == "direct" else [])
        stance = "deny" if lex.value("speech", lemma) == "deny" else "assert"
        f = self._make(cue, cue, speaker, mode, stance, first, last, text, sent)
        f.cited = self._cited(cue, by_head)
        f.denies = stance == "deny"
        vehicle = self._vehicle(cue, subject)
        if vehicle is not None:
            f.vehicle_start, f.vehicle_end = vehicle.idx, _end_char(vehicle)
        return f

    def _noun_claim(self, noun: Token, sent: Span, by_head: dict[int, Mention]) -> Found | None:
        """'the assertions of the Armenian side that Azerbaijan blocked the road' → a reported claim."""
        doc = sent.doc
        owner_end = noun.i
        owner: Token | None = None
        for child in noun.children:
            if child.dep_ == "poss":
                owner = child
            elif child.dep_ == "prep" and child.lower_ in {"of", "by"} and child.i == noun.i + 1:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    owner = objs[0]
                    for t in objs[0].subtree:  # the owner's words, up to the clause that states the claim
                        if t.i > objs[0].i and t.lower_ == "that":
                            break
                        owner_end = max(owner_end, t.i)
        if owner is None:
            # "Armenian claims that …", "Kremlin assertions": the side named before the noun makes them
            owner = next(
                (c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i in by_head), None
            )
        start = owner_end + 1
        while start < sent.end and doc[start].is_punct and not _is_quote(doc[start]):
            start += 1
        topic = _topic(noun, owner)
        if (
            start < sent.end
            and doc[start].lower_ == "that"
            and not (doc[start].tag_ == "WDT" and doc[start].dep_ != "mark")
        ):
            first = start + 1
            last = self._reported_end(noun, first, sent)
        elif topic is not None:  # "allegations of fraud", "claims about the election"
            first, last = topic.left_edge.i, topic.right_edge.i
        else:
            return None  # a claim noun with no content of its own: the text says nothing of what was claimed
        first, last = _trim(sent, first, last)
        if first > last:
            return None
        speaker = self._actor_at(owner, by_head) if owner is not None else None
        text = doc_text(doc)[doc[first].idx : _end_char(doc[last])]
        f = self._make(noun, noun, speaker, "reported", "assert", first, last, text, sent)
        f.noun_token = noun.i
        return f

    def _according_to(self, according: Token, sent: Span, by_head: dict[int, Mention]) -> Found | None:
        """'According to X, Y happened' / 'Y happened, according to X'."""
        to = according.nbor()
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            obj = next((c for c in according.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        phrase_end = max(to.i, obj.right_edge.i)
        if according.i <= sent.start + 1:
            first, last = phrase_end + 1, sent.end - 1
        else:
            first, last = sent.start, according.i - 1
        first, last = _trim(sent, first, last)
        if first > last:
            return None
        doc = sent.doc
        text = doc_text(doc)[doc[first].idx : _end_char(doc[last])]
        speaker = self._actor_at(obj, by_head)
        return self._make(
            according, to, speaker, _mode(first, last, _quote_spans(sent)), "assert", first, last, text, sent
        )

    def _passive_tail(self, cue: Token, sent: Span) -> Found | None:
        """'The importance of X was also noted.': the content is everything before the auxiliary."""
        doc = sent.doc
        aux = min((c.i for c in cue.children if c.dep_ in {"auxpass", "aux"}), default=cue.i)
        first = sent.start
        if doc[first].pos_ == "ADP":  # a leading frame: "At the meeting, …"
            comma = next((t.i for t in sent if t.text == "," and t.i < aux), None)
            first = comma + 1 if comma is not None else first
        first, last = _trim(sent, first, aux - 1)
        if first > last:
            return None
        text = doc_text(doc)[doc[first].idx : _end_char(doc[last])]
        return self._make(cue, cue, None, "indirect", "assert", first, last, text, sent)

    def _make(
        self,
        cue_first: Token,
        cue_last: Token,
        speaker: Actor | None,
        mode: str,
        stance: str,
        first: int,
        last: int,
        text: str,
        sent: Span,
    ) -> Found:
        doc = sent.doc
        cue_end = _end_char(cue_last)
        return Found(
            cue=doc_text(doc)[cue_first.idx : cue_end],
            cue_start=cue_first.idx,
            cue_end=cue_end,
            cue_token=cue_first.i,
            speaker=speaker,
            mode=mode,
            stance=stance,
            first=first,
            last=last,
            content=text,
            content_start=doc[first].idx,
            content_end=_end_char(doc[last]),
            sentence=sent,
        )

    # -- parts -------------------------------------------------------------------------------------
    def _quote_for(
        self, cue: Token, content: list[Token], quotes: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Quotations the cue introduces: attached to it in the parse, or next to its clause."""
        if not quotes or any(_inside(cue.i, cue.i, q) for q in quotes):
            return []
        anchor = (
            cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else cue
        )  # "quoted X as saying"
        out = []
        for q in quotes:
            attached = any(
                t.head.i == anchor.i or anchor in t.ancestors
                for t in cue.doc[q[0] : q[1] + 1]
                if not t.is_punct
            )
            if attached or any(_overlaps(t.left_edge.i, t.right_edge.i, q) for t in content):
                out.append(q)
        if not out and len(quotes) == 1 and not content:
            q = quotes[0]
            between = cue.doc[min(cue.i, q[1]) + 1 : max(cue.i, q[0])]
            if all(
                t.is_punct or t.dep_ in {"nsubj", "compound", "det", "aux"} or t.head == cue for t in between
            ):
                out.append(q)
        return out

    def _speaker(
        self, cue: Token, subject: Token | None, by_head: dict[int, Mention], passive: bool
    ) -> Actor | None:
        if passive:
            agent = next((c for c in cue.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return self._actor_at(obj, by_head) if obj is not None else None
        if subject is not None:
            if self.lexicon.has("claim-noun", subject.lemma_) or subject.lemma_.lower() == "statement":
                owner = _owner(subject)  # "A statement by Boeing said …": Boeing speaks
                if owner is not None:
                    return self._actor_at(owner, by_head)
            if subject.lower_ in EXPLETIVES and subject.i not in by_head:
                return None
            return self._actor_at(subject, by_head)
        # No subject of its own: "… by saying", "citing …", "quoted X as saying", "X met and said".
        head = cue.head
        if (
            cue.dep_ == "acl"
            and head.pos_ in {"NOUN", "PROPN"}
            and (_mention_in(head, by_head) is not None or self.lexicon.has("claim-noun", head.lemma_))
        ):
            return self._actor_at(head, by_head)  # "reports stating that …": the reports speak
        if cue.dep_ == "pcomp" and head.lower_ == "as" and head.head.pos_ == "VERB":
            obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return self._actor_at(obj, by_head)
        for _ in range(3):
            if head.i == cue.i:
                break
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self._actor_at(subj, by_head)
            if head.head.i == head.i:
                break
            head = head.head
        return None

    def _actor_at(self, tok: Token | None, by_head: dict[int, Mention]) -> Actor | None:
        """The actor named by the phrase headed by tok; its words when no actor mention covers it."""
        if tok is None:
            return None
        mention = _mention_in(tok, by_head)
        if mention is not None:
            return mention.actor
        doc = tok.doc
        tokens = [t for t in tok.subtree if t.dep_ not in {"relcl", "acl"}]
        first, last = tokens[0].i, min(tokens[-1].i, tokens[0].i + SPEAKER_MAX_TOKENS - 1)
        while last > first and (doc[last].is_punct or doc[last].dep_ == "cc"):
            last -= 1
        text = doc_text(doc)[doc[first].idx : _end_char(doc[last])]
        head_word, _, rest = text.partition(" ")
        # "the\nministry": tokens may be split by other whitespace than one space.
        name = rest.strip() or text if head_word.lower() in {"the", "a", "an"} and last > first else text
        return Actor(entity_text=text, name=name)

    def _vehicle(self, cue: Token, subject: Token | None) -> Token | None:
        """The statement, speech or report that carries the words: 'said in a statement', 'in his speech,
        X applauded', 'a report by X said' (claim_cues.tsv kind `vehicle`)."""
        lex = self.lexicon
        if subject is not None and lex.has("vehicle", subject.lemma_):
            return subject
        for prep in cue.children:
            if prep.dep_ == "prep" and lex.has("vehicle-prep", prep.lower_):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and lex.has("vehicle", obj.lemma_):
                    return obj
        return None

    def _cited(self, cue: Token, by_head: dict[int, Mention]) -> list[Actor]:
        """'X reports citing Y' / 'X said, citing Y': the sources the speaker names."""
        out: list[Actor] = []
        for child in cue.children:
            if child.dep_ in {"xcomp", "advcl", "conj"} and self.lexicon.has("source-verb", child.lemma_):
                obj = next((c for c in child.children if c.dep_ == "dobj"), None)
                mention = _mention_in(obj, by_head) if obj is not None else None
                if mention is not None:
                    out.append(mention.actor)
        return out

    def _reported_end(self, noun: Token, first: int, sent: Span) -> int:
        """Where a claim noun's clause ends: before its predicate ('… are unfounded'), else the clause end."""
        doc = sent.doc
        last = max(t.i for t in noun.subtree)
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > first:
            last = min(last, noun.head.i - 1)
        for t in doc[first : last + 1]:
            if self.lexicon.has("deny-predicate", t.lemma_) and t.pos_ in {"ADJ", "NOUN"}:
                verb = t.head if t.dep_ in {"acomp", "attr", "pobj"} else t
                cut = verb.i if verb.i < t.i and (verb.lemma_ == "be" or verb.lower_ == "as") else t.i
                if t.i > first and doc[t.i - 1].lower_ == "as":  # "… dismissed as baseless"
                    cut = min(cut, t.i - 1)
                aux = [c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < cut]
                return min([cut, *aux]) - 1
        return last

    def _deny(self, found: list[Found], sent: Span) -> None:
        """A speaker who calls a reported claim unfounded, or denies it, takes stance deny toward it."""
        lex = self.lexicon
        doc = sent.doc
        for f in found:
            if f.mode != "reported":
                continue
            noun = doc[f.noun_token]
            after = doc[f.last + 1 : sent.end]
            rejected = any(
                lex.has("deny-predicate", t.lemma_) and t.pos_ in {"ADJ", "NOUN"} for t in after[:8]
            )
            verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
            if verb is not None and lex.value("speech", verb.lemma_.lower()) == "deny":
                rejected = True
            if rejected:
                f.denied = True
                if f.parent is not None:
                    f.parent.stance = "deny"

    def _date(self, f: Found, doc: Document) -> str:
        """The date given for the saying (near the cue, outside the content), else the publication date."""
        sent = f.sentence
        for t in doc.times:
            if t.start < sent.start_char or t.end > sent.end_char or not t.values:
                continue
            if f.content_start <= t.start < f.content_end:
                continue
            span = doc.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and (span.root.head.i == f.cue_token or span.root.head.head.i == f.cue_token):
                return t.values[0].date
        return doc.date.isoformat()

    def _quantities(self, f: Found, doc: Document, time_spans: list[tuple[int, int]]) -> tuple[Quantity, ...]:
        sdoc = doc.doc
        out: list[Quantity] = []
        i = f.first
        while i <= f.last:
            q, i = self._quantity_at(sdoc[i], f, doc, time_spans)
            if q is not None:
                out.append(q)
        return tuple(out)

    def _quantity_at(
        self, tok: Token, f: Found, doc: Document, time_spans: list[tuple[int, int]]
    ) -> tuple[Quantity | None, int]:
        """The quantity starting at tok (its number or vague number word), and the index after it."""
        lex = self.lexicon
        sdoc = tok.doc
        nxt = tok.i + 1
        vague = lex.value("vague-number", tok.lower_)
        if vague is None and not (tok.like_num or tok.pos_ == "NUM"):
            return None, nxt
        if any(s <= tok.idx < e for s, e in time_spans) or _YEAR.match(tok.text):
            return None, nxt
        if tok.dep_ in {"compound", "nummod", "appos"} and tok.head.pos_ == "PROPN" and vague is None:
            return None, nxt  # "Boeing 737", "A320 jets": part of a name
        if vague is not None:
            value, last = float(vague), tok
            unit_tok = _of_object(tok)
        else:
            parsed = _number(tok.text)
            if parsed is None:
                return None, nxt
            value, last = parsed, tok
            while last.i + 1 <= f.last and sdoc[last.i + 1].lower_ in MULTIPLIERS:
                last = sdoc[last.i + 1]
                value *= MULTIPLIERS[last.lower_]
            unit_tok = None
            if last.i + 1 <= f.last and sdoc[last.i + 1].text in {"%", "percent"}:
                unit_tok = sdoc[last.i + 1]
            elif (
                tok.head.i > last.i
                and tok.head.pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
                and tok.dep_
                in {
                    "nummod",
                    "nsubj",
                    "quantmod",
                    "npadvmod",
                    "amod",
                }
            ):
                unit_tok = tok.head
            elif last.i + 1 <= f.last and sdoc[last.i + 1].pos_ in {"NOUN", "ADJ"}:
                unit_tok = sdoc[last.i + 1]
            elif last.i + 2 <= f.last and sdoc[last.i + 1].lower_ == "of" and sdoc[last.i + 2].pos_ == "NOUN":
                unit_tok = sdoc[last.i + 2]
        # Bound words and currency before the number.
        start = tok
        bound = "~" if vague is not None else "="
        for n in range(lex.max_bound_words, 0, -1):
            if tok.i - n < f.first:
                continue
            words = tuple(t.lower_ for t in sdoc[tok.i - n : tok.i])
            if words[-1] in CURRENCIES and n > 1:
                words = words[:-1]
            hit = lex.bounds.get(words)
            if hit is not None:
                bound, start = hit, sdoc[tok.i - n]
                break
        unit = unit_tok.text if unit_tok is not None else None
        prev = sdoc[tok.i - 1] if tok.i > f.first else None
        if prev is not None and prev.lower_ in CURRENCIES:
            unit = CURRENCIES[prev.lower_]
            start = prev if start is tok else start
        end_tok = (
            unit_tok if unit_tok is not None and unit_tok.i > last.i and unit_tok.i - last.i <= 3 else last
        )
        text = doc.text[start.idx : _end_char(end_tok)]
        period = _period(unit_tok or tok, f, doc)
        return Quantity(text, value, bound, unit, period), end_tok.i + 1

    # -- freezing --------------------------------------------------------------------------------
    def _freeze(self, found: list[Found], doc: Document) -> None:
        ids: dict[int, str] = {}
        for f in found:
            ids[id(f)] = record_id("cl", doc.id, f.content_start, f.content_end, f.cue)
        events = sorted(doc.events, key=lambda e: e.trigger_start)
        starts = [e.trigger_start for e in events]
        for f in found:
            inside = events[bisect_left(starts, f.content_start) : bisect_left(starts, f.content_end)]
            f.claim = Claim(
                id=ids[id(f)],
                doc_id=doc.id,
                speaker=f.speaker,
                cue=f.cue,
                mode=f.mode,
                stance=f.stance,
                content=f.content,
                content_start=f.content_start,
                content_end=f.content_end,
                sentence_start=f.sentence.start_char,
                sentence_end=f.sentence.end_char,
                nested_in=ids[id(f.parent)] if f.parent is not None else None,
                events=tuple(e.id for e in inside if e.trigger_end <= f.content_end),
                quantities=f.quantities,
                date=f.date,
                cue_start=f.cue_start,
                cue_end=f.cue_end,
                source_chain=tuple(a.name if a is not None else None for a in f.sources),
            )


# -- helpers --------------------------------------------------------------------------------------
def _lines(sent: Span) -> list[Span]:
    """The sentence split at line breaks: a title or date line is never part of the next sentence."""
    doc = sent.doc
    cuts = [t.i for t in sent if t.is_space and "\n" in t.text]
    bounds = [sent.start, *[c + 1 for c in cuts], sent.end]
    return [doc[a:b] for a, b in pairwise(bounds) if b > a and not doc[a:b].text.isspace()]


def _is_quote(tok: Token) -> bool:
    return tok.text in QUOTE_MARKS or (tok.tag_ in {"``", "''"} and tok.text not in {"'", "‘", "’"})


def _quote_spans(sent: Span) -> list[tuple[int, int]]:
    """Token ranges [first, last] inside paired quote marks; an unpaired last mark runs to the end."""
    doc = sent.doc
    marks: list[int] = []
    for t in sent:
        if _is_quote(t) and not (marks and marks[-1] == t.i - 1 and doc[t.i - 1].idx + 1 == t.idx):
            marks.append(t.i)  # "` `" split by the tokenizer is one mark
        elif _is_quote(t):
            marks[-1] = t.i
    out: list[tuple[int, int]] = []
    for k in range(0, len(marks), 2):
        first, last = marks[k] + 1, (marks[k + 1] if k + 1 < len(marks) else sent.end) - 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1  # "… until Friday." — the closing full stop or comma is not quoted content
        if first <= last:
            out.append((first, last))
    return out


def _inside(first: int, last: int, q: tuple[int, int]) -> bool:
    return q[0] <= first and last <= q[1]


def _overlaps(first: int, last: int, q: tuple[int, int]) -> bool:
    return first <= q[1] and q[0] <= last


def _mostly_inside(content: list[Token], quoted: list[tuple[int, int]]) -> bool:
    words = [t for c in content for t in c.subtree if not t.is_punct]
    if not words:
        return False
    inside = sum(1 for t in words if any(_inside(t.i, t.i, q) for q in quoted))
    return inside >= 0.8 * len(words)


def _mode(first: int, last: int, quotes: list[tuple[int, int]]) -> str:
    """direct (the content is quoted words), mixed (a quoted clause inside reported speech) or indirect."""
    inside = [q for q in quotes if _overlaps(first, last, q)]
    nested = all(_inside(first, last, q) or _inside(q[0], q[1], (first, last)) for q in inside)
    if inside and nested and inside[0][0] <= first and last <= inside[-1][1]:
        return "direct"
    if any(q[1] - q[0] + 1 >= MIXED_MIN_WORDS for q in inside):
        return "mixed"
    return "indirect"


def _content_text(sent: Span, first: int, last: int, quotes: list[tuple[int, int]]) -> str:
    """The content's text; a quotation split around its cue is joined with a space."""
    doc = sent.doc
    parts = [q for q in quotes if _inside(q[0], q[1], (first, last))]
    if len(parts) > 1:
        pieces = [doc_text(doc)[doc[a].idx : _end_char(doc[b])].strip(" ,") for a, b in parts]
        return " ".join(p for p in pieces if p)
    return doc_text(doc)[doc[first].idx : _end_char(doc[last])]


def _trim(sent: Span, first: int, last: int) -> tuple[int, int]:
    """Drop a leading 'that', commas, colons and quote marks, and trailing punctuation."""
    doc = sent.doc
    first, last = max(first, sent.start), min(last, sent.end - 1)
    while first <= last and (
        doc[first].is_punct
        or doc[first].is_space
        or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")
    ):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in {")", "%"}:
        last -= 1
    return first, last


def _token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    idx = [t.i for c in tokens for t in (c.left_edge, c.right_edge)]
    return min(idx), max(idx)


def _end_char(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _ends_sentence(tok: Token, sent: Span) -> bool:
    return all(t.is_punct or t.is_space for t in sent.doc[tok.i + 1 : sent.end])


def _topic(noun: Token, owner: Token | None) -> Token | None:
    """The object of a claim noun's 'of'/'about'/'over' phrase when it is not the claimant."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "about", "over"} and child.i > noun.i:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj is not owner and obj.pos_ in {"NOUN", "VERB"}:
                return obj
    return None


def _that_clause_below(cue: Token) -> list[Token]:
    """A 'that'-clause to the right of the cue that the parser hung on one of its adjuncts."""
    for tok in cue.subtree:
        if tok.i > cue.i and tok.dep_ == "mark" and tok.lower_ == "that":
            verb = tok.head
            chain = [verb.head, verb.head.head, verb.head.head.head]
            if cue in chain and all(c.pos_ != "VERB" for c in chain[: chain.index(cue)]):
                return [verb]
    return []


def _mention_in(tok: Token, by_head: dict[int, Mention]) -> Mention | None:
    """The mention headed by tok, else one headed inside its phrase (nearest the head first)."""
    if tok.i in by_head:
        return by_head[tok.i]
    for child in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
        if child.dep_ in {"compound", "appos", "poss", "nmod", "flat"} and child.i in by_head:
            return by_head[child.i]
    return None


def _owner(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"of", "by", "from"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _of_object(tok: Token) -> Token | None:
    """'dozens of protesters' → protesters."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of" and nxt.i + 1 < len(tok.doc):
        return tok.doc[nxt.i + 1]
    return None


def _number(text: str) -> float | None:
    low = text.lower().replace(",", "")
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    try:
        return float(low)
    except ValueError:
        return None


def _period(tok: Token, f: Found, doc: Document) -> TimeValue | None:
    """The period the text gives for a quantity: a date expression in its clause, near it in the tree.

    A date outside the content dates the saying, not what is counted."""
    dated = (t for t in doc.times if t.values)
    time = nearest_time(tok, dated, f.content_start, f.content_end, max_distance=4)
    return time.values[0] if time is not None else None


def _nest(found: list[Found]) -> None:
    """Each claim whose cue lies inside another claim's content nests in the innermost such claim."""
    for f in found:
        best: Found | None = None
        for g in found:
            if g is f or not (g.first <= f.cue_token <= g.last):
                continue
            if best is None or (g.last - g.first) < (best.last - best.first):
                best = g
        f.parent = best
    # Two claims can each hold the other's cue ("X said Y, Z added" parsed with crossing spans): the
    # outer of the pair is the one with the wider content, so its link to the inner one is dropped.
    for f in found:
        seen: list[Found] = []
        link: Found | None = f
        while link is not None and all(link is not s for s in seen):
            seen.append(link)
            link = link.parent
        if link is not None:  # a cycle through link
            cycle = seen[next(k for k, s in enumerate(seen) if s is link) :]
            outer = max(cycle, key=lambda c: (c.last - c.first, -c.cue_token))
            outer.parent = None


def _publisher_frame(found: list[Found], first_sentence: int) -> None:
    """'…, Azernews reports citing the Foreign Ministry': a media outlet's report in the first sentence
    frames the whole document, so it is the outermost source of every other top-level claim."""
    frame = next(
        (f for f in found if f.sentence.start == first_sentence and f.speaker and f.speaker.sector == "JRN"),
        None,
    )
    if frame is None:
        return
    for f in found:
        if f is not frame and f.parent is None:
            f.frame = frame


def _update_events(events: list[Event], found: list[Found]) -> list[Event]:
    """Events inside a reported claim are alleged by its speaker and disputed by the one who rejects it;
    events inside a denial ("X denied that …") are disputed by the denier, never claimed by them."""
    if not events:
        return events
    by_start = sorted(range(len(events)), key=lambda k: events[k].trigger_start)
    starts = [events[k].trigger_start for k in by_start]
    out = list(events)
    # Denials first, so that a reported claim inside a denial has the last word on its own events.
    for f in sorted(found, key=lambda f: f.mode == "reported"):
        if f.mode != "reported" and not f.denies:
            continue
        lo, hi = bisect_left(starts, f.content_start), bisect_left(starts, f.content_end)
        for k in by_start[lo:hi]:
            event = out[k]
            if event.trigger_end > f.content_end:
                continue
            status, claimed_by, disputed = event.status, event.claimed_by, list(event.disputed_by)
            own = f.speaker is not None and any(speaks_for(f.speaker, a) for a in event.actor)
            if f.mode == "reported" and own:
                pass  # "…, the Israeli army said" of Israeli troops: an admission, not a claim
            elif f.mode == "reported":
                status = "alleged" if status == "occurred" else status
                claimed_by = claimed_by or (f.speaker.name if f.speaker else None)
                denier = f.parent.speaker if f.denied and f.parent is not None else None
                if denier is not None and denier.name not in disputed:
                    disputed.append(denier.name)
            elif f.speaker is not None:
                claimed_by = None if claimed_by == f.speaker.name else claimed_by
                if f.speaker.name not in disputed:
                    disputed.append(f.speaker.name)
            if claimed_by is not None and claimed_by in disputed:
                disputed.remove(claimed_by)
            out[k] = replace(event, status=status, claimed_by=claimed_by, disputed_by=tuple(disputed))
    return out
