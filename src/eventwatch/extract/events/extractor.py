"""The events extractor: finds triggers, reads their frames, participants and status, and freezes events."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.base import Extractor
from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    child_with,
    common_depth,
    is_conditional,
    light_verb,
    phrase_head,
    same_event_word,
    speech_governor,
    subject_of,
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
from eventwatch.extract.events.frames import FrameReader, one_sides_act
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
    addressees,
    holders_of_the_released,
    maximal_mentions,
    quits_a_body,
    specific_actors,
    subject_actors,
    unique,
)
from eventwatch.extract.events.roles import RoleReader, sent_to_a_mission
from eventwatch.extract.events.status import StatusReader
from eventwatch.extract.events.triggers import TriggerFinder
from eventwatch.extract.events.vocabulary import (
    BACKING_ARMS,
    CALLING_OFF_NOUNS,
    CHARGING_VERBS,
    FUTURE_AUX,
    HOSTILE,
    JOINT_WORDS,
    NAME_ENTS,
    NOUN_ROLES,
    PEOPLE_SECTORS,
    PLEDGING_VERBS,
    SEEKING_VERBS,
    STATE_SECTORS,
    VERBAL,
)
from eventwatch.extract.locate import COUNTRY_FEATURES, event_place
from eventwatch.extract.syntax import counted, governing_verb, negated, tree_distance
from eventwatch.model import Document, Event, EventLocation, Mention, Place, TimeValue
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
        self.roles = RoleReader(self.lexicon, self.triggers)
        self.frames = FrameReader(self.lexicon, self.status, self.triggers, self.roles)
        self._speakers: dict[int, str] = {}  # head of a reporting verb's subject → its words (per document)

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Event]:
        sdoc = doc.doc
        by_head = {m.head: m for m in doc.mentions}
        self.roles.by_head = by_head
        self._speakers = {
            head: m.actor.entity_text
            for head, m in by_head.items()
            if sdoc[head].dep_ == "nsubj" and self.lexicon.is_cue("speech", sdoc[head].head.lemma_)
        }
        self.status.publisher = str(doc.meta.get("source") or "").lower()
        maximal = maximal_mentions(doc.mentions)
        place_heads: dict[int, Place] = {}
        for place in doc.places:
            span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and place.country_code:
                place_heads[span.root.i] = place
        self.roles.place_heads = self.triggers.place_heads = place_heads
        self.roles.place_texts = {p.text for p in place_heads.values()}
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
                towns = self.roles.place_texts
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
            if trig.event == "MOBILIZE" and tok.pos_ == "VERB" and sent_to_a_mission(tok):
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
                if not self.frames.claim_rejection(cand, by_head, maximal):
                    continue
            elif self.triggers.absorbed(tok, trig):
                continue
            else:
                self.frames.frame(cand, consumed)
                self.roles.participants(cand, by_head, maximal)
                if apology:
                    # "told the families that he was deeply sorry": the one sorry apologises to those told
                    speaker = speech_governor(tok.head, self.lexicon)
                    cand.actor = subject_actors(tok.head, by_head, maximal)
                    told = addressees(speaker, by_head, maximal) if speaker is not None else []
                    cand.recipient = [a for a in told if a not in cand.actor]
                if collapsed is not None:
                    self.roles.participants(collapsed, by_head, maximal)
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
                self.frames.intent_holder(cand, by_head, maximal)
                self.roles.mission_host(cand)
                international_withdrawal(cand)
                leaves_an_organisation(cand, by_head)
                handed_to_justice(cand, by_head)
                self.frames.ordered(cand, by_head, maximal)
                reporting = self.lexicon.is_cue("speech", tok.lemma_)
                if cand.trig.event in VERBAL and tok.pos_ == "VERB" and not cand.framed:
                    self.frames.modal_frame(cand, by_head, maximal)  # "said X must agree": a demand
                if cand.trig.event in VERBAL and tok.pos_ == "VERB" and not cand.framed and not reporting:
                    # A reporting verb coded as an event ("said", in CAMEO dictionaries) keeps the
                    # events it reports: they are its content, not its complement.
                    self.frames.absorb_complements(cand, consumed, by_head, maximal)
                elif not cand.framed:
                    self.frames.modal_frame(cand, by_head, maximal)
                self.roles.by_whom(cand)
                self.frames.noun_promise(cand, by_head, maximal)
                if cand.trig.event == "AGREE" and tok.lemma_.lower() in SEEKING_VERBS:
                    # "sought closer ties with Beijing": the seeker's intent, toward the partner
                    one_sides_act(cand, subject_actors(tok, by_head, maximal))
            self.status.read(cand, by_head)
            announced_threat(cand)
            refusal_convention(cand)
            conditional_refusal(cand)
            threatened_party(cand, by_head, maximal)
            out.append(cand)
        self._praise(sent, by_head, out)
        self.frames.readiness_to_act(sent, by_head, maximal, out)
        self.frames.demands(sent, by_head, maximal, out, consumed)
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
