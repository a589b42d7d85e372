"""Optional CAMEO dictionaries in the PETRARCH formats: actors, agents and verb patterns.

Users who own CAMEO dictionaries (PETRARCH/TABARI `*.actors.txt`, `*.agents.txt`, `*.verbs.txt`)
can point eventwatch at them with the environment variable

    EVENTWATCH_CAMEO_DICTIONARIES=/path/a.actors.txt,/path/a.agents.txt,/path/a.verbs.txt

(the kind of each file is read from its name: `actor`, `agent` or `verb`). Then actor names from the
dictionary become actor mentions with their CAMEO code (the first three letters as `code`, the next
agent code as `sector`), agent nouns add sectors, and dictionary verbs become event triggers whose
CAMEO code is chosen by PETRARCH-style patterns ("- * DIPLOMATIC TIES [064]"). Without the variable
nothing here is loaded and the pipeline is unchanged.

Formats (PETRARCH 2 manual): actors are `NAME [CODE]` or `NAME` + indented `[CODE date-restriction]`
lines, `+SYNONYM` lines; `_` joins words. Agents are `NAME {PLURALS} [~SEC]` (suffix) or `[SEC~]`
(prefix), with `!SUBST! = A, B` substitution sets. Verbs are `--- NAME [code] ---` blocks whose first
lines list the verb forms, then `- before * after [code]` patterns; `&SYNSET` names a `+member` list.
Pattern markers `$` (source), `+` (target), `%` (compound), `^` (skip) are ignored here: words are
matched in order before and after the verb within the sentence. Limits: PETRARCH's full phrase-
structure matching is not reproduced; negation synsets and the source/target markers are not used.
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


def plover_of(cameo: str) -> str | None:
    """PLOVER category of a CAMEO code (None for codes outside CAMEO's 20 roots)."""
    if len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    if cameo.startswith("08") and cameo[:3] >= "084":
        return "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(cameo[:2])


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[tuple[str, ...], ...]  # word alternatives, in order, before the verb
    after: tuple[tuple[str, ...], ...]
    code: str


@dataclass(slots=True)
class CameoDictionaries:
    """Actor names → dated codes, agent nouns → (code, prefix?), verb forms → (default code, patterns)."""

    actors: dict[tuple[str, ...], list[DatedCode]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)
    verbs: dict[str, tuple[str, list[VerbPattern]]] = field(default_factory=dict)
    longest_actor: int = 1
    longest_agent: int = 1

    def actor_codes(self, words: tuple[str, ...], day: dt.date | None) -> list[str] | None:
        entries = self.actors.get(words)
        if entries is None:
            return None
        dated = [e for e in entries if e.start is not None or e.end is not None]
        chosen = next((e for e in dated if e.valid_on(day)), None) if day else None
        if chosen is None:
            chosen = next((e for e in entries if e.start is None and e.end is None), entries[0])
        return [c for c in chosen.code.split("/") if c]

    def find_actors(self, words: list[str], day: dt.date | None) -> list[tuple[int, int, list[str]]]:
        """Longest dictionary actor names in a word list: (first, end, codes), left to right."""
        out: list[tuple[int, int, list[str]]] = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest_actor, len(words) - i), 0, -1):
                codes = self.actor_codes(tuple(words[i : i + n]), day)
                if codes is not None:
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
                hit = self.agents.get(tuple(words[i : i + n]))
                if hit is not None:
                    out.append((i, i + n, hit[0], hit[1]))
                    i += n
                    break
            else:
                i += 1
        return out

    def verb_code(self, form: str, before: list[str], after: list[str]) -> str | None:
        """The CAMEO code of a verb form in context: the longest matching pattern, else the default."""
        entry = self.verbs.get(form)
        if entry is None:
            return None
        default, patterns = entry
        best: tuple[int, str] | None = None
        for pat in patterns:
            if _in_order(pat.after, after) and _in_order(pat.before, list(reversed(before)), reverse=True):
                size = len(pat.before) + len(pat.after)
                if best is None or size > best[0]:
                    best = (size, pat.code)
        return best[1] if best is not None else default


def _in_order(needed: tuple[tuple[str, ...], ...], words: list[str], *, reverse: bool = False) -> bool:
    """Each group of alternatives occurs in order within the words (nearest first when reverse)."""
    seq = list(reversed(needed)) if reverse else list(needed)
    i = 0
    for alternatives in seq:
        while i < len(words) and words[i] not in alternatives:
            i += 1
        if i >= len(words):
            return False
        i += 1
    return True


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
    code, rest = parts[0], " ".join(parts[1:]).replace(" ", "")
    if not rest:
        return DatedCode(code)
    if rest.startswith("<"):
        return DatedCode(code, None, _date(rest[1:]))
    if rest.startswith(">"):
        return DatedCode(code, _date(rest[1:]), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return DatedCode(code, _date(a), _date(b))
    return DatedCode(code)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in name.strip().strip("_").replace("_", " ").lower().split() if w)


