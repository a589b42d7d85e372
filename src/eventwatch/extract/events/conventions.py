"""Coding conventions applied to one event once its participants are known (CAMEO/PLOVER practice)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import child_with, has_own_date, is_conditional, is_purpose
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.participants import a_body_of_states, actors_at, unique
from eventwatch.extract.events.vocabulary import (
    ANNOUNCED_HOSTILE,
    HOME_SECTORS,
    INVOLVEMENT_NOUNS,
    LOCAL_SECTORS,
    SCHEDULE_WORDS,
    threat_cameo,
)
from eventwatch.extract.sides import of_several_states
from eventwatch.model import Actor, Mention, Place


def announced_threat(cand: Candidate) -> None:
    if cand.framed or cand.trig.event not in ANNOUNCED_HOSTILE or not cand.actor:
        return
    if is_purpose(cand.trigger):
        return  # what an act is meant to do is no threat made
    if cand.trigger.dep_ == "xcomp" and cand.trigger.head.lemma_.lower() in SCHEDULE_WORDS:
        return  # "is set to cut its ties", "plans to expel": a decision reported, not a threat made
    if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in cand.trigger.children):
        return  # "… if Washington imposed duties": a condition named, not a threat made
    if cand.status not in {"planned", "hypothetical"} or cand.claim_noun is not None:
        return
    if cand.status == "planned" and has_own_date(cand.trigger):
        return  # "will close its consulate in December": a decision with a date is a plan, not a threat
    cand.trig = Trigger("THREATEN", None, threat_cameo(cand.trig.event, cand.trig.cameo), cand.trig.context)
    cand.status = "occurred"
    cand.framed = True


def handed_to_justice(cand: Candidate, by_head: dict[int, Mention]) -> None:
    """'handed two suspects over to Malaysian police', 'delivered him to the federal police': people
    given to another's police, courts or intelligence are an extradition in all but name (CAMEO 063,
    judicial cooperation), not a return of property or aid."""
    tok = cand.trigger
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"hand", "deliver", "turn", "transfer"}:
        return
    obj = child_with(tok, {"dobj", "nsubjpass"})
    if obj is None:
        return
    named = by_head.get(obj.i)
    person = (obj.pos_ == "PRON" and obj.lower_ in {"him", "her", "them", "he", "she", "they"}) or (
        named is not None
        and (named.kind in {"person", "title"} or named.actor.sector in {"CRM", "CVL", "OPP"})
    )
    if person and any(a.sector in {"COP", "JUD", "SPY"} for a in cand.recipient):
        cand.trig = Trigger("COOPERATE", None, "063", ("legal",))


def international_withdrawal(cand: Candidate) -> None:
    tok = cand.trigger
    if (
        cand.trig.event != "RETREAT"
        or tok.pos_ != "VERB"
        or tok.lemma_ not in {"withdraw", "pull", "recall", "ship"}
    ):
        return
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]  # "peacekeepers were shipped out"
    objects += [o for c in objects for o in c.conjuncts]
    if any(o.lemma_.lower() in INVOLVEMENT_NOUNS for o in objects):
        cand.trig = Trigger("SANCTION", "expel", "166", ("diplomatic",))


def leaves_an_organisation(cand: Candidate, by_head: dict[int, Mention]) -> None:
    """'Nicaragua's withdrawal from the OAS', 'Mali quit ECOWAS': a state leaving a body of states
    reduces its relations with them (SANCTION), where troops withdrawn from a town retreat."""
    tok = cand.trigger
    if cand.trig.event != "RETREAT" or tok.lemma_.lower() not in {
        "withdraw",
        "withdrawal",
        "pull",
        "quit",
        "leave",
    }:
        return
    left = [o for p in tok.children if p.lower_ in {"from", "out"} for o in p.subtree if o.dep_ == "pobj"]
    left += [c for c in tok.children if c.dep_ == "dobj"] if tok.lemma_.lower() in {"quit", "leave"} else []
    bodies = [by_head[o.i].actor for o in left if o.i in by_head and a_body_of_states(by_head[o.i].actor)]
    if bodies:
        cand.trig = Trigger("SANCTION", "withdraw", "160", ("diplomatic",))
        cand.recipient = unique([*bodies, *cand.recipient])


def threatened_party(cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
    """'threatened to strike unless the government paid the rise', 'to march on Addis Ababa unless
    Abiy's government lifted its blockade': the one whose act the condition asks for is threatened,
    before a place the threat names."""
    if cand.trig.event != "THREATEN":
        return
    # ("If Serbia deploys troops, NATO will respond, the alliance warned": NATO, the warner, is no
    # recipient of its own warning)
    acting = {(a.name, a.code) for a in cand.actor}
    cand.recipient = [a for a in cand.recipient if (a.name, a.code) not in acting]
    if any(a.sector is not None for a in cand.recipient):
        return
    # ("would use nuclear weapons against Ukraine if …": whom the threat is aimed against is its
    # target; "would march into Somalia if the Courts attacked" names only where)
    sentence = cand.sentence.text
    if any(a.code and f"against {a.entity_text}" in sentence for a in cand.recipient):
        return
    tok = cand.trigger
    for clause in (t for t in tok.subtree if t.dep_ == "advcl" and t is not tok):
        if not any(m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in clause.children):
            continue
        subj = child_with(clause, {"nsubj", "nsubjpass"})
        found = (
            [a for a in actors_at(subj, by_head, maximal) if a not in cand.actor] if subj is not None else []
        )
        if found:
            cand.recipient = found
            return


def conditional_refusal(cand: Candidate) -> None:
    """'would block Sweden's membership bid unless Stockholm cracked down': a refusal held over someone
    until they act is a threat (CAMEO 13x), not a rejection made."""
    tok = cand.trigger
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children)
    if cand.trig.event == "REJECT" and tok.pos_ == "VERB" and future and is_conditional(tok, {"unless"}):
        cand.trig = Trigger("THREATEN", None, "130", cand.trig.context)
        cand.status = "hypothetical"


def refusal_convention(cand: Candidate) -> None:
    """'Iran did not accept the offer', 'Israel would not accept the plan': not accepting is a
    rejection (CAMEO 12), which did take place; only a condition leaves it hypothetical."""
    tok = cand.trigger
    if not cand.negated or tok.pos_ != "VERB" or not EventLexicon.load().is_cue("refusable", tok.lemma_):
        return
    cand.trig = Trigger("REJECT", None, "120", cand.trig.context)
    cand.negated = False
    if cand.status in {"denied", "hypothetical"}:
        cand.status = "hypothetical" if is_conditional(tok) else "occurred"


def local_countries(cand: Candidate, places: list[Place]) -> None:
    """'Police shot three protesters in Nairobi': people of no stated country where the event happened
    are that country's. Recipients of any sector; actors only of sectors that act at home (troops,
    rebels, governments and the press cross borders: 'troops shelled Kharkiv'). Without a resolved
    place of its own, the event is where all the sentence's places but its actors' are ('in Nairobi's
    Kibera slum', 'US drone strikes killed five militants in Yemen')."""
    # ("delivered supplies to Armenia for victims of the earthquake": the victims are of the country the
    # act is aimed at, whatever place the sentence names besides)
    states = {a.code for a in cand.recipient if a.code and a.code != "IGO" and a.sector is None}
    if len(states) == 1 and any(a.code is None for a in cand.recipient):
        state = next(iter(states))
        cand.recipient = [
            replace(a, code=state) if a.code is None and a.sector in LOCAL_SECTORS else a
            for a in cand.recipient
        ]
    code = cand.place.country_code if cand.place is not None else None
    if code is None:
        start, end = cand.sentence.start_char, cand.sentence.end_char
        acting = {a.entity_text for a in cand.actor}
        # ("agreed to share intelligence on Islamic State with Washington": a capital standing for its
        # government is a party, not where the event is)
        acting |= {a.entity_text for a in cand.recipient if a.sector == "GOV"}
        names = acting | {a.name for a in cand.actor}  # (a pronoun's actor: "it said it would free …")
        codes = {
            p.country_code
            for p in places
            if start <= p.start < end
            and p.text not in acting
            # (a place in an actor's name is its home: "Malawi's president bowed to demands from bishops")
            and (not _names_a_party(p, cand.sentence) or any(p.text in a for a in names))
        }
        code = codes.pop() if len(codes) == 1 else None
    if code is None:
        return

    def local(actors: list[Actor], sectors: frozenset[str]) -> list[Actor]:
        return [
            replace(a, code=code)
            if a.code is None and a.sector in sectors and not of_several_states(a)
            else a
            for a in actors
        ]

    cand.actor = local(cand.actor, HOME_SECTORS)
    cand.recipient = local(cand.recipient, LOCAL_SECTORS)


# Prepositions that set a scene ("in Nairobi", "a raid on a hamlet") rather than a route or a party
# ("through Chile", "against the United States").
_VENUE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "along", "on"}
)
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "dative", "attr"})


