"""Events of one sentence taken together: conjoined acts, one attack told twice, speech and content."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    alongside,
    child_with,
    is_topic,
    misread_finite,
    phrase_head,
    same_event_word,
)
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.participants import unique
from eventwatch.extract.events.vocabulary import (
    CASUALTY_VERBS,
    HOSTILE,
    SPEECH_ACTS_ABSORB,
    TOPIC_ABSORB,
    VERBAL,
    threat_cameo,
)
from eventwatch.model import Mention


def earlier_same(cand: Candidate, earlier: list[Candidate]) -> Candidate | None:
    for prior in reversed(earlier):
        if prior.trig.event == cand.trig.event and same_event_word(cand.trigger, prior.trigger):
            return prior
    return None


def meeting_named_twice(cands: list[Candidate]) -> list[Candidate]:
    """'In talks hosted by Norway …, the negotiators met face to face': the talks an opening phrase
    names are the meeting its verb reports, held by the verb's subjects (not by the host)."""
    verbs = {c.trigger.i: c for c in cands if c.trig.event == "CONSULT" and c.trigger.pos_ == "VERB"}
    out: list[Candidate] = []
    for cand in cands:
        tok = cand.trigger
        held_at = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "during"} else None
        if (
            cand.trig.event == "CONSULT"
            and cand.trig.mode is None  # (a call keeps its mode: "In an hour-long call, X and Y discussed …")
            and tok.pos_ == "NOUN"
            and held_at is not None
            and held_at.i in verbs
            and tok.i < held_at.i
            and verbs[held_at.i].actor
        ):
            continue
        out.append(cand)
    return out


def merge_conjoined(cands: list[Candidate]) -> None:
    """'inspect the deposits, monitor areas' with the same category and status → one event."""

    def conjoined(a: Candidate, b: Candidate) -> bool:
        # "Israel blamed Hamas, and Hamas accused Israel": clauses with subjects of their own are two
        # acts; "inspect the deposits, monitor areas" (one subject) is one.
        own_subjects = all(child_with(c.trigger, {"nsubj", "nsubjpass"}) is not None for c in (a, b))
        return (
            (b.trigger in a.trigger.conjuncts or a.trigger in b.trigger.conjuncts)
            and not own_subjects
            and a.trig.event == b.trig.event
            and a.status == b.status
        )

    _merge_pairs(cands, conjoined)


def _merge_pairs(cands: list[Candidate], same: Callable[[Candidate, Candidate], bool]) -> None:
    """Fold every later candidate that is the `same` event as an earlier one into it: its participants
    join, its trigger becomes an extra token; a back-reference only if both were."""
    i = 0
    while i < len(cands):
        a = cands[i]
        j = i + 1
        while j < len(cands):
            b = cands[j]
            if same(a, b):
                a.actor = unique(a.actor + b.actor)
                a.recipient = unique(a.recipient + b.recipient)
                a.extra_tokens.append(b.trigger)
                a.back_reference = a.back_reference and b.back_reference
                del cands[j]
            else:
                j += 1
        i += 1


def merge_casualties(cands: list[Candidate]) -> None:
    """One attack, its weapon going off and the deaths it caused are one event: "a missile strike on
    Dnipro killed eight civilians", "attacked a base, killing 15 soldiers", "12 people were killed
    when a car bomb exploded". The killed join the attack's recipients, after the target."""
    merged = True
    while merged:
        merged = False
        for b in cands:
            verb = b.trigger
            if b.trig.event != "ASSAULT" or verb.pos_ != "VERB":
                continue
            attack = next((a for a in cands if a is not b and _same_attack(a, b)), None)
            scene = next((a for a in cands if a is not b and _died_in(b, a)), None)
            if attack is None and scene is not None:
                b.actor = unique(b.actor + scene.actor)
                if scene.trig.mode is not None:
                    b.trig = scene.trig  # "killed in an ambush": the ambush says how
                b.extra_tokens.extend([scene.trigger, *scene.extra_tokens])
                cands.remove(scene)
                merged = True
                break
            if attack is None:
                continue
            attack.actor = unique(attack.actor + b.actor)
            attack.recipient = unique(attack.recipient + b.recipient)
            attack.extra_tokens.extend([verb, *b.extra_tokens])
            if b.status == "ongoing":
                attack.status = "ongoing"
            cands.remove(b)
            merged = True
            break


