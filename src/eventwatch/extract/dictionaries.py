"""Optional CAMEO dictionaries in the PETRARCH formats: actors, agents, verb patterns and discards.

Users who own CAMEO dictionaries (PETRARCH/TABARI `*.actors.txt`, `*.agents.txt`, `*.verbs.txt`,
`*.discards.txt`) point eventwatch at them with the environment variable

    EVENTWATCH_CAMEO_DICTIONARIES=/path/a.actors.txt,/path/a.agents.txt,/path/a.verbs.txt

(the kind of each file is read from its name: `actor`, `agent`, `verb` or `discard`). This module
reads and indexes them; extract/cameo_patterns.py codes sentences with them. Without the variable
nothing here is loaded and the pipeline is unchanged.

Formats (PETRARCH 2 manual and the files' own comments):
- actors: `NAME [CODE]`, or `NAME` followed by indented `[CODE date-restriction]` lines (`<YYMMDD`,
  `>YYYYMMDD`, `A-B`; the first restriction valid on the sentence's date wins, else the undated code);
  `+SYNONYM` lines share the codes; `_` joins words, a space lets modifiers of the noun phrase come
  between ("ITHILEN TELEVISION" in "Ithilen state-run television"); a name not ending in `_` also
  matches a capitalised word that extends its last word by up to three letters ("ARGENTIN" →
  "Argentina"); `[A/B/C]` is a compound actor. `#` starts a comment, `<!-- -->` blocks are comments.
- agents: `NAME {PLURALS} [~SEC]` (code appended to the actor's) or `[SEC~]` (prepended); `{}` means
  no plural, no braces means the regular plural, and then a name not ending in `_` is also a stem
  for nouns ("DEFENCE_MINIST" → "defence ministry"); `!SUBST! = A, B` substitution sets.
- verbs: `&SYNSET` with `+member` lines (members may be phrases or other synsets); `--- NAME [code]
  ---` blocks whose next lines list verb forms (`{irregular forms}`, `+SYNONYM`, multiword forms with
  `_`, `+` marking the verb inside a phrase, an own `[code]`), then patterns `- before * after [code]`.
  In patterns `_` means "next word, nothing between", a space allows words between, `$` marks the
  source, `+` the target, `%` a compound actor, `^` skips a noun phrase; CAMEO.2.0's noun-phrase
  `{A B}` and prepositional-phrase `(TO BORDER)` groups are matched as their words in order. `a:b`
  codes are reciprocal: source→target gets `a`, target→source gets `b` (`:b` only the latter). `---`
  codes nothing; codes that are not CAMEO-shaped (`+++`, `###`, `xxy`, `025?`) are ignored, as test
  markers.
- discards: phrases whose presence discards the sentence; with a leading `+` the whole story.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwatch.errors import ResourceError

ENV = "EVENTWATCH_CAMEO_DICTIONARIES"
# CAMEO root (two digits) → PLOVER 0.8 category (CAMEO2PLOVER-2021; 02 "appeal" is a REQUEST).
CAMEO_ROOT_TO_PLOVER = {
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
# A CAMEO-shaped event code (with the dictionaries' letter suffixes, "174K"), or a reciprocal pair.
_EVENT_CODE = re.compile(r"^\d{2,4}[A-Za-z]?$")
PREFIX_SLACK = 3  # letters a stem-matched actor name may leave unmatched at the end of the word
AGENT_STEM_SLACK = 4  # the same for agent names ("MINIST" → "ministry", "ministries" is 5: regular plural)


def plover_of(cameo: str) -> str | None:
    """PLOVER category of a CAMEO code (None for codes outside CAMEO's 20 roots)."""
    if len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    if cameo.startswith("08") and cameo[:3] >= "084":
        return "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(cameo[:2])


def key_of(text: str) -> str:
    """The matching key of a name or token run: lower case, without spaces and underscores."""
    return re.sub(r"[\s_]+", "", text.lower())


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return not self.dated
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    codes: tuple[DatedCode, ...]
    exact: bool  # the name ended in "_": no stem matching

    def on(self, day: dt.date | None) -> list[str]:
        """The codes valid on a day: the first matching restriction, else the undated code."""
        chosen = next((c for c in self.codes if c.dated and c.valid_on(day)), None) if day else None
        if chosen is None:
            # Only dated codes and none valid on the day: the name codes nothing then ("ONO <911226").
            chosen = next((c for c in self.codes if not c.dated), None)
        if chosen is None:
            return []
        return [c for c in chosen.code.upper().split("/") if c and c != "---"]


@dataclass(frozen=True, slots=True)
class Element:
    """One item of a verb pattern.

    kind (str): "words" (one of `alternatives`, each a word sequence), "source" ($), "target" (+),
        "compound" (%) or "skip" (^).
    joined (bool): connected by `_` to the item nearer the verb: no words in between.
    """

    kind: str
    alternatives: tuple[tuple[str, ...], ...] = ()
    joined: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[Element, ...]  # in text order
    after: tuple[Element, ...]
    code: str
    order: int  # position in the file, for ties

    @property
    def size(self) -> int:
        return sum(max((len(a) for a in e.alternatives), default=1) for e in self.before + self.after)


@dataclass(slots=True)
class VerbBlock:
    code: str
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class VerbForm:
    """A verb form: the verb word with the words that must stand right before and after it."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str | None  # its own default code, else the block's
    block: VerbBlock


@dataclass(slots=True)
class CameoDictionaries:
    """Actor names, agent nouns, verb forms with their pattern blocks, and discard phrases."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)  # key_of(name) → entry
    agents: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)  # words → (code, prefix)
    agent_keys: dict[str, tuple[str, bool]] = field(default_factory=dict)  # key_of(name) → (code, prefix)
    agent_stems: dict[str, tuple[str, bool]] = field(default_factory=dict)  # names not ending in "_"
    verbs: dict[str, list[VerbForm]] = field(default_factory=dict)  # verb word → forms
    discards: list[tuple[str, ...]] = field(default_factory=list)
    story_discards: list[tuple[str, ...]] = field(default_factory=list)
    longest_actor: int = 1
    longest_agent: int = 1
    # Actor names written with spaces, by first word: (pieces joined by "_", entry); words may come
    # between the pieces.
    gapped: dict[str, list[tuple[tuple[tuple[str, ...], ...], ActorEntry]]] = field(default_factory=dict)

    # -- actors and agents over word lists (used by the actor extractor) ---------------------
    def actor_codes(self, words: tuple[str, ...], day: dt.date | None) -> list[str] | None:
        entry = self.actors.get(key_of("".join(words)))
        return entry.on(day) if entry is not None else None

    def find_actors(self, words: list[str], day: dt.date | None) -> list[tuple[int, int, list[str]]]:
        """Longest dictionary actor names in a word list: (first, end, codes), left to right."""
        out: list[tuple[int, int, list[str]]] = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest_actor, len(words) - i), 0, -1):
                codes = self.actor_codes(tuple(words[i : i + n]), day)
                if codes:
                    out.append((i, i + n, codes))
                    i += n
                    break
            else:
                i += 1
        return out

    def find_agents(self, words: list[str]) -> list[tuple[int, int, str, bool]]:
        out: list[tuple[int, int, str, bool]] = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest_agent, len(words) - i), 0, -1):
                hit = self.agent_keys.get(key_of("".join(words[i : i + n])))
                if hit is not None:
                    out.append((i, i + n, hit[0], hit[1]))
                    i += n
                    break
            else:
                i += 1
        return out

    def actor_at(
        self, texts: list[str], capitalised: list[bool], day: dt.date | None
    ) -> tuple[int, list[str]] | None:
        """The longest actor name starting at texts[0]: (tokens used, codes), or None."""
        best: tuple[int, list[str]] | None = None
        joined = ""
        for n, text in enumerate(texts[: self.longest_actor * 3], start=1):
            previous, joined = joined, joined + key_of(text)
            entry = self.actors.get(joined)
            if entry is not None and entry.on(day):
                best = (n, entry.on(day))
                continue
            if capitalised[n - 1] and text.isalpha():
                for cut in range(1, PREFIX_SLACK + 1):
                    stem = self.actors.get(previous + key_of(text[:-cut])) if len(text) > cut + 1 else None
                    if stem is not None and not stem.exact and stem.on(day):
                        best = (n, stem.on(day))
                        break
        return best

    def agent_at(self, texts: list[str], nouns: list[bool] | None = None) -> tuple[int, str, bool] | None:
        """The longest agent name starting at texts[0]: (tokens used, code, prefix?), or None. With
        `nouns` (which words are nouns), a name not ending in "_" also matches a noun that extends its
        last word by a few letters, as PETRARCH's stems do ("DEFENCE_MINIST" → "defence ministry")."""
        best: tuple[int, str, bool] | None = None
        joined = ""
        for n, text in enumerate(texts[: self.longest_agent * 3], start=1):
            previous, joined = joined, joined + key_of(text)
            hit = self.agent_keys.get(joined)
            if hit is not None:
                best = (n, hit[0], hit[1])
                continue
            if nouns is not None and nouns[n - 1] and text.isalpha():
                for cut in range(1, AGENT_STEM_SLACK + 1):
                    stem = (
                        self.agent_stems.get(previous + key_of(text[:-cut])) if len(text) > cut + 2 else None
                    )
                    if stem is not None:
                        best = (n, stem[0], stem[1])
                        break
        return best

    # -- verbs --------------------------------------------------------------------------------
    def verb_code(self, form: str, before: list[str], after: list[str]) -> str | None:
        """The code of a one-word verb form given the words around it: the largest matching pattern
        without markers (those need the parse, see cameo_patterns), else the default code. `---` and
        test markers code nothing. Used for a quick look-up (extract/events) and in tests."""
        ranked: list[tuple[int, int, str]] = []
        default: str | None = None
        for vf in self.verbs.get(form.lower(), []):
            default = default or vf.code or vf.block.code
            for pat in vf.block.patterns:
                if any(e.kind != "words" for e in pat.before + pat.after):
                    continue
                if _words_in_order(pat.after, after) and _words_in_order(pat.before[::-1], before[::-1]):
                    ranked.append((-pat.size, pat.order, pat.code))
        for _, _, code in sorted(ranked):
            if code == "---":
                return None
            if valid_event_code(code):
                return code.partition(":")[0] or None
        if default is not None and valid_event_code(default):
            return default.partition(":")[0] or None
        return None


