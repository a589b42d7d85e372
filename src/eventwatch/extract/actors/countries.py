"""Which country a group mention belongs to: its own words, its owner, its sentence, its report."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwatch.extract.actors.lexicon import ActorLexicon
from eventwatch.extract.actors.phrases import backer
from eventwatch.extract.actors.vocabulary import STATE_SPEAKERS
from eventwatch.extract.locate import BORDER_NOUNS
from eventwatch.extract.sides import BLOC_WORDS, of_several_states
from eventwatch.model import Mention, Place


def apposed(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Kenzo Oshima, the UN Emergency Relief Coordinator, …', 'X, Algeria's leading rights activist':
    a person takes the country and sector the apposition gives, where the name gives none; so does an
    organisation the lexicon does not know ("Argentina's main labour federation, the CGT")."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        unknown_org = m.kind == "org" and actor.code is None and actor.sector is None
        if (m.kind == "person" and (actor.code is None or actor.sector is None)) or unknown_org:
            head = sdoc[m.head]
            linked = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "appos":
                linked.append(head.head)
            for tok in linked:
                other = by_head.get(tok.i)
                if other is not None and other.kind != "pronoun":
                    actor = replace(
                        actor, code=actor.code or other.actor.code, sector=actor.sector or other.actor.sector
                    )
                    break
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def opposition_named(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'The opposition Syrian National Coalition demanded …', parsed as "opposition" with the name
    apart: the named body is the opposition."""
    token_at = {t.idx: t.i for t in sdoc}
    out: list[Mention] = []
    for m in mentions:
        first = token_at.get(m.start)
        before = sdoc[first - 1] if first else None
        if (
            before is not None
            and before.lower_ == "opposition"
            and m.kind in {"org", "group"}
            and m.actor.sector not in {"OPP", "REB"}
            and sdoc[m.head].pos_ == "PROPN"
        ):
            out.append(replace(m, actor=replace(m.actor, sector="OPP")))
        else:
            out.append(m)
    return out