def _same_attack(a: Candidate, b: Candidate) -> bool:
    """True when verb event `b` tells of attack `a` again: `a` (a weapon or attack noun) is its subject
    ("a car bomb exploded", "an airstrike killed"), or `b`'s deaths are what `a` caused ("attacked a
    base, killing …") or happened when `a` did ("were killed when a bomb exploded")."""
    happened = {"occurred", "ongoing"}  # ("attacks … have killed eight since July": one ongoing attack)
    if a.trig.event != "ASSAULT" or (a.status != b.status and not {a.status, b.status} <= happened):
        return False
    verb = b.trigger
    held = {a.trigger.i, *(t.i for t in a.extra_tokens)}
    subject = child_with(verb, {"nsubj"}) or (verb.head if misread_finite(verb) else None)
    if subject is not None and phrase_head(a.trigger).i == subject.i:
        return True
    # ("a day after a bombing in the city killed 12 people", parsed with the bombing in the when-phrase)
    if subject is None and any(
        o.i == phrase_head(a.trigger).i
        for n in verb.children
        if n.dep_ == "npadvmod"
        for p in n.children
        if p.dep_ == "prep"
        for o in p.children
    ):
        return True
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return False
    # ("killing 11 passengers, two days after an air strike killed a commander": another, earlier attack)
    earlier = any(
        c.dep_ == "mark" and c.lower_ in {"after", "before", "since", "until"} for c in verb.children
    )
    if verb.dep_ in {"advcl", "conj"} and verb.head.i in held and not earlier:
        return True
    return any(c.dep_ == "advcl" and c.i in held for c in verb.children)


def _died_in(verb: Candidate, attack: Candidate) -> bool:
    """'were killed in the attack', 'killed in an ambush by militants': deaths told with the attack
    they happened in (the killing stays the event; the attack's agent joins it)."""
    if (
        verb.trigger.pos_ != "VERB"
        or verb.trigger.lemma_.lower() not in CASUALTY_VERBS
        or verb.status != attack.status
    ):
        return False
    return attack.trig.event == "ASSAULT" and any(
        p.dep_ == "prep" and p.lower_ in {"in", "during"} and any(o.i == attack.trigger.i for o in p.children)
        for p in verb.trigger.children
    )


