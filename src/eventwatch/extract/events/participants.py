"""Actors and recipients from the parse: mentions at a token, owners, objects and lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwatch.extract.events.clauses import (
    child_with,
    condition_or_time_clause,
    direct_object,
    light_verb,
    names_a_venue,
    of_objects,
    same_list,
    subject_of,
)
from eventwatch.extract.events.vocabulary import (
    BROKERING_VERBS,
    COLLECTIVE_HEADS,
    CONCESSIVE_PREPS,
    DEALINGS_NOUNS,
    DEFYING_VERBS,
    KNOWLEDGE_NOUNS,
    MEASURE_NOUNS,
    MISSION_WORDS,
    RECIPIENT_PREPS,
    SPEECH_NOUNS,
    TELLING_VERBS,
    TOPIC_PREPS,
)
from eventwatch.extract.locate import BORDER_NOUNS
from eventwatch.extract.syntax import doc_text, misread_pair
from eventwatch.model import Actor, Mention, Place


def fire_source(noun: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Who fired what an act was done by: "killed by gunfire from security forces", "wounded by
    shelling from rebel positions" (the fire itself names no one)."""
    return [
        a
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"from", "by"}
        for o in p.children
        if o.dep_ in {"pobj", "pcomp"}
        for a in actors_at(o, by_head, maximal, places_ok=False)
    ]


def fired_from_country(verb: Token, by_head: dict[int, Mention]) -> list[Actor]:
    """'rockets fired from Gaza': the country the weapons were fired from, as who fired them."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = by_head.get(obj.i)
            if mention is not None and mention.kind == "country" and mention.actor.code:
                return [mention.actor]
    return []


def quits_a_body(verb: Token, by_head: dict[int, Mention]) -> bool:
    """'The Gambia will leave the Commonwealth': a state (not troops) leaving a body of states."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"leave", "quit", "exit"}:
        return False
    subject = subject_of(verb)
    doer = by_head.get(subject.i) if subject is not None else None
    if doer is None or not (doer.kind == "country" or (doer.kind == "group" and doer.actor.sector == "GOV")):
        return False  # troops leaving, an official leaving his post: no state quits anything
    return any(
        c.dep_ == "dobj" and c.i in by_head and a_body_of_states(by_head[c.i].actor) for c in verb.children
    )


def a_body_of_states(actor: Actor) -> bool:
    """The OAS, ECOWAS, the ICC: an intergovernmental body itself, not its troops or agencies' staff."""
    return actor.code == "IGO" and actor.sector in {"IGO", "JUD", "GOV", None}