def load_actors(path: Path, into: CameoDictionaries) -> None:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    names: list[tuple[str, ...]] = []
    codes: list[DatedCode] = []

    def flush() -> None:
        if names and codes:
            for n in names:
                into.actors[n] = list(codes)
                into.longest_actor = max(into.longest_actor, len(n))

    for raw in text.splitlines():
        line = _strip(raw)
        if not line.strip():
            continue
        blocks = _CODE_BLOCK.findall(line)
        head = _CODE_BLOCK.sub("", line).strip()
        if raw[:1] in {" ", "\t"} and not head:
            codes.extend(c for c in (_dated(b) for b in blocks) if c is not None)
            continue
        if head.startswith("+"):
            names.append(_words(head[1:]))
            continue
        flush()
        names = [_words(head)] if head else []
        codes = [c for c in (_dated(b) for b in blocks) if c is not None]
    flush()


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
        code = block.strip("~ ").strip()
        head = _CODE_BLOCK.sub("", line)
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = [head]
        for key, members in subst.items():
            if key in head:
                forms = [head.replace(key, v) for v in members]
        extra = [p for group in plurals for p in group.split()]
        for form in forms + extra + [f + "S" for f in forms if not plurals]:
            words = _words(form)
            if words:
                into.agents[words] = (code, prefix)
                into.longest_agent = max(into.longest_agent, len(words))


def load_verbs(path: Path, into: CameoDictionaries) -> None:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    lines = [_strip(raw) for raw in text.splitlines()]
    for line in lines:  # synsets first: patterns may use them before they are defined
        s = line.strip()
        if s.startswith("&"):
            current = s.split()[0]
            synsets[current] = []
        elif s.startswith("+") and current is not None:
            synsets[current].append(s[1:].strip())
        elif s:
            current = None
    forms: list[str] = []
    default = "---"
    patterns: list[VerbPattern] = []
    in_block = False

    def flush() -> None:
        for f in forms:
            into.verbs[f] = (default, list(patterns))

    for line in lines:
        s = line.strip()
        if s.startswith("---"):
            flush()
            blocks = _CODE_BLOCK.findall(s)
            default = blocks[0].split(":")[0].strip() if blocks else "---"
            forms, patterns, in_block = [], [], True
            continue
        if not in_block or not s or s.startswith(("&", "+")):
            continue
        if s.startswith("-"):
            blocks = _CODE_BLOCK.findall(s)
            body = _CODE_BLOCK.sub("", s[1:]).strip()
            if not blocks or "*" not in body:
                continue
            before_text, _, after_text = body.partition("*")
            patterns.append(
                VerbPattern(
                    _pattern_words(before_text, synsets),
                    _pattern_words(after_text, synsets),
                    blocks[0].split(":")[0].strip(),
                )
            )
            continue
        head = re.sub(r"\{([^}]*)\}", r" \1 ", _CODE_BLOCK.sub("", s))
        forms.extend(w.lower().strip("_") for w in head.split() if w.strip("_"))
    flush()


def _pattern_words(text: str, synsets: dict[str, list[str]]) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for token in text.replace("_", " ").split():
        token = token.strip()
        if token in {"$", "+", "%", "^"} or not token:
            continue
        if token.startswith("&"):
            members = _expand(token, synsets, depth=0)
            if members:
                out.append(tuple(members))
            continue
        out.append((token.lower(),))
    return tuple(out)


def _expand(name: str, synsets: dict[str, list[str]], depth: int) -> list[str]:
    out: list[str] = []
    for member in synsets.get(name.rstrip("_"), []):
        if member.startswith("&") and depth < 3:
            out.extend(_expand(member, synsets, depth + 1))
        else:
            out.append(member.replace("_", " ").split()[-1].lower())  # match on the last word
    return out


def load(paths: list[Path]) -> CameoDictionaries:
    """Read dictionaries; each file's kind comes from its name (actor, agent, verb)."""
    out = CameoDictionaries()
    for p in paths:
        if not p.is_file():
            raise ResourceError(f"{p}: no such CAMEO dictionary (check {ENV})")
        name = p.name.lower()
        if "agent" in name:
            load_agents(p, out)
        elif "verb" in name:
            load_verbs(p, out)
        elif "actor" in name:
            load_actors(p, out)
        else:
            raise ResourceError(f"{p}: name it *actors*, *agents* or *verbs* so its format is known")
    return out


@lru_cache(maxsize=4)
def _load_cached(spec: str) -> CameoDictionaries:
    return load([Path(p.strip()) for p in spec.split(",") if p.strip()])


def configured() -> CameoDictionaries | None:
    """The dictionaries named by EVENTWATCH_CAMEO_DICTIONARIES, or None when it is unset."""
    spec = os.environ.get(ENV, "").strip()
    return _load_cached(spec) if spec else None