def content_of_speech_acts(cands: list[Candidate], by_head: dict[int, Mention]) -> list[Candidate]:
    """What is demanded or rejected is the content of that act, not an event of its own; what is
    accused is alleged by the accuser ("demanding the release" → REQUEST only)."""
    triggers = {c.trigger.i: c for c in cands}
    lex = EventLexicon.load()
    out: list[Candidate] = []
    for cand in cands:
        outer = None
        coordinated = True  # so far only "and"-linked: "condemned the attack and called for …"
        child = cand.trigger
        for depth, anc in enumerate(cand.trigger.ancestors):
            if _told_as_background(child):
                break  # "ordered them to clear the streets, a day after troops opened fire": its own event
            # ("threatened on Thursday to launch a strike": an infinitive the parser made an adverbial
            # clause is still the act's complement)
            infinitive = anc.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in anc.children
            )
            if depth > 3 or (
                anc.dep_ in {"ROOT", "relcl", "advcl"} and anc.i not in triggers and not infinitive
            ):
                break
            if anc.i not in triggers and anc.pos_ == "VERB" and lex.is_cue("speech", anc.lemma_):
                break  # "denied the claim and said X fired first": X's firing is what was said
            coordinated = coordinated and child.dep_ == "conj"
            child = anc
            if anc.i in triggers and triggers[anc.i] is not cand:
                outer = None if coordinated else triggers[anc.i]
                break
        if (
            outer is not None
            and outer.trig.event == "ACCUSE"
            and cand.trig.event == "REJECT"
            and cand.trigger.dep_ == "relcl"
        ):
            # "accused Baku of blocking the corridor, which Baku denies": the denial is made, and
            # disputes the accusation.
            outer.disputed_by = list(dict.fromkeys([*outer.disputed_by, *(a.name for a in cand.actor)]))
            out.append(cand)
            continue
        if (
            outer is not None
            and outer.trig.event == "REJECT"
            and cand.trig.event == "ACCUSE"
            and cand.trigger.i < outer.trigger.i
        ):
            # "X accused Y of …, a charge Y has denied": the parser hangs the accusation on the
            # denial; it was made, and is disputed by those who deny it.
            cand.disputed_by = [a.name for a in outer.actor]
            out.append(cand)
            continue
        denied_clause = cand.status == "denied" and (cand.disputed_by or _clause_of(cand.trigger, outer))
        # "would no longer share information with X, accusing its agents of espionage": a participle
        # set off by a comma is a second act of the same speaker, not what the first one says.
        second_act = (
            outer is not None
            and alongside(cand.trigger)
            and cand.trigger.head.i == outer.trigger.i
            and cand.trig.event in VERBAL
        )
        if (
            outer is not None
            and cand.claim_noun is None
            and outer.trig.event in SPEECH_ACTS_ABSORB
            and not denied_clause
            and not second_act
        ):
            # but "denied closing the border": the closing is reported, as denied by its speaker
            if outer.trig.event == "THREATEN" and not outer.recipient:
                # "warned that the army would attack Armenia": the threat is aimed where the act would be
                outer.recipient = [a for a in cand.recipient if a not in outer.actor]
            continue
        if (
            outer is not None
            and outer.trig.event == "THREATEN"
            and cand.trig.event in HOSTILE
            and cand.status == "hypothetical"
            and cand.claim_noun is None
            # (the warning's own clause, not its condition: "would march into Somalia if the Courts
            # attacked Baidoa" threatens the Courts, whose attack is no part of the threat)
            and cand.trigger.dep_ == "ccomp"
            and cand.trigger.head.i == outer.trigger.i
        ):
            # "The Hague would suspend budget support if …, the minister warned": the warning, said
            # after the act it holds over someone, is one threat of that act, aimed where it would fall
            outer.recipient = [a for a in unique(cand.recipient) or outer.recipient if a not in outer.actor]
            if outer.trig.cameo in {None, "130"}:
                outer.trig = Trigger(
                    "THREATEN", None, threat_cameo(cand.trig.event, cand.trig.cameo), cand.trig.context
                )
            continue
        if outer is not None and outer.trig.event in TOPIC_ABSORB and is_topic(cand.trigger):
            continue
        if outer is not None and outer.trig.event == cand.trig.event == "THREATEN" and not cand.claim_noun:
            # "threatened to launch a nuclear strike on the United States": one threat, of the kind its
            # act names, aimed where the act would be
            outer.recipient = outer.recipient or [a for a in cand.recipient if a not in outer.actor]
            if outer.trig.cameo in {None, "130"}:
                outer.trig = cand.trig
            continue
        if outer is not None and outer.trig.event == "ACCUSE" and cand.status == "occurred":
            cand.status = "alleged"
            cand.claimed_by = outer.actor[0].name if outer.actor else None
        out.append(cand)
    return out