def addressees(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Whom a statement is addressed to: 'told X', 'issued a reminder to X', 'said to X'."""
    out: list[Actor] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in SPEECH_NOUNS)]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    out.extend(actors_at(obj, by_head, maximal))
            elif child.dep_ == "dative" and child.pos_ != "ADP":
                out.extend(actors_at(child, by_head, maximal))
            elif child.dep_ == "dobj" and holder is verb and verb.lemma_.lower() in TELLING_VERBS:
                # "told Bamako it would …"; not "told reporters", who pass the statement on
                out.extend(a for a in actors_at(child, by_head, maximal) if a.sector != "JRN")
    return out


def speaker_and_addressees(
    speech: Token, by_head: dict[int, Mention], maximal: list[Mention]
) -> tuple[list[Actor], list[Actor]]:
    """Who speaks and to whom: "Y told X", and passive, "X was told by Y" (the agent speaks)."""
    if any(c.dep_ == "auxpass" for c in speech.children):
        return passive_agents(speech, by_head, maximal), subject_actors(speech, by_head, maximal)
    return subject_actors(speech, by_head, maximal), addressees(speech, by_head, maximal)


def addressed_as_pronoun(verb: Token, told: list[Actor]) -> bool:
    """'told Argentina that it must …': the clause's subject is only a pronoun for the one told."""
    subject = subject_of(verb)
    return bool(told) and subject is not None and subject.lower_ in {"it", "they"}


STATE_SIDE = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG"})


def same_side(a: Actor, b: Actor) -> bool:
    """Two mentions of one party: the same country and sector, or a state and its own organs
    ('Baghdad' and 'Iraq's defence minister'; not 'Kinshasa' and the rebels of the same country)."""
    return a.code == b.code and (a.sector == b.sector or (a.sector in STATE_SIDE and b.sector in STATE_SIDE))


def act_for_states(actors: list[Actor], sectors: set[str] | frozenset[str]) -> bool:
    """True when every actor is of one of `sectors` or a state named by its country ("Greece")."""
    return bool(actors) and all(
        a.sector in sectors or (a.sector is None and a.code not in {None, "IGO"}) for a in actors
    )


def neighbour_across_border(tok: Token, by_head: dict[int, Mention], actors: list[Actor]) -> list[Actor]:
    """'massed troops near its border with Ukraine', 'along the Colombian border': the country across
    the border the act is done at faces it."""
    own = {a.code for a in actors}
    verb = tok if tok.pos_ == "VERB" else light_verb(tok)
    scope = [t for t in (verb or tok).subtree if t.dep_ not in {"relcl", "ccomp"}]
    for border in (t for t in scope if t.lemma_.lower() in BORDER_NOUNS):
        named = [c for c in border.children if c.dep_ in {"amod", "compound", "poss"}]
        named += [o for p in border.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        for word in named:
            mention = by_head.get(word.i)
            if mention is not None and mention.actor.code not in own | {None}:
                return [mention.actor]
    return []


def specific_actors(actors: list[Actor], places: set[str] | None = None) -> list[Actor]:
    """'Russian shelling of Kharkiv killed five civilians': the town's country (or its people, a
    place standing for them) says no more than the civilians of that country do; a bare country goes
    when a group of the same country is listed. `places`: the texts of the document's places."""
    places = places or set()
    specific = {a.code for a in actors if a.code is not None and a.sector is not None}
    named = {(a.code, a.sector) for a in actors if a.entity_text not in places}
    return [
        a
        for a in actors
        if (a.sector is not None or a.code not in specific)
        and not (a.entity_text in places and a.sector is not None and (a.code, a.sector) in named)
    ]


def place_actor(place: Place, capital_governs: bool = False) -> Actor:
    """A place named by a preposition standing for its country as a recipient; a town or city
    (GeoNames PPL*) stands for its people, CAMEO's civilian sector (a capital is the government only
    as a subject or object, which makes it an actor mention of its own, or with `capital_governs`, as
    whom a verbal act is aimed at: "a threat of retaliation against Helsinki")."""
    if capital_governs and place.feature_code == "PPLC":
        return Actor(place.text, place.name, place.country_code, "GOV")
    town = (place.feature_code or "").startswith("PPL")
    return Actor(place.text, place.name, place.country_code, "CVL" if town else None)


def subject_actors(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    subj = subject_of(verb)
    return actors_at(subj, by_head, maximal) if subj is not None else []


def owner_of(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """Who a request, offer or proposal comes from: 'a U.S. request', 'Iraq's offer', 'a call by X'."""
    for child in noun.children:
        if child.i in by_head and child.dep_ in {"poss", "compound", "nmod", "amod"} and child.pos_ != "PRON":
            return by_head[child.i].actor
        if child.dep_ == "prep" and child.lower_ in {"of", "by", "from"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_head:
                    return by_head[obj.i].actor
    # "an offer of talks from Addis Ababa", "a request for aid from Kiev": the parser hangs the giver on
    # what is offered or asked for
    for obj in (
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for o in p.children
    ):
        for sub in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}):
            for giver in sub.children:
                if giver.dep_ == "pobj" and giver.i in by_head:
                    return by_head[giver.i].actor
    return None


def authors_of(noun: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Who drew up, proposed or sponsored what a noun names: 'a draft resolution drawn up by Norway and
    Ireland', 'a plan put forward by Egypt' (the agent of a participle on the noun)."""
    return [
        actor
        for participle in noun.children
        if participle.dep_ == "acl" and participle.tag_ == "VBN"
        for actor in passive_agents(participle, by_head, maximal, places_ok=False)
    ]


def passive_agents(
    verb: Token, by_head: dict[int, Mention], maximal: list[Mention], *, places_ok: bool = True
) -> list[Actor]:
    """The actors of a passive verb's by-phrase: "was told by the IMF", "drawn up by Norway"."""
    return [
        actor
        for agent in verb.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
        for actor in actors_at(obj, by_head, maximal, places_ok=places_ok)
    ]


def holders_of_the_released(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Who holds the people whose release or return a verb asks for: 'demanded the release of 11
    fishermen detained by the Chinese coast guard' (the agent of a participle on them)."""
    asked = [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"release", "return", "freedom"}
    ]
    return [a for noun in asked for held in of_objects(noun) for a in authors_of(held, by_head, maximal)]


def actors_at(
    tok: Token, by_head: dict[int, Mention], maximal: list[Mention], *, places_ok: bool = True
) -> list[Actor]:
    """Actors named by the phrase headed by tok, with its conjuncts and textual lists."""
    out: list[Actor] = []
    conjuncts = list(tok.conjuncts)
    partitive = next((n for n, c in enumerate(conjuncts) if _a_part_of_them(c)), None)
    # ("160 villagers, most of them women and children": the villagers again, no new parties)
    heads = [tok, *conjuncts[:partitive]]
    if tok.i in by_head and by_head[tok.i].kind == "country":
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a country apposed to a country
        # is the next item of a list the parser read as an apposition.
        for appos in (c for c in tok.children if c.dep_ == "appos" and c.i in by_head):
            if by_head[appos.i].kind == "country":
                heads.extend([appos, *appos.conjuncts])
    # "Greece's foreign minister George Papandreou and his Turkish counterpart Ismail Cem": a
    # counterpart the parser hung on the minister as an apposition is the other party
    counterparts = [
        by_head[c.i].actor
        for c in tok.children
        if c.dep_ == "appos" and c.lemma_.lower() == "counterpart" and c.i in by_head and c.i > tok.i
    ]
    for head in heads:
        mention = by_head.get(head.i)
        if mention is None:
            # "Hundreds of protesters", "a team of inspectors": the group is named in the of-phrase.
            of_obj = next(
                (
                    o
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            mention = by_head.get(of_obj.i) if of_obj is not None else None
        if mention is None:
            # "Iran's religious leader, Ayatollah Khomeini": the name in apposition.
            mention = next(
                (by_head[c.i] for c in head.children if c.dep_ == "appos" and c.i in by_head), None
            )
        if mention is None and not _aimed_at_an_actor(head, by_head):
            # "the Azerbaijani republic": a noun naming no actor stands for the country modifying it
            # (but "US sanctions on Sudan" are Sudan's to bear).
            mention = next(
                (
                    by_head[c.i]
                    for c in head.children
                    if c.dep_ in {"compound", "amod", "nmod"}
                    and c.i in by_head
                    and not _names_a_measure(c, by_head[c.i])  # "the foreign agents law": not theirs
                ),
                None,
            )
        if mention is None:
            continue
        if head.lemma_.lower() in COLLECTIVE_HEADS:
            members = _members(head, by_head)
            if members:
                out.extend(members)
                continue
        out.extend(m.actor for m in _listed_before(mention, maximal, doc_text(tok.doc), tok.doc))
        # "the government of El Salvador and leftist guerrillas": the parser joins the guerrillas to El
        # Salvador inside the of-phrase; a group with a sector of its own there is a party of its own
        out.extend(
            by_head[c.i].actor
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of" and mention.kind in {"group", "title", "parties"}
            for o in p.children
            if o.dep_ == "pobj" and o.i in by_head and by_head[o.i].kind == "country"
            for c in o.conjuncts
            if c.i in by_head and by_head[c.i].actor.sector is not None and by_head[c.i].kind == "group"
        )
        # "Colombia's government and FARC rebels", which the parser reads as one phrase whose first
        # noun is a modifier with a conjunct: the modifier's group is a party of its own
        out.extend(
            by_head[c.i].actor
            for c in head.children
            if c.dep_ == "nmod"
            and c.i in by_head
            and by_head[c.i].kind == "group"
            and any(g.dep_ == "cc" for g in c.children)
        )
        first = misread_pair(head)
        if first is not None and first.i in by_head:
            out.append(by_head[first.i].actor)  # "President X and Chancellor Y": X, whom the parser hung on Y
        out.append(mention.actor)
        out.extend(mention.also)  # "Vietnamese and Cambodian navies": both navies
    out.extend(counterparts)
    if not places_ok:
        out = [a for a in out if a.code is not None or a.sector is not None]
    return out


def _a_part_of_them(noun: Token) -> bool:
    """A noun said to be a part of the group before it: "most of them women", "many of whom students"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in {"them", "whom"} for o in p.children)
        for q in noun.children
        if q.dep_ in {"nsubj", "amod", "nmod", "npadvmod", "advmod"}
        or q.lower_ in {"most", "many", "some", "all"}
        for p in q.children
    )


def carried(noun: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Those a vehicle carries: "a convoy carrying UN peacekeepers", "a bus transporting pilgrims"."""
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS):
        for obj in (o for o in acl.children if o.dep_ == "dobj"):
            return actors_at(obj, by_head, maximal)
    return []


# Verbs of a vehicle carrying people: those carried are hit when it is.
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "evacuate"})


def object_actor(
    verb: Token, by_head: dict[int, Mention], actors: list[Actor], role: str = "dobj"
) -> list[Actor]:
    """'welcomed the resumption of ties with X': with no recipient of its own, the first actor named
    inside the verb's object phrase (or, with `role` "nsubjpass", its passive subject's: "US
    sanctions on Damascus were lifted"), not in a clause of its own, receives the event."""
    direct = direct_object(verb, frozenset({role}))
    if direct is None:
        return []
    queue = [direct]
    while queue:
        tok = queue.pop(0)
        mention = by_head.get(tok.i)
        # A pronoun is here only once resolved: "accepted their demands" after "Nurses went on strike"
        # (but "They pulled back their guns": their own).
        if mention is not None and mention.actor not in actors:
            pronoun = tok.pos_ == "PRON"
            own = any((a.name, a.code) == (mention.actor.name, mention.actor.code) for a in actors)
            if not pronoun or (tok.dep_ == "poss" and not own):
                if tok is direct:
                    return []
                # ("talks between the Sudanese government and southern rebels": both)
                listed = [by_head[c.i].actor for c in tok.conjuncts if c.i in by_head]
                return [mention.actor, *(a for a in listed if a not in actors)]
        # (not where: "signed an accord in Tegucigalpa" is signed there, not with Honduras; but "dollars
        # in loans to Vietnam" goes on)
        queue.extend(
            c
            for c in tok.children
            if c.dep_ in {"prep", "pobj", "compound", "nmod", "poss"} and not names_a_venue(c)
        )
    return []


def _aimed_at_an_actor(noun: Token, by_head: dict[int, Mention]) -> bool:
    """'sanctions on Sudan', 'aid to Pakistan', 'the embargo against Cuba': the noun names what is done
    to an actor of its on-, to- or against-phrase."""
    return any(
        o.i in by_head
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"on", "to", "against"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def object_participants(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Actors a clause's verb acts on: its direct object and the objects of recipient prepositions on
    the verb or the object ('cut off electricity to X', 'break off relations with X')."""
    out: list[Actor] = []
    direct = direct_object(verb, frozenset({"dobj", "dative"}))
    if direct is not None:
        out.extend(actors_at(direct, by_head, maximal, places_ok=False))
    # ("fired tear gas and warning shots at the monks": the last of listed objects holds the phrase)
    holders = (verb, direct, *direct.conjuncts) if direct is not None else (verb,)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and (prep.lower_ in RECIPIENT_PREPS or prep.lower_ == "with"):
                # ("share intelligence on Islamic State", "share intelligence with Iraq on IS fighters")
                known = holder.lemma_.lower() in KNOWLEDGE_NOUNS or (
                    holder is verb and direct is not None and direct.lemma_.lower() in KNOWLEDGE_NOUNS
                )
                if prep.lower_ in TOPIC_PREPS and known:
                    continue  # what it is about, not whom
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = actors_at(obj, by_head, maximal, places_ok=False)
                        owner = owner_of(obj, by_head) if not found else None
                        out.extend(found or ([owner] if owner else []))  # "respond to a demand from X"
    out.extend(dealings_partners(verb, by_head, maximal))
    return out


def dealings_partners(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """'pull out of peace talks with the government', 'withdrew from the treaty with Moscow', 'backed
    down in its row with the UN mission': the other party of the dealings the verb leaves, enters or
    gives way in."""
    out: list[Actor] = []
    stack = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"out", "from", "of", "into", "in"}]
    while stack:
        prep = stack.pop()
        for obj in prep.children:
            if obj.dep_ == "prep" and obj.lower_ in {"of", "from"}:
                stack.append(obj)  # "out" + "of"
            elif obj.dep_ == "pobj" and obj.lemma_.lower() in DEALINGS_NOUNS:
                for with_ in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for partner in (c for c in with_.children if c.dep_ == "pobj"):
                        out.extend(actors_at(partner, by_head, maximal, places_ok=False))
    return out


def purpose_target(tok: Token, by_head: dict[int, Mention], actors: list[Actor]) -> list[Actor]:
    """The first actor named in the clause that states what a protest demands or opposes ('to demand
    …', 'calling for …', 'in protest of …', 'against …'), in the order of the words."""
    holders = [tok]
    if tok.dep_ in {"dobj", "pobj"} and tok.head.pos_ in {"VERB", "AUX", "ADP"}:
        holders.append(tok.head if tok.dep_ == "dobj" else tok.head.head)  # "staged demonstrations to …"
    for holder in holders:
        # (what follows the act first: "Defying a court injunction, unions began a strike to force the
        # president …"; and what is defied is no target)
        clauses: list[Token] = []
        for child in sorted(holder.children, key=lambda c: (c.i < holder.i, c.i)):
            defying = child.lemma_.lower() in DEFYING_VERBS
            # ("defying a court order … and insisting that the government …": the demand goes on)
            clauses.extend([c for c in child.children if c.dep_ == "conj"] if defying else [child])
        for child in clauses:
            purpose = child.dep_ in {"advcl", "xcomp", "acl"} or (
                child.dep_ == "prep"
                and (
                    child.lower_ in {"against", "over"}
                    or (child.lower_ == "in" and _in_protest(child))
                    or (child.lower_ in STATE_WIDE_PREPS and _in_a_state(child, by_head))
                )
            )
            if not purpose or condition_or_time_clause(child):
                continue  # "a protest if the detainees are not released": a condition, not the demand
            if child.dep_ == "prep" and child.lower_ in STATE_WIDE_PREPS and _in_a_state(child, by_head):
                # "demonstrated across Indonesia", "strikes in Serbia": aimed at the state's government
                state = next(by_head[o.i].actor for o in child.children if o.dep_ == "pobj")
                if state not in actors:
                    return states_governments([state])
            # (what the protest defies is no target: "vowing to build a temple despite a court ban")
            defied = {t.i for p in child.subtree if p.lower_ in CONCESSIVE_PREPS for t in p.subtree}
            words = [t for t in sorted(child.subtree, key=lambda t: t.i) if t.i not in defied]
            # "to protest the closure of a newspaper by the judiciary": who did the act opposed
            for by in (t for t in words if t.lower_ == "by" and t.dep_ in {"agent", "prep"}):
                agent = next((by_head[o.i] for o in by.children if o.dep_ == "pobj" and o.i in by_head), None)
                if agent is not None and agent.actor not in actors:
                    return [agent.actor]
            for t in words:
                mention = by_head.get(t.i)
                if (
                    mention is not None
                    and t.pos_ != "PRON"
                    and mention.actor not in actors
                    and not _names_a_measure(t, mention)
                ):
                    return [mention.actor]
    return []


def states_governments(actors: list[Actor]) -> list[Actor]:
    """A protest's targets with a state named bare ("in Serbia", "across Indonesia") aimed at its
    government (GOV); other targets as they are."""
    return [
        replace(a, sector="GOV") if a.sector is None and a.code not in {None, "IGO"} else a for a in actors
    ]


def _in_protest(prep: Token) -> bool:
    """'in protest at …', 'in solidarity with …': a purpose; 'in central Tbilisi': a place."""
    return any(
        o.dep_ == "pobj"
        and o.lemma_.lower() in {"protest", "support", "solidarity", "opposition", "defiance"}
        for o in prep.children
    )


# Prepositions of a protest held in a whole state: "in Serbia", "across Indonesia".
STATE_WIDE_PREPS = frozenset({"in", "across", "throughout"})


def _in_a_state(prep: Token, by_head: dict[int, Mention]) -> bool:
    """'demonstrated in Serbia': a protest in a state is aimed at it (not one "in central Tbilisi")."""
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        mention = by_head.get(obj.i)
        if mention is not None and mention.kind == "country":
            text = mention.actor.entity_text
            return text.removeprefix("the ").removeprefix("The ") == mention.actor.name
    return False


def _names_a_measure(tok: Token, mention: Mention) -> bool:
    """'the foreign agents law', 'the police reform bill': a group that names a measure about it."""
    return mention.kind == "group" and tok.dep_ == "compound" and tok.head.lemma_.lower() in MEASURE_NOUNS


def names_a_state(tok: Token, by_head: dict[int, Mention]) -> bool:
    """Is `tok` the head of a mention of a state ("Chad", "the country"), not of a place or a group?"""
    mention = by_head.get(tok.i)
    return mention is not None and mention.kind == "country"


def _members(head: Token, by_head: dict[int, Mention]) -> list[Actor]:
    """'a group of experts from A, B and C' → A, B, C."""
    for tok in head.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "from":
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            return [by_head[o.i].actor for obj in objs for o in [obj, *obj.conjuncts] if o.i in by_head]
    return []


def _listed_before(
    mention: Mention, maximal: list[Mention], text: str, doc: Doc | None = None
) -> list[Mention]:
    """Mentions joined to this one by ', ' / 'and' in the text (lists the parser split up), not across
    a clause boundary ('… to protect migrants, a rights group said')."""
    ordered = sorted(maximal, key=lambda m: m.start)
    index = next((i for i, m in enumerate(ordered) if m.start <= mention.start < m.end), None)
    if index is None:
        return []
    out: list[Mention] = []
    current = ordered[index]
    for prev in reversed(ordered[:index]):
        gap = text[prev.end : current.start]
        if prev.end > current.start or not gap.strip() or gap.strip(" ,") not in {"", "and", "or"}:
            break
        if doc is not None and not same_list(doc[prev.head], doc[current.head]):
            break
        # A list ends with 'and'/'or': in 'Under pressure from the EU, Serbia arrested …' the comma
        # closes an opening phrase.
        # ("Using helicopter gunships and allied militias, Sudanese troops razed …", "Defying warnings
        # from Washington and Beijing, North Korea …": the object of an opening phrase, or its conjunct)
        listed_in = doc[prev.head] if doc is not None else None
        while listed_in is not None and listed_in.dep_ == "conj":
            listed_in = listed_in.head
        subject = doc[current.head] if doc is not None else None
        while (
            subject is not None
            and subject.dep_ in {"compound", "amod", "nmod"}
            and subject.head.i > subject.i
        ):
            subject = subject.head  # ("Sri Lankan government negotiators": the phrase's head)
        if (
            listed_in is not None
            and subject is not None
            and current is ordered[index]
            and not gap.strip(" ,")
            and listed_in.dep_ in {"pobj", "dobj"}
            and subject.dep_ in {"nsubj", "nsubjpass"}
        ):
            break
        out.insert(0, prev)
        current = prev
    return out


def maximal_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions not inside a longer one (for finding lists in the text)."""
    ms = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out


def possessor_of(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """The named possessor of a noun that is no actor itself ("Serbia's crackdown"), or who made it
    ("the offer made by the EU"), else None."""
    if noun.pos_ != "NOUN" or noun.i in by_head:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and child.i in by_head:
            return by_head[child.i].actor
    for clause in (
        c
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in BROKERING_VERBS
    ):  # ("a truce brokered by Egypt" is not Egypt's)
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for obj in (o for o in agent.children if o.dep_ == "pobj" and o.i in by_head):
                return by_head[obj.i].actor
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"):
        # "three warehouses belonging to the food company Empresas Polar"
        for to in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (o for o in to.children if o.dep_ == "pobj" and o.i in by_head):
                return by_head[obj.i].actor
    return None


def given_by(holders: Iterable[Token], by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Those something received comes from: the objects of the holders' "from" phrases ("received
    grain from the European Community", "an apology from Obuchi")."""
    return [
        a
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
        for a in actors_at(o, by_head, maximal)
    ]


def agents_of_act(noun: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Who did the act a noun names: its owner ("Hamas's attack", "an ETA bombing", "Israeli air
    strikes") or its by-phrase ("the bombing by separatists"), not its of-phrase (what was bombed)."""
    owner = possessor_of(noun, by_head)
    agents = [owner] if owner is not None else []
    agents.extend(
        by_head[c.i].actor
        for c in noun.children
        if c.dep_ in {"compound", "amod", "nmod"} and c.i in by_head and not _names_a_measure(c, by_head[c.i])
    )
    agents.extend(
        a
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj"
        for a in actors_at(o, by_head, maximal)
    )
    return agents


def of_phrase_actor(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """The owner of a noun: its possessor, the object of its 'of' ("the assertions of X") or, last,
    a country word before it ("Armenian claims")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.i in by_head:
            return by_head[child.i].actor
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_head:
                    return by_head[obj.i].actor
    named = (by_head.get(c.i) for c in noun.children if c.dep_ in {"amod", "compound"})
    return next((m.actor for m in named if m is not None and m.kind == "country"), None)


def unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str | None]] = set()
    out: list[Actor] = []
    for a in actors:
        key = (a.name, a.code)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def helped_party(
    verb: Token, by_head: dict[int, Mention], maximal: list[Mention], actors: list[Actor]
) -> list[Actor]:
    """Whom a purpose clause of help names, under the verb: "to help defend Poland", "to help Kenya
    fight locusts", "to assist the Iraqi army" (not the actor itself)."""
    for clause in verb.subtree:
        if clause.lemma_.lower() not in {"help", "assist"} or clause.dep_ not in {"advcl", "xcomp"}:
            continue
        helped = child_with(clause, {"dobj"})
        if helped is None:  # "to help defend Poland": the object of the verb helped with
            inner = next(
                (c for c in clause.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None
            )
            helped = child_with(inner, {"dobj"}) if inner is not None else None
        found = (
            [a for a in actors_at(helped, by_head, maximal) if a not in actors] if helped is not None else []
        )
        if found:
            return found
    return []


def whose_phrase(phrase: Token, by_head: dict[int, Mention], depth: int = 0) -> list[Actor]:
    """Whose the thing a phrase names is: itself when it names an actor ("into three lawmakers"), its
    owner ("Serbia's demands"), who it is of or from ("the demands of striking doctors", "demands from
    protesters") or by whom it was done ("crimes committed by Myanmar's military"); but not whom it was
    done to ("techniques used against Palestinian detainees")."""
    if phrase.i in by_head and phrase.pos_ != "PRON":
        return [by_head[phrase.i].actor]
    holders = [phrase, *(c for c in phrase.children if c.dep_ == "acl")]
    for holder in holders:
        for child in holder.children:
            owners: list[Token] = []
            if child.dep_ == "poss":
                owners = [child]
            elif child.dep_ in {"prep", "agent"} and child.lower_ in {"of", "from", "by"}:
                if holder is not phrase and child.lower_ != "by":
                    continue  # ("used against X", "imposed on X": done to them)
                for obj in child.children:
                    # ("demands of striking doctors": the parser makes "striking" the preposition's object)
                    owners += [obj] if obj.dep_ == "pobj" else [o for o in obj.children if o.dep_ == "dobj"]
            # ("pressure from farmers' groups": the groups are the farmers')
            owners += [p for o in owners if o.i not in by_head for p in o.children if p.dep_ == "poss"]
            named = [by_head[o.i] for o in owners if o.i in by_head and o.pos_ != "PRON"]
            if named:
                return [min(named, key=lambda m: (m.start, -m.end)).actor]
            if child.lower_ == "of" and depth == 0:  # "weeks of demands from protesters"
                for obj in (o for o in owners if o.i not in by_head):
                    found = whose_phrase(obj, by_head, depth + 1)
                    if found:
                        return found
    return []


def is_mission(noun: Token) -> bool:
    """ "an international peace-keeping force", "the multinational security mission", "a UN mission"."""
    return noun.lemma_.lower() in {"mission", "force", "operation", "contingent"} and any(
        c.lower_ in MISSION_WORDS or "peace" in c.lower_ or any("peace" in g.lower_ for g in c.children)
        for c in noun.children
        if c.dep_ in {"amod", "compound", "npadvmod"}
    )


def joined_missions(verb: Token) -> list[Token]:
    """ "sent 200 soldiers to join the multinational security mission in Haiti": the missions or forces
    of several states that the verb's troops are sent to join."""
    clauses = (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() == "join")
    return [o for clause in clauses for o in clause.children if o.dep_ == "dobj" and is_mission(o)]


def joins_a_mission(verb: Token) -> bool:
    return bool(joined_missions(verb))


def stranded_object(prep: Token) -> list[Token]:
    """The object the parser tore from its preposition: in "granted asylum to five army officers holed
    up in a residence", "officers" becomes the subject of "holed" and "to" takes nothing."""
    for comp in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == prep.i + 1):
        obj = next((o for o in comp.children if o.dep_ == "dobj" and o.left_edge.i == comp.i + 1), None)
        if obj is not None and comp.lemma_.lower() == "strike":
            return [obj]  # "yielded to striking students": the students, a participle read as a gerund
    if any(c.dep_ in {"pobj", "pcomp"} for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return []
    for tok in prep.doc[prep.i + 1 : prep.i + 8]:
        if (
            tok.left_edge.i == prep.i + 1
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.dep_ in {"advcl", "ccomp", "acl"}
            and tok.head.tag_ in {"VBN", "VBD"}
        ):
            return [tok]
    return []
