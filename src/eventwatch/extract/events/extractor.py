"""The events extractor: finds triggers, reads their frames, participants and status, and freezes events."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.base import Extractor
from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    blamed_on,
    brings_down,
    child_with,
    claimed_by_doer,
    clause_tokens,
    common_depth,
    direct_object,
    finite_clause,
    forgoes_another_term,
    has_own_date,
    has_prep,
    have_to,
    is_conditional,
    is_infinitive,
    is_undertaking,
    light_verb,
    misread_relative,
    misread_speaker,
    nth_day_of,
    objects_taken,
    of_objects,
    options,
    owner_undoes,
    phrase_head,
    prepares,
    protective_purpose,
    reduced_relative,
    rules_out_verb,
    same_event_word,
    speech_governor,
    subject_of,
    undertaking_of,
    yields_to_pressure,
)
from eventwatch.extract.events.conventions import (
    announced_threat,
    conditional_refusal,
    domestic_talks,
    domestic_targets,
    handed_to_justice,
    international_withdrawal,
    leaves_an_organisation,
    local_countries,
    refusal_convention,
    threatened_party,
)
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.merging import (
    content_of_speech_acts,
    earlier_same,
    fold_retold,
    link_disputes,
    meeting_named_twice,
    merge_casualties,
    merge_claimed,
    merge_conjoined,
    not_what_is_cut,
    retold,
)
from eventwatch.extract.events.participants import (
    act_for_states,
    actors_at,
    addressees,
    agents_of_act,
    authors_of,
    carried,
    dealings_partners,
    fire_source,
    fired_from_country,
    given_by,
    helped_party,
    holders_of_the_released,
    is_mission,
    joined_missions,
    joins_a_mission,
    maximal_mentions,
    names_a_state,
    neighbour_across_border,
    object_actor,
    object_participants,
    of_phrase_actor,
    owner_of,
    place_actor,
    possessor_of,
    purpose_target,
    quits_a_body,
    same_side,
    specific_actors,
    states_governments,
    stranded_object,
    subject_actors,
    unique,
    whose_phrase,
)
from eventwatch.extract.events.status import StatusReader
from eventwatch.extract.events.triggers import TriggerFinder
from eventwatch.extract.events.vocabulary import (
    ABOUT_THE_SUBJECT,
    ACCUSED_PREPS,
    AIR_WEAPONS,
    ANNOUNCED_HOSTILE,
    ARMED,
    ARMED_EVENTS,
    ASPECT_VERBS,
    BACKING_ARMS,
    BROKERING_VERBS,
    CALLING_OFF_NOUNS,
    CASUALTY_VERBS,
    CAUSATIVE_VERBS,
    CHARGING_VERBS,
    CIVIL_SECTORS,
    COERCIVE_ORDERS,
    COMPLEMENT_DEPS,
    CONCESSIVE_PREPS,
    COOPERATIVE,
    COURT_WORDS,
    DEEP_PLACE_PREPS,
    DONE_TO,
    EXPELLED_SECTORS,
    FIRING_VERBS,
    FORMAL_ACTS,
    FROM_SOURCE,
    FUTURE_AUX,
    GIVING_VERBS,
    GROUND_WEAPONS,
    HANDED_ON_VERBS,
    HELPING_EVENTS,
    HOSTILE,
    HUMANITARIAN_CAMEO,
    INFINITIVE_TAKERS,
    INTENT_CAMEO,
    JOINT_WORDS,
    LETHAL_VERBS,
    LIGHT_RECIPIENT_ACL,
    MOTION_PARTICLES,
    MOTION_VERBS,
    NAME_ENTS,
    NOUN_ROLES,
    OF_TARGET,
    OFFICIAL_SECTORS,
    PEOPLE_SECTORS,
    PERSON_WORDS,
    PLACE_TARGET_PREPS,
    PLEDGING_VERBS,
    PROMISED,
    PROTESTER_WORDS,
    PURPOSE_TARGET,
    REACTIONS,
    READINESS_WORDS,
    RECIPIENT_PREPS,
    RECIPROCAL,
    REJECT_CAMEO,
    REMOVAL_VERBS,
    REQUEST_CAMEO,
    RETURNED_PEOPLE,
    SEEKING_VERBS,
    SELF_ACT_NOUNS,
    SENT_SECTORS,
    STATE_SECTORS,
    STATIVE,
    SUFFERING_VERBS,
    THEME_OBJECT,
    TOPIC_PREPS,
    TOPIC_VERBS,
    VENUE_EVENTS,
    VENUE_PREPS,
    VERBAL,
    WEIGHING_VERBS,
    threat_cameo,
)
from eventwatch.extract.locate import COUNTRY_FEATURES, PLACE_NOUNS, event_place
from eventwatch.extract.sides import STATE_ORGANS
from eventwatch.extract.syntax import QUANTITY_HEADS, counted, governing_verb, is_led, negated, tree_distance
from eventwatch.model import Actor, Document, Event, EventLocation, Mention, Place, TimeValue
from eventwatch.model.ids import record_id


def _held_by_forces(noun: Token, by_head: dict[int, Mention]) -> bool:
    """An exercise that armed forces stage or hold: the subject of its light verb is military."""
    verb = light_verb(noun)
    subject = subject_of(verb) if verb is not None else None
    return subject is not None and subject.i in by_head and by_head[subject.i].actor.sector == "MIL"


def _backed_by_arms(verb: Token) -> bool:
    """An opening "Backed by tanks and heavy artillery, …": the arms an attack used, no support given."""
    if verb.lemma_.lower() not in {"back", "support"} or verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [c for a in agents for c in a.conjuncts]
    return bool(agents) and all(a.lemma_.lower() in BACKING_ARMS and a.pos_ == "NOUN" for a in agents)


def _sent_to_a_mission(verb: Token) -> bool:
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


def _one_sides_act(cand: Candidate, own: list[Actor]) -> None:
    """One side's intent or refusal of a reciprocal act ("said they would meet the UN mediator", "is
    not willing to negotiate with the EU"): that side acts; the partners it names receive it."""
    if not own:
        return
    named = {(a.name, a.code) for a in own}
    partners = [a for a in cand.actor if (a.name, a.code) not in named]
    cand.actor = [a for a in cand.actor if (a.name, a.code) in named] or own
    cand.recipient = unique([*partners, *cand.recipient])