def valid_event_code(code: str) -> bool:
    """A code that names an event (`---` and test markers like `+++` or `025?` do not). `a:b` is
    reciprocal (source→target a, target→source b); `:b` codes only target→source (CAMEO.2.0)."""
    forward, colon, backward = code.partition(":")
    if colon and not _EVENT_CODE.match(backward):
        return False
    return bool(_EVENT_CODE.match(forward)) or (bool(colon) and not forward)


def _words_in_order(elements: tuple[Element, ...], words: list[str]) -> bool:
    i = 0
    for el in elements:
        if el.kind != "words":
            continue
        while i < len(words) and not any(words[i : i + len(a)] == list(a) for a in el.alternatives):
            i += 1
        if i >= len(words):
            return False
        i += 1
    return True


# -- reading ------------------------------------------------------------------------------------
def _strip(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _date(text: str) -> dt.date | None:
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        text = f"{1900 + year if year > 30 else 2000 + year}{text[2:]}"
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def _dated(block: str) -> DatedCode | None:
    parts = block.split()
    if not parts:
        return None
    code, rest = parts[0], "".join(parts[1:])
    if not rest:
        return DatedCode(code)
    if rest.startswith("<"):
        return DatedCode(code, None, _before(_date(rest[1:])))
    if rest.startswith(">"):
        return DatedCode(code, _date(rest[1:]), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return DatedCode(code, _date(a), _date(b))
    return DatedCode(code)


def _before(day: dt.date | None) -> dt.date | None:
    return day - dt.timedelta(days=1) if day is not None else None


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in name.strip().strip("_").replace("_", " ").lower().split() if w)


def load_actors(path: Path, into: CameoDictionaries) -> None:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    names: list[tuple[str, bool]] = []
    codes: list[DatedCode] = []

    def flush() -> None:
        if not names or not codes:
            return
        for name, exact in names:
            key = key_of(name)
            if key:
                entry = ActorEntry(tuple(codes), exact)
                into.actors[key] = entry
                into.longest_actor = max(into.longest_actor, len(_words(name)))
                pieces = tuple(_words(p) for p in name.strip().strip("_").split())
                if len(pieces) > 1:  # "ITHILEN TELEVISION": a space lets other words come between
                    into.gapped.setdefault(pieces[0][0], []).append((pieces, entry))

    for raw in text.splitlines():
        line = _strip(raw)
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        blocks = _CODE_BLOCK.findall(line)
        head = _CODE_BLOCK.sub("", line).strip()
        if raw[:1] in {" ", "\t"} and not head:
            codes.extend(c for c in (_dated(b) for b in blocks) if c is not None)
            continue
        if head.startswith("+"):
            names.append((head[1:].strip(), head.endswith("_")))
            codes.extend(c for c in (_dated(b) for b in blocks) if c is not None)
            continue
        flush()
        names = [(head, head.endswith("_"))] if head else []
        codes = [c for c in (_dated(b) for b in blocks) if c is not None]
    flush()


def _plural(word: str) -> str:
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def load_agents(path: Path, into: CameoDictionaries) -> None:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    subst: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = _strip(raw)
        if not line.strip():
            continue
        if line.startswith("!") and "=" in line:
            key, _, listed = line.partition("=")
            subst[key.strip()] = [v.strip() for v in listed.split(",") if v.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            continue
        block = blocks[0].strip()
        prefix = block.endswith("~")
        code = block.strip("~ ").strip().upper()
        head = _CODE_BLOCK.sub("", line)
        braces = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = [head]
        for key, members in subst.items():
            if key in head:
                forms = [f.replace(key, v) for f in forms for v in members]
        plurals = [p for group in braces for p in group.split()] if braces else [_plural(f) for f in forms]
        for form in forms + plurals:
            words = _words(form)
            if words:
                into.agents[words] = (code, prefix)
                into.agent_keys[key_of(form)] = (code, prefix)
                into.longest_agent = max(into.longest_agent, len(words))
        for form in forms if not braces else []:  # listed plurals ({} too) say which forms there are
            if not form.endswith("_") and _words(form):
                into.agent_stems[key_of(form)] = (code, prefix)


def verb_inflections(word: str) -> set[str]:
    """Regular forms of an English verb (lower case): -s, -ed, -ing, with e-dropping, y→i and doubling."""
    w = word.lower()
    forms = {w}
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
        if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


def _split_contraction(word: str) -> list[str]:
    """'DON'T' → ['do', "n't"]: the parser's tokens for English contractions."""
    w = word.lower()
    if w.endswith("n't") and len(w) > 3:
        return [w[:-3], "n't"]
    return [w]


def _phrase_words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in text.replace("_", " ").split():
        out.extend(_split_contraction(w))
    return tuple(out)


def load_verbs(path: Path, into: CameoDictionaries) -> None:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    lines = [_strip(raw) for raw in text.splitlines()]
    synsets = _read_synsets(lines)
    block: VerbBlock | None = None
    order = 0
    for line in lines:
        s = line.strip()
        if s.startswith("---"):
            codes = _CODE_BLOCK.findall(s)
            block = VerbBlock(codes[0].strip() if codes else "---")
            continue
        if block is None or not s or s.startswith("&"):
            if s.startswith("&"):
                block = None  # a synset definition ends the verb block
            continue
        if s.startswith("-"):
            codes = _CODE_BLOCK.findall(s)
            # CAMEO.2.0 groups words as noun phrases {A B} and prepositional phrases (TO BORDER):
            # matched as the words in order.
            body = re.sub(r"[(){}]", " ", _CODE_BLOCK.sub("", s[1:])).strip()
            if not codes or "*" not in body:
                continue
            order += 1
            before_text, _, after_text = body.partition("*")
            block.patterns.append(
                VerbPattern(
                    _elements(before_text, synsets, before=True),
                    _elements(after_text, synsets, before=False),
                    codes[0].strip(),
                    order,
                )
            )
            continue
        _add_forms(s, block, into)


def _add_forms(line: str, block: VerbBlock, into: CameoDictionaries) -> None:
    """A verb-form line: 'BREAK { BROKE BROKEN }', '+BREAK_DOWN {+BROKE_DOWN}', 'DOWNPLAY [014]'."""
    codes = _CODE_BLOCK.findall(line)
    own = codes[0].strip() if codes else None
    head = _CODE_BLOCK.sub("", line)
    irregular = [w for group in re.findall(r"\{([^}]*)\}", head) for w in group.split()]
    head = re.sub(r"\{[^}]*\}", "", head).strip()
    if not head:
        return
    main = head[1:] if head.startswith("+") and ("_" in head or " " in head) else head.lstrip("+")
    for phrase, regular in [
        (main, True),
        *((w.lstrip("+") if w.count("+") == 1 and w.startswith("+") else w, False) for w in irregular),
    ]:
        words = [w for w in re.split(r"[_\s]+", phrase.strip()) if w]
        if not words:
            continue
        at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
        words = [w.lstrip("+").lower() for w in words]
        verb = words[at]
        variants = verb_inflections(verb) if regular else {verb}
        for v in variants:
            into.verbs.setdefault(v, []).append(
                VerbForm(tuple(words[:at]), tuple(words[at + 1 :]), own, block)
            )


def _read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:  # synsets first: patterns may use them before they are defined
        s = line.strip()
        if s.startswith("&"):
            current = s.split()[0].rstrip("_")
            synsets[current] = []
        elif s.startswith("+") and current is not None:
            synsets[current].append(s[1:].strip())
        elif s:
            current = None
    return synsets


_PATTERN_TOKEN = re.compile(r"&[A-Za-z0-9]+|[$+%^]|[^\s_$%^&]+|_|\s+")


def _elements(text: str, synsets: dict[str, list[str]], *, before: bool) -> tuple[Element, ...]:
    """Pattern items from one side of `*`; `joined` says an item touches its neighbour nearer the verb."""
    pieces = [p for p in _PATTERN_TOKEN.findall(text)]
    items: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    gaps: list[bool] = []  # gaps[k]: a space (not "_") separates item k from item k+1
    pending_gap: bool | None = None
    lead = True  # before the first item on the "after" side: is the verb joined to it?
    verb_joined_after = False
    for p in pieces:
        if p.isspace() or p == "_":
            if items:
                # "IN_ *": a trailing "_" before a space only marks an exact word.
                if p == "_" and pending_gap is None:
                    pending_gap = False
                elif p.isspace():
                    pending_gap = True
            elif lead and p == "_" and not before:
                verb_joined_after = True
            continue
        lead = False
        if items:
            gaps.append(True if pending_gap is None else pending_gap)
        pending_gap = None
        if p in {"$", "+", "%", "^"}:
            items.append(({"$": "source", "+": "target", "%": "compound", "^": "skip"}[p], ()))
        elif p.startswith("&"):
            members = tuple(_phrase_words(m) for m in _expand(p, synsets, 0))
            items.append(("words", tuple(m for m in members if m)))
        else:
            items.append(("words", (_phrase_words(p),)))
    verb_joined_before = pending_gap is False  # "IN_*"
    out: list[Element] = []
    for k, (kind, alts) in enumerate(items):
        if before:
            joined = (not gaps[k]) if k < len(gaps) else verb_joined_before
        else:
            joined = (not gaps[k - 1]) if k > 0 else verb_joined_after
        out.append(Element(kind, alts, joined))
    return tuple(out)


def _expand(name: str, synsets: dict[str, list[str]], depth: int) -> list[str]:
    out: list[str] = []
    for member in synsets.get(name.rstrip("_"), []):
        if member.startswith("&") and depth < 4:
            out.extend(_expand(member.split()[0], synsets, depth + 1))
        else:
            out.append(member)
    return out


def load_discards(path: Path, into: CameoDictionaries) -> None:
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip(raw).strip()
        if not line:
            continue
        story = line.startswith("+")
        words = tuple(w for w in _phrase_words(line.lstrip("+")) if w)
        if words:
            (into.story_discards if story else into.discards).append(words)


def load(paths: list[Path]) -> CameoDictionaries:
    """Read dictionaries; each file's kind comes from its name (actor, agent, verb, discard)."""
    out = CameoDictionaries()
    for p in paths:
        if not p.is_file():
            raise ResourceError(f"{p}: no such CAMEO dictionary (check {ENV})")
        name = p.name.lower()
        if "agent" in name:
            load_agents(p, out)
        elif "verb" in name:
            load_verbs(p, out)
        elif "discard" in name:
            load_discards(p, out)
        elif "actor" in name:
            load_actors(p, out)
        else:
            raise ResourceError(
                f"{p}: name it *actors*, *agents*, *verbs* or *discards* so its format is known ({ENV})"
            )
    return out


@lru_cache(maxsize=4)
def _load_cached(spec: str) -> CameoDictionaries:
    return load([Path(p.strip()) for p in spec.split(",") if p.strip()])


def configured() -> CameoDictionaries | None:
    """The dictionaries named by EVENTWATCH_CAMEO_DICTIONARIES, or None when it is unset."""
    spec = os.environ.get(ENV, "").strip()
    return _load_cached(spec) if spec else None