def _told_as_background(clause: Token) -> bool:
    """A clause that says when, by another event ("a day after troops opened fire"): no content of
    the act it hangs on."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"after", "before", "since"} for m in clause.children
    )


def _clause_of(tok: Token, outer: Candidate | None) -> bool:
    """Is `tok` in a clause the outer trigger takes ("denied that its members had blocked roads",
    "denied arming Russia"), not in a noun it takes ("denied a request to extend …")?"""
    if outer is None:
        return False
    current = tok
    while current.i != outer.trigger.i and current.head.i != current.i:
        if current.dep_ == "ccomp" or (current.tag_ == "VBG" and current.dep_ in {"xcomp", "dobj"}):
            return True
        if current.pos_ == "NOUN":
            return False
        current = current.head
    return False


def not_what_is_cut(cands: list[Candidate]) -> list[Candidate]:
    """'the suspension of aid to Malawi', 'a halt to military cooperation': what a sanction cuts off is
    no event of its own (it is the sanction's object, not aid given)."""
    cutting = {c.trigger.i for c in cands if c.trig.event == "SANCTION" and c.trig.mode == "discontinue"}
    return [
        c
        for c in cands
        if not (
            c.trigger.pos_ == "NOUN"
            and c.trigger.dep_ == "pobj"
            and c.trigger.head.lower_ in {"of", "to", "on"}
            and c.trigger.head.head.i in cutting
        )
    ]


def merge_claimed(cands: list[Candidate]) -> None:
    """Events of one category inside the same claim ("blocked the road, impose a blockade") are one."""

    def same_claim(a: Candidate, b: Candidate) -> bool:
        return (
            a.claim_noun is not None
            and b.claim_noun is not None
            and a.claim_noun.i == b.claim_noun.i
            and a.trig.event == b.trig.event
        )

    _merge_pairs(cands, same_claim)


def link_disputes(cands: list[Candidate]) -> None:
    """An alleged event whose claim a REJECT in the sentence rejects is disputed by its actors."""
    for rejection in (c for c in cands if c.trig.event == "REJECT" and c.extra_tokens):
        claim = rejection.extra_tokens[0]
        for cand in cands:
            if cand.claim_noun is not None and cand.claim_noun.i == claim.i:
                cand.disputed_by = [a.name for a in rejection.actor]


# A plan told again in the next sentence with its details ("… were going to begin monitoring on
# December 10. The expert team was expected to inspect the deposits at X"): the retelling's place and
# targets belong to the plan. Only what has not happened is taken as retold; two acts that occurred
# one after the other ("Police arrested five. Police arrested three more") stay two.
RETOLD_STATUSES = frozenset({"planned", "hypothetical"})


def retold(cand: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The event of the previous sentence that `cand` tells again, if any: same category and mode,
    same not-yet-happened status, no date of its own that differs, and actors that are only
    descriptions ("the expert team") of the same side as the earlier event's."""
    if cand.status not in RETOLD_STATUSES or cand.back_reference:
        return None
    for prior in reversed(earlier):
        if prior.sentence.end > cand.sentence.start:
            continue  # the same sentence: conjoined acts are merged elsewhere
        if cand.sentence.start - prior.sentence.end > 2:
            return None  # only the sentence right before ("\n\n" may sit between)
        if (prior.trig.event, prior.trig.mode, prior.status) != (
            cand.trig.event,
            cand.trig.mode,
            cand.status,
        ):
            continue
        if cand.time is not None and (prior.time is None or prior.time.values != cand.time.values):
            continue
        if _described_sides(cand, prior):
            return prior
    return None


def _described_sides(cand: Candidate, prior: Candidate) -> bool:
    """Actors of the retelling are no new names, only descriptions of the earlier actors' side."""
    if not prior.actor:
        return False
    codes = {(a.code, a.sector) for a in prior.actor}
    for actor in cand.actor:
        words = actor.entity_text.split()
        if words[0].lower() not in {"the", "this", "that", "these", "those"} or any(
            w[:1].isupper() for w in words[1:]
        ):
            return False  # a name of its own ("the Russian peacekeepers", "Azerbaijan")
        if actor.code is not None and (actor.code, actor.sector) not in codes:
            return False
    return True


def fold_retold(cand: Candidate, prior: Candidate) -> None:
    """The retelling adds where (if the plan had no place) and whom; it is no event of its own."""
    if prior.place is None:
        prior.place = cand.place
    prior.recipient = unique(prior.recipient + cand.recipient)
    prior.extra_tokens.append(cand.trigger)
    cand.back_reference = True