class EventExtractor(Extractor):
    """Codes PLOVER events with status, actors, date and place."""

    name = "events"
    requires = ("spacy_doc", "times", "places", "mentions")
    assigns = ("events",)

    def __init__(
        self, *, lexicon: EventLexicon | None = None, cameo: cameo_dicts.CameoDictionaries | None = None
    ) -> None:
        self.lexicon = lexicon or EventLexicon.load()
        self.status = StatusReader(self.lexicon)
        # Optional CAMEO verb dictionaries (EVENTWATCH_CAMEO_DICTIONARIES) take precedence for verbs.
        self.cameo = cameo if cameo is not None else cameo_dicts.configured()
        self.triggers = TriggerFinder(self.lexicon, self.cameo, self.status)
        self._place_heads: dict[int, Place] = {}  # token index of a place's root → place (per document)
        self._place_texts: set[str] = set()  # the texts of those places (per document)
        self._by_head: dict[int, Mention] = {}  # token index of a mention's head → mention (per document)
        self._speakers: dict[int, str] = {}  # head of a reporting verb's subject → its words (per document)

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Event]:
        sdoc = doc.doc
        by_head = {m.head: m for m in doc.mentions}
        self._by_head = by_head
        self._speakers = {
            head: m.actor.entity_text
            for head, m in by_head.items()
            if sdoc[head].dep_ == "nsubj" and self.lexicon.is_cue("speech", sdoc[head].head.lemma_)
        }
        self.status.publisher = str(doc.meta.get("source") or "").lower()
        maximal = maximal_mentions(doc.mentions)
        self._place_heads = {}
        for place in doc.places:
            span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and place.country_code:
                self._place_heads[span.root.i] = place
        self._place_texts = {p.text for p in self._place_heads.values()}
        self.triggers.place_heads = self._place_heads
        earlier: list[Candidate] = []
        reference: TimeValue | None = None
        for sent in sdoc.sents:
            found = self._sentence_events(sent, by_head, maximal, doc)
            self._attach_times(found, sent, doc)
            found = self._link_back(found, earlier)
            self._dispute_back(found, earlier)
            for cand in found:
                self._attach_place(cand, doc.places)
                domestic_targets(cand)  # (first: "detained Wei days after he met a U.S. official")
                domestic_talks(cand)  # (and "negotiations with communist rebels in Oslo")
                local_countries(cand, doc.places)
                towns = self._place_texts
                cand.actor, cand.recipient = (
                    specific_actors(cand.actor, towns),
                    specific_actors(cand.recipient, towns),
                )
            for cand in found:
                plan = retold(cand, earlier)
                if plan is not None:
                    fold_retold(cand, plan)
            for cand in found:
                prior = earlier_same(cand, earlier) if cand.back_reference else None
                if prior is not None and cand.time is not None and prior.time is None:
                    # The later mention dates the event ("the protest … since December 12"): keep it.
                    cand.back_reference = False
                    earlier.remove(prior)
            explicit = [c.time.values[-1] for c in found if c.time is not None and c.time.values]
            backrefs = [p for c in found if c.back_reference for p in [earlier_same(c, earlier)] if p]
            if backrefs and not explicit:
                # "During the meeting, …": the sentence is set at the time of the event it names.
                reference = backrefs[0].time.values[-1] if backrefs[0].time else backrefs[0].value
            for cand in found:
                if cand.time is None and not cand.back_reference:
                    ref = self._referenced_date(cand, earlier)
                    cand.value = ref or reference
            earlier.extend(c for c in found if not c.back_reference)
            reference = explicit[-1] if explicit else reference
        return self._freeze(earlier, doc)

    def annotate(self, doc: Document, found: list[Event]) -> None:
        doc.events = found

    def _sentence_events(
        self, sent: Span, by_head: dict[int, Mention], maximal: list[Mention], doc: Document
    ) -> list[Candidate]:
        out: list[Candidate] = []
        consumed: set[int] = set()
        in_dates = [(t.start, t.end) for t in doc.times if sent.start_char <= t.start < sent.end_char]
        in_names = [
            (m.start, m.end)
            for m in maximal
            if m.kind == "org"
            and sent.start_char <= m.start < sent.end_char
            and " " in doc.text[m.start : m.end]
        ]
        for tok in sent:
            if tok.i in consumed or any(a <= tok.idx < b for a, b in in_dates):
                continue  # "March 12" names a date, not a march
            if tok.ent_type_ in NAME_ENTS or any(a <= tok.idx < b for a, b in in_names):
                continue  # "the Rapid Support Forces", "the Movement for Peace": a name, not an event
            trig = self.triggers.at(tok, consumed)
            # ("joint patrols", "coordinated naval patrols", "combined exercises")
            joint = any(
                c.lower_ in JOINT_WORDS
                for t in {tok, phrase_head(tok)}  # ("joint war games": the adjective is on "games")
                for c in t.children
                if c.dep_ == "amod"
            )
            drill = tok.pos_ == "NOUN" and self.lexicon.is_cue("drill", tok.lemma_)
            if trig is None and drill and (joint or _held_by_forces(tok, by_head)):
                # "joint anti-submarine exercises"; "the Chinese navy staged live-fire exercises"
                trig = Trigger("MOBILIZE", None, "150", ("military",))
            if trig is None and quits_a_body(tok, by_head):  # "will leave the Commonwealth"
                trig = Trigger("SANCTION", "withdraw", "160", ("diplomatic",))
            if trig is None:
                continue
            if trig.event == "MOBILIZE" and tok.pos_ == "VERB" and _sent_to_a_mission(tok):
                # "sent 1,000 soldiers to the UN force in Lebanon": troops for peacekeeping (CAMEO 074)
                trig = Trigger("AID", None, "074", ("peacekeeping",))
            if joint and trig.event == "MOBILIZE":
                # "joint patrols", "joint military exercises": forces acting together (CAMEO 062)
                trig = Trigger("COOPERATE", None, "062", ("military",))
            elif joint and trig.event == "ACCUSE" and trig.mode == "investigate":
                # "joint inspections", "a joint investigation": officials working together (CAMEO 060)
                trig = Trigger("COOPERATE", None, "060", trig.context)
            # (a promise made under pressure is still a promise: "promised to lift its ban … after weeks
            # of street protests", CAMEO 035x)
            promise = tok.lemma_.lower() in {"promise", "pledge", "vow", "offer", "undertake"}
            if (trig.cameo == "0831" or (trig.event == "AGREE" and not promise)) and yields_to_pressure(tok):
                # "resigned after weeks of protests", "agreed to reinstate parliament after 19 days of
                # strikes": acceding to demands (CAMEO 083x), not a plain resignation or promise
                trig = Trigger("CONCEDE", None, "0831" if trig.cameo == "0831" else "083", trig.context)
            if tok.dep_ == "pobj" and tok.head.lower_ == "without":
                continue  # "ended without agreement": no agreement
            if _backed_by_arms(tok):
                continue  # "Backed by tanks and heavy artillery, federal troops pounded …": the means
            if (
                tok.pos_ == "VERB"
                and self.lexicon.is_cue("transitive", tok.lemma_)
                and child_with(tok, {"dobj", "nsubjpass"}) is None
            ):
                continue  # "the fire burned for days": nothing done to anyone
            easing = False
            if trig.event == "SANCTION" and self.triggers.calls_off_a_protest(tok):
                if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
                    # "said they would call off the protests": a stated intent to ease dissent (CAMEO 0352)
                    trig, easing = Trigger("AGREE", None, "0352", ("diplomatic",)), True
                elif self._held_by_its_own(tok, by_head):
                    # "the miners called off their march", "suspended their sit-in": dissent eased by
                    # those who held it (CAMEO 082), no sanction on anyone; the protest did not go on
                    trig = Trigger("CONCEDE", None, "082", ("democracy",))
                else:
                    continue  # "police called off the rally": prevented; no sanction on anyone
            promised_by = phrase_head(tok).head if tok.pos_ == "NOUN" else None
            if (
                promised_by is not None
                and phrase_head(tok).dep_ == "nsubjpass"
                and promised_by.lemma_.lower() in PLEDGING_VERBS | {"vow"}
            ):
                continue  # "fresh strikes were promised by the opposition": the promise holds them
            if self.triggers.told_of_the_undone(tok):
                continue  # "the curfew imposed on the town was lifted": the lifting is the event
            if self.triggers.forbidden(tok):
                continue  # "banned protests", "a ban on rallies": what is forbidden did not happen
            if self._warns_of_a_plight(tok, by_head):
                continue  # "UNICEF warned that 5 million children face malnutrition": no threat
            undone = self.triggers.undone(tok, trig)
            collapsed: Candidate | None = None
            if undone is not None:
                if undone[1] is None:
                    continue  # "the protesters ended their sit-in": no event of its own
                if trig.event == "CONSULT" and phrase_head(tok).dep_ == "nsubj":
                    collapsed = Candidate(tok, trig, sent)  # "talks between A and B collapsed": theirs
                tok, trig = undone[0], undone[1]
                if tok.i in consumed:
                    continue  # "threatened to cut off aid": the threat holds the cut
                consumed.add(tok.i)
                out = [c for c in out if c.trigger.i != tok.i]
            cand = Candidate(tok, trig, sent)
            cand.framed = easing  # (the statement is made; no status of its own to read)
            if easing and is_conditional(tok, {"if"}):
                cand.status = "hypothetical"  # "will call off the strike if the government raises wages"
            apology = (
                tok.lower_ == "sorry"
                and tok.dep_ == "acomp"
                and not negated(tok.head)
                and not any(c.dep_ == "xcomp" for c in tok.children)  # ("sorry to hear it": sympathy)
            )
            if tok.pos_ == "ADJ" and tok.dep_ not in NOUN_ROLES and not apology:
                if not self._claim_rejection(cand, by_head, maximal):
                    continue
            elif self.triggers.absorbed(tok, trig):
                continue
            else:
                self._frame(cand, consumed)
                self._participants(cand, by_head, maximal)
                if apology:
                    # "told the families that he was deeply sorry": the one sorry apologises to those told
                    speaker = speech_governor(tok.head, self.lexicon)
                    cand.actor = subject_actors(tok.head, by_head, maximal)
                    told = addressees(speaker, by_head, maximal) if speaker is not None else []
                    cand.recipient = [a for a in told if a not in cand.actor]
                if collapsed is not None:
                    self._participants(collapsed, by_head, maximal)
                    cand.actor, cand.recipient = unique([*collapsed.actor, *collapsed.recipient]), []
                called_off = cand.trig.cameo == "082" and tok.lemma_.lower() in CALLING_OFF_NOUNS
                if called_off and any(a.sector in STATE_SECTORS for a in cand.actor):
                    continue  # "police ordered the end of the protest": no dissent eased by its holders
                if cand.trig.event == "REQUEST":
                    # "demanded the release of 11 fishermen detained by the Chinese coast guard": those
                    # who hold them are asked
                    holders = [
                        a for a in holders_of_the_released(tok, by_head, maximal) if a not in cand.actor
                    ]
                    cand.recipient = holders or cand.recipient
                self._intent_holder(cand, by_head, maximal)
                self._mission_host(cand)
                international_withdrawal(cand)
                leaves_an_organisation(cand, by_head)
                handed_to_justice(cand, by_head)
                self._ordered(cand, by_head, maximal)
                reporting = self.lexicon.is_cue("speech", tok.lemma_)
                if cand.trig.event in VERBAL and tok.pos_ == "VERB" and not cand.framed:
                    self._modal_frame(cand, by_head, maximal)  # "said X must agree": a demand
                if cand.trig.event in VERBAL and tok.pos_ == "VERB" and not cand.framed and not reporting:
                    # A reporting verb coded as an event ("said", in CAMEO dictionaries) keeps the
                    # events it reports: they are its content, not its complement.
                    self._absorb_complements(cand, consumed, by_head, maximal)
                elif not cand.framed:
                    self._modal_frame(cand, by_head, maximal)
                self._by_whom(cand)
                self._noun_promise(cand, by_head, maximal)
                if cand.trig.event == "AGREE" and tok.lemma_.lower() in SEEKING_VERBS:
                    # "sought closer ties with Beijing": the seeker's intent, toward the partner
                    _one_sides_act(cand, subject_actors(tok, by_head, maximal))
            self.status.read(cand, by_head)
            announced_threat(cand)
            refusal_convention(cand)
            conditional_refusal(cand)
            threatened_party(cand, by_head, maximal)
            out.append(cand)
        self._praise(sent, by_head, out)
        self._readiness_to_act(sent, by_head, maximal, out)
        self._demands(sent, by_head, maximal, out, consumed)
        out = content_of_speech_acts(out, by_head)
        out = not_what_is_cut(out)
        out = meeting_named_twice(out)
        merge_conjoined(out)
        merge_casualties(out)
        merge_claimed(out)
        link_disputes(out)
        self._apposed_dispute(out, by_head)
        return out

    def _held_by_its_own(self, verb: Token, by_head: dict[int, Mention]) -> bool:
        """Whether the protest a verb calls off is called off by those who hold it, not by a state's
        officials: the subject is no government, police, army or court."""
        subject = child_with(verb, {"nsubj"})
        if subject is None:
            return False
        actors = [m.actor for m in by_head.values() if m.head == subject.i] or [
            m.actor for t in subject.subtree if t.i in by_head for m in [by_head[t.i]]
        ]
        # (a state named bare, "Iran", is a state)
        return bool(actors) and all(
            a.sector not in STATE_SECTORS and (a.sector or not a.code) for a in actors
        )

    def _apposed_dispute(self, found: list[Candidate], by_head: dict[int, Mention]) -> None:
        """'Russia said its forces hit only military targets, a claim denied by Ukraine': the denial is
        the text's own report, and what the speaker said is contested: alleged, claimed by the speaker
        and disputed by the denier, whichever side reports it."""
        for cand in found:
            tok = cand.trigger
            claim = tok.head
            if (
                tok.dep_ not in {"acl", "relcl"}
                or not self.status.rejects(tok)
                or claim.dep_ not in {"appos", "npadvmod"}  # (the parser may hang it on the verb)
                or not self.lexicon.is_cue("claim-noun", claim.lemma_.lower())
            ):
                continue
            speech = next(
                (
                    a
                    for a in claim.ancestors
                    if self.lexicon.is_cue("speech", a.lemma_) or a.lemma_ in CHARGING_VERBS
                ),
                None,
            )
            if speech is None:
                continue
            cand.status, cand.claimed_by = "occurred", None
            subject = subject_of(speech)
            speaker = by_head.get(subject.i) if subject is not None else None
            if speaker is not None and not cand.recipient:
                cand.recipient = [speaker.actor]  # whose claim is rejected
            apposed = {t.i for t in claim.subtree}
            said = {
                t.i for c in speech.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree
            } - apposed
            for other in found:
                if other is cand or other.trigger.i not in said:
                    continue
                if other.status not in {"hypothetical", "prevented", "denied"}:
                    other.status = "alleged"
                    other.claimed_by = other.claimed_by or (speaker.actor.name if speaker else None)
                names = [a.name for a in cand.actor]
                other.disputed_by = list(dict.fromkeys([*other.disputed_by, *names]))

    # -- frames ------------------------------------------------------------------------------
    def _frame(self, cand: Candidate, consumed: set[int]) -> None:
        """Intent frames: 'expressed its readiness to provide assistance' is an AGREE by the subject."""
        lex = self.lexicon
        tok = cand.trigger
        head = tok.head
        for candidate_head in (head, head.head):
            if candidate_head is head and tok.dep_ in {"compound", "amod"}:
                continue  # "combat readiness": one noun phrase, the trigger's own words
            intent_noun = next(
                (c for c in candidate_head.children if c.dep_ == "dobj" and lex.is_cue("intent", c.lemma_)),
                None,
            )
            if intent_noun is not None or lex.is_cue("intent", candidate_head.lemma_):
                base = INTENT_CAMEO.get(cand.trig.event, "030")
                cameo = HUMANITARIAN_CAMEO.get(base, base) if cand.trig.event == "AID" else base
                cand.trig = Trigger("AGREE", None, cameo, ("diplomatic", *cand.trig.context))
                cand.framed = True  # one side's statement of intent: a partner named in it is its recipient
                consumed.update(t.i for t in tok.subtree if t.pos_ == "NOUN")
                return

    def _intent_holder(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'Iran expressed its readiness for talks with the United States': an intent named by a noun is
        its owner's, or failing one, that of whoever states it (the subject of 'expressed')."""
        tok = cand.trigger
        if not cand.framed or cand.actor or tok.pos_ != "NOUN":
            return
        intent = next((a for a in tok.ancestors if self.lexicon.is_cue("intent", a.lemma_)), None)
        if intent is None or intent.pos_ != "NOUN":
            return
        owner = possessor_of(intent, by_head)
        stated = subject_actors(intent.head, by_head, maximal) if intent.dep_ == "dobj" else []
        holder = stated or ([owner] if owner is not None else [])
        cand.actor = [a for a in holder if a not in cand.recipient]

    def _absorb_complements(
        self, cand: Candidate, consumed: set[int], by_head: dict[int, Mention], maximal: list[Mention]
    ) -> None:
        """'threatened to cut off electricity to X': one THREATEN, with X from the clause as recipient.

        Triggers in the verb's clausal complements (and a trigger noun as its object: 'rejected a U.S.
        request') are consumed; they lend their participants when the verb has none of its own.
        """
        tok = cand.trigger
        inner: list[Token] = []
        for child in tok.children:
            purpose = child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in child.children
            )
            # "offered on Thursday to mediate …": the parser makes an infinitive an adverbial when
            # words come between; for a verb that takes one, it is the offer's content all the same
            purpose = purpose or (
                child.dep_ == "advcl"
                and tok.lemma_.lower() in INFINITIVE_TAKERS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            )
            # (and "fresh strikes were promised by the opposition": what is promised)
            passive_taken = cand.trig.event in REACTIONS or tok.lemma_.lower() in PLEDGING_VERBS | {"vow"}
            taken = child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and passive_taken)
            if misread_relative(child):
                continue
            if child.dep_ in COMPLEMENT_DEPS or (taken and child.pos_ == "NOUN") or purpose:
                inner.extend(clause_tokens(child))
            elif child.dep_ == "prep" and child.lower_ in {"for", "of", "to", "on"}:
                inner.extend(
                    t for g in child.children if g.dep_ in {"pcomp", "pobj"} for t in clause_tokens(g)
                )
        # "declined to rule out an incursion": what is not ruled out is the threat's content
        inner.extend(o for t in list(inner) if rules_out_verb(t) for o in options(t))
        lent_actor: list[Actor] = []
        lent_recipient: list[Actor] = []
        doers: list[Actor] = []  # who did the act a reaction takes
        done_to: list[Actor] = []
        first_inner: Trigger | None = None
        first_token = tok
        for t in inner:
            if t.i in consumed or t.i == tok.i:
                continue
            trig = self.triggers.at(t, set())
            if trig is None:
                continue
            consumed.add(t.i)
            if first_inner is None:
                first_inner, first_token = trig, t
            probe = Candidate(t, trig, cand.sentence)
            self._participants(probe, by_head, maximal)
            if t.pos_ in {"NOUN", "PROPN"} and cand.trig.event in REACTIONS and probe.actor:
                # "welcomed the release of prisoners by Belarus", "ignored a request from the ICC":
                # a reaction to an act is aimed at whoever did it, not at whom it was done to.
                doers.extend(a for a in probe.actor if a not in cand.actor)
                done_to.extend(by_head[w.i].actor for w in t.subtree if w.i in by_head)
                continue
            lent_actor.extend(probe.actor)
            lent_recipient.extend(probe.recipient)
            if t.pos_ in {"NOUN", "PROPN"}:
                owner = owner_of(t, by_head)
                if owner is not None:
                    lent_recipient.insert(0, owner)
        refused = first_inner is not None and cand.trig.event == "AGREE" and negated(first_token)
        if refused and first_inner is not None and first_inner.event in ANNOUNCED_HOSTILE:
            pass  # "pledged not to attack civilians": a promise of restraint, no threat
        elif refused:
            # "vowed not to surrender", "swore never to resign": a refusal to yield (CAMEO 124)
            cand.trig = Trigger("REJECT", None, "124", cand.trig.context)
        elif (
            first_inner is not None
            and cand.trig.event == "AGREE"
            and first_inner.event in HOSTILE
            and (is_conditional(first_token) or is_conditional(tok))
        ):
            # "vowed to send troops into Manbij unless the YPG pulled out", "promised fresh strikes
            # unless …": force or dissent held over someone is a threat of it
            cand.trig = Trigger("THREATEN", None, threat_cameo(first_inner.event, first_inner.cameo), ())
        elif first_inner is not None and cand.trig.event == "AGREE" and first_inner.event == "THREATEN":
            cand.trig = first_inner  # "vowed that Washington would pay a heavy price": a vow of a threat
        elif first_inner is not None and cand.trig.event == "AGREE" and first_inner.event in INTENT_CAMEO:
            cand.trig = Trigger("AGREE", None, INTENT_CAMEO[first_inner.event], cand.trig.context)
        elif (
            first_inner is not None
            and cand.trig.event == "AGREE"
            and first_inner.event in ANNOUNCED_HOSTILE
            and first_token.head.lemma_.lower() in {"help", "assist"}
        ):
            # "promised Angola more troops to help fight UNITA rebels": help with a war is military
            # aid promised (CAMEO 0332), no threat
            cand.trig = Trigger("AGREE", None, "0332", ("military",))
        elif (
            first_inner is not None and cand.trig.event == "AGREE" and first_inner.event in ANNOUNCED_HOSTILE
        ):
            # "vowed to fight on", "promised to retaliate": a pledge of force is a threat (CAMEO 13x).
            code = threat_cameo(first_inner.event, first_inner.cameo)
            cand.trig = Trigger("THREATEN", None, code, first_inner.context)
        if len(cand.actor) > 1 and (cand.trig.event in RECIPROCAL or cand.trig.cameo == "057"):
            # "X and Y signed an accord in Tegucigalpa": the object's place is where the parties met.
            lent_recipient = [a for a in lent_recipient if a.entity_text not in self._place_texts]
        if doers:
            cand.recipient = unique([*doers, *(a for a in cand.recipient if a not in done_to)])
        if not cand.recipient:
            # The clause's subject is the recipient of a demand ("urged Iraq to comply") or of an
            # agreement about others; its own recipients otherwise.
            addressed = [a for a in lent_actor if a not in cand.actor] if cand.trig.event == "REQUEST" else []
            cand.recipient = unique([*addressed, *(a for a in lent_recipient if a not in cand.actor)])
        if not cand.actor:
            cand.actor = unique([a for a in lent_actor if a not in cand.recipient])
        if not cand.recipient:
            cand.recipient = self._clause_recipients(cand, by_head, maximal)

    def _clause_recipients(
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

    def _modal_frame(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """Statements about the trigger's own clause make it a verbal event of the one who states it.

        'is ready/willing to send troops' and 'said it would withdraw' → AGREE (intent to cooperate);
        'said it would impose a curfew' → THREATEN; 'said Sudan must return the helicopter' → REQUEST
        by the speaker to Sudan; 'said it would not meet the demands' → REJECT.
        """
        lex = self.lexicon
        tok = cand.trigger
        if tok.pos_ == "NOUN" and cand.trig.event in HOSTILE:
            self._noun_threat(cand, by_head, maximal)
            return
        if tok.pos_ != "VERB" or cand.trig.event == "REQUEST":
            return
        aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
        if (
            not aux
            and tok.head.pos_ == "VERB"
            and ((tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECT_VERBS) or tok.dep_ == "conj")
        ):
            # "said it would begin easing its sanctions", "would end one-party rule and allow rival
            # parties": the modal of the verb it continues or is joined to
            aux = {c.lower_ for c in tok.head.children if c.dep_ in {"aux", "auxpass"}}
        speaker_verb = speech_governor(tok, lex)
        # "will support …", and reported, "said Namibia would back Botswana's bid": a promise
        promising = {"will", "shall", "'ll"} | ({"would"} if speaker_verb is not None else set())
        promise = (
            bool(aux & promising)
            and cand.trig.event in PROMISED
            and not is_conditional(tok)
            # ("the prime minister … will resign": a departure to come, not a promise made to anyone)
            and not (speaker_verb is None and tok.lemma_.lower() in {"resign", "quit", "step"})
        )
        ready = tok.dep_ == "xcomp" and (
            self._commits(tok.head) or (tok.head.dep_ == "xcomp" and self._commits(tok.head.head))
        )
        # "has decided to send Stinger missiles to the guerrillas": help decided on is help intended
        # (CAMEO 033x); a hostile act decided on is reported as done or planned, not threatened
        ready = ready or (
            tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() == "decide"
            and cand.trig.event in {"AID", "COOPERATE"}
            and not negated(tok.head)
        )
        deontic_aux = bool(aux & lex.cues.get("deontic", {}).keys())
        formal = ready and cand.trig.cameo in FORMAL_ACTS  # "is ready to sign a peace treaty"
        if cand.trig.event in VERBAL and not deontic_aux and not promise and not formal:
            # "said it would agree" stays an AGREE; "said X must agree" is a demand; "willing to
            # forgive X" is forgiving (saying so does it).
            return
        # ("said he would not stand for another term": the negation is the departure's own wording)
        said_not = any(c.dep_ == "neg" for c in tok.children) and not forgoes_another_term(tok)
        # "is not willing to negotiate", "was not ready to attack": the readiness is denied
        unready = ready and any(negated(t) for t in (tok.head, tok.head.head))
        commit = promise or ready
        deontic = deontic_aux or have_to(tok)
        kind = None
        if unready and cand.trig.event not in COOPERATIVE:
            cand.status = "hypothetical"  # an act of force one is not ready for has not happened
            return
        said_not = said_not or unready
        if speaker_verb is not None and deontic and not said_not:
            kind = "REQUEST"
        elif (
            commit
            or (speaker_verb is not None and aux & FUTURE_AUX)
            # "said it could fine Google … unless the company deleted the posts": a penalty on terms
            # (the condition may hang on a verb joined to it: "could fine X and slow down Y unless …")
            or (
                speaker_verb is not None
                and aux & {"could", "might", "may"}
                and cand.trig.event in HOSTILE
                and any(is_conditional(t) for t in (tok, *tok.conjuncts))
            )
            # "said it could not meet Cuba's request": a refusal
            or (speaker_verb is not None and said_not and aux & {"can", "could", "ca"})
        ):
            kind = "REJECT" if said_not else ("AGREE" if cand.trig.event in COOPERATIVE else "THREATEN")
            pledged = speaker_verb is not None and speaker_verb.lemma_.lower() in PLEDGING_VERBS
            if kind == "THREATEN" and pledged and cand.trig.event not in {"ASSAULT", "COERCE"}:
                kind = "AGREE"  # "promised … that he would replace the governor": a policy pledged (034)
            if kind == "THREATEN" and cand.trig.event == "MOBILIZE" and protective_purpose(tok):
                kind = "AGREE"  # "would send troops to protect gas installations": protection promised
            if kind == "THREATEN" and cand.trig.event not in HOSTILE:
                return
            if kind == "THREATEN" and not said_not and has_own_date(tok) and not is_conditional(tok):
                return  # "will close its consulate in December, officials said": a dated plan
        if kind is None:
            return
        inner = cand.trig.event
        speaker = subject_actors(speaker_verb, by_head, maximal) if speaker_verb is not None else []
        if kind == "REQUEST":
            told = addressees(speaker_verb, by_head, maximal) if speaker_verb is not None else []
            # "reminded Iraq that it must …": the one told, when the clause's subject is only 'it'.
            cand.recipient = unique([*cand.actor, *told] if told else [*cand.actor, *cand.recipient])
            cand.actor = speaker
            cand.trig = Trigger("REQUEST", None, REQUEST_CAMEO.get(inner, "100"), cand.trig.context)
        elif kind == "REJECT":
            cand.trig = Trigger("REJECT", None, REJECT_CAMEO.get(inner, "120"), cand.trig.context)
            if inner in RECIPROCAL:  # "is not willing to negotiate with the EU": the EU is refused
                _one_sides_act(cand, subject_actors(tok, by_head, maximal))
        elif kind == "AGREE" and inner == "RETREAT" and is_conditional(tok, {"unless"}):
            # "will withdraw its force unless …": a withdrawal held over someone is a threat.
            cand.trig = Trigger("THREATEN", None, "131", cand.trig.context)
        elif kind == "AGREE":
            intent = INTENT_CAMEO.get(inner, "030")
            if intent == "031" and "military" in cand.trig.context:
                intent = "0312"  # "would fight alongside Iraqi army troops": military cooperation intended
            elif intent == "031" and "economic" in cand.trig.context:
                intent = "0311"  # "would step up trade and investment"
            cand.trig = Trigger("AGREE", None, intent, ("diplomatic", *cand.trig.context))
            if is_conditional(tok, {"if"}):
                cand.status = "hypothetical"  # "said it would free the sailors if …": an offer on terms
            if inner in RECIPROCAL:
                # "said they would meet the UN mediator": one side's intent; the one it would meet
                # receives it (a meeting held is both sides'; one promised is the promiser's).
                _one_sides_act(cand, subject_actors(tok, by_head, maximal))
        elif commit and inner == "ASSAULT" and prepares(tok):
            # "the army prepared to resume shelling": readiness for force is a military posture
            # (MOBILIZE, CAMEO 15x), where 'is prepared to impose martial law' states a threat.
            cand.trig = Trigger("MOBILIZE", "weapons", "150", ("military",))
        else:
            cand.trig = Trigger("THREATEN", None, threat_cameo(inner, cand.trig.cameo), cand.trig.context)
        if not cand.actor:
            cand.actor = speaker
        if speaker_verb is not None and kind != "REQUEST":
            # "ECOWAS told Bamako it would start lifting sanctions": a promise, threat or refusal is
            # made to the one told
            told = addressees(speaker_verb, by_head, maximal)
            # (not "told his German counterpart" beside "Germany's bid": the same party)
            named = {a.code for a in cand.recipient}
            cand.recipient = [*(a for a in told if a.code not in named), *cand.recipient]
        cand.recipient = [a for a in unique(cand.recipient) if a not in cand.actor]
        cand.framed = True

    def _noun_threat(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'said they would lead mass rallies unless the president agreed to direct elections': a
        hostile act named by a noun, stated as what will follow unless (or if) someone acts, is a threat
        of it by the speaker (CAMEO 13x), as its verb would be."""
        light = light_verb(cand.trigger)
        if light is None or light.pos_ != "VERB" or light.lemma_.lower() in WEIGHING_VERBS:
            return  # ("would consider a boycott if talks failed": an option weighed, no threat)
        aux = {c.lower_ for c in light.children if c.dep_ == "aux"}
        speaker_verb = speech_governor(light, self.lexicon)
        vowed = light.dep_ == "xcomp" and light.head.lemma_.lower() in PLEDGING_VERBS | {"vow", "swear"}
        if vowed:
            # "vowed to call a general strike unless the president resigned": a vow on a condition
            speaker_verb, aux = light.head, aux | {"will"}
        conditional = is_conditional(light) or (vowed and is_conditional(light.head))
        if speaker_verb is None or not aux & FUTURE_AUX or not conditional:
            return
        inner = cand.trig.event
        cand.trig = Trigger("THREATEN", None, threat_cameo(inner, cand.trig.cameo), cand.trig.context)
        if not cand.actor:
            cand.actor = subject_actors(speaker_verb, by_head, maximal)
        cand.recipient = [a for a in unique(cand.recipient) if a not in cand.actor]
        cand.framed = True

    def _ordered(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'The government ordered the newspaper to suspend publication': an act imposed on someone
        who is not the state's own (a paper, a party, civilians) is the orderer's coercion (CAMEO
        172, 1721 for the press); 'ordered its troops to withdraw' stays the troops' withdrawal."""
        tok = cand.trigger
        censored = cand.trig.cameo == "1721"  # ("ordered La Prensa to suspend publication")
        if (
            tok.dep_ != "xcomp"
            or tok.head.lemma_ not in COERCIVE_ORDERS
            or (cand.trig.event in ARMED_EVENTS and not censored)
            or cand.trig.mode == "expel"  # "ordered members of the UN mission to leave": sent away
        ):
            return
        ordered = [a for c in tok.head.children if c.dep_ == "dobj" for a in actors_at(c, by_head, maximal)]
        if not ordered or any(a.sector in STATE_SECTORS or a.sector is None for a in ordered):
            return
        press = any(a.sector == "JRN" for a in ordered)
        code = "1721" if press else "172"
        cand.trig = Trigger("COERCE", "censor" if press else "restrict", code, ("rights_freedoms",))
        cand.actor = subject_actors(tok.head, by_head, maximal)
        cand.recipient = ordered
        cand.framed = True

    def _commits(self, verb: Token) -> bool:
        """'is ready to', 'intends to': a commitment stated; but 'the law is intended to' is a purpose
        and 'had intended to' an intent that came to nothing."""
        if not self.lexicon.is_cue("commit", verb.lemma_):
            return False
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        return verb.lemma_.lower() != "intend" or not (passive or aux & {"had", "'d"})

    def _noun_promise(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'Finland will give Tanzania a grant': a cooperative act named by a noun under a light verb in
        the future is a promise (AGREE, CAMEO 03x), like 'will provide aid'."""
        tok = cand.trigger
        light = light_verb(tok) if tok.pos_ == "NOUN" else None
        if tok.pos_ == "NOUN" and not cand.framed and cand.trig.event in ANNOUNCED_HOSTILE:
            # "troops were ready to launch a ground offensive": readiness for force is a threat (13x)
            held = light or (tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None)
            stated = held.head if held is not None else None
            if held is not None and stated is not None and held.dep_ == "xcomp" and self._commits(stated):
                if any(
                    negated(t) for t in (held, stated, stated.head)
                ):  # "were not ready to launch an attack"
                    cand.status = "hypothetical"
                    cand.framed = True
                    return
                code = threat_cameo(cand.trig.event, cand.trig.cameo)
                cand.trig = Trigger("THREATEN", None, code, cand.trig.context)
                cand.framed = True
                return
        if tok.pos_ == "NOUN" and not cand.framed and cand.trig.event in INTENT_CAMEO:
            # "is ready to hold talks", "ready to return to six-party talks": readiness for a
            # cooperative act named by a noun is an intent (CAMEO 03x), as with a verb.
            verb = light or (tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else None)
            noun = phrase_head(tok)  # ("intelligence exchanges": the phrase hangs on its last word)
            if verb is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                verb = noun.head  # "ready to expand intelligence exchanges with Kyiv"
            if verb is not None and verb.dep_ == "xcomp" and self._commits(verb.head):
                if any(negated(t) for t in (verb.head, verb.head.head)):
                    # "is not ready to resume talks": a refusal (CAMEO 12x), of the partner named
                    cand.trig = Trigger("REJECT", None, REJECT_CAMEO.get(cand.trig.event, "120"), ())
                else:
                    cand.trig = Trigger("AGREE", None, INTENT_CAMEO[cand.trig.event], ("diplomatic",))
                cand.framed = True
                ready = subject_actors(verb, by_head, maximal)
                if ready:  # one side's readiness: the partner it names ("talks with Washington") receives it
                    partners = [a for a in cand.actor if a not in ready]
                    cand.actor = ready
                    cand.recipient = unique([*partners, *(a for a in cand.recipient if a not in ready)])
                return
        if light is None or cand.trig.event not in PROMISED or cand.framed:
            return
        aux = {c.lower_ for c in light.children if c.dep_ == "aux"}
        if aux & {"will", "shall", "'ll"} and not is_conditional(light):
            cameo = INTENT_CAMEO.get(cand.trig.event, "030")
            cand.trig = Trigger("AGREE", None, cameo, ("diplomatic", *cand.trig.context))
            cand.framed = True

    def _by_whom(self, cand: Candidate) -> None:
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
        sent = self._by_head.get(direct.i) if direct is not None else None
        if (
            cand.trig.event == "AID"
            and self.lexicon.is_cue("send", tok.lemma_)
            and direct is not None
            and sent is not None
            and sent.kind != "weapon"
            and sent.actor.sector in ARMED
            and not any("peacekeep" in t.lower_ for t in direct.subtree)
            and not _sent_to_a_mission(tok)
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
            any("peacekeep" in t.lower_ for t in phrase_head(tok).subtree) or joins_a_mission(tok)
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
                speaker = self._by_head.get(tok.head.i)
                root = tok.sent.root
                subject = child_with(root, {"nsubj"}) if root.i != tok.i else None
                if speaker is not None:
                    cand.actor = [speaker.actor]
                    cand.recipient = [a for a in cand.recipient if a != speaker.actor]
                if subject is not None and subject.i in self._by_head and not cand.recipient:
                    cand.recipient = [self._by_head[subject.i].actor]
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
            purpose = purpose_target(cand.trigger, self._by_head, cand.actor)
            if purpose:  # "blocked a road to show their disapproval of X's policies": aimed at X
                cand.recipient = purpose
            # "blocked main highways in central Bolivia": a protest across a state is aimed at its
            # government, as one "in Serbia" is (purpose_target)
            cand.recipient = states_governments(cand.recipient)

    def _demands(
        self,
        sent: Span,
        by_head: dict[int, Mention],
        maximal: list[Mention],
        out: list[Candidate],
        consumed: set[int],
    ) -> None:
        """'X declared that China must drop its barriers': a reported obligation is a REQUEST by the
        speaker to the clause's subject, even when the demanded act is no event of its own."""
        lex = self.lexicon
        deontic = set(lex.cues.get("deontic", {}))
        taken = {c.trigger.i for c in out} | {t.i for c in out for t in c.extra_tokens} | consumed
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"} or tok.i in taken:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in deontic for c in tok.children):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            speaker_verb = speech_governor(tok, lex)
            if speaker_verb is None or speaker_verb.i in taken:
                continue
            addressee = subject_actors(tok, by_head, maximal)
            speaker = subject_actors(speaker_verb, by_head, maximal)
            if not speaker or not addressee:
                continue
            cand = Candidate(speaker_verb, Trigger("REQUEST", None, "100", ("diplomatic",)), sent)
            cand.actor = speaker
            cand.recipient = [a for a in addressee if a not in speaker]
            cand.framed = True
            cand.extra_tokens.append(tok)
            out.append(cand)
            taken.add(speaker_verb.i)

    def _claim_rejection(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> bool:
        """'the assertions of X that … are unfounded': a REJECT by the speaker, X as recipient."""
        lex = self.lexicon
        adj = cand.trigger
        verb = adj.head if adj.dep_ == "acomp" else adj
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        claim = next((s for s in subjects if lex.is_cue("claim-noun", s.lemma_)), None)
        if claim is None:
            # The parser often hangs the claim noun elsewhere; look in the clause for one.
            claim = next(
                (t for t in cand.sentence if lex.is_cue("claim-noun", t.lemma_) and t.i < adj.i), None
            )
        if claim is None:
            return False
        owner = of_phrase_actor(claim, by_head)
        if owner is not None:
            cand.recipient.append(owner)
        speaker = self._speaker(adj, by_head)
        if speaker is not None:
            cand.actor.append(speaker)
        cand.extra_tokens.append(claim)
        return True

    def _praise(self, sent: Span, by_head: dict[int, Mention], out: list[Candidate]) -> None:
        """'X noted the importance of the ICRC's work' → SUPPORT by X toward the ICRC."""
        lex = self.lexicon
        for tok in sent:
            if not lex.is_cue("praise", tok.lemma_) or tok.dep_ not in {"dobj", "nsubjpass"}:
                continue
            verb = tok.head
            if not (lex.is_cue("speech", verb.lemma_) or lex.is_cue("light-actor", verb.lemma_)):
                continue
            recipient = [
                by_head[t.i].actor
                for t in tok.subtree
                if t.i in by_head and t.i != tok.i and t.pos_ != "PRON"
            ]
            if not recipient:
                continue  # praise of a situation, not of an actor: not an event between actors
            cand = Candidate(verb, Trigger("SUPPORT", None, "051", ("diplomatic",)), sent)
            subject = child_with(verb, {"nsubj"})
            if subject is not None and subject.i in by_head:
                cand.actor.append(by_head[subject.i].actor)
            cand.recipient.append(recipient[0])
            cand.extra_tokens.append(tok)
            self.status.read(cand, by_head)
            out.append(cand)

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
            self._by_head[o.i].actor
            for c in cand.trigger.conjuncts
            for o in c.children
            if o.dep_ == "dobj" and o.i in self._by_head
        ]
        if bool(hit) and not any(a.sector in {"COP", "MIL", None} for a in hit):
            return True
        # ("a mob beat to death a man accused of blasphemy": a person no role names)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PERSON_WORDS for c in cand.trigger.children)

    def _readiness_to_act(
        self, sent: Span, by_head: dict[int, Mention], maximal: list[Mention], out: list[Candidate]
    ) -> None:
        """'Tokyo was ready to expand investment in Vietnam's ports', 'his office was prepared to help
        U.S. prosecutors': readiness for an act on someone that no trigger names is an intent to
        cooperate (AGREE, CAMEO 030) with whoever the act is aimed at."""
        taken = {c.trigger.i for c in out} | {t.i for c in out for t in c.extra_tokens}
        for tok in sent:
            stated = tok.dep_ == "acomp" and tok.lemma_.lower() in READINESS_WORDS
            intends = tok.lemma_.lower() == "intend" and tok.pos_ == "VERB"
            if not (stated or intends) or not self._commits(tok):
                continue
            verb = child_with(tok, {"xcomp"})
            if verb is None or verb.pos_ != "VERB":
                continue
            # the act's object, or the one it lets act ("to help U.S. prosecutors build cases")
            inner = child_with(verb, {"ccomp"})
            enabled = child_with(inner, {"nsubj"}) if inner is not None else None
            if child_with(verb, {"dobj"}) is None and enabled is None:
                continue  # ("ready to respond", "prepared to die": no act on anyone)
            if any(negated(t) for t in (tok, tok.head, verb)) or any(t.i in taken for t in verb.subtree):
                continue  # (an act a trigger names is coded as itself, in _modal_frame)
            if any(
                self.triggers.at(t, set()) is not None or (t.lower_, "NOUN") in self.lexicon.single
                for t in verb.subtree
                if t.i != verb.i
            ):
                continue  # "ready to launch a ground offensive": the event noun's own frame codes it
            actor = subject_actors(tok.head if stated else tok, by_head, maximal)
            if not actor:
                continue
            aimed = object_actor(verb, by_head, actor) or object_participants(verb, by_head, maximal)
            if not aimed and enabled is not None:
                aimed = actors_at(enabled, by_head, maximal)
            aimed = [a for a in unique(aimed) if a not in actor and (a.code or a.sector)]
            if not aimed or not any(a.code or a.sector for a in actor):
                continue  # ("eager to carve out a niche", "intends to acquire Comdata"): no party's intent
            cand = Candidate(verb, Trigger("AGREE", None, "030", ("diplomatic",)), sent)
            cand.actor = actor
            cand.recipient = aimed
            cand.framed = True
            self.status.read(cand, by_head)
            out.append(cand)

    def _speaker(self, tok: Token, by_head: dict[int, Mention]) -> Actor | None:
        """The subject of the nearest reporting verb above tok ('The minister stressed that …')."""
        for anc in tok.ancestors:
            if self.lexicon.is_cue("speech", anc.lemma_) and anc.pos_ == "VERB":
                subject = child_with(anc, {"nsubj"})
                if subject is not None and subject.i in by_head:
                    return by_head[subject.i].actor
                return None
        return None

    # -- participants ------------------------------------------------------------------------
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

    def _participants(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        tok = phrase_head(cand.trigger)  # "hunger strike": the participants hang on "strike"
        reciprocal = cand.trig.event in RECIPROCAL and not cand.framed
        if tok.pos_ == "VERB":
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
                    authors = authors_of(child, by_head, maximal) if cand.trig.event in REACTIONS else []
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
        else:
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
                a for a in cand.recipient if not (a.code in home and a.entity_text in self._place_texts)
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
                    return [place_actor(place, capital_governs and t.head.lower_ not in VENUE_PREPS)]
        return []

    def _place_at(self, noun: Token) -> Place | None:
        """The place a noun names: itself, or for "the Krasnodar region", "Russia's Belgorod region",
        "the town of Bunagana" the name with the place noun."""
        place = self._place_heads.get(noun.i)
        if place is None and noun.lemma_.lower() in PLACE_NOUNS:
            words = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
            words += [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            place = next((n for n in (self._place_heads.get(w.i) for w in words) if n is not None), None)
        return place

    def _mission_host(self, cand: Candidate) -> None:
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
            if instrument and (named is None or named.kind not in {"country", "org", "person", "title"}):
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
    def _link_back(self, found: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
        """Definite nouns naming an earlier event refer back to it; negated ones mark it prevented."""
        called_off = [c for c in found if self._calls_off_earlier(c)]
        for cand in called_off:
            # "The unions planned a general strike. They called it off …": the plan came to nothing;
            # calling off one's own plan is no event of its own.
            prior = next((p for p in reversed(earlier) if p.status == "planned"), None)
            if prior is not None:
                prior.status = "prevented"
                found = [c for c in found if c is not cand]
        for cand in found:
            tok = cand.trigger
            if tok.pos_ != "NOUN" or not any(c.lower_ in {"the", "such"} for c in tok.children):
                continue  # ("the talks", "no such meeting": an event named before)
            planned_here = [
                o
                for o in found
                if o.trig.event == cand.trig.event and o.trigger.i < tok.i and o.status == "planned"
            ]
            if cand.status == "prevented" and planned_here:
                # "The minister was to visit Baku on Monday, but the trip was postponed": that visit
                planned_here[-1].status = "prevented"
                cand.back_reference = True
                continue
            prior = earlier_same(cand, earlier)
            if prior is None and not cand.actor and not cand.recipient and cand.time is None:
                # "the talks were constructive": a bare definite event noun of a category already
                # reported names that event again.
                prior = next((p for p in reversed(earlier) if p.trig.event == cand.trig.event), None)
            if prior is None:
                continue
            cand.back_reference = True
            group = [cand.trigger, *(t for t in cand.trigger.conjuncts)]
            for other in found:
                if other.trigger in group:
                    other.back_reference = True
            if cand.status == "prevented" and prior.status in {"planned", "occurred"}:
                prior.status = "prevented"  # "… was to visit Baku. The trip was postponed."
            if any(self.status.did_not_happen(t) for t in group):
                for other in earlier:
                    if other.trig.event == prior.trig.event and other.status == "planned":
                        other.status = "prevented"
                    elif other.trig.event == prior.trig.event and other.status == "alleged":
                        # "A newspaper reported a covert meeting. The ministry said no such meeting
                        # had taken place": the report is disputed, the meeting denied.
                        other.status = "denied"
                        other.disputed_by = list(dict.fromkeys([*other.disputed_by, *cand.disputed_by]))
        # An event in a sentence framed by a back-reference ("During the meeting, X was discussed")
        # with the same category is that earlier event again.
        refs = [c for c in found if c.back_reference]
        for cand in found:
            if cand.back_reference:
                continue
            for ref in refs:
                prior = earlier_same(ref, earlier)
                if prior is not None and prior.trig.event == cand.trig.event and ref.trigger.dep_ == "pobj":
                    cand.back_reference = True
        return found

    def _warns_of_a_plight(self, tok: Token, by_head: dict[int, Mention]) -> bool:
        """A warning that people suffer or things go wrong ("warned that 5 million children face
        malnutrition", "warned that prices would rise") threatens no one: its clause's subject is
        people or no actor at all (not "warned that police will no longer tolerate rallies")."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"warn", "caution"}:
            return False
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            subj = child_with(clause, {"nsubj", "nsubjpass"})
            if subj is None or subj.pos_ == "PRON":
                continue
            if subj.lemma_.lower() in {"patience", "tolerance"}:
                return False  # "warned Syria that its patience was running out": a threat
            if self.triggers.coercion_without_agent(clause, subj):
                return False  # "warned traders that their shops would be closed"
            if clause.lemma_.lower() in {"face", "risk", "incur"} and any(
                self.lexicon.is_cue("penalty", o.lemma_.lower()) for o in clause.children if o.dep_ == "dobj"
            ):
                return False  # "warned that groups which fail to register would face heavy fines"
            named = by_head.get(counted(subj).i) or by_head.get(subj.i)
            act = self.triggers.at(clause, set())
            if named is None and act is not None and act.event in HOSTILE and subj.pos_ == "PROPN":
                return False  # "warned that The Hague would suspend budget support": a named party's act
            return named is None or named.actor.sector in PEOPLE_SECTORS - {"JRN", "BUS"}
        return False

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

    def _calls_off_earlier(self, cand: Candidate) -> bool:
        """'called it off', 'cancelled them': a cancelling verb whose object is a pronoun."""
        obj = child_with(cand.trigger, {"dobj"})
        return (
            obj is not None
            and obj.pos_ == "PRON"
            and obj.lower_ in {"it", "them"}
            and self.status.cancels(cand.trigger)
        )

    # -- date and place ----------------------------------------------------------------------
    def _attach_times(self, found: list[Candidate], sent: Span, doc: Document) -> None:
        """Each date expression belongs to the event(s) nearest to it in the dependency tree."""
        if not found:
            return
        for time in doc.times:
            if time.start < sent.start_char or time.end > sent.end_char:
                continue
            span = doc.doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is None:
                continue
            # A date inside a clause of its own ("stating that trucks used the road last week") belongs
            # to that clause's events only.
            clause = governing_verb(span.root)
            scored = [
                (tree_distance(c.trigger, span.root), -common_depth(c.trigger, span.root), c)
                for c in found
                if clause is None or c.trigger.i == clause.i or clause in c.trigger.ancestors
            ]
            if not scored:
                continue
            best = min((d, depth) for d, depth, _ in scored)
            if best[0] > 6:
                continue
            for distance, depth, cand in scored:
                if (distance, depth) == best and (cand.time is None or distance < cand.time_distance):
                    cand.time, cand.time_distance = time, distance
        # Events without a date of their own share the date of the event whose clause they extend
        # ("rallied on Monday, demanding …").
        for cand in found:
            if cand.time is not None:
                continue
            for anc in list(cand.trigger.ancestors)[:3]:
                outer = next((c for c in found if c.trigger.i == anc.i and c.time is not None), None)
                if outer is not None:
                    cand.time, cand.time_distance = outer.time, 99
                    break

    def _dispute_back(self, found: list[Candidate], earlier: list[Candidate]) -> None:
        """'X said Y shelled Z. Y rejected the claim.': a rejection or denial of a definite claim noun
        with no content of its own disputes the alleged events of the sentence before."""
        if not earlier:
            return
        last_sentence = earlier[-1].sentence
        claimed = [c for c in earlier if c.sentence == last_sentence and c.status == "alleged"]
        if not claimed:
            return
        for cand in found:
            if cand.trig.event != "REJECT" and cand.trigger.lemma_.lower() != "deny":
                continue
            for obj in cand.trigger.children:
                if (
                    obj.dep_ == "dobj"
                    and self.lexicon.is_cue("claim-noun", obj.lemma_.lower())
                    and any(
                        d.lower_ in {"the", "these", "those", "this", "that", "such"} for d in obj.children
                    )
                    and not any(c.dep_ in {"acl", "ccomp", "relcl"} for c in obj.children)
                ):
                    names = [a.name for a in cand.actor]
                    for prior in claimed:
                        prior.disputed_by = list(dict.fromkeys([*prior.disputed_by, *names]))

    def _attach_place(self, cand: Candidate, places: list[Place]) -> None:
        # Who acts, and who speaks of it ("Yerevan said the road had been closed"), is no place of the act;
        # what is acted on is, when a town or region ("shelled Kharkiv") or a state named as where
        # ("fighting in eastern Congo").
        sent = cand.sentence
        speakers = [text for head, text in self._speakers.items() if sent.start <= head < sent.end]
        targets = {a.entity_text for a in cand.recipient}
        where = {
            p.text
            for p in places
            if p.text in targets and (p.feature_code not in COUNTRY_FEATURES or self._named_as_where(p, cand))
        }
        named = [a.entity_text for a in cand.actor] + speakers + [t for t in targets if t not in where]
        # ("The US cut aid": the actor's words are no place, with or without their article)
        actor_texts = {t for text in named for t in (text, text.removeprefix("The ").removeprefix("the "))}
        cand.place = event_place(cand.trigger, sent, places, skip_texts=actor_texts)

    def _named_as_where(self, place: Place, cand: Candidate) -> bool:
        """Whether the place is named in the candidate's sentence after "in", "across" or "throughout"."""
        sent = cand.sentence
        if not sent.start_char <= place.start < sent.end_char:
            return False
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in {"in", "across", "throughout"}

    def _referenced_date(self, cand: Candidate, earlier: list[Candidate]) -> TimeValue | None:
        """A sentence that names an earlier event ('the planned inspection') shares its date."""
        for tok in cand.sentence:
            if tok.pos_ != "NOUN" or tok.i == cand.trigger.i:
                continue
            for prior in reversed(earlier):
                if prior.value is not None and same_event_word(tok, prior.trigger):
                    return prior.value
        return None

    # -- freezing ----------------------------------------------------------------------------
    def _freeze(self, cands: list[Candidate], doc: Document) -> list[Event]:
        events: list[Event] = []
        pub = doc.date.isoformat()
        for cand in cands:
            values: list[TimeValue | None] = (
                list(cand.time.values) if cand.time is not None and cand.time.values else [cand.value]
            )
            for value in values:
                status = cand.status
                # Only its own "since May 20" makes an event ongoing, not one it inherits from a
                # sentence before.
                if value is not None and value.ongoing and status == "occurred" and cand.time is not None:
                    status = "ongoing"
                if (
                    value is not None
                    and status in {"occurred", "ongoing"}
                    and value.date > pub
                    and cand.time is not None
                    # (a statement of intent is made now: "was ready to resume negotiations next month")
                    and not cand.framed
                ):
                    status = "planned"
                if cand.trig.event == "THREATEN" and status in {"occurred", "ongoing", "planned"}:
                    # A threat's act has not happened: what is threatened is hypothetical (records.md),
                    # whoever made the threat and whenever.
                    status = "hypothetical"
                events.append(self._event(cand, value, status, doc))
        return events

    def _event(self, cand: Candidate, value: TimeValue | None, status: str, doc: Document) -> Event:
        tok = cand.trigger
        sent = cand.sentence
        text = doc.text
        if value is None:
            date, enddate, precision, date_text = doc.date.isoformat(), None, "approximate", None
        else:
            date, enddate, precision = value.date, value.enddate, value.precision
            date_text = cand.time.text if cand.time is not None else None
        trigger_end = tok.idx + len(tok.text)
        trigger_start = tok.idx
        if (
            tok.pos_ in {"NOUN", "PROPN"} and self.triggers.hyphenated(tok) is not None
        ):  # "sit-in": from "sit" on
            trigger_start = tok.doc[tok.i - 2].idx
        if tok.pos_ in {"NOUN", "PROPN"}:  # a multiword noun: "car bomb", "hunger strike" to its last word
            for window, _ in self.triggers.phrases_at(tok):
                trigger_end = max(trigger_end, window.end_char)
        if (tok.i + 1) < len(tok.doc) and tok.pos_ == "NOUN":
            nxt = tok.doc[tok.i + 1]
            if nxt.lower_ == "of" and tok.lemma_ == "exchange":
                trigger_end = nxt.idx + len(nxt.text) + 6
        confidence = 0.8 if cand.actor else 0.6
        if cand.status in {"alleged", "hypothetical"}:
            confidence -= 0.1
        return Event(
            id=record_id("ev", doc.id, tok.idx, cand.trig.event, date),
            doc_id=doc.id,
            event=cand.trig.event,
            mode=cand.trig.mode,
            context=cand.trig.context,
            cameo=cand.trig.cameo,
            status=status,
            date=date,
            enddate=None if status == "ongoing" else enddate,
            date_precision=precision,
            date_text=date_text,
            actor=tuple(cand.actor),
            recipient=tuple(cand.recipient),
            event_loc=EventLocation.from_place(cand.place) if cand.place else None,
            event_text=text[trigger_start:trigger_end],
            sentence=text[sent.start_char : sent.end_char].strip(),
            start=sent.start_char,
            end=sent.end_char,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            claimed_by=cand.claimed_by,
            disputed_by=tuple(cand.disputed_by),
            confidence=round(confidence, 2),
        )
