"""Names, titles and back-references resolved to whom they name: people, the two leaders, the two sides."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwatch.extract.actors.countries import clause_subject_codes
from eventwatch.extract.actors.phrases import state_back_reference
from eventwatch.extract.actors.vocabulary import PERSON_PAIR_NOUNS, STATE_REFERENCE
from eventwatch.extract.syntax import object_taker
from eventwatch.model import Actor, Mention
from eventwatch.resources import read_tsv


def speaker_of(
    pronoun: Token, speech_verbs: frozenset[str], claim_nouns: frozenset[str] = frozenset()
) -> Token | None:
    """The subject of the reporting verb whose content clause has this pronoun as its subject; also of
    the verb that rejects a claim about the pronoun ("Kigali rejected claims that it armed …")."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ not in {"conj", "xcomp"}:
            break
        clause = clause.head
    verb: Token | None = None
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs:
        verb = clause.head
    elif (
        clause.dep_ in {"acl", "ccomp", "relcl"}
        and clause.head.lemma_.lower() in claim_nouns
        and clause.head.dep_ != "nsubjpass"
        and (taker := object_taker(clause.head)) is not None
        and taker.lemma_.lower() in speech_verbs
        and not any(c.dep_ == "mark" and c.lower_ == "which" for c in clause.children)
    ):
        verb = taker  # the claim's content is about the one who answers it
    elif clause.dep_ == "ROOT":
        # "It will withdraw, the ministry said": the reporting verb hangs on the content clause.
        verb = next(
            (c for c in clause.children if c.dep_ in {"parataxis", "ccomp"} and c.i > pronoun.i), None
        )
    if verb is None or verb.lemma_.lower() not in speech_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i != pronoun.i), None)


def full_name(name: str, persons: list[Actor]) -> Actor | None:
    """A longer name seen earlier that ends with this one ("Bayramov" → "Jeyhun Bayramov")."""
    for prior in reversed(persons):
        if prior.name != name and prior.name.endswith(" " + name):
            return prior
    return None


def person_with_title(
    title: Actor, persons: list[Actor], titles: dict[int, str] | None = None
) -> Actor | None:
    """The most recent named person whose mention carried this title word (or whose name came right
    after a mention of the title, in `titles` by index in `persons`)."""
    words = title.name.lower().split()
    key = words[-1] if words else ""
    titles = titles or {}
    for i in range(len(persons) - 1, -1, -1):
        carried = f"{titles.get(i, '')} {persons[i].entity_text}".lower()
        if key and key in carried:
            return persons[i]
    return None


def merge(mention: Actor, known: Actor) -> Actor:
    return Actor(
        entity_text=mention.entity_text,
        name=known.name,
        code=mention.code or known.code,
        sector=mention.sector or known.sector,
        org=mention.org or known.org,
        cameo=mention.cameo or known.cameo,
    )


def states_referred_back(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Resolve 'the country' and 'the two sides' to the states last named before them, in their
    sentence or the two before, other than their own clause's subject (a possessive, "the country's
    drug lord", may be the subject's, when no other state is named); unresolved, they name no one."""
    by_head = {m.head: m for m in mentions}
    starts: list[int] = []  # sentence starts, worked out only when a state is referred back to
    owners: dict[int, str | None] = {}  # head of a phrase a resolved "the country's" owns → its state
    out: list[Mention] = []
    for m in mentions:
        if m.head >= 0 and _two_people(sdoc[m.head]):
            # "Zelensky met Scholz … The two leaders discussed …": the two people last named
            people = _people_before(m, out, sdoc)
            out.append(replace(m, actor=people[0], also=(people[1],)) if len(people) == 2 else m)
            continue
        pair = m.head >= 0 and m.kind != STATE_REFERENCE and state_back_reference(sdoc[m.head]) == 2
        if m.kind != STATE_REFERENCE and not pair:
            out.append(m)
            continue
        head = sdoc[m.head]
        starts = starts or [sent.start for sent in sdoc.sents]
        first_sentence = max(0, bisect_right(starts, head.i) - 3)
        wanted = 2 if pair or state_back_reference(head) == 2 else 1
        skip = clause_subject_codes(head, by_head)
        kinds = _state_kinds().get(head.lemma_.lower())
        if kinds is not None:  # "the sultanate" is Oman or Brunei, whatever else was named last
            skip |= {m.actor.code for m in out if m.actor.code and m.actor.code not in kinds}
        # (two are not a venue: "held talks in Washington. Both sides agreed …" are the two that talked;
        # one may be: "an office in Tallinn … the Baltic state's exports")
        named = [
            o
            for o in out
            if wanted == 1 or not (o.kind == "country" and o.head >= 0 and _venue(sdoc[o.head]))
        ]
        found = _states_before(m, named, starts, first_sentence, skip, wanted)
        if len(found) < wanted:
            found = _states_before(m, out, starts, first_sentence, skip, wanted)
        if len(found) < wanted and head.dep_ == "poss":
            found = _states_before(m, out, starts, first_sentence, set(), wanted)
        if len(found) == wanted:
            out.append(replace(m, actor=found[0], kind="country", also=tuple(found[1:])))
            if head.dep_ == "poss":
                # "the country's most wanted drug lord", "the Baltic state's exports": its people, its things
                owners[head.head.i] = found[0].code
        elif pair:
            out.append(m)  # "the two sides held talks": parties all the same, whoever they are
    return [
        replace(m, actor=replace(m.actor, code=owners[m.head]))
        if m.head in owners
        and m.kind not in {"person", "country"}
        and m.actor.org is None
        and m.actor.code != "IGO"
        else m
        for m in out
    ]


@lru_cache(maxsize=1)
def _state_kinds() -> dict[str, frozenset[str]]:
    """Nouns of a kind of state → the states of that kind (resources/actors/state_kinds.tsv)."""
    rows = read_tsv("actors/state_kinds.tsv", ("noun", "codes"), required=2)
    return {r["noun"]: frozenset(r["codes"].split("|")) for r in rows}


def _two_people(head: Token) -> bool:
    """'the two leaders', 'both presidents', 'the two ministers': two people named before."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in PERSON_PAIR_NOUNS
        and any(c.lower_ in {"two", "both"} for c in head.children if c.dep_ in {"nummod", "det", "predet"})
        and not any(c.dep_ in {"amod", "compound", "prep"} for c in head.children)
    )


def _people_before(m: Mention, prior: list[Mention], sdoc: Doc) -> list[Actor]:
    """The two people last named (by name, or by a title resolved to a name) before `m`, in its
    sentence or the one before, in the order the text names them."""
    first = max(0, sdoc[m.head].sent.start - 1)
    earlier = sdoc[first].sent.start if first > 0 else 0
    found: list[Actor] = []
    for before in reversed(prior):
        if before.start >= m.start or before.head < earlier:
            continue
        named = before.kind == "person" or (
            before.kind == "title" and before.actor.name != before.actor.entity_text
        )
        if named and all(before.actor.name != a.name for a in found):
            found.append(replace(before.actor, entity_text=m.actor.entity_text))
        if len(found) == 2:
            break
    found.reverse()
    return found


def _venue(tok: Token) -> bool:
    """A place named as where something is done: 'talks in Washington', 'met at Camp David'."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"}


