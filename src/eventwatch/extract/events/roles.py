"""Who did it to whom: the actors and recipients of an event candidate, read from its clause.

The subject, object and prepositional phrases of the trigger, passive agents, the places a strike hits,
the host of a mission, and the conventions that decide between an object and a recipient
("provided aid to the refugees": the refugees receive, the aid does not)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    blamed_on,
    brings_down,
    child_with,
    claimed_by_doer,
    clause_tokens,
    direct_object,
    finite_clause,
    has_prep,
    is_infinitive,
    is_undertaking,
    light_verb,
    misread_speaker,
    nth_day_of,
    objects_taken,
    of_objects,
    owner_undoes,
    phrase_head,
    protective_purpose,
    reduced_relative,
    speech_governor,
    subject_of,
    undertaking_of,
)
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.participants import (
    act_for_states,
    actors_at,
    agents_of_act,
    authors_of,
    carried,
    dealings_partners,
    fire_source,
    fired_from_country,
    given_by,
    helped_party,
    is_mission,
    joined_missions,
    joins_a_mission,
    names_a_state,
    neighbour_across_border,
    object_actor,
    object_participants,
    of_phrase_actor,
    owner_of,
    place_actor,
    possessor_of,
    purpose_target,
    same_side,
    states_governments,
    stranded_object,
    subject_actors,
    unique,
    whose_phrase,
)
from eventwatch.extract.events.triggers import TriggerFinder
from eventwatch.extract.events.vocabulary import (
    ABOUT_THE_SUBJECT,
    ACCUSED_PREPS,
    AIR_WEAPONS,
    ARMED,
    BROKERING_VERBS,
    CASUALTY_VERBS,
    CAUSATIVE_VERBS,
    CIVIL_SECTORS,
    COMPLEMENT_DEPS,
    CONCESSIVE_PREPS,
    COURT_WORDS,
    DEEP_PLACE_PREPS,
    DONE_TO,
    EXPELLED_SECTORS,
    FIRING_VERBS,
    FROM_SOURCE,
    GIVING_VERBS,
    GROUND_WEAPONS,
    HANDED_ON_VERBS,
    HELPING_EVENTS,
    INFINITIVE_TAKERS,
    LETHAL_VERBS,
    LIGHT_RECIPIENT_ACL,
    MOTION_PARTICLES,
    MOTION_VERBS,
    OF_TARGET,
    OFFICIAL_SECTORS,
    PEOPLE_SECTORS,
    PERSON_WORDS,
    PLACE_TARGET_PREPS,
    PROTESTER_WORDS,
    PURPOSE_TARGET,
    REACTIONS,
    RECIPIENT_PREPS,
    RECIPROCAL,
    REMOVAL_VERBS,
    RETURNED_PEOPLE,
    SELF_ACT_NOUNS,
    SENDING_VERBS,
    SENT_SECTORS,
    STATE_SECTORS,
    STATIVE,
    SUFFERING_VERBS,
    TARGETED_HOLDINGS,
    THEME_OBJECT,
    TOPIC_PREPS,
    TOPIC_VERBS,
    VENUE_EVENTS,
    VENUE_PREPS,
    VERBAL,
)
from eventwatch.extract.locate import PLACE_NOUNS
from eventwatch.extract.sides import STATE_ORGANS
from eventwatch.extract.syntax import QUANTITY_HEADS, counted, is_led, negated
from eventwatch.model import Actor, Mention, Place


def sent_to_a_mission(verb: Token) -> bool:
    """Troops sent to an international force or mission: "to the UN force", "to join the mission"."""
    missions = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"to", "for"}
        for o in p.children
        if o.dep_ == "pobj"
        and (is_mission(o) or (o.lemma_.lower() in {"force", "mission"} and _of_the_un(o)))
    ]
    return bool(missions or joined_missions(verb))


def _of_the_un(noun: Token) -> bool:
    """ "the UN force", "a United Nations mission"."""
    return any(c.lower_ in {"un", "u.n.", "nations"} for c in noun.subtree if c.i < noun.i)


def _mission_protested_at(tok: Token, by_head: dict[int, Mention]) -> Actor | None:
    """The state whose embassy or consulate a protest is held at ("outside the Israeli embassy")."""
    for prep in (
        c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"outside", "at", "near", "before"}
    ):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            mention = by_head.get(obj.i)
            if obj.lemma_.lower() in {"embassy", "consulate"} and mention is not None and mention.actor.code:
                return mention.actor
    return None


class RoleReader:
    """Fills a candidate's actors and recipients from the parse; one per extractor, reset per document."""

    def __init__(self, lexicon: EventLexicon, triggers: TriggerFinder) -> None:
        self.lexicon = lexicon
        self.triggers = triggers
        self.by_head: dict[int, Mention] = {}  # token index of a mention's head → mention (per document)
        self.place_heads: dict[int, Place] = {}  # token index of a place's root → place (per document)
        self.place_texts: set[str] = set()  # the texts of those places (per document)

    def clause_recipients(
        self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> list[Actor]:
        """Who a statement is about when its clause has no event of ours: 'demanded that the US match
        …' (the clause's subject), 'threatened to break off relations with X', 'offered to negotiate
        with X', 'refused to commit to assistance to the US' (objects and their prepositions), else
        the country of a place the clause acts on ('threatened to resume attacks in Israel')."""
        tok = cand.trigger
        found: list[Actor] = []
        places: list[Actor] = []
        clauses = [
            c
            for c in tok.children
            if c.pos_ in {"VERB", "AUX"}
            and (
                c.dep_ in COMPLEMENT_DEPS
                # ("offered on Monday to share intelligence with Washington": an infinitive the parser
                # made an adverbial when words come between)
                or (
                    c.dep_ == "advcl"
                    and tok.lemma_.lower() in INFINITIVE_TAKERS
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                )
            )
        ]
        for clause in clauses:
            if cand.trig.event in {"REQUEST", "THREATEN"} and clause.dep_ == "ccomp":
                # "demanded that Yerevan hand over maps", "warned that Kinshasa would bear the
                # consequences" (but not "warned that its forces would retaliate": its own)
                subj = child_with(clause, {"nsubj"})
                own = subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
                if subj is not None and subj.pos_ != "PRON" and not own:
                    named = actors_at(subj, by_head, maximal)
                    if cand.trig.event == "THREATEN":
                        # who would suffer is threatened; who would act is mostly the threatener's side
                        # ("Iraq's defence minister warned that Baghdad would use chemical weapons")
                        suffers = clause.lemma_.lower() in SUFFERING_VERBS
                        named = [a for a in named if suffers and not any(same_side(a, b) for b in cand.actor)]
                    found.extend(named)
            for verb in clause_tokens(clause):
                sent = self.lexicon.is_cue("send", verb.lemma_.lower())
                # ("offered to send an infantry battalion": its own troops, sent, not acted on)
                found.extend(
                    a
                    for a in object_participants(verb, by_head, maximal)
                    if not (sent and a.sector in {"MIL", "COP"} and any(a.code == b.code for b in cand.actor))
                )
                places.extend(self._place_target(verb))
        found = [a for a in unique(found) if a not in cand.actor]
        if cand.trig.event in RECIPROCAL and len(cand.actor) > 1:
            return found  # "Armenia and Azerbaijan agreed to resume talks in Almaty": a venue
        return found or [a for a in places[:1] if a not in cand.actor]

    def by_whom(self, cand: Candidate) -> None:
        """Who acts decides some categories: civilians blocking a road obstruct (PROTEST, CAMEO 144)
        where the state restricts (COERCE); a government or agency that 'protests' complains
        officially (ACCUSE, CAMEO 114) where crowds demonstrate."""
        tok = cand.trigger
        expelled = [a.sector in EXPELLED_SECTORS or a.code == "IGO" for a in cand.recipient]
        if cand.trig.event == "COERCE" and cand.trig.mode == "deport" and expelled and all(expelled):
            # "forced the UN refugee agency out": expelling an agency or diplomats (CAMEO 166).
            cand.trig = Trigger("SANCTION", "expel", "166", ("diplomatic",))
        people = [a.sector in PEOPLE_SECTORS and a.code != "IGO" for a in cand.recipient]  # (not UN monitors)
        if cand.trig.cameo == "171" and people and all(people) and self._armed_band_takes_people(cand):
            # "militants seized four foreign oil workers": people taken by an armed group are
            # abducted (CAMEO 181), not property confiscated
            cand.trig = Trigger("ASSAULT", "abduct", "181", cand.trig.context)
        if cand.trig.event == "SANCTION" and cand.trig.mode == "expel" and people and all(people):
            # "expelled 200 Ghanaian workers": expelling individuals is deportation (CAMEO 174).
            cand.trig = Trigger("COERCE", "deport", "174", ("legal",))
        if (
            cand.trig.mode in {"expel", "deport"}
            and people
            and all(people)
            and (
                any(c.dep_ == "amod" and c.lower_ == "mass" for c in tok.children)
                or (
                    cand.actor
                    and all(a.sector in {"MIL", "REB"} for a in cand.actor)
                    and any(
                        o.tag_ == "NNPS" or any(c.lower_ == "ethnic" for c in o.children)
                        for o in (of_objects(tok) if tok.pos_ == "NOUN" else objects_taken(tok))
                    )
                )
            )
        ):
            # "the mass expulsion of Rohingya villagers", "forces expelled Muslims from the town":
            # driving a people out (CAMEO 201), not deporting individuals
            cand.trig = Trigger("ASSAULT", "cleansing", "201", ("religion_ethnicity",))
        # what is sent: the object, or the subject of a passive ("troops were sent to Aceh")
        direct = child_with(tok, {"dobj"}) or child_with(tok, {"nsubjpass"}) if tok.pos_ == "VERB" else None
        direct = counted(direct) if direct is not None else None  # "thousands of troops"
        sent = self.by_head.get(direct.i) if direct is not None else None
        if (
            cand.trig.event == "AID"
            and self.lexicon.is_cue("send", tok.lemma_)
            and direct is not None
            and sent is not None
            and sent.kind != "weapon"
            and sent.actor.sector in ARMED
            and not any("peacekeep" in t.lower_ for t in direct.subtree)
            and not sent_to_a_mission(tok)
        ):
            # "sent ten gunboats to patrol the waters", "dispatched troops to the border": a deployment
            # (sending missiles is military aid).
            cand.trig = Trigger("MOBILIZE", "troops", "150", ("military",))
        own = {a.code for a in cand.actor if a.code}
        if (
            cand.trig.event == "MOBILIZE"
            and self.lexicon.is_cue("send", tok.lemma_)
            and protective_purpose(tok)
            and own
            and (
                own == {"IGO"}  # "UN peacekeepers deployed around the camp to guard 20,000 people"
                or any(
                    (place := self._place_at(o)) is not None and place.country_code not in own | {None}
                    for p in tok.children
                    if p.lower_ == "to"
                    for o in p.children
                    if o.dep_ == "pobj"
                )
            )
        ):
            # "sent 2,000 troops to Mozambique to guard the gas project": protection given (CAMEO 074)
            cand.trig = Trigger("AID", None, "074", ("military",))
        if (
            cand.trig.event == "COERCE"
            and cand.trig.mode == "restrict"
            and direct is not None
            and self.lexicon.is_cue("veto", tok.lemma_.lower())
            and (
                self.lexicon.is_cue("policy", direct.lemma_) or self.lexicon.is_cue("decision", direct.lemma_)
            )
        ):
            # "Hungary and Poland blocked the EU budget": a veto, not a blockade (CAMEO 12).
            cand.trig = Trigger("REJECT", None, "120", ())
        state_acts = act_for_states(cand.actor, STATE_SECTORS)
        handed = PEOPLE_SECTORS | {"REB", "CRM"}
        # (prisoners of war, hostages, children and the dead go home: a return, not an extradition)
        going_home = direct is not None and (
            direct.lemma_.lower() in RETURNED_PEOPLE
            or any(t.lower_ == "war" and t.head.lower_ == "of" for t in direct.subtree)  # prisoners of war
        )
        handed_people = sent is not None and sent.actor.sector in handed and not going_home
        if (
            cand.trig.event == "RETREAT"
            and cand.trig.mode == "return"
            and state_acts
            and (
                (handed_people and any(a.code is not None and a.sector is None for a in cand.recipient))
                or (
                    sent is not None  # (people handed over, not "paid compensation to British nationals")
                    and not going_home
                    and any(a.code is not None and a.sector in handed for a in cand.recipient)
                )
            )
        ):
            # "authorities handed over two suspects to Kazakhstan": a state handing people to another
            # is extradition (COOPERATE, CAMEO 063).
            cand.trig = Trigger("COOPERATE", None, "063", ("legal",))
        if (
            cand.trig.cameo == "143"
            and tok.lemma_.lower() == "walk"
            and any(self.lexicon.is_cue("talk", t.lemma_) and t.head.lower_ == "of" for t in tok.subtree)
        ):
            # "walked out of the talks": breaking off negotiations (CAMEO 164), not a strike.
            cand.trig = Trigger("SANCTION", "withdraw", "164", ("diplomatic",))
        policy = direct is not None and any(
            self.lexicon.is_cue("policy", t.lemma_)
            for t in (direct, *(c for c in direct.children if c.dep_ == "compound"))
        )
        if cand.trig.event == "SANCTION" and cand.trig.mode == "discontinue" and policy:
            # "scrapped a planned fuel tax increase": dropping one's own measure is a concession (0832).
            cand.trig = Trigger("CONCEDE", None, "0832", ())
        if (
            cand.trig.event == "RETREAT"
            and cand.trig.mode == "withdraw"
            and direct is not None
            and self.lexicon.is_cue("policy", direct.lemma_)
        ):
            # "withdrew a decree", "withdrew the bill": a concession on policy (CAMEO 0832), not a retreat.
            cand.trig = Trigger("CONCEDE", None, "0832", ())
        if cand.trig.event == "MOBILIZE" and (
            any("peacekeep" in t.lower_ for t in phrase_head(tok).subtree)
            # ("1,000 UN peacekeepers deployed in southern Lebanon": the parser's reduced relative)
            or (tok.dep_ == "acl" and subject_of(tok) == tok.head and "peacekeep" in tok.head.lower_)
            or joins_a_mission(tok)
        ):
            # "the deployment of NATO peacekeeping troops", "will send 200 soldiers to join the security
            # mission in Haiti": providing protection (CAMEO 074), to the country the mission is in
            # (_mission_host)
            cand.trig = Trigger("AID", None, "074", ("peacekeeping",))
        # "…, a rights group protested": the parser may hang the reporting verb on the speaker.
        appended = tok.dep_ == "acl" and tok.head.dep_ == "appos" and tok.i > tok.head.i
        reports = (
            any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children) or tok.dep_ == "parataxis" or appended
        )
        if (
            cand.trig.event == "PROTEST"
            and tok.pos_ == "VERB"
            and (reports or (tok.dep_ == "ccomp" and tok.i > tok.head.i))
        ):
            # "X are failing to uphold rights, a rights group protested": a complaint (CAMEO 114).
            cand.trig = Trigger("ACCUSE", "allege", "114", ("diplomatic", *cand.trig.context))
            if appended:
                speaker = self.by_head.get(tok.head.i)
                root = tok.sent.root
                subject = child_with(root, {"nsubj"}) if root.i != tok.i else None
                if speaker is not None:
                    cand.actor = [speaker.actor]
                    cand.recipient = [a for a in cand.recipient if a != speaker.actor]
                if subject is not None and subject.i in self.by_head and not cand.recipient:
                    cand.recipient = [self.by_head[subject.i].actor]
            return
        sectors = [a.sector for a in cand.actor]
        # A state named by its country ("Greece lodged a protest") speaks for its government.
        official = act_for_states(cand.actor, OFFICIAL_SECTORS)
        worded = cand.trigger.lemma_.lower() == "protest"  # (a sit-in or march by MPs is one all the same)
        if cand.trig.event == "PROTEST" and cand.trig.mode == "demo" and official and worded:
            # "X protested to Y", "lodged a formal protest with Y": an official complaint (CAMEO 114).
            cand.trig = Trigger("ACCUSE", "allege", "114", ("diplomatic", *cand.trig.context))
            return
        if cand.trig.event == "REQUEST" and self._a_crowd_demands(cand):
            # "Tens of thousands of students marched …, demanding", "several thousand people braved the
            # cold to demand free elections": a crowd makes its demands by demonstrating (CAMEO 141)
            cand.trig = Trigger("PROTEST", "demo", "141", cand.trig.context)
            return
        crowd = bool(sectors) and all(s in {"CVL", "EDU", "LAB", "OPP"} for s in sectors)
        # (or troops a crowd clashes with: "stone-throwing students clashed with troops")
        scuffle = cand.trigger.lemma_.lower() in {"clash", "scuffle", "battle", "brawl", "skirmish"}
        at_police = bool(cand.recipient) and all(
            a.sector == "COP" or (a.sector == "MIL" and scuffle) for a in cand.recipient
        )
        deadly = cand.trigger.lemma_.lower() in CASUALTY_VERBS | LETHAL_VERBS or cand.trig.mode == "firearms"
        if cand.trig.event == "ASSAULT" and crowd and at_police and not deadly:
            # "students hurling firebombs battled riot police": crowds fighting the police riot (CAMEO 145)
            cand.trig = Trigger("PROTEST", "riot", "145", cand.trig.context)
            return
        civil = bool(sectors) and all(s in CIVIL_SECTORS for s in sectors)
        if (
            cand.trig.event == "COERCE"
            and cand.trig.mode == "restrict"
            and civil
            and cand.trigger.pos_ == "NOUN"
        ):
            # "protesters laid siege to the airport", "farmers mounted a blockade": obstruction (CAMEO 144)
            cand.trig = Trigger("PROTEST", "obstruct", "144", cand.trig.context)
            return
        if not sectors or cand.trigger.pos_ != "VERB":
            return
        subject = subject_of(cand.trigger)
        subject = counted(subject) if subject is not None else None  # ("thousands of protesters")
        arson = cand.trig.cameo == "180" and all(s in {"CVL", "OPP", "EDU", "LAB"} for s in sectors)
        if (
            cand.trig.event == "ASSAULT"
            and (
                arson
                or (
                    subject is not None
                    and subject.dep_ != "nsubjpass"  # ("two protesters were killed": the victims)
                    and subject.lemma_.lower() in PROTESTER_WORDS | {"rioter", "mob"}
                )
            )
            and not self._people_hurt(cand, deadly)
        ):
            # "Rioters set fire to shops", "protesters stoned the police": a violent protest (CAMEO 145).
            cand.trig = Trigger("PROTEST", "riot", "145", cand.trig.context)
            return
        if cand.trig.event == "COERCE" and tok.lemma_.lower() == "occupy" and civil:
            # "Striking workers occupied the shipyard": a sit-in, not a seizure of territory (CAMEO 144).
            cand.trig = Trigger("PROTEST", "obstruct", "144", ())
            return
        # Blocking is obstruction (PROTEST) by anyone but the state: civilians, rebels, parties.
        non_state = all(s is not None and s not in STATE_SECTORS for s in sectors)
        if cand.trig.event == "COERCE" and cand.trig.mode == "restrict" and (civil or non_state):
            cand.trig = Trigger("PROTEST", "obstruct", "144", cand.trig.context)
            purpose = purpose_target(cand.trigger, self.by_head, cand.actor)
            if purpose:  # "blocked a road to show their disapproval of X's policies": aimed at X
                cand.recipient = purpose
            # "blocked main highways in central Bolivia": a protest across a state is aimed at its
            # government, as one "in Serbia" is (purpose_target)
            cand.recipient = states_governments(cand.recipient)

    def _armed_band_takes_people(self, cand: Candidate) -> bool:
        """An armed group (rebels, criminals) acts, and what its verb takes are people, not a place."""
        tok = cand.trigger
        if not cand.actor or any(a.sector not in {"REB", "CRM"} for a in cand.actor) or tok.pos_ != "VERB":
            return False
        taken = child_with(tok, {"dobj"})
        return taken is not None and taken.pos_ == "NOUN" and counted(taken).lemma_.lower() not in PLACE_NOUNS

    def _people_hurt(self, cand: Candidate, deadly: bool) -> bool:
        """'Activists beat two opposition campaigners', 'a mob stoned to death two suspected thieves':
        people beaten or killed by a crowd are assaulted, not protested at (the police or soldiers, or
        no one named, are a riot's)."""
        if not (deadly or cand.trig.mode == "beat" or (cand.trig.cameo or "").startswith("182")):
            return False
        hit = cand.recipient or [  # ("beat and stoned to death two thieves": the conjunct's object)
            self.by_head[o.i].actor
            for c in cand.trigger.conjuncts
            for o in c.children
            if o.dep_ == "dobj" and o.i in self.by_head
        ]
        if bool(hit) and not any(a.sector in {"COP", "MIL", None} for a in hit):
            return True
        # ("a mob beat to death a man accused of blasphemy": a person no role names)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PERSON_WORDS for c in cand.trigger.children)

    def _misplaced_agent(
        self, noun: Token, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> list[Actor]:
        """The by-phrase agent of an event noun that the parser hangs elsewhere: on the verb that takes
        the noun ("police broke up protests by students") or on the noun's of-object after an apposition
        ("the assassination of Burundi's president, Melchior Ndadaye, by army paratroopers")."""
        hosts: list[Token] = []
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            hosts.append(noun.head)
        hosts.extend(o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        for host in hosts:
            for by in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
                for obj in (o for o in by.children if o.dep_ == "pobj" and o.i in by_head):
                    return actors_at(obj, by_head, maximal)
        return []

    def _pressed_by(self, verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
        """Who presses for an act done 'under pressure from X' (or 'bowing to pressure from X')."""
        bows = verb.lemma_.lower() in {"bow", "yield", "succumb", "give", "cave", "bend"}
        preps = {"under", "after", "amid"} | ({"to", "in"} if bows else set())  # "bowing to pressure from X"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
            for pressure in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "pressure"):
                for source in (p for p in pressure.children if p.dep_ == "prep" and p.lower_ == "from"):
                    for obj in (o for o in source.children if o.dep_ == "pobj"):
                        return actors_at(obj, by_head, maximal)
        return []

    def _done_to_of_object(self, noun: Token) -> bool:
        """A noun of an act done to its of-object: "the bombing of the embassy", "the arrest of X" (not
        "a meeting of the council" or "the protest of farmers", whose of-object does it)."""
        entry = self.lexicon.single.get((noun.lemma_.lower(), "NOUN"))
        return entry is not None and entry.event in {"ASSAULT", "COERCE", "SANCTION"}

    def participants(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        tok = phrase_head(cand.trigger)  # "hunger strike": the participants hang on "strike"
        reciprocal = cand.trig.event in RECIPROCAL and not cand.framed
        if tok.pos_ == "VERB":
            self._verb_roles(cand, tok, by_head, maximal, reciprocal)
        else:
            self._noun_roles(cand, tok, by_head, maximal, reciprocal)
        self._actors_from_context(cand, tok, by_head, maximal)
        self._recipients_from_context(cand, tok, by_head, maximal)
        self._place_recipients(cand, tok, by_head, reciprocal)
        if cand.trig.event == "PROTEST" and (mission := _mission_protested_at(tok, by_head)) is not None:
            cand.recipient = [mission]  # "rallied outside the Israeli embassy": its state is protested
        if (
            cand.trig.mode == "investigate"
            and tok.dep_ in {"advcl", "xcomp"}
            and tok.head.lemma_ in SENDING_VERBS
        ):
            # "sent a team to Togo to look into reports …": the state it is sent to is looked into
            sent_to = [
                by_head[o.i].actor
                for p in tok.head.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children
                if o.dep_ == "pobj" and o.i in by_head
            ]
            cand.recipient = sent_to or cand.recipient
        self._settle_roles(cand, tok, by_head)

    def _verb_roles(
        self,
        cand: Candidate,
        tok: Token,
        by_head: dict[int, Mention],
        maximal: list[Mention],
        reciprocal: bool,
    ) -> None:
        """Who a verb's subject, objects, by-phrase and prepositions name."""
        subj = subject_of(tok)
        if subj is not None and tok.dep_ == "xcomp" and self.lexicon.is_cue("thwart", tok.head.lemma_):
            subj = None  # "police foiled a plot … to attack the embassy": the police attack no one
        if subj is None and tok.dep_ == "acl" and self.lexicon.is_cue("intent", tok.head.lemma_):
            subj = subject_of(tok.head)  # "Armenia expressed readiness to sign …": Armenia would sign
        plot = undertaking_of(tok)
        if plot is not None and tok.dep_ == "advcl" and self.lexicon.is_cue("thwart", tok.head.lemma_):
            subj = None  # "police foiled a plot by ETA to assassinate the king" (as the parser hangs it)
        if subj is None and plot is not None:
            # "foiled an al-Shabaab plan to blow up a resort" (the parser may head the name on "plan")
            named = by_head.get(plot.i)
            planner = owner_of(plot, by_head) or (named.actor if named and named.kind == "org" else None)
            if planner is not None:
                cand.actor.append(planner)
            elif plot.dep_ == "dobj" and plot.i == tok.head.i and (holder := subject_of(plot.head)):
                cand.actor.extend(actors_at(holder, by_head, maximal))  # "Putin had no plans to meet …"
        fired_from: list[Actor] = []
        described = by_head.get(subj.i) if subj is not None else None
        weapon_fired = (
            described is not None
            and described.kind == "weapon"
            and tok.lemma_.lower() in FIRING_VERBS
            and child_with(tok, {"dobj"}) is None
        )
        if subj is not None and (weapon_fired or reduced_relative(tok)):
            # "Rockets [nsubj] fired [ccomp] from Gaza struck Sderot", "Rockets fired from Lebanon
            # [ROOT] …": the noun it describes was fired, from where names by whom.
            if described is not None and described.kind == "weapon":
                fired_from = fired_from_country(tok, by_head)
                cand.actor.extend(fired_from)
            else:
                cand.recipient.extend(actors_at(subj, by_head, maximal))
        elif subj is not None:
            # "X was expected to inspect": X is the one who inspects (subject raising).
            passive = subj.dep_ == "nsubjpass" and subj.head.i == tok.i and tok.lemma_ not in STATIVE
            subject_named = actors_at(subj, by_head, maximal)
            if not passive and subj.i not in by_head and self._done_to_of_object(subj):
                # "The bombing of the U.S. embassy killed 200 people": the bombing's target is no
                # actor of what it did; its owner or agent is ("an ETA bombing", "a bombing by ETA")
                subject_named = agents_of_act(subj, by_head, maximal)
            if passive and not subject_named and subj.i not in by_head:
                # "Nigeria's bid was backed by the AU", "a convoy carrying UN peacekeepers was ambushed"
                owner = possessor_of(subj, by_head)
                if owner is None and cand.trig.event in REACTIONS:
                    owner = owner_of(subj, by_head)  # "An appeal by YPF was rejected": YPF's
                subject_named = [owner] if owner is not None else carried(subj, by_head, maximal)
            (cand.recipient if passive else cand.actor).extend(subject_named)
            if any(c.dep_ == "cc" for c in subj.children):
                # "X and Y discussed …" that the parser reads as two subjects, not one coordinated
                for other in (c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > subj.i):
                    (cand.recipient if passive else cand.actor).extend(actors_at(other, by_head, maximal))
        # "voted down the government's plan": the particle's object is the verb's
        particle_object = direct_object(tok) if child_with(tok, {"dobj"}) is None else None
        for child in tok.children:
            if particle_object is not None and child.is_ancestor(particle_object):
                child = particle_object
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "providing X to Macedonia"
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    cand.recipient.extend(actors_at(obj, by_head, maximal))
            elif child.dep_ in {"dobj", "dative"} or child == particle_object:
                if misread_speaker(child, self.lexicon):
                    continue  # "…, Israeli military officials charged": who reports, not the object
                if tok.lemma_.lower() in TOPIC_VERBS and (
                    (child.i in by_head and by_head[child.i].kind == "group")
                    or (child.i not in by_head and child.pos_ == "NOUN")
                ):
                    continue  # "discussed air defence", "discussed Iraq's threats to Kuwait": a topic
                # (a weapon's word named as people, "a passenger jet", is what is hit)
                weapon = (child.i in by_head and by_head[child.i].kind == "weapon") or (
                    child.lemma_.lower() in AIR_WEAPONS | GROUND_WEAPONS
                    and not (child.i in by_head and by_head[child.i].actor.sector == "CVL")
                )
                if weapon and not brings_down(tok) and tok.lemma_.lower() != "hijack":
                    continue  # "fired rockets at Israel": what is fired is not who is hit
                # "denounced Serbia's crackdown on X", "rejected Iran's proposal": the act's owner.
                owner = possessor_of(child, by_head)
                # ("ambushed a bus carrying pilgrims": those carried)
                object_actors = [owner] if owner else actors_at(child, by_head, maximal)
                # ("shelled positions held by the RSF": whose the positions are)
                held = cand.trig.event in {"ASSAULT", "COERCE"} and child.lemma_.lower() in TARGETED_HOLDINGS
                authors = authors_of(child, by_head, maximal) if cand.trig.event in REACTIONS or held else []
                if authors:
                    object_actors = authors  # "vetoed a draft resolution drawn up by Norway and Ireland"
                if not object_actors and cand.trig.event in REACTIONS:
                    # "rejected the latest proposals from its creditors": whose proposals
                    source = owner_of(child, by_head)
                    object_actors = [source] if source is not None else []
                cand.recipient.extend(object_actors or carried(child, by_head, maximal))
            elif child.dep_ == "agent":
                for agent in child.children:
                    if agent.dep_ == "pcomp" and agent.tag_ == "VBG" and child_with(agent, {"dobj"}):
                        # "sealed off by striking farmers": the parser reads "striking" as a verb
                        agent = child_with(agent, {"dobj"}) or agent
                    cand.actor.extend(
                        actors_at(agent, by_head, maximal) or fire_source(agent, by_head, maximal)
                    )
            elif child.dep_ == "prep":
                self._prep_participant(cand, child, by_head, maximal, reciprocal)
        cand.recipient = [a for a in cand.recipient if a not in fired_from]
        if cand.trig.event in {"CONCEDE", "RETREAT"} and not cand.recipient:
            # "resigned under pressure from lawmakers", "backed down under pressure from Washington":
            # those who pressed receive the concession
            cand.recipient.extend(self._pressed_by(tok, by_head, maximal))
        direct = child_with(tok, {"dobj"})
        if not cand.recipient and direct is not None and direct.i not in by_head:
            # "police broke up protests by students": those whose act is broken up
            cand.recipient.extend(self._misplaced_agent(direct, by_head, maximal))
        # ("military aid to Thailand's armed forces was frozen": the passive's subject is the object)
        undergone = child_with(tok, {"nsubjpass"}) if direct is None and not cand.recipient else None
        taken_object = direct if direct is not None else undergone
        if taken_object is not None and tok.lemma_.lower() not in TOPIC_VERBS:
            # "provide assistance to X": the recipient hangs on the object (what is discussed,
            # "threats against Kuwait", names no party)
            for child in taken_object.children:
                if child.lower_ == "for" and cand.recipient:
                    continue  # "rejected a NATO peace plan for Kosovo": whose plan, not what it is for
                if child.dep_ == "prep" and (
                    child.lower_ in RECIPIENT_PREPS or child.lower_ == "with"
                ):  # "restore ties with X", "held talks with X", "broke off relations with X"
                    self._prep_participant(cand, child, by_head, maximal, reciprocal)
        if not cand.recipient:
            # "backed down in its row with the UN mission", "pulled out of talks with the rebels"
            cand.recipient.extend(dealings_partners(tok, by_head, maximal))
        if cand.trig.mode == "phone":  # "spoke by telephone with X": the parser hangs X on the phone
            for by in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
                for line in (o for o in by.children if o.dep_ == "pobj"):
                    for child in (c for c in line.children if c.dep_ == "prep" and c.lower_ == "with"):
                        self._prep_participant(cand, child, by_head, maximal, reciprocal)

    def _noun_roles(
        self,
        cand: Candidate,
        tok: Token,
        by_head: dict[int, Mention],
        maximal: list[Mention],
        reciprocal: bool,
    ) -> None:
        """Who a noun event's owners and prepositions name, and who its light verb's subject is."""
        partners: list[Actor] = []  # "talks with X": X takes part, but is not the act's own agent
        for child in tok.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i in by_head):
                cand.actor.extend(actors_at(child, by_head, maximal))
            elif child.dep_ in {"amod", "compound"}:  # "US Predator attacks": the weapon's country
                led = is_led(child)
                cand.actor.extend(
                    by_head[g.i].actor
                    for g in child.children
                    if (g.dep_ in {"amod", "compound"} or (led and g.dep_ == "npadvmod"))
                    and g.i in by_head
                    and by_head[g.i].kind == "country"
                )  # "a Saudi-led air strike": the leader's
            elif child.dep_ == "prep":
                before = len(cand.actor)
                self._prep_participant(cand, child, by_head, maximal, reciprocal)
                if child.lower_ in {"with", "between"}:
                    partners.extend(cand.actor[before:])
            elif (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and child_with(child, {"agent"}) is not None
                and child.lemma_.lower() not in BROKERING_VERBS  # "a deal brokered by China": a mediator
            ):
                # "a rally planned by the opposition", "talks hosted by Qatar": who holds it.
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (o for o in agent.children if o.dep_ == "pobj"):
                        target = cand.recipient if child.lemma_ in LIGHT_RECIPIENT_ACL else cand.actor
                        target.extend(actors_at(obj, by_head, maximal))
            elif child.dep_ in {"acl", "ccomp"} and cand.trig.event == "REQUEST":
                # "its demand that Israel ease restrictions": the clause's subject is asked.
                subj = child_with(child, {"nsubj"})
                if subj is not None and subj.pos_ != "PRON":
                    cand.recipient.extend(actors_at(subj, by_head, maximal))
        for window, _ in self.triggers.phrases_at(cand.trigger):
            # "sent a note of protest to the Venezuelan government": the parser hangs the addressee on
            # the phrase's last word
            inside = range(window.start, window.end)
            for word in (w for w in window if w.i != tok.i and w.head.i in inside):
                for prep in (c for c in word.children if c.dep_ == "prep" and c.i >= window.end):
                    if prep.lower_ in RECIPIENT_PREPS:
                        self._prep_participant(cand, prep, by_head, maximal, reciprocal)
        for ties in (o for o in of_objects(tok) if o.lemma_.lower() in {"tie", "relation"}):
            # "a downgrading of its relations with Germany": whom the ties are with
            for with_ in (p for p in ties.children if p.dep_ == "prep" and p.lower_ == "with"):
                self._prep_participant(cand, with_, by_head, maximal, reciprocal)
        if not cand.actor:
            cand.actor.extend(self._misplaced_agent(tok, by_head, maximal))
        claimer = claimed_by_doer(tok) if not cand.actor else None
        if claimer is not None:  # "X claimed responsibility for the assassination of Y": X's own
            cand.actor.extend(actors_at(claimer, by_head, maximal))
        blamed = blamed_on(tok) if not cand.actor else None
        if blamed is not None:  # "an attack blamed on Islamic militants": theirs, as alleged (status)
            cand.actor.extend(actors_at(blamed, by_head, maximal))
        if cand.trig.event == "REQUEST" and not cand.recipient and tok.dep_ == "dobj":
            # "reiterated its demand today that Israel ease …": the parser hangs the clause on the verb
            for clause in (c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i):
                said_that = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                subj = child_with(clause, {"nsubj"}) if said_that else None
                if subj is not None and subj.pos_ != "PRON":
                    cand.recipient.extend(actors_at(subj, by_head, maximal))
        light = light_verb(tok)
        # "police dispersed a rally": a verb that is an event of its own is no light verb; its
        # subject acts in that event, not in the rally.
        own_event = (
            light is not None
            and light.lemma_.lower() != tok.lemma_.lower()
            and (
                # (a verb that is no event with this object is light: "sent a protest note")
                ((light.lemma_.lower(), "VERB") in self.lexicon.single and self.triggers.at(light, set()))
                or any(  # "police broke up a rally"
                    (light.lemma_.lower(), c.lower_) in self.lexicon.phrases
                    for c in light.children
                    if c.dep_ == "prt"
                )
            )
            and not self.lexicon.is_cue("light-actor", light.lemma_.lower())
            and not self.lexicon.is_cue("light-recipient", light.lemma_.lower())
        )
        if light is not None and not own_event:
            # "police foiled a bombing": who stops an act is neither its agent nor its target.
            # "Putin skipped the summit": who stays away is not one of those who meet either.
            stays_out = self.lexicon.is_cue("thwart", light.lemma_) or self.lexicon.is_cue(
                "absent", light.lemma_
            )
            subj = None if stays_out or negated(light) else subject_of(light)
            by_phrase = child_with(light, {"agent"})
            if subj is not None and subj.dep_ == "nsubjpass" and by_phrase is not None:
                # "X was given asylum by Zimbabwe": the agent gives, the subject receives.
                cand.recipient.extend(actors_at(subj, by_head, maximal))
                for obj in (o for o in by_phrase.children if o.dep_ == "pobj"):
                    cand.actor.extend(actors_at(obj, by_head, maximal))
                subj = None
            if subj is not None:
                target = (
                    cand.recipient if self.lexicon.is_cue("light-recipient", light.lemma_) else cand.actor
                )
                # "repelled an attack by the RSF", "condemned Iran's attack": the act's own agent
                # stands; the verb's subject is someone else, unless it had the act done ("ordered
                # patrols by police").
                own_agent = any(a not in partners for a in cand.actor)
                if target is not cand.actor:
                    target.extend(actors_at(subj, by_head, maximal))
                elif not own_agent or light.lemma_ in CAUSATIVE_VERBS:
                    cand.actor[0:0] = actors_at(subj, by_head, maximal)  # first: "X held talks with Y"
            for child in light.children:  # "gave the Ivory Coast … aid", "gave a welcome to X"
                if child.dep_ == "dative" and child.pos_ == "ADP":  # "issued a warning to Syria"
                    for obj in (o for o in child.children if o.dep_ == "pobj"):
                        cand.recipient.extend(actors_at(obj, by_head, maximal))
                elif child.dep_ == "dative" or (
                    child.dep_ == "dobj" and child.i < tok.i and child.i in by_head
                ):
                    # (the parser may take the first of two objects for the only one: "gave
                    # bandits an ultimatum")
                    cand.recipient.extend(actors_at(child, by_head, maximal))
                elif child.dep_ == "prep" and (
                    child.lower_ in RECIPIENT_PREPS | {"with", "between"}
                    or (child.lower_ == "into" and cand.trig.mode == "investigate")
                ):  # ("opened an investigation on Monday into X": the parser hangs X on "opened")
                    self._prep_participant(cand, child, by_head, maximal, reciprocal)
        elif tok.dep_ == "nsubjpass" and not cand.actor and (held_by := child_with(tok.head, {"agent"})):
            # "A rally was held by opposition supporters": who holds it acts.
            for obj in (o for o in held_by.children if o.dep_ == "pobj"):
                cand.actor.extend(actors_at(obj, by_head, maximal))
            # "An appeal … was made to the WFP by X": whom the verb takes it to receives it
            if not cand.recipient and tok.head.lemma_.lower() in HANDED_ON_VERBS:
                for prep in (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"):
                    for obj in (o for o in prep.children if o.dep_ == "pobj"):
                        cand.recipient.extend(actors_at(obj, by_head, maximal))
        elif (
            not cand.actor
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and tok.head.head.lemma_.lower() in {"responsibility", "credit"}
            and tok.head.head.head.lemma_.lower() in {"claim", "accept", "admit", "take"}
        ):
            # "Al-Shabaab claimed responsibility for the attack": the group says it was theirs
            claimant = subject_of(tok.head.head.head)
            if claimant is not None:
                cand.actor.extend(actors_at(claimant, by_head, maximal))
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and tok.head.head.lemma_.lower() in {"place", "put", "keep", "hold"}
        ):
            # "placed opposition leader X under house arrest": who places acts, the one placed receives
            verb = tok.head.head
            subj = subject_of(verb)
            if subj is not None and subj.dep_ == "nsubj":
                cand.actor.extend(actors_at(subj, by_head, maximal))
            for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
                cand.recipient.extend(actors_at(obj, by_head, maximal))
        elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ == "come":
            # "peacekeepers came under attack": they are attacked
            subj = subject_of(tok.head.head)
            if subj is not None:
                cand.recipient.extend(actors_at(subj, by_head, maximal))
        elif (
            tok.dep_ == "pobj"
            and tok.head.head.pos_ == "VERB"
            and (
                tok.head.lower_ in {"on", "during", "in"}
                or (tok.head.lower_ == "for" and tok.head.head.lemma_ in MOTION_VERBS)
            )
        ):
            # "arrived in Amman on a visit", "threw stones during demonstrations", "detained 15
            # people in overnight raids", "return to Geneva for talks": the one who acts.
            # (not "did not travel to Jakarta for the summit")
            subj = None if negated(tok.head.head) else subject_of(tok.head.head)
            answer = self.triggers.at(tok.head.head, set()) if cand.trig.event == "PROTEST" else None
            if (
                subj is not None
                and answer is not None
                and answer.event in {"ASSAULT", "COERCE"}
                and all(a.sector in {"COP", "MIL"} for a in actors_at(subj, by_head, maximal))
            ):
                # "police fired tear gas during the demonstration": against it, not in it (but
                # "farmers battled police during a march" marched)
                subj = None
            if subj is not None and subj.dep_ == "nsubj" and all(a in partners for a in cand.actor):
                # first, before the partners of "flew to Seoul for talks with his counterpart"
                cand.actor[0:0] = actors_at(subj, by_head, maximal)

    def _actors_from_context(
        self, cand: Candidate, tok: Token, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> None:
        """Roles the parse hangs away from the trigger: givers, undertakers, passive agents, owners."""
        light = light_verb(tok) if tok.pos_ != "VERB" else None
        if (
            light is not None
            and not cand.actor
            and self.lexicon.is_cue("light-recipient", light.lemma_.lower())
        ):
            # "Kim received an apology from Obuchi": the one it comes from makes it
            cand.actor.extend(a for a in given_by((light, tok), by_head, maximal) if a not in cand.recipient)
        if cand.trig.event == "AID" and tok.lemma_.lower() == "receive" and tok.pos_ == "VERB":
            # "Famine victims received grain from the European Community": the giver gives to them
            givers = given_by((tok,), by_head, maximal)
            if givers:
                cand.recipient = [a for a in unique([*cand.recipient, *cand.actor]) if a not in givers]
                cand.actor = givers
        holder = nth_day_of(tok.head if tok.dep_ == "compound" else tok) if tok.pos_ != "VERB" else None
        if holder is not None and not cand.actor and (subj := subject_of(holder)) is not None:
            # "200 prisoners were in the 30th day of a hunger strike": those in it hold it
            cand.actor.extend(actors_at(subj, by_head, maximal))
        if tok.pos_ != "VERB" and not cand.actor and cand.trig.event in THEME_OBJECT:
            # "the deployment of NATO troops", "the withdrawal of Syrian forces": the forces move.
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    armed = [a for a in actors_at(obj, by_head, maximal) if a.sector in ARMED]
                    cand.actor.extend(armed)
                    cand.recipient = [a for a in cand.recipient if a not in armed]
        if (
            tok.pos_ == "VERB"
            and not cand.actor
            and tok.dep_ in {"acl", "xcomp"}
            and is_undertaking(tok.head)
        ):
            # "an attempt by GIA militants to bomb …", "the government's decision to scrap …": the one
            # who undertakes it acts.
            for child in tok.head.children:
                if child.dep_ == "poss":
                    cand.actor.extend(actors_at(child, by_head, maximal))
                elif child.dep_ == "prep" and child.lower_ == "by":
                    for obj in (o for o in child.children if o.dep_ == "pobj"):
                        cand.actor.extend(actors_at(obj, by_head, maximal))
        if tok.pos_ == "VERB" and not cand.actor and child_with(tok, {"nsubjpass"}) is not None:
            # "was accused of misusing funds by X": the parser hangs the agent on the inner clause.
            for inner in tok.subtree:
                # (not "a general strike called by the opposition": the agent of a participle of its own)
                if (
                    inner.dep_ in {"agent", "prep"}
                    and inner.lower_ == "by"
                    and inner.head.dep_ not in {"relcl", "acl"}
                ):
                    for obj in (c for c in inner.children if c.dep_ == "pobj"):
                        cand.actor.extend(actors_at(obj, by_head, maximal, places_ok=False))
                    if cand.actor:
                        break
        if (
            tok.pos_ == "VERB"
            and not cand.actor
            and cand.trig.event == "COERCE"
            # (an arrest or a ban, not "the road had been closed, Yerevan said": a charge against another)
            and cand.trig.mode in {"arrest", "deport", "ban", "curfew", "martial-law"}
            and child_with(tok, {"nsubjpass"}) is not None
            and (speech := speech_governor(tok, self.lexicon)) is not None
        ):
            # "Twelve people were arrested, police said": the police, the interior minister or the
            # court that reports an arrest with no one else named to have made it speaks for its doer.
            cand.actor.extend(a for a in subject_actors(speech, by_head, maximal) if a.sector in STATE_ORGANS)
        if tok.pos_ == "VERB" and not cand.actor and owner_undoes(cand.trig):
            # "Nepal's ban was lifted", "US sanctions were eased", "his ambassador was recalled": with
            # no agent named, a measure or an envoy is withdrawn by whoever owns it.
            undone = child_with(tok, {"nsubjpass"})
            owners = [c for c in undone.children if c.dep_ in {"poss", "compound", "amod"}] if undone else []
            for word in owners:
                cand.actor.extend(a for a in actors_at(word, by_head, maximal) if a.code)
            cand.recipient = [a for a in cand.recipient if a not in cand.actor]
            if cand.actor and not cand.recipient:
                cand.recipient.extend(object_actor(tok, by_head, cand.actor, role="nsubjpass"))
        if (cand.trig.event in THEME_OBJECT or cand.trig.mode == "withdraw") and tok.pos_ == "VERB":
            self._theme_is_not_recipient(cand, by_head, maximal)
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and misread_speaker(tok.head, self.lexicon):
            # "Iran has been arming Hezbollah, Israeli officials charged": the officials charge the
            # main clause's subject (the parser hangs their verb on them as a description)
            speaker = by_head.get(tok.head.i)
            subject = subject_of(tok.sent.root)
            if speaker is not None:
                cand.actor = [speaker.actor]
                cand.recipient = actors_at(subject, by_head, maximal) if subject is not None else []
        if (
            tok.pos_ == "VERB"
            and not cand.recipient
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and (cand.trig.event in DONE_TO or cand.trig.mode in {"release", "expel"})
            # (not a that-clause: "claims that the road is blocked" says nothing of the claims)
            and child_with(tok, {"nsubj", "nsubjpass", "mark"}) is None
        ):
            # "Thai farm workers, freed by Hamas, …", "two diplomats, expelled over the affair": the
            # noun a passive participle describes is the one it was done to; but "missiles fired from
            # Yemen" are what is fired, and where from names who fires them.
            described = by_head.get(tok.head.i)
            if described is not None and described.kind == "weapon":
                if not cand.actor:
                    cand.actor.extend(fired_from_country(tok, by_head))
            else:
                cand.recipient.extend(a for a in actors_at(tok.head, by_head, maximal) if a not in cand.actor)

    def _recipients_from_context(
        self, cand: Candidate, tok: Token, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> None:
        """Whom an act with no stated object is done to: complements, purposes, the aided."""
        shared = child_with(tok, {"dobj"}) if cand.trig.event == "COOPERATE" else None
        about = shared is not None and self.lexicon.is_cue("information", shared.lemma_)
        topic = tok.lemma_.lower() in TOPIC_VERBS and child_with(tok, {"dobj"}) is not None
        if (
            tok.pos_ == "VERB"
            and not cand.recipient
            and cand.trig.event != "MOBILIZE"
            and not about
            and not topic
        ):
            # (what a deployment moves, "moved thousands of troops", is the actor's, not a target; whom
            # intelligence shared is about, "exchanged intelligence on the Medellin cartel", is no party)
            cand.recipient.extend(object_actor(tok, by_head, cand.actor))
        if tok.pos_ == "VERB" and not cand.recipient and owner_undoes(cand.trig) and cand.actor:
            # "Restrictions on foreign journalists were eased by the military command", "US sanctions on
            # Damascus were lifted": those the measure weighed on receive its easing (before the place)
            measure = child_with(tok, {"nsubjpass"})
            for prep in (c for c in measure.children if c.lower_ in {"on", "against"}) if measure else ():
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    cand.recipient.extend(a for a in actors_at(obj, by_head, maximal) if a not in cand.actor)
        if tok.pos_ == "VERB" and not cand.recipient and child_with(tok, {"dobj"}) is None:
            # "allowed the candidate to run", "forced X to leave": the parser makes X the subject of
            # the complement; it is the one the act is done to.
            for comp in (
                c
                for c in tok.children
                if c.dep_ in COMPLEMENT_DEPS
                and (cand.trig.event in ABOUT_THE_SUBJECT or not finite_clause(c))
            ):
                # ("demanded that the US match …", "complained that Japanese firms sell below cost": the
                # clause's subject is asked or accused; but not "warned that the army would respond" or
                # "promised that Tokyo would provide aid": who would act is not the target)
                subj = child_with(comp, {"nsubj"})
                if subj is not None and subj.pos_ != "PRON":
                    # ("charged that NATO's bombing of Yugoslavia was illegal": the act's owner)
                    owner = possessor_of(subj, by_head) if subj.i not in by_head else None
                    found = [owner] if owner is not None else actors_at(subj, by_head, maximal)
                    cand.recipient.extend(a for a in found if a not in cand.actor)
        theme = (
            child_with(tok, {"dobj", "nsubjpass"})
            if cand.trig.event == "AID" and tok.pos_ == "VERB"
            else None
        )
        if theme is not None and not cand.actor and theme.dep_ == "nsubjpass":
            # "Relief supplies donated by the European Union were distributed to refugees": the donor's
            for given in (c for c in theme.children if c.dep_ == "acl" and c.lemma_.lower() in GIVING_VERBS):
                for agent in (a for a in given.children if a.dep_ == "agent"):
                    for obj in (o for o in agent.children if o.dep_ == "pobj"):
                        cand.actor.extend(actors_at(obj, by_head, maximal))
                cand.recipient = [a for a in cand.recipient if a not in cand.actor]
        beneficiaries = [
            a
            for p in (theme.children if theme is not None else ())
            if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children
            if o.dep_ == "pobj"
            for a in actors_at(o, by_head, maximal, places_ok=False)
            if a not in cand.actor
        ]
        if beneficiaries:
            # "food rations for 200,000 Somali refugees were delivered to camps in Kenya": the aided
            cand.recipient = beneficiaries
        if theme is not None and theme.lemma_.lower() == "asylum":
            # "granted political asylum to 23 Albanians": those given asylum are refugees
            cand.recipient = [
                replace(a, sector="REF") if a.sector in {None, "CVL"} and a.code else a
                for a in cand.recipient
            ]
        if (
            cand.trig.event in HELPING_EVENTS
            and tok.pos_ == "VERB"
            and not any(a.code for a in cand.recipient)
        ):
            # "willing to send equipment to help defend Poland", "offered to send engineers to help
            # rebuild Ukraine": whom the help is for receives it (not what is sent)
            helped = helped_party(tok, by_head, maximal, cand.actor)
            if helped:
                cand.recipient = helped
        if (
            cand.trig.event in {"MOBILIZE", "AID", "COOPERATE", "THREATEN"}
            and tok.pos_ == "VERB"
            and not cand.recipient
        ):
            # "mobilized reservists for a possible war against Iraq": the war's enemy is whom it is for
            cand.recipient.extend(
                a for a in self._enemy_of_purpose(tok, by_head, maximal) if a not in cand.actor
            )
        if cand.trig.event in PURPOSE_TARGET and not cand.recipient:
            # "demonstrated … calling for independence from Iraq", "a hunger strike to demand the
            # resignation of President X": a protest is aimed at whom its demand is addressed to.
            cand.recipient.extend(purpose_target(tok, by_head, cand.actor))
        if cand.trig.event in {"ASSAULT", "COERCE"} and not cand.recipient and tok.pos_ == "VERB":
            # "opened fire to disperse demonstrators": force used to do something to someone is used
            # on them.
            for clause in (c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and is_infinitive(c)):
                done_to = child_with(clause, {"dobj"})
                if done_to is not None:
                    cand.recipient.extend(
                        a for a in actors_at(done_to, by_head, maximal) if a not in cand.actor
                    )

    def _place_recipients(
        self, cand: Candidate, tok: Token, by_head: dict[int, Mention], reciprocal: bool
    ) -> None:
        """A neighbour across a border, or a place the act is aimed at, when nobody else is."""
        # "Armenia and Azerbaijan held talks in Almaty", "the two sides met in Cairo": all parties
        # act, and the place is only where.
        among_parties = (reciprocal or cand.trig.cameo == "057") and (  # "… signed an accord in Tripoli"
            len(cand.actor) > 1
            or any(m.kind == "parties" and m.actor in cand.actor for m in by_head.values())
        )
        direct = child_with(tok, {"dobj"}) if tok.pos_ == "VERB" else None
        # "seized the town of X" (even of an X the gazetteer does not know): a place is what is taken
        place_taken = direct is not None and (
            self._place_at(direct) is not None
            or (
                direct.lemma_.lower() in PLACE_NOUNS
                and any(o.pos_ == "PROPN" for p in direct.children if p.lower_ == "of" for o in p.children)
            )
        )
        if not cand.recipient and not among_parties and not place_taken:
            cand.recipient.extend(neighbour_across_border(tok, by_head, cand.actor))
        if not cand.recipient and not among_parties:
            # A protest or a deployment at home is not aimed at the town it fills; a curfew imposed in
            # a town is.
            at_home = cand.trig.event in {"PROTEST", "MOBILIZE"}
            home = {a.code for a in cand.actor if a.code} if at_home else set()
            cand.recipient.extend(
                self._place_target(
                    tok,
                    skip={a.entity_text for a in cand.actor},
                    home=home,
                    # (people of no stated country who rally "in central Tbilisi" are taken to be at home
                    # there: local_countries gives them its country)
                    venue_only=(cand.trig.event in VENUE_EVENTS and cand.trig.mode != "visit")
                    or (at_home and not home),
                    capital_governs=cand.trig.event in VERBAL,
                )
            )

    def _settle_roles(self, cand: Candidate, tok: Token, by_head: dict[int, Mention]) -> None:
        """Parties who meet all act; no one is both actor and recipient; counterparts share a sector."""
        if (
            cand.trig.event == "CONSULT"
            and cand.trig.mode != "visit"
            and tok.pos_ == "VERB"
            and cand.actor
            and tok.lemma_.lower() not in TOPIC_VERBS  # "discussed air defence": a topic, not a party
        ):
            # "X met Y", "X telephoned Y": a meeting is reciprocal, all parties are actors (a visit
            # or a hosting is not: the visited and the guest receive it).
            objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
            met = {
                by_head[o.i].actor.name for o in objects if o.i in by_head
            }  # the one met, not "X's demands"
            moved = [a for a in cand.recipient if a.name in met]
            cand.actor.extend(moved)
            cand.recipient = [a for a in cand.recipient if a not in moved]
        cand.actor = unique(cand.actor)
        cand.recipient = [a for a in unique(cand.recipient) if a not in cand.actor]
        if cand.trig.event == "MOBILIZE":
            # "police deployed officers in Kuala Lumpur", "troops were sent to Aceh": a place at home
            # is where forces go, not whom they act on.
            home = {a.code for a in cand.actor if a.code}
            cand.recipient = [
                a for a in cand.recipient if not (a.code in home and a.entity_text in self.place_texts)
            ]
        own_sector = next((a.sector for a in cand.actor if a.sector), None)
        if own_sector is not None:
            # "the Swedish security service … its Danish counterpart": the counterpart is of its kind.
            cand.recipient = [
                replace(a, sector=own_sector)
                if a.entity_text.lower().endswith(("counterpart", "counterparts"))
                else a
                for a in cand.recipient
            ]

    def _enemy_of_purpose(
        self, verb: Token, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> list[Actor]:
        """Whom a hostile act that the verb's "for" names is against: "for a possible war against Iraq"."""
        fors = [
            c for h in (verb, *verb.children) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
        ]
        for war in (
            o for p in fors for o in p.children if o.dep_ == "pobj" and self.triggers.hostile_noun(o)
        ):
            for against in (c for c in war.children if c.dep_ == "prep" and c.lower_ in {"against", "on"}):
                for obj in (o for o in against.children if o.dep_ == "pobj"):
                    return actors_at(obj, by_head, maximal)
        return []

    def _place_target(
        self,
        tok: Token,
        skip: set[str] | None = None,
        home: set[str] | None = None,
        venue_only: bool = False,
        capital_governs: bool = False,
    ) -> list[Actor]:
        """The country of a place the trigger (or its object) is located in, to or from; not of the
        places named `skip` (the actors' own: "aid from Washington arrived in Kyiv"), nor a place in
        the `home` countries that is only where the act is done, nor, when `venue_only`, a place "in"
        or "at" which it is done ("agreed in Moscow", "talks in Geneva": a venue; "pledged funds for
        clearance in Angola" still names whom the clearance is for)."""
        skip, home = skip or set(), home or set()
        where = {"in", "into", "at"}
        holders = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and tok.pos_ == "VERB")]
        # ("pulled back from Kherson": the parser hangs "from" on the particle)
        holders += [c for c in tok.children if c.dep_ in {"prt", "advmod"} and c.lower_ in MOTION_PARTICLES]
        light = light_verb(tok) if tok.pos_ == "NOUN" else None
        if light is not None:
            holders.append(light)  # "held talks in Kampala"
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
            holders.append(tok.head.head)  # "arrived in Amman on a visit"
        elif tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            holders.append(tok.head)  # "the deployment … arrived in Bosnia"
        for holder in holders[1:] if tok.pos_ == "VERB" else ():
            # "shelled Kharkiv", "Goma was attacked": the place acted on is its country's.
            if holder.dep_ not in {"dobj", "nsubjpass"}:
                continue
            place = self._place_at(holder)  # "shelled Kharkiv", "the Donetsk region", "the town of X"
            if place is not None and place.country_code and place.text not in skip:
                return [place_actor(place, capital_governs)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_TARGET_PREPS:
                    continue
                for obj in prep.children:
                    place = self._place_at(obj) if obj.dep_ == "pobj" else None
                    if place is None or not place.country_code or place.text in skip:
                        continue
                    if prep.lower_ in where and (venue_only or place.country_code in home):
                        continue  # "supporters marched in Noumea": where they protest at home, not whom
                    if prep.lower_ in where and any(
                        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children
                    ):
                        continue  # "detonated a device at its test site": the actor's own ground
                    # ("a threat against Helsinki": its government; "talks in Tokyo": a venue)
                    return [place_actor(place, capital_governs and prep.lower_ not in VENUE_PREPS)]
        # Deeper, inside what the act is done to: "lifted the curfew imposed in Sudan", "the withdrawal
        # of forces from Panama", "the blockade of the town of X".
        objects = [
            c
            for h in holders
            for c in h.children
            if c.dep_ in {"dobj", "nsubjpass"} or c.lower_ in {"of", "at", "against", "on"}
        ]
        for obj in objects:
            for t in obj.subtree:
                if t.dep_ in {"relcl", "advcl"}:
                    break
                place = self._place_at(t) if t.dep_ == "pobj" else None
                if place is not None and place.country_code and t.head.lower_ in DEEP_PLACE_PREPS:
                    if place.text in skip or (t.head.lower_ in {"in", "at"} and place.country_code in home):
                        continue
                    if t.head.lower_ in {"in", "at"} and any(
                        c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children
                    ):
                        continue  # "at its test site": the actor's own ground
                    return [place_actor(place, capital_governs and t.head.lower_ not in VENUE_PREPS)]
        return []

    def _place_at(self, noun: Token) -> Place | None:
        """The place a noun names: itself, or for "the Krasnodar region", "Russia's Belgorod region",
        "the town of Bunagana" the name with the place noun."""
        place = self.place_heads.get(noun.i)
        if place is None and noun.lemma_.lower() in PLACE_NOUNS:
            words = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
            words += [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            place = next((n for n in (self.place_heads.get(w.i) for w in words) if n is not None), None)
        return place

    def mission_host(self, cand: Candidate) -> None:
        """Troops for a peacekeeping or security force help the country it serves in: "contribute 4,000
        troops to an international peace-keeping force in Liberia", "NATO peacekeeping troops have
        arrived in Bosnia"."""
        if cand.recipient or cand.trig.event not in {"AID", "AGREE", "MOBILIZE"}:
            return
        tok = cand.trigger
        own = {a.code for a in cand.actor}
        holders = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "xcomp"})]
        forces = [
            o
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"to", "for"}
            for o in p.children
            if o.dep_ == "pobj" and is_mission(o)
        ]
        # ("will send 200 soldiers to join the multinational security mission in Haiti")
        forces += joined_missions(tok) if tok.pos_ == "VERB" else []
        for force in forces:
            for where in (p for p in force.children if p.dep_ == "prep" and p.lower_ == "in"):
                for obj in (o for o in where.children if o.dep_ == "pobj"):
                    place = self._place_at(obj)
                    if place is not None and place.country_code and place.country_code not in own:
                        cand.recipient.append(place_actor(place))
                        return
        peacekeepers = cand.trig.cameo == "074" or any("peacekeep" in t.lower_ for t in tok.subtree)
        if peacekeepers and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in {"arrive", "land"}:
            # ("the first deployment of NATO peacekeeping troops have arrived in Bosnia")
            for where in (p for p in tok.head.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}):
                for obj in (o for o in where.children if o.dep_ == "pobj"):
                    place = self._place_at(obj)
                    if place is not None and place.country_code and place.country_code not in own:
                        cand.recipient.append(place_actor(place))
                        return

    def _theme_is_not_recipient(
        self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> None:
        """'offered its troops to X', 'withdraw troops from X': the object is what moves, X receives.

        For transfers (aid, withdrawal, deployment, offers) the direct object is the recipient only
        when no 'to/for/from/into' phrase names one; an object owned by the actor ('its troops') never is.
        """
        tok = cand.trigger
        moved = child_with(tok, {"nsubjpass"})
        if moved is not None and not cand.actor:
            # "French troops were deployed to Mali", "Cuban doctors were sent to Italy": with no agent
            # named, the forces or staff sent stand for who sends them.
            theme = actors_at(moved, by_head, maximal)
            if theme and all(a.sector in SENT_SECTORS for a in theme):
                cand.actor = theme
                cand.recipient = [a for a in cand.recipient if a not in theme]
        elif moved is not None and cand.trig.event in {"MOBILIZE", "AID"}:
            # "4,000 National Guard members were sent into Los Angeles by Trump", "field hospitals were
            # flown to Myanmar by India": what the named agent sends is no recipient.
            theme = actors_at(moved, by_head, maximal)
            if theme and all(a.sector in SENT_SECTORS for a in theme):
                cand.recipient = [a for a in cand.recipient if a not in theme]
        direct = child_with(tok, {"dobj"})
        if direct is None:
            return
        theme = actors_at(direct, by_head, maximal) or actors_at(counted(direct), by_head, maximal)
        # "its troops", "4,000 troops", "army reservists": forces moved are the actor's, not recipients.
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            # "supplied Houthi rebels with drones", "provided the army with fuel": the object receives.
            cand.recipient = [a for a in cand.recipient if a in theme] or theme
            return
        owned = cand.trig.mode != "release" and (  # "freed 15 British sailors": the freed receive it
            any(c.dep_ == "poss" and c.pos_ == "PRON" for c in direct.children)
            or (bool(theme) and all(a.sector in ARMED for a in theme))
        )
        named: list[Actor] = []
        for holder in (tok, direct):
            for prep in holder.children:
                # "deployed troops in Mali" names where they go; "nationals in Tehran" only where they are.
                if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "for", "from", "into", "in"}:
                    if prep.lower_ == "in" and holder is direct:
                        continue
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            named.extend(actors_at(obj, by_head, maximal, places_ok=False))
        if named or owned:
            moved_words = {a.entity_text for a in theme}  # (the same words, whatever country they took)
            cand.recipient = [a for a in cand.recipient if a.entity_text not in moved_words]
            cand.recipient.extend(a for a in named if a not in cand.recipient)

    def _prep_participant(
        self,
        cand: Candidate,
        prep: Token,
        by_head: dict[int, Mention],
        maximal: list[Mention],
        reciprocal: bool,
    ) -> None:
        word = prep.lower_
        if word in CONCESSIVE_PREPS:
            return  # "rallied despite a court ban": what is defied is no party to the act
        if word == "for" and cand.trig.event == "REQUEST":
            # "appealed for troops": what is asked; but "a demand for the president's resignation", "calls
            # for the release of X by Y": whose act is asked for receives the demand
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                owner = possessor_of(obj, by_head) or of_phrase_actor(obj, by_head)
                if owner is not None and owner not in cand.actor:
                    cand.recipient.append(owner)
            return
        if word in TOPIC_PREPS and cand.trig.event == "CONSULT":
            return  # "talks on the repatriation of refugees": a topic
        shared = child_with(prep.head, {"dobj"}) if prep.head.pos_ == "VERB" else None
        if word in TOPIC_PREPS and (
            self.lexicon.is_cue("information", prep.head.lemma_)
            or (shared is not None and self.lexicon.is_cue("information", shared.lemma_))
        ):
            # "exchanged intelligence on the Medellin cartel": what the intelligence is about; a partner
            # the parser hangs inside it ("on Kurdish rebels with Iraqi security services") is one
            for partner in (t for t in prep.subtree if t.lower_ == "with" and t.dep_ == "prep"):
                self._prep_participant(cand, partner, by_head, maximal, reciprocal)
            return
        if word == "at" and cand.trig.event == "CONSULT":
            return  # "received the president at the Vatican", "met at the Elysee": where, not whom
        if word in {"at", "in"} and any(
            c.dep_ == "poss" and c.pos_ == "PRON"
            for o in prep.children
            if o.dep_ == "pobj"
            for c in o.children
        ):
            return  # "detonated a device at its test site": the actor's own ground, no party
        if word in {"at", "during"} and any(
            getattr(self.lexicon.single.get((o.lemma_.lower(), "NOUN")), "event", None) == "CONSULT"
            for o in prep.children
            if o.dep_ == "pobj"
        ):
            return  # "rallied support at the Arab League summit": the gathering it is done at, not whom
        instrument = (
            word == "with" and cand.trig.event in {"ASSAULT", "COERCE"} and child_with(prep.head, {"dobj"})
        ) or (  # "provided Thai police with the fingerprints of the suspects": what is shared
            word == "with" and any(self.lexicon.is_cue("information", o.lemma_) for o in prep.children)
        )
        for obj in [c for c in prep.children if c.dep_ == "pobj"] or stranded_object(prep):
            named = by_head.get(obj.i)
            if instrument and (
                named is None or named.kind not in {"country", "org", "person", "title", "group"}
            ):  # (people are no instrument: "exchanged fire with rebels")
                continue  # "beat protesters with sticks", "shelled the town with rockets": an instrument
            found = actors_at(obj, by_head, maximal, places_ok=False)
            if not found and word in RECIPIENT_PREPS:
                owner = possessor_of(obj, by_head)  # "support for Moldova's bid": Moldova receives it
                found = [owner] if owner is not None else []
            noun = cand.trigger.pos_ != "VERB"
            # "a protest of farmers"; but "a boycott of Danish goods" is aimed at them
            protest_of = (
                word == "of" and noun and cand.trig.event == "PROTEST" and cand.trig.mode != "boycott"
            )
            # "the blockade of Serbia", "the occupation of Kuwait": what a hostile act is done to.
            # ("the release of nine political prisoners": the released)
            target_of = (
                word == "of"
                and noun
                and (cand.trig.event in OF_TARGET or cand.trig.mode in {"boycott", "release"})
            )
            audience = word == "to" and cand.trig.event == "ACCUSE" and has_prep(prep.head, ACCUSED_PREPS)
            audience = audience or (word == "to" and cand.trig.cameo == "115")  # "taken to court": where
            # ("sued the United States at the World Court", "a complaint before the UN tribunal": the venue)
            audience = audience or (
                word in {"at", "before", "in"}
                and cand.trig.event == "ACCUSE"
                and any(
                    t.lemma_.lower() in COURT_WORDS for t in prep.subtree if t.dep_ in {"pobj", "compound"}
                )
            )
            if word == "to" and cand.trig.event == "CONCEDE" and not found:
                # "bowed to the demands of striking doctors", "yielded to weeks of demands from
                # protesters": whoever made the demands receives the concession.
                found = whose_phrase(obj, by_head)
            if word == "into" and cand.trig.event == "ACCUSE" and cand.trig.mode == "investigate":
                # "an investigation into three lawmakers", "into crimes committed by Croat forces": who
                # the probe is about.
                cand.recipient.extend(found or whose_phrase(obj, by_head))
                continue
            # "talks between X and Y": X and Y talk; "mediation between X and Y": the mediator acts on them
            # (a ceasefire "between X and Y" is theirs; a truce "with X" is aimed at X)
            # ("clashes between X and Y", "fighting between X and Y": both fight)
            mutual = (
                reciprocal
                or (cand.trig.mode == "ceasefire" and not cand.framed)
                or cand.trig.event == "ASSAULT"
            )
            between = word == "between" and mutual and cand.trig.cameo != "045"
            # "aid from Washington", "an ultimatum from Hezbollah": who gives it (but "a withdrawal
            # from Lebanon" leaves a place).
            source = word == "from" and noun and cand.trig.event in FROM_SOURCE and not cand.actor
            # "the ambassador was expelled from Bolivia", "was extradited from Ghana": with no agent,
            # the country one is sent away from sends one away.
            source = source or (
                word == "from"
                and not noun
                and cand.trigger.lemma_ in REMOVAL_VERBS
                and child_with(cand.trigger, {"nsubjpass"}) is not None
                and not cand.actor
            )
            # "an attack by rebels", "was shelled by the army": the agent; but an active verb's "by" is
            # no agent ("Bolivia stood by Caracas": Caracas is stood by).
            agent = word == "by" and (
                noun or prep.dep_ == "agent" or child_with(cand.trigger, {"auxpass"}) is not None
            )
            if agent and not found:
                found = fire_source(obj, by_head, maximal)
            # "the resignation of the interior minister", "the surrender of rebel commanders": theirs
            self_act = (
                word == "of" and noun and cand.trigger.lemma_.lower() in SELF_ACT_NOUNS and not cand.actor
            )
            if (
                (word in {"with", "alongside"} and reciprocal)
                or between
                or agent
                or protest_of
                or source
                or self_act
            ):
                cand.actor.extend(found)
            elif word == "by" and cand.trig.event == "SUPPORT":
                cand.recipient.extend(found)
            elif audience:
                continue  # "complained to the UN over the raids": the UN hears it, the raiders are accused
            elif (
                word in RECIPIENT_PREPS
                or word in {"with", "between"}
                # "the pull-out from the country": the state left
                or (word == "from" and cand.trig.mode == "withdraw" and names_a_state(obj, by_head))
                or target_of
                or (word in ACCUSED_PREPS and cand.trig.event == "ACCUSE")
            ):
                cand.recipient.extend(found)

    # -- linking within the document -----------------------------------------------------------
    def _a_crowd_demands(self, cand: Candidate) -> bool:
        """A demand made by people counted in hundreds or thousands, with no protest named for them."""
        tok = cand.trigger
        if (
            tok.pos_ != "VERB"
            or not cand.actor
            or any(a.sector not in CIVIL_SECTORS | {"AGR"} for a in cand.actor)
        ):
            return False
        subj = subject_of(tok)
        if subj is None and tok.dep_ in {"advcl", "xcomp", "acl"}:
            subj = tok.head if tok.dep_ == "acl" else subject_of(tok.head)  # "Protesters demanding …"
        if subj is None:
            return False
        numbers = [subj, *(c for c in subj.children if c.dep_ == "nummod")]
        numbers += [c for n in numbers for c in n.children if c.dep_ in {"nummod", "quantmod", "compound"}]
        return any(n.lemma_.lower() in QUANTITY_HEADS for n in numbers)