def owners_country(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Rabat dismissed reports that its foreign minister had met …': a state organ owned by "its" or
    "their" is of the state or group that is the subject of the sentence's main clause."""
    lex = ActorLexicon.load()
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        if actor.sector is not None and m.kind in {"title", "group", "weapon"} and m.head >= 0:
            head = sdoc[m.head]
            # "called back its ambassador from Palikir": the owner's envoy, wherever he was posted;
            # "its Ukrainian envoy": the demonym says whose.
            own_demonym = actor.code is not None and any(lex.country_of(t.text) for t in head.lefts)
            owned = not own_demonym and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children
            )
            root = head.sent.root
            subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            owner = by_head.get(subject.i) if subject is not None and subject.i != head.i else None
            if owned and owner is not None and owner.kind in {"country", "org"} and owner.actor.code:
                actor = replace(actor, code=owner.actor.code)
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def shared_country(
    sdoc: Doc, mentions: list[Mention], places: list[tuple[int, int, str | None]]
) -> list[Mention]:
    """A group with no country of its own takes one from its phrase or its list: 'Darfur rebels' (a
    place of Sudan modifies it), 'Israeli helicopters and tanks' (the demonym is shared)."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        conjunct = m.head >= 0 and sdoc[m.head].dep_ == "conj"  # ("X and 14 senior officials")
        if (
            actor.code is None
            and actor.sector is not None
            and (m.kind not in {"pronoun", "parties"} or (m.kind == "parties" and conjunct))
        ):
            head = sdoc[m.head]
            inside = [
                c
                for start, end, c in places
                if c and m.start <= start and end <= head.idx and not _backer_at(sdoc, start, end)
            ]
            first = by_head.get(head.head.i) if head.dep_ == "conj" else None
            if inside:
                actor = replace(actor, code=inside[0])
            elif (
                first is not None
                and first.actor.code
                and first.start < m.start
                and (
                    first.kind in {"group", "weapon"}
                    # "sanctions on President Lukashenko and 14 senior officials": his officials
                    or (first.kind in {"person", "title"} and actor.sector == first.actor.sector == "GOV")
                )
            ):
                actor = replace(actor, code=first.actor.code)
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def sentence_country(
    sdoc: Doc,
    mentions: list[Mention],
    places: list[tuple[int, str | None]],
    skip: set[int] | None = None,
    speech_verbs: frozenset[str] = frozenset(),
) -> list[Mention]:
    """'The government accepted demands from Shona rebels', 'Islamic fundamentalists … the Algerian
    President': a group with a sector but no country, in a sentence that names one country only
    (by its other actors or its places), belongs to that country."""
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        # A named person's country is not the sentence's: "Archbishop Tutu called for sanctions on Nigeria".
        if (
            actor.code is None
            and actor.sector not in {None, "IGO", "NGO"}
            # nor a weapon's: "missiles hit Kyiv" were fired at Ukraine, not by it
            and m.kind not in {"parties", "person", "weapon"}
            and m.head not in (skip or set())  # (descriptions of a group named before: theirs)
            # nor one of several states: "urged Western governments to impose sanctions on Pretoria"
            and not any(c.dep_ == "amod" and c.lower_ in BLOC_WORDS for c in sdoc[m.head].children)
            and not of_several_states(actor)  # nor "foreign oil companies"
        ):
            head = sdoc[m.head]
            sent = head.sent
            own = _own_place(head, places)
            if own is not None:  # "police in Lagos"
                out.append(replace(m, actor=replace(actor, code=own)))
                continue
            other = _counterpart_offsets(head)
            # ("the road was closed by Russian peacekeepers, the Ministry of Ecology said": those a speaker
            # reports on are no sign of the speaker's own side; the places it reports on still are)
            reported = (
                {t.idx for c in head.head.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree}
                if head.dep_ == "nsubj" and head.head.lemma_.lower() in speech_verbs
                else set()
            )
            codes = {
                o.actor.code
                for o in mentions
                if o.actor.code
                and o.actor.code != "IGO"
                and sent.start_char <= o.start < sent.end_char
                and not m.start <= o.start < m.end  # its own words ("of Kenyan origin") were weighed
                and o.start not in reported
                and not _counterpart_at(sent, other, o.start, _bare(o))
                and not _backer_at(sdoc, o.start, o.end)
            }
            codes |= {
                c
                for start, c in places
                if c
                and sent.start_char <= start < sent.end_char
                and not _counterpart_at(sent, other, start, True)
                and not _backer_at(sdoc, start, start + 1)
            }
            if len(codes) == 1:
                actor = replace(actor, code=codes.pop())
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


# Prepositions of where an act happens (unlike LOCATIVE_PREPS, "from" is where forces come from).
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout"})


def _bare(mention: Mention) -> bool:
    """A country named as such ('Russia', 'Moscow' for its government), not a group of its people."""
    return mention.kind == "country" or mention.actor.sector is None


def reporters_country(
    sdoc: Doc, mentions: list[Mention], places: list[Place], speech_verbs: frozenset[str]
) -> list[Mention]:
    """Unmarked state speakers of a report ("…, the military said", "…, the regional governor said")
    belong to the side the report makes them: a military or defence ministry to the armed state
    actor of what it reports ("Israeli jets struck …, the military said": Israel's), any other to the
    country of the place it reports on ("Russian forces shelled Kharkiv, the governor said": Ukraine's).
    Unsure, they stay unmarked: a report is never made an admission by guesswork."""
    out: list[Mention] = []
    for m in mentions:
        head = sdoc[m.head] if m.head >= 0 else None
        verb = head.head if head is not None else None
        if (
            head is None
            or verb is None
            or m.actor.code is not None
            or m.actor.sector not in STATE_SPEAKERS
            or head.dep_ != "nsubj"
            or verb.lemma_.lower() not in speech_verbs
        ):
            out.append(m)
            continue
        content = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
        if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
            content.append(verb.head)  # "Jets struck the base, the military said" read the other way
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in content]
        inside = [o for o in mentions if any(a <= o.start < b for a, b in spans)]
        military = m.actor.sector == "MIL" or any(
            w in m.actor.entity_text.lower() for w in ("defence", "defense")
        )
        if military:
            # (the state the report's clause is about first: "Ghana has pledged to send a battalion to
            # Lebanon, the defence minister announced" is Ghana's minister)
            subjects = [
                o.actor.code
                for o in inside
                if o.actor.code and o.kind == "country" and o.head >= 0 and sdoc[o.head].dep_ == "nsubj"
            ]
            armed = subjects + [
                o.actor.code for o in inside if o.actor.sector in {"MIL", "GOV"} and o.actor.code
            ]
            code = armed[0] if armed and armed[0] != "IGO" else None
        else:
            located = [
                p.country_code for p in places if p.country_code and any(a <= p.start < b for a, b in spans)
            ]
            code = located[0] if located else None
        out.append(replace(m, actor=replace(m.actor, code=code)) if code else m)
    return out


def acted_on_codes(
    sdoc: Doc, mentions: list[Mention], places: list[tuple[int, str | None]]
) -> dict[int, set[str]]:
    """Per group mention without a country (by head token): the countries of the bare countries and
    places that its clause acts on, or that act on it, and of the neighbours its sentence names."""
    out: dict[int, set[str]] = {}
    for m in mentions:
        if m.actor.code is not None or m.head < 0 or m.kind in {"parties", "person"}:
            continue
        head = sdoc[m.head]
        sent = head.sent
        other = _counterpart_offsets(head)
        codes = {
            o.actor.code for o in mentions if o.actor.code and _counterpart_at(sent, other, o.start, _bare(o))
        }
        codes |= {c for at, c in places if c and _counterpart_at(sent, other, at, True)}
        if codes:
            out[m.head] = codes
    return out


def _counterpart_offsets(head: Token) -> frozenset[int]:
    """Start offsets of the other party of the clause a group noun takes part in.

    A country or place that the group acts on is the other party, not its home: "the minister
    criticised Russia's decision", "the minister visited Moscow" (groups it acts on, as in "accepted
    demands from Shona rebels", mostly share its country and still count). A country acting on the
    group is its counterpart too: "Washington embargoed arms sales to the junta" says nothing of where
    the junta rules."""
    return _acted_on(head) | _acting_subject(head)


def _counterpart_at(sent: Span, other: frozenset[int], start: int, bare: bool) -> bool:
    """Whether the country named at `start` is a group's counterpart, not its home: a bare country or
    place among `other` (_counterpart_offsets), or the neighbour across a border."""
    return (bare and start in other) or _across_border(sent, start)


def _own_place(head: Token, places: list[tuple[int, str | None]]) -> str | None:
    """The country of a place that a group noun is located by: 'police in Lagos', 'troops from Chad'."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ != "PERSON":
                    for start, code in places:
                        if code and obj.idx <= start < obj.idx + len(obj.text):
                            return code
    return None


def _acted_on(head: Token) -> frozenset[int]:
    """Start offsets of the tokens of what the clause whose subject is `head` acts on or aims at (its
    objects and prepositional phrases, not where it happens), or none."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.i == head.i:
        return frozenset()
    starts: set[int] = set()
    stack = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "xcomp", "ccomp", "prep"}]
    while stack:
        tok = stack.pop()
        # Where the act happens ("arrested protesters in Minsk", "a state of siege in Haiti") is mostly
        # the group's own country.
        if tok.dep_ == "prep" and tok.lower_ in WHERE_PREPS:
            continue
        starts.add(tok.idx)
        stack.extend(tok.children)
    return frozenset(starts)


def _across_border(sent: Span, start: int) -> bool:
    """The country at `start` is named as the neighbour ("near the border with Chad"): not the home of
    the sentence's groups."""
    if not sent.start_char <= start < sent.end_char:
        return False
    tok = next((t for t in sent if t.idx == start), None)
    while tok is not None and tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.head.head.lemma_.lower() in BORDER_NOUNS
    )


def _acting_subject(tok: Token) -> frozenset[int]:
    """Start offsets of the subject's tokens of the clause that acts on `tok` (`tok` among its objects),
    or none."""
    verb = tok
    for _ in range(8):
        if (
            verb.pos_ in {"VERB", "AUX"}
            or verb.dep_ in {"ROOT", "nsubj", "nsubjpass"}
            or verb.head.i == verb.i
        ):
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == tok.i:
        return frozenset()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        # ("Washington vowed to destroy Islamic State": who vows is who would destroy)
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or tok.idx not in _acted_on(subject):
        return frozenset()
    return frozenset(t.idx for t in subject.subtree)


def _backer_at(sdoc: Doc, start: int, end: int) -> bool:
    """True when the words at these offsets are a sponsor's: "US" in "US-backed forces"."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and backer(span[-1])


def clause_subject_codes(head: Token, mentions: dict[int, Mention]) -> set[str]:
    """Countries of the subject of the clause a noun phrase is taken by ("Turkey airlifted tents to
    the country": not Turkey; "China retaliated by blocking the Baltic state's exports": not China),
    other than the phrase itself."""
    verb = head
    for _ in range(10):
        if verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    codes: set[str] = set()
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i != head.i:
            for subject in (child, *child.conjuncts):  # "Qatar and Turkey mediated between the neighbours"
                found = mentions.get(subject.i)
                if found is not None and found.actor.code:
                    codes.add(found.actor.code)
    # Nor a state named in its own noun phrase: "the withdrawal of French troops from the country" is
    # not France's withdrawal from France.
    top = head
    while top.head.i != top.i and top.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        top = top.head
    own = {t.i for t in head.subtree}
    for t in top.subtree:
        found = mentions.get(t.i)
        if t.i not in own and found is not None and found.actor.code and t.i < head.i:
            codes.add(found.actor.code)
    return codes


def with_coordinated(sdoc: Doc, mention: Mention) -> Mention:
    """The mention with the further actors its coordinated country words name (`Mention.also`)."""
    if mention.head < 0 or mention.kind in {"pronoun", "person", "country"}:
        return mention
    head = sdoc[mention.head]
    also = tuple(
        replace(mention.actor, entity_text=name, name=name, code=code)
        for name, code in _coordinated_countries(head)
        if code != mention.actor.code
    )
    return replace(mention, also=also) if also else mention


def _coordinated_countries(head: Token) -> list[tuple[str, str]]:
    """Further countries of a noun phrase whose country words are coordinated: "Vietnamese and
    Cambodian navies" → [(Cambodian, KHM)], "South African and Mozambican police", "the foreign
    ministers of Indonesia and Malaysia", "negotiators from Ethiopia, Egypt and Sudan". The first
    country is the mention's own. RETURNS: (name of the further actor, its country) pairs."""
    lex = ActorLexicon.load()

    def country(word: Token) -> str | None:
        left = [t for t in word.lefts if t.dep_ in {"amod", "compound"} and t.i == word.i - 1]
        pair = lex.country_of(f"{left[0].text} {word.text}") if left else None
        return pair or lex.country_of(word.text)

    out: list[tuple[str, str]] = []
    for child in head.children:
        if child.dep_ in {"amod", "compound", "nmod"} and country(child) is not None:
            listed = [(c, f"{c.text} {head.text}") for c in child.conjuncts if c.i < head.i]
        elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            first = next((o for o in child.children if o.dep_ == "pobj" and country(o) is not None), None)
            conjuncts = first.conjuncts if first is not None else ()
            listed = [(c, f"{head.text} {child.text} {c.text}") for c in conjuncts]
        else:
            continue
        for conj, name in listed:
            code = country(conj)
            if code is not None:
                out.append((name, code))
    return out