def _states_before(
    m: Mention, prior: list[Mention], starts: list[int], first_sentence: int, skip: set[str], wanted: int
) -> list[Actor]:
    """The `wanted` states last named before `m` (from sentence `first_sentence` on), not in `skip`,
    in the order the text names them."""
    found: list[Actor] = []
    for before in reversed(prior):
        code = before.actor.code
        # (a state's government names it too: "Afghanistan's Taliban government")
        state = before.kind == "country" or (before.kind == "group" and before.actor.sector == "GOV")
        if before.start >= m.start or not state or code in (None, "IGO") or code in skip:
            continue
        if bisect_right(starts, before.head) - 1 < first_sentence:
            break
        if all(code != a.code for a in found):
            found.append(replace(before.actor, entity_text=m.actor.entity_text, sector=None))
        if len(found) == wanted:
            break
    found.reverse()
    return found


# Words that make a description point elsewhere than its last namesake ("the other side").
_CONTRASTIVE = frozenset({"other", "another", "both", "two", "opposing", "rival", "new"})


# Sectors whose people have counterparts abroad: offices of state.
COUNTERPART_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})


def counterparts(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Thai police and their Malaysian counterparts', 'met his Syrian counterpart': a counterpart
    holds the office of the party it is set against, so it takes that party's sector (its country
    stays its own)."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        head = sdoc[m.head] if m.head >= 0 else None
        if head is None or head.lemma_.lower() != "counterpart":
            out.append(m)
            continue
        other: Mention | None = None
        if head.dep_ == "conj":
            other = by_head.get(head.head.i)  # "Thai police and their Malaysian counterparts"
        elif head.dep_ == "pobj" and head.head.lower_ == "with":
            verb = head.head.head
            if verb.pos_ == "NOUN":
                verb = verb.head  # "held talks with his Iraqi counterpart"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            other = by_head.get(subject.i) if subject is not None else None  # "X met with his counterpart"
        elif head.dep_ == "dobj":
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            other = by_head.get(subject.i) if subject is not None else None  # "X met his counterpart"
        sector = other.actor.sector if other is not None and other.kind != "pronoun" else None
        # (an office's counterpart: "Brazil's mines and energy minister and his Argentine counterpart"
        # is set against the minister, not the mines the parser joined it to)
        if sector in COUNTERPART_SECTORS and sector != m.actor.sector:
            out.append(replace(m, actor=replace(m.actor, sector=sector)))
        else:
            out.append(m)
    return out


def described_before(sdoc: Doc, mentions: list[Mention]) -> dict[int, list[int]]:
    """Definite descriptions with no country of their own that name a group described before with the
    same word ("a group of experts from the Ministry of Ecology … the expert group", "a Kenyan police
    unit … the police"): head of the description → heads of those earlier groups."""
    links: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        head = sdoc[m.head] if m.head >= 0 else None
        if (
            head is None
            or m.actor.code is not None
            or m.kind != "group"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or any(c.lower_ in _CONTRASTIVE for c in head.children)
        ):
            continue
        words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
        earlier = [
            o.head
            for o in mentions[:i]
            if o.kind in {"group", "org"} and o.head >= 0 and sdoc[o.head].lemma_.lower() in words
        ]
        if earlier:
            links[m.head] = earlier
    return links


def as_described_before(mentions: list[Mention], links: dict[int, list[int]]) -> list[Mention]:
    """Each linked description takes the country (and, lacking one, the sector) of the groups it names
    again, when those are all of one country: "Russian and Ukrainian officials … the officials" stay
    as they were."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        named = [by_head[h].actor for h in links.get(m.head, ()) if h in by_head]
        codes = {a.code for a in named}
        if len(codes) != 1 or None in codes:
            out.append(m)
            continue
        sector = m.actor.sector or named[-1].sector
        out.append(replace(m, actor=replace(m.actor, code=named[-1].code, sector=sector)))
    return out
