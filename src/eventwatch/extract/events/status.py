"""Status: what the text says of an event's reality (occurred, planned, prevented, denied, alleged,
hypothetical, ongoing) and, for a reported one, who claims or disputes it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwatch.extract.events.candidate import Candidate
from eventwatch.extract.events.clauses import (
    according_to,
    alongside,
    appended_speaker,
    blamed_on,
    child_with,
    forgoes_another_term,
    goes_on,
    in_its_nth,
    is_conditional,
    is_purpose,
    light_verb,
    misread_relative,
    offered_on_terms,
    perfect_since,
    phrase_head,
    phrase_text,
    progressive_now,
    rules_out_verb,
    speech_governor,
    subject_of,
    under_way,
    undertaking_of,
)
from eventwatch.extract.events.lexicon import EventLexicon
from eventwatch.extract.events.participants import of_phrase_actor
from eventwatch.extract.events.vocabulary import (
    CAUSE_PREPS,
    DISMISSIVE_WORDS,
    EARLIER_EVENT_PREPS,
    KEEP_FROM,
    MAKING_VERBS,
    TIME_PREPS,
    TRAVEL_VERBS,
    VERBAL,
)
from eventwatch.extract.sides import BACK_TO_THE_ACTOR, principal, speaks_for
from eventwatch.extract.syntax import negated, object_taker
from eventwatch.model import Mention


class StatusReader:
    """Reads an event's status from its clause; `publisher` is the document's source, when known."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        self.publisher = ""  # the document's source, lower-cased (per document)

    def cancels(self, verb: Token) -> bool:
        """'cancelled', 'foiled', 'called off' (not negated): what the verb takes did not happen."""
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            return False
        called_off = verb.lemma_.lower() == "call" and any(
            c.dep_ in {"prt", "prep"} and c.lower_ == "off" and c.tag_ == "RP" for c in verb.children
        )  # (the parser may hang the particle as a preposition: "called off the street protests")
        return called_off or self.lexicon.is_cue("prevent", verb.lemma_)

    def read(self, cand: Candidate, by_head: dict[int, Mention]) -> None:
        """Set the status (and claimed_by, disputed_by) from the clause and the clauses above it."""
        lex = self.lexicon
        tok = cand.trigger
        if cand.framed:
            return  # the statement itself was made; what it announces is its content, not a status
        chain = [tok, *list(tok.ancestors)[:4]]
        # ("did not rule out a strike": the negation is the threat's own wording)
        rules_out = cand.trig.event == "THREATEN" and rules_out_verb(tok)
        # "did not sign", "signed no pact", "sought no fresh loan": negated
        no_object = cand.trig.cameo != "056" and any(  # (but "bore no grudge" is forgiveness given)
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in tok.children
        )
        # … and of a noun: "no talks were held", "did not hold talks", "are not on strike"
        noun = phrase_head(tok) if tok.pos_ == "NOUN" else None
        light = light_verb(noun) if noun is not None else None
        noun_negated = noun is not None and (
            any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
            # (not "did not attend the summit": the summit was held without them)
            or (light is not None and negated(light) and light.lemma_.lower() in MAKING_VERBS)
        )
        if (
            (any(c.dep_ == "neg" for c in tok.children) or no_object or noun_negated)
            and not rules_out
            and not forgoes_another_term(tok)
        ):
            cand.negated = True
            cand.status = "denied"
        if any(lex.is_cue("alleged-marker", c.lemma_) for c in tok.children):
            cand.status = "alleged"
        # Planned: "were going to begin monitoring", "was expected to inspect", "will meet", "planned talks".
        for t in chain[:4]:
            if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in t.children):
                cand.status = "planned"
            elif any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children) and speech_governor(t, lex):
                cand.status = "planned"  # "said it would tighten …": the future of reported speech
            plan_verb = t is not tok and lex.is_cue("plan", t.lemma_)
            if (
                plan_verb
                and any(c.dep_ == "xcomp" for c in t.children)
                and (t.lemma_ != "go" or t.lower_ == "going")
            ):
                cand.status = "planned"
            if t.dep_ not in {"xcomp", "dobj", "pobj", "prep", "conj", "pcomp"}:
                break
        if tok.pos_ == "NOUN" and any(
            lex.is_cue("plan", c.lemma_) and c.dep_ == "amod" for c in tok.children
        ):
            cand.status = "planned"
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in {"plan", "intention", "intent"}:
            # "has plans to visit Pyongyang"; "had no plans to meet Zelensky": the text says it is not to be
            none = any(d.dep_ == "det" and d.lower_ == "no" for d in tok.head.children)
            cand.status = "denied" if none else "planned"
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"plan", "schedule"}:
            cand.status = "planned"  # "the unions planned a general strike"
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and cand.status == "occurred":
            # "Saudi recognition of Israel could follow", "the talks will open on Monday"
            auxes = {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
            if auxes & {"will", "shall", "'ll"}:
                cand.status = "planned"
            elif auxes & {"could", "might", "may"}:
                cand.status = "hypothetical"
        if tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and cand.status == "occurred":
            # "talks are expected to resume", "the summit is set to open", "the talks are due to start":
            # what the subject is scheduled to do is to come
            schedulers = [tok.head, *(c for c in tok.head.children if c.dep_ == "acomp")]
            to_do = [
                c for w in schedulers if lex.is_cue("plan", w.lemma_) for c in w.children if c.dep_ == "xcomp"
            ]
            if to_do:
                # ("the protests are expected to continue": they go on)
                cand.status = "ongoing" if any(lex.is_cue("continue", c.lemma_) for c in to_do) else "planned"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
            cand.status = "planned"  # "detained activists ahead of the rally": the rally is to come
        # Prevented: what a verb of prevention takes ("foiled a bombing", "thwarted an attack", "cancelled
        # the talks", "prevented them from holding a rally").
        # (through a noun of undertaking: "an attempt … to bomb the market was thwarted")
        link = undertaking_of(tok) or tok
        via_from = False
        for _ in range(4):
            # (through the particle too: "called off its marches", which the parser hangs on "off")
            if (
                link.dep_ not in {"dobj", "xcomp", "pcomp", "pobj", "prep", "nsubjpass", "prt"}
                or link.head.i == link.i
            ):
                break
            via_from = via_from or (link.dep_ == "prep" and link.lower_ == "from")
            if link.dep_ == "prep" and link.lower_ in TIME_PREPS | CAUSE_PREPS:
                # "called it off after negotiations", "cancelled because of the fighting": when or why,
                # not what is called off
                break
            link = link.head
            if link.lower_ == "unable":
                cand.status = "prevented"  # "were unable to agree a candidate"
                break
            if link.pos_ == "VERB":
                # "kept activists from marching", "stopped them from voting": kept from it, it did not happen
                if self.cancels(link) or (via_from and link.lemma_.lower() in KEEP_FROM):
                    cand.status = "prevented"
                    break
                if not (link.dep_ == "pcomp" and lex.is_cue("light-actor", link.lemma_)):
                    break  # (but "blocked from holding their march": through the light verb)
        if tok.pos_ == "NOUN" and self.did_not_happen(tok):
            # "A rally planned by the opposition did not take place": a plan that came to nothing.
            planned = any(c.lemma_ in {"plan", "schedule"} for c in tok.children if c.dep_ in {"amod", "acl"})
            cand.status = "prevented" if planned else "denied"
        # Ongoing: the present progressive ("UN experts are investigating the killings", "have been
        # fighting for weeks"); a date to come makes it planned when frozen ("are meeting on Friday").
        if cand.status == "occurred" and tok.tag_ == "VBG" and progressive_now(tok):
            cand.status = "ongoing"
        # … of what the event does ("the crackdown is widening", "the strike is spreading"), or a
        # present perfect since a time told by a clause ("has sheltered refugees since the war began").
        if (
            cand.status == "occurred"
            and tok.pos_ == "NOUN"
            and tok.dep_ == "nsubj"
            and tok.head.tag_ == "VBG"
            and progressive_now(tok.head)
        ):
            cand.status = "ongoing"
        if cand.status == "occurred" and perfect_since(tok):
            cand.status = "ongoing"
        # … or a state one is in: "have been on hunger strike since February", "are on strike"
        noun = phrase_head(tok)  # ("hunger strike": the phrase hangs on "strike")
        state = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "in"} else None
        if (
            cand.status == "occurred"
            and noun.pos_ == "NOUN"
            and state is not None
            and state.lemma_ == "be"
            and (perfect_since(state) or (state.tag_ in {"VBZ", "VBP"} and not negated(state)))
        ):
            cand.status = "ongoing"
        # … or an event said to go on: "talks were continuing", "fighting continues", "protesters
        # continue to block the road" (but "talks continued until midnight" ended).
        if (
            cand.status == "occurred"
            and tok.dep_ in {"nsubj", "xcomp"}
            and lex.is_cue("continue", tok.head.lemma_)
            and goes_on(tok.head)
        ):
            cand.status = "ongoing"
        # Planned: the purpose of another act ("deployed troops to fight traffickers") is meant, not done;
        # a statement made by acting ("marched to demand reforms") is made.
        if (
            cand.status == "occurred"
            and (cand.trig.event not in VERBAL | {"PROTEST"} or tok.dep_ == "xcomp")  # ("to help defend")
            and is_purpose(tok)
            and not (cand.trig.event == "CONSULT" and tok.head.lemma_.lower() in TRAVEL_VERBS)
        ):  # (but "camped outside parliament to protest" protests by camping; and one who "travelled
            # to Vienna to confer with" the minister conferred: a journey's meeting is its report)
            cand.status = "planned"
        # "The hunger strike is now in its third week": under way for that long.
        noun = tok.head if tok.dep_ == "compound" else tok  # "hunger strike"
        if (
            cand.status == "occurred"
            and noun.pos_ == "NOUN"
            and noun.dep_ == "nsubj"
            and in_its_nth(noun.head)
        ):
            cand.status = "ongoing"
        if cand.status == "occurred" and cand.trig.event == "AGREE" and offered_on_terms(tok):
            cand.status = "hypothetical"  # "offered to observe a truce if the government halted …"
        # (a statement made on the way is made, not going on: "…, vowing not to budge")
        if cand.status == "occurred" and under_way(tok, by_its_clause=cand.trig.event not in VERBAL):
            cand.status = "ongoing"  # "in the 30th day of a hunger strike", "began an indefinite strike"
        # Hypothetical: conditionals and modals on the trigger's own clause.
        modals = [c.lower_ for c in tok.children if c.dep_ == "aux" and lex.is_cue("hypothetical", c.lower_)]
        reported_future = modals == ["would"] and speech_governor(tok, lex) is not None
        if modals and not (reported_future and not is_conditional(tok)):
            cand.status = "hypothetical"  # ("said it would march on Friday" is the future reported: planned)
        # A condition on a statement ("vowed to attack unless …", "threatened … if …") makes what is
        # stated conditional, not the statement; on an act, or on the verb an act is the object of
        # ("would consider a boycott if …"), the act.
        conditioned = tok.head if tok.dep_ in {"dobj", "xcomp"} and tok.pos_ == "NOUN" else tok
        if not (tok.pos_ == "VERB" and cand.trig.event in VERBAL) and any(
            c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
            for c in (*tok.children, *(conditioned.children if conditioned is not tok else ()))
        ):
            cand.status = "hypothetical"
        for depth, anc in enumerate(tok.ancestors):
            if depth > 3 or misread_relative(tok):
                break
            if anc.dep_ == "prep" and anc.lower_ in EARLIER_EVENT_PREPS:
                break  # "threatened to close the border after a raid on Mandera": the raid happened
            if anc.lemma_ in {"threaten", "propose", "suggest", "warn"}:
                cand.status = "hypothetical"  # what is threatened or proposed has not happened
                break
            if anc.dep_ not in {"xcomp", "dobj", "ccomp", "pobj", "prep"} and anc.pos_ != "VERB":
                break
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in tok.children) or (
            tok.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in tok.head.children)
        ):
            cand.status = "hypothetical"  # "if the detainees are not released"
        if (
            tok.dep_ == "dobj"
            and tok.head.lemma_.lower() == "face"
            and tok.head.dep_ == "conj"
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.head.children)
        ):
            cand.status = "hypothetical"  # "to lay down their arms or face an all-out assault"
        if tok.tag_ in {"VBZ", "VBP"} and any(m.dep_ == "mark" and m.lower_ == "until" for m in tok.children):
            # "vowed to protest until the president resigns": a condition ("until he resigned": it happened)
            cand.status = "hypothetical"
        # Alleged: inside the content of someone's claim ("the assertions of X that Y blocked …").
        # A rejection of the claim is the speaker's own act, never part of the claim.
        for anc in [] if tok.pos_ == "ADJ" else tok.ancestors:
            if lex.is_cue("claim-noun", anc.lemma_) and anc.pos_ == "NOUN":
                owner = of_phrase_actor(anc, by_head)
                cand.status = "alleged"
                cand.claimed_by = owner.name if owner else None
                cand.claim_noun = anc
                rejecter = object_taker(anc)
                if owner is None and rejecter is not None and self.rejects(rejecter):
                    # "Kenya dismissed reports that it had recalled its envoy": a claim of no one's
                    # name, known only as what its subject denies (an owned claim, "the assertions of
                    # the Armenian side", stays theirs: alleged).
                    cand.status = "denied"
                    subject = subject_of(rejecter)
                    speaker = by_head.get(subject.i) if subject is not None else None
                    cand.disputed_by = [speaker.actor.name] if speaker is not None else []
                break
            if anc.pos_ == "VERB" and lex.is_cue("speech", anc.lemma_):
                subject = subject_of(anc)  # "Baku denied the claim and said …": Baku says it
                speaker = by_head.get(subject.i) if subject is not None else None
                if subject is None and (subject := apposed_speaker(anc)) is not None:
                    # (a name the parser split: "the Sudan Monitoring Centre for Civil Rights")
                    speaker = first_mention_in(subject, by_head)
                speaker = spoken_for(subject, by_head) or speaker
                verbal = cand.trig.event in {"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "THREATEN"}
                # ("denied a request", "denied the offer": a refusal of it, not a denial that it was made)
                refused = (
                    tok.dep_ == "dobj" and tok.head.i == anc.i and cand.trig.event in {"REQUEST", "AGREE"}
                )
                if (
                    lex.cues["speech"].get(anc.lemma_.lower()) == "deny"
                    and not (verbal and tok.i < anc.i)
                    and not refused
                    and not (alongside(tok) and tok.head.i == anc.i)  # "rejected X, accusing Y of …"
                ):
                    # "The government denied that troops fired", "denied that it had threatened X": the
                    # text reports a denial, by whom (of a statement that follows too: the threat is
                    # denied; "accused X of Y, a charge X denied" is the parser's misreading).
                    cand.status = "denied"
                    cand.disputed_by = [speaker.actor.name] if speaker is not None else []
                    break
                # (a body of unknown kind is no state's organ: "the Movement for Democratic Change")
                unknown_body = speaker is not None and speaker.kind == "org" and speaker.actor.sector is None
                same = (
                    speaker is not None
                    and not unknown_body
                    and any(speaks_for(speaker.actor, a) for a in cand.actor)
                )
                # Sources of no actor's name ("industry sources said troops had fired"): a claim all
                # the same.
                unnamed = (
                    speaker is None
                    and subject is not None
                    and subject.dep_ == "nsubj"  # (not what "was announced")
                    and subject.pos_ in {"NOUN", "PROPN"}
                    # ("no group has claimed responsibility": no one claims it)
                    and not any(d.dep_ == "det" and d.lower_ == "no" for d in subject.children)
                )
                if subject is not None and self._sides_own_voice(subject, cand, by_head):
                    break  # "…, his office said", "…, officials on both sides said": the parties' account
                if subject is not None and cand.actor and BACK_TO_THE_ACTOR.search(phrase_text(subject)):
                    break  # "…, the separatist group said", "a spokesman for the group said": its own word
                if verbal and (speaker is None or same or not cand.actor):
                    # "said it supports the plan": the saying is the support ("his office said he
                    # refused": unnamed, a speaker of the actor's own side as often as not)
                    continue
                if speaker is not None and not same and not self._publishers_voice(speaker, tok.doc):
                    # A claimed event that is only conditional or threatened stays so: "said it would
                    # resume aid if X reopened the crossing" claims no reopening; one said not to have
                    # happened ("said no such meeting had taken place") is denied by the speaker.
                    if cand.status == "denied":
                        cand.disputed_by = [speaker.actor.name]
                    elif cand.status not in {"hypothetical", "prevented"}:
                        cand.status = "alleged"
                    cand.claimed_by = speaker.actor.name
                elif unnamed and subject is not None:
                    if cand.status not in {"hypothetical", "prevented"}:
                        cand.status = "alleged"
                    cand.claimed_by = phrase_text(subject)
                break
        if tok.pos_ == "NOUN" and blamed_on(tok) is not None and cand.status == "occurred":
            cand.status = "alleged"  # "an attack blamed on militants": who did it is only said
        source = (
            according_to(tok) or appended_speaker(tok, lex) or trailing_speaker(tok, lex)
            if cand.claimed_by is None and cand.status != "denied"
            else None
        )
        if source is not None:
            # "According to Syrian state media, Israeli jets struck …": known from a source's word, not
            # the text's own (a source of the actor's own side reports its own act; "US attacks have
            # killed eight, according to the Pentagon": the deaths are the attacks', the US's).
            speaker = by_head.get(source.i)
            subject = child_with(tok, {"nsubj"}) if tok.pos_ == "VERB" else None
            doers = cand.actor or (
                [by_head[t.i].actor for t in subject.subtree if t.i in by_head] if subject is not None else []
            )
            same = speaker is not None and any(speaks_for(speaker.actor, a) for a in doers)
            same = same or bool(doers and BACK_TO_THE_ACTOR.search(phrase_text(source)))  # "the bloc said"
            if not same and not (speaker is not None and self._publishers_voice(speaker, tok.doc)):
                if cand.status not in {"hypothetical", "prevented"}:
                    cand.status = "alleged"
                cand.claimed_by = speaker.actor.name if speaker is not None else phrase_text(source)

    def rejects(self, verb: Token) -> bool:
        """A verb that rejects what it takes: a speech verb of denial, a REJECT trigger ("dismissed"),
        one that brushes it off ("brushed off", "waved aside") or calls it false ("called … baseless")."""
        lemma = verb.lemma_.lower()
        trig = self.lexicon.single.get((lemma, "VERB"))
        if self.lexicon.cues["speech"].get(lemma) == "deny" or (trig is not None and trig.event == "REJECT"):
            return True
        particle = next((c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}), "")
        if (lemma, particle) in {("brush", "off"), ("brush", "aside"), ("wave", "aside"), ("shrug", "off")}:
            return True
        return lemma in {"call", "describe", "term", "label"} and any(
            t.lower_ in DISMISSIVE_WORDS
            for t in verb.subtree
            if t.dep_ in {"oprd", "acomp", "xcomp", "amod", "advcl", "advmod"}
        )

    def _sides_own_voice(self, subject: Token, cand: Candidate, by_head: dict[int, Mention]) -> bool:
        """An unnamed speaker that is the actors' own: one owned by a pronoun that names an actor ("his
        office", "their union", "its spokesman") or all the parties together ("officials on both sides",
        "the defence ministries of both countries") when there are two."""
        words = [t for t in subject.subtree]
        if len(cand.actor) >= 2 and any(t.lower_ == "both" for t in words):
            return True
        # "an aide to Barak", "a spokesman for Arafat", "Barak's office": a named actor's own people
        owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [
            o
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ in {"to", "for", "of"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        named_actors = {(a.name, a.code) for a in cand.actor}
        if any(
            o.i in by_head and (by_head[o.i].actor.name, by_head[o.i].actor.code) in named_actors
            for o in owners
        ):
            return True
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None or not cand.actor:
            return False
        # the pronoun names the last person (his, her) or group (its, their) named before it
        people = owner.lower_ in {"his", "her"}
        before = [
            m
            for head, m in by_head.items()
            if head < owner.i
            and subject.sent.start <= head
            and m.kind != "pronoun"
            and ((m.kind in {"person", "title"}) == people)
        ]
        if not before:
            return False
        # (a clause's subject first: "Doctors at hospitals across Nigeria began a strike, their union said")
        subjects = [m for m in before if subject.doc[m.head].dep_ in {"nsubj", "nsubjpass"}]
        named = max(subjects or before, key=lambda m: m.head).actor
        # (the owner itself, not another organ of its state: "an opposition deputy was arrested by
        # police, his party said" is the deputy's side's claim)
        return any((named.name, named.code) == (a.name, a.code) for a in cand.actor)

    def _publishers_voice(self, speaker: Mention, sdoc: Doc) -> bool:
        """True when the speaker is the publisher's own reporting chain ("Azernews reports"): the
        document's voice, not a claim. Another outlet's report ("state television said", "newspapers
        reported", or a named outlet other than the known source) is a claim like any other."""
        if speaker.actor.sector != "JRN":
            return False
        name = speaker.actor.name.lower()
        if self.publisher:
            return name in self.publisher or self.publisher in name
        if principal(speaker.actor) != speaker.actor:
            return False  # "TASS said Ukrainian forces shelled Donetsk": an outlet of one side
        head = sdoc[speaker.head] if 0 <= speaker.head < len(sdoc) else None
        if head is None:
            return False
        # (a named outlet, "Kyodo" or "the Kyodo news agency", not "newspapers" or "state television")
        named = head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        return named and head.tag_ != "NNPS"

    def did_not_happen(self, tok: Token) -> bool:
        verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None:
            return False
        none = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)  # "no such meeting took place"
        cues = self.lexicon.cues.get("nonoccurrence", {})
        if verb.lemma_.lower() == "fail" and any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in cues
            # ("take" with "place", "go" with "ahead")
            and (not cues[c.lemma_.lower()] or any(g.lower_ == cues[c.lemma_.lower()] for g in c.children))
            for c in verb.children
        ):
            return True  # "the talks failed to materialise", "failed to take place"
        return self.lexicon.is_cue("nonoccurrence", verb.lemma_) and (
            none or any(c.dep_ == "neg" for c in verb.children)
        )


SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "statement"})


def spoken_for(subject: Token | None, by_head: dict[int, Mention]) -> Mention | None:
    """The body a spokesperson speaks for, named after "for" or "of" ("a spokesman for the Movement
    for Democratic Change", "a statement of the ministry"): its side, not the state a bare
    "spokesman" would be guessed to serve."""
    if subject is None or subject.lemma_.lower() not in SPOKESPEOPLE:
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            named = first_mention_in(obj, by_head)
            if named is not None:
                return named
    return None


def first_mention_in(phrase: Token, by_head: dict[int, Mention]) -> Mention | None:
    """The first actor mention headed inside the phrase of `phrase` (a name the parser split into
    several heads: "the Sudan Monitoring Centre for Civil Rights")."""
    inside = [m for t in phrase.subtree if (m := by_head.get(t.i)) is not None]
    return min(inside, key=lambda m: m.start) if inside else None


def apposed_speaker(verb: Token) -> Token | None:
    """The speaker of a report that ends the sentence, when the parser hung it on the report's last
    noun as an apposition or a conjunct and left the verb no subject ("…, killing 30 civilians, the
    Syrian Observatory for Human Rights said", "… abandoned Grozny, Human Rights Watch said")."""
    if verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    misread = {"appos", "conj"}
    tok = verb.doc[verb.i - 1]
    while (
        tok.dep_ not in misread
        and tok.head.i < verb.i
        and tok.head.right_edge.i == verb.i - 1
        and tok.head != tok
    ):
        tok = tok.head
    return tok if tok.dep_ in misread and tok.pos_ in {"NOUN", "PROPN"} else None


def trailing_speaker(tok: Token, lex: EventLexicon) -> Token | None:
    """The speaker of a report verb the parser hung on the sentence's main verb with no subject of its
    own, after the event ("Russian troops killed dozens …, Human Rights Watch said on Tuesday")."""
    root = tok.sent.root
    for verb in root.children:
        if verb.dep_ in {"advcl", "parataxis"} and verb.i > tok.i and lex.is_cue("speech", verb.lemma_):
            speaker = apposed_speaker(verb)
            if speaker is not None and not speaker.left_edge.i <= tok.i <= speaker.right_edge.i:
                return speaker
    return None
