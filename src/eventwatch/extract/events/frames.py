"""How a trigger's clause frames its event: intent and readiness ("expressed its readiness to provide
assistance"), modality and threats ("would retaliate if"), orders and demands, promises, rejected
claims, and the complements a frame verb absorbs ("agreed to hold talks": one AGREE event)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    child_with,
    clause_tokens,
    forgoes_another_term,
    has_own_date,
    have_to,
    is_conditional,
    light_verb,
    misread_relative,
    options,
    phrase_head,
    prepares,
    protective_purpose,
    rules_out_verb,
    speech_governor,
)
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.participants import (
    actors_at,
    addressed_as_pronoun,
    addressees,
    object_actor,
    object_participants,
    of_phrase_actor,
    owner_of,
    possessor_of,
    speaker_and_addressees,
    subject_actors,
    unique,
)
from eventwatch.extract.events.roles import RoleReader
from eventwatch.extract.events.status import StatusReader
from eventwatch.extract.events.triggers import TriggerFinder
from eventwatch.extract.events.vocabulary import (
    ACCUSING_VERBS,
    ANNOUNCED_HOSTILE,
    ARMED_EVENTS,
    ASPECT_VERBS,
    COERCIVE_ORDERS,
    COMPLEMENT_DEPS,
    COOPERATIVE,
    FORMAL_ACTS,
    FUTURE_AUX,
    HOSTILE,
    HUMANITARIAN_CAMEO,
    INFINITIVE_TAKERS,
    INTENT_CAMEO,
    PLEDGING_VERBS,
    PROMISED,
    REACTIONS,
    READINESS_WORDS,
    RECIPROCAL,
    REJECT_CAMEO,
    REQUEST_CAMEO,
    STATE_SECTORS,
    VERBAL,
    WARNING_VERBS,
    WEIGHING_VERBS,
    threat_cameo,
)
from eventwatch.extract.syntax import negated
from eventwatch.model import Actor, Mention


def one_sides_act(cand: Candidate, own: list[Actor]) -> None:
    """One side's intent or refusal of a reciprocal act ("said they would meet the UN mediator", "is
    not willing to negotiate with the EU"): that side acts; the partners it names receive it."""
    if not own:
        return
    named = {(a.name, a.code) for a in own}
    partners = [a for a in cand.actor if (a.name, a.code) not in named]
    cand.actor = [a for a in cand.actor if (a.name, a.code) in named] or own
    cand.recipient = unique([*partners, *cand.recipient])


class FrameReader:
    """Reads the frames around triggers; its `roles` fills the participants of what a frame absorbs."""

    def __init__(
        self, lexicon: EventLexicon, status: StatusReader, triggers: TriggerFinder, roles: RoleReader
    ) -> None:
        self.lexicon = lexicon
        self.status = status
        self.triggers = triggers
        self.roles = roles

    def frame(self, cand: Candidate, consumed: set[int]) -> None:
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

    def intent_holder(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
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

    def absorb_complements(
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
                if (
                    child.lower_ == "of"
                    and tok.lemma_.lower() in ACCUSING_VERBS
                    and child_with(tok, {"nsubjpass"}) is not None
                ):
                    continue  # "were accused of bombing the embassy": the act alleged is reported, as alleged
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
            self.roles.participants(probe, by_head, maximal)
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
            lent_recipient = [a for a in lent_recipient if a.entity_text not in self.roles.place_texts]
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
            cand.recipient = self.roles.clause_recipients(cand, by_head, maximal)

    def modal_frame(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
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
        if tok.pos_ == "NOUN" and cand.trig.event in COOPERATIVE:
            # "said Moscow would hold joint exercises with Pretoria": the light verb carries the frame
            light = light_verb(tok)
            if light is None or light.pos_ != "VERB":
                return
            tok = light
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
        said_not = negated(tok) and not forgoes_another_term(tok)  # ("would no longer share")
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
        speaker, told = (
            speaker_and_addressees(speaker_verb, by_head, maximal) if speaker_verb is not None else ([], [])
        )
        if kind == "REQUEST":
            if addressed_as_pronoun(tok, told):
                # "reminded Iraq that it must …": the one told, whoever the parser took 'it' for
                cand.recipient = told
            else:
                cand.recipient = unique([*cand.actor, *told] if told else [*cand.actor, *cand.recipient])
            cand.actor = speaker
            cand.trig = Trigger("REQUEST", None, REQUEST_CAMEO.get(inner, "100"), cand.trig.context)
        elif kind == "REJECT":
            cand.trig = Trigger("REJECT", None, REJECT_CAMEO.get(inner, "120"), cand.trig.context)
            if inner in RECIPROCAL:  # "is not willing to negotiate with the EU": the EU is refused
                one_sides_act(cand, subject_actors(tok, by_head, maximal))
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
                one_sides_act(cand, subject_actors(tok, by_head, maximal))
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
        if speaker_verb is None and light.dep_ == "ccomp" and light.head.lemma_.lower() in WARNING_VERBS:
            speaker_verb = light.head  # "warned that his supporters would hold mass protests if …"
        vowed = light.dep_ == "xcomp" and light.head.lemma_.lower() in PLEDGING_VERBS | {"vow", "swear"}
        if vowed:
            # "vowed to call a general strike unless the president resigned": a vow on a condition
            speaker_verb, aux = light.head, aux | {"will"}
        conditional = is_conditional(light) or (vowed and is_conditional(light.head))
        if speaker_verb is None or not aux & FUTURE_AUX or not conditional:
            return
        inner = cand.trig.event
        cand.trig = Trigger("THREATEN", None, threat_cameo(inner, cand.trig.cameo), cand.trig.context)
        if not cand.actor or speaker_verb.lemma_.lower() in WARNING_VERBS:
            # (one who warns threatens: "the opposition leader warned that his supporters would …"; one
            # who reports may only pass it on: "…, Xinhua reported")
            cand.actor = subject_actors(speaker_verb, by_head, maximal) or cand.actor
        cand.recipient = [a for a in unique(cand.recipient) if a not in cand.actor]
        cand.framed = True

    def ordered(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
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

    def noun_promise(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
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

    def demands(
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
            speaker, told = speaker_and_addressees(speaker_verb, by_head, maximal)
            if addressed_as_pronoun(tok, told):
                addressee = told
            if not speaker or not addressee:
                continue
            cand = Candidate(speaker_verb, Trigger("REQUEST", None, "100", ("diplomatic",)), sent)
            cand.actor = speaker
            cand.recipient = [a for a in addressee if a not in speaker]
            cand.framed = True
            cand.extra_tokens.append(tok)
            out.append(cand)
            taken.add(speaker_verb.i)

    def claim_rejection(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> bool:
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

    def readiness_to_act(
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