def _names_a_party(place: Place, sent: Span) -> bool:
    """The place is a party to something, not where it happens: a subject or object, or after a
    preposition of no scene ("rise up against the United States", "export gas through Chile"); not
    "in Nairobi's Kibera slum", "a hamlet south of Algiers", "Thai Prime Minister"."""
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in {"NOUN", "ADV"}:
            tok = tok.head.head  # "the town of Jenin", "the outskirts of Goma", "south of Algiers"
        elif tok.dep_ == "appos":
            tok = tok.head  # "outside the capital, Nairobi" (a modifier is a party's home: "Thai troops")
        else:
            break
    if tok.dep_ == "pobj":
        return tok.head.lower_ not in _VENUE_PREPS
    return tok.dep_ in _PARTY_DEPS


def domestic_talks(cand: Candidate) -> None:
    """'Manila resumed negotiations with communist rebels', 'held talks with opposition leaders in
    London': a state's government that talks with rebels, the opposition or parties, and with no other
    state, talks with its own, wherever the talks are held."""
    if cand.trig.event != "CONSULT":
        return
    states = {a.code for a in cand.actor if a.sector in {None, "GOV"} and a.code not in {None, "IGO"}}
    others = {a.code for a in (*cand.actor, *cand.recipient) if a.code is not None} - states
    if (
        len(states) != 1
        or others
        or any(a.code is None and a.sector not in {"REB", "OPP", "PTY"} for a in cand.actor)
    ):
        return  # (not an envoy shuttling between Colombo and the rebels: a third party)
    code = next(iter(states))

    def home(actors: list[Actor]) -> list[Actor]:
        return [
            replace(a, code=code) if a.code is None and a.sector in {"REB", "OPP", "PTY"} else a
            for a in actors
        ]

    cand.recipient = home(cand.recipient)
    cand.actor = home(cand.actor)  # (talks list every party as an actor)


def domestic_targets(cand: Candidate) -> None:
    """'Kenyan police arrested opposition politician Kenneth Matiba': whom a state's police, courts or
    government arrest, ban or put under curfew (COERCE) are, unless said otherwise, its own people."""
    if cand.trig.event != "COERCE":
        return
    states = {a.code for a in cand.actor if a.sector in {"GOV", "COP", "JUD"} and a.code not in {None, "IGO"}}
    if len(states) != 1:
        return
    code = next(iter(states))
    cand.recipient = [
        replace(a, code=code) if a.code is None and a.sector in HOME_SECTORS - {"COP", "JUD"} else a
        for a in cand.recipient
    ]
