"""Triggers: which words of a sentence are events, and of what category, mode and CAMEO code.

A word is looked up in the lexicon (verbs, nouns, multiword phrases, hyphenated nouns), then read
through its arguments: "took to the streets", "struck the convoy" (an attack) and "struck a deal" (an
agreement), "test-fired a missile" (a show of force), "lifted the ban" (the ban undone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.events.clauses import (
    child_with,
    describes_location,
    forgoes_another_term,
    is_ultimatum,
    market_demand,
    misread_finite,
    objects_taken,
    of_objects,
    on_trade_or_state,
    one_noun_phrase,
    options,
    phrase_head,
    reports_a_fact,
    repression_means,
    rules_out_verb,
    subject_of,
    weapons_test,
)
from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.status import StatusReader
from eventwatch.extract.events.vocabulary import (
    ABDUCTED_PEOPLE,
    ACCUSED_AS,
    ADMITTED_PRESENCES,
    ADVERB_PARTICLES,
    AIR_WEAPONS,
    ANGRILY,
    APPROVING_VERBS,
    ARMED_BANDS,
    ARMED_WORDS,
    BODY_NOUNS,
    BUILDING_VERBS,
    CALLING_OFF_NOUNS,
    CARRIER_NOUNS,
    CASUALTY_VERBS,
    CLOSED_BY_ORDER,
    COMPLEMENT_DEPS,
    CONSENT_NOUNS,
    COOPERATIVE_EVENTS,
    COURT_WORDS,
    CROWD_WORDS,
    DECISION_NOUNS,
    DEMAND_NOUNS,
    DEMOBILISED,
    DETAINED_WORDS,
    DIGNITARY_WORDS,
    DRIVEN_OUT_PEOPLE,
    DROPPED_ARMS,
    EMBARGOED_TRADE,
    ENTERING_VERBS,
    ENVOY_WORDS,
    EXPELLED_BODIES,
    FORCE_MOVEMENT_VERBS,
    FORCEFUL_EVENTS,
    GATHER_VERBS,
    GROUND_WEAPONS,
    HALTING_NOUNS,
    HANDED_ARMS,
    HANDED_EQUIPMENT,
    HANDING_NOUNS,
    HELD_GROUND,
    HOSTILE,
    INSPECTOR_WORDS,
    INTELLIGENCE_NOUNS,
    JOINT_WORKS,
    LEFT_IN_A_STATE,
    LINES,
    LOOKING_IN_VERBS,
    MILITARY_STRIKE_WORDS,
    MILITARY_TARGETS,
    MOTION_PARTICLES,
    MOVED_PEOPLE,
    NAMING_VERBS,
    NAVAL_WORDS,
    NEGOTIATING_PARTIES,
    NEWS_PEOPLE,
    NOUN_ROLES,
    OBJECT_BOUND_VERBS,
    OUTSIDE_BODIES,
    OUTSIDER_WORDS,
    PARTICLES,
    PASSAGE_NOUNS,
    PEACEKEEPING_WORDS,
    POLICE_WORDS,
    PRESS_OUTLETS,
    PROTESTER_WORDS,
    PUBLISHED_WORDS,
    READINESS_STATES,
    RELEASED_FUNDS,
    REMOVING_VERBS,
    REPERCUSSIONS,
    RETURNED_THINGS,
    RISING_VERBS,
    SEIZED_PROPERTY,
    SEIZING_VERBS,
    SENDING_VERBS,
    SENT_AWAY_PEOPLE,
    SENT_BACK_PEOPLE,
    SENT_WORDS,
    STRUCK_OFF_LISTS,
    TAKEN_IN_PEOPLE,
    TESTED_WEAPONS,
    THREAT_POSING,
    THROWN_OUT,
    UNDOING_NOUNS,
    UNDONE,
    VOLLEY_NOUNS,
    WITHDRAWN_ARMS,
    WORDS_RAINED,
)
from eventwatch.extract.syntax import counted, negated
from eventwatch.model import Place

# A match score ("3-1", "2–0"): beating someone by it is sport, not an assault.
SCORE = re.compile(r"\b\d{1,2}[-–]\d{1,2}\b")


class TriggerFinder:
    """Finds triggers with the event lexicon (and, when configured, CAMEO verb dictionaries).
    `place_heads` (token index of a place's root → place) is set for each document."""

    def __init__(
        self, lexicon: EventLexicon, cameo: cameo_dicts.CameoDictionaries | None, status: StatusReader
    ) -> None:
        self.lexicon = lexicon
        self.cameo = cameo
        self.status = status
        self.place_heads: dict[int, Place] = {}

    def _joint_works(self, verb: Token, lemma: str) -> bool:
        """Two parties building, opening or running works together: the verb takes a work of
        infrastructure ('a pipeline', 'construction of a railway') or a joint one, and its subject (or
        passive agent) is a list of parties or 'the two countries'."""
        if lemma not in BUILDING_VERBS or verb.pos_ != "VERB":
            return False
        works = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        works += [o for w in works if w.lemma_.lower() in {"construction", "building"} for o in of_objects(w)]
        if not any(
            w.lemma_.lower() in JOINT_WORKS
            or any(c.lower_ in {"joint", "jointly", "cross-border"} for c in w.subtree if c.i < w.i)
            for w in works
        ):
            return False
        agent = child_with(verb, {"agent"})
        doers = child_with(agent, {"pobj"}) if agent is not None and verb.tag_ == "VBN" else subject_of(verb)
        return doers is not None and (
            any(c.dep_ == "conj" for c in doers.children)
            or any(c.lower_ in {"two", "both"} for c in doers.children if c.dep_ in {"nummod", "det", "amod"})
        )

    def calls_off_a_protest(self, verb: Token) -> bool:
        """'The union called off the strike', 'cancelled a planned rally': the protest is prevented."""
        direct = child_with(verb, {"dobj", "nsubjpass"})
        if direct is None:  # ("called off its daily marches": the parser hangs the marches on "off")
            off = next((c for c in verb.children if c.dep_ in {"prt", "prep"} and c.lower_ == "off"), None)
            direct = child_with(off, {"pobj"}) if off is not None else None
        # ("suspended their sit-in": paused by those who hold it)
        suspended = verb.lemma_.lower() == "suspend" and not any(c.dep_ == "neg" for c in verb.children)
        if direct is None or not (self.status.cancels(verb) or suspended):
            return False
        # ("called off a week of street protests": what the span is of)
        nouns = [direct, *of_objects(direct)]
        trigs = [self.lexicon.single.get((n.lemma_.lower(), "NOUN")) or self.hyphenated(n) for n in nouns]
        return any(t is not None and t.event == "PROTEST" for t in trigs)  # (also a "sit-in")

    def at(self, tok: Token, consumed: set[int]) -> Trigger | None:
        lex = self.lexicon
        if any(
            c.dep_ == "amod" and c.lower_ in {"potential", "possible", "hypothetical"}
            for t in (tok, *tok.conjuncts)
            for c in t.children
        ):
            return None  # "potential risks and threats": a risk named, not an event
        if tok.pos_ == "NOUN" and describes_location(tok):
            return None  # "the area of the peacekeepers' deployment": where, not what happened
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            return None  # "the lands where the peacekeepers are deployed": a background state
        lemma = tok.lemma_.lower()
        if lemma == "demand" and tok.pos_ == "NOUN" and market_demand(tok):
            return None  # "supply and demand", "demand for OPEC crude": a market, not a demand made
        if (
            lemma in VOLLEY_NOUNS
            and tok.pos_ == "NOUN"
            and any(o.lemma_.lower() in WORDS_RAINED for o in of_objects(tok))
        ):
            return None  # "a barrage of criticism": the criticism is the event, no shelling
        if (
            lemma == "march"
            and tok.lower_ == "march"
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].like_num
        ):
            return None  # "the march 5 tremor": a date in lower case
        if (
            lemma == "arm"
            and tok.tag_ == "VBN"
            and child_with(tok, {"dobj"}) is None
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            return None  # "guerrillas armed with automatic rifles": how they were armed, no aid given
        if (
            lemma in {"press", "push", "go", "carry", "forge"}
            and tok.pos_ == "VERB"
            and any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"on", "ahead"} for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            return None  # "pressed on with their hunger strike": the act it goes on with is the event
        if (
            lemma == "seek"
            and tok.pos_ == "VERB"
            and child_with(tok, {"dobj"}) is None
            and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children
            )
        ):
            return None  # "sought to rally support": an attempt at the act it names, not a request
        if (
            lemma == "ask"
            and tok.tag_ == "VBN"
            and tok.dep_ == "advcl"
            and child_with(tok, {"nsubj", "nsubjpass"}) is None
        ):
            return None  # "Asked to comment, the ambassador said …": a reporter's question
        if lemma in {"ask", "request"} and any(
            c.dep_ == "xcomp" and negated(c) and c.lemma_.lower() in {"identify", "name"}
            for c in tok.children
        ):
            return None  # "an aide who asked not to be identified": an anonymous source
        if (
            lemma in {"protest", "solidarity"}
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.pos_ == "NOUN"
            and self._act_of_its_own(tok.head)
        ):
            return None  # "stayed on strike in protest at price rises", "recalled its envoy in protest"
        if lemma in BODY_NOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            return None  # "the alliance warned", "the alliance would not intervene": who acts, not an event
        if lemma in SENDING_VERBS and tok.pos_ == "VERB" and self._sent_to_investigate(tok):
            return None  # "sent a team to Togo to look into reports …": the inquiry is the event
        # ("launched a counter-offensive": also a hyphenated noun the tagger took for an adjective)
        if tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ == "ADJ" and tok.dep_ in NOUN_ROLES):
            hyphenated = self.hyphenated(tok)
            if hyphenated is not None:
                consumed.update((tok.i - 2, tok.i - 1))
                return hyphenated
        if tok.pos_ in {"NOUN", "PROPN"}:
            # Multiword nouns first: "exchange of views", "hunger strike".
            for window, trig in self.phrases_at(tok):
                # ("in a call on Thursday" is no "call on": a date follows, not the one called on)
                dated = window[-1].pos_ == "ADP" and any(
                    o.ent_type_ in {"DATE", "TIME"} for o in window[-1].children
                )
                if one_noun_phrase(window) and not dated:
                    consumed.update(t.i for t in window)
                    return trig
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_ not in CARRIER_NOUNS:
                return None  # "monitoring area", "protest movement": a modifier, not an event
            if lemma in {"return", "handover"} and _returned_property(tok):
                return Trigger(
                    "RETREAT", "return", "0842", ("legal",)
                )  # "China's return of the plane to the US"
            if lemma in {"deportation", "expulsion"} and any(
                c.lower_ == "mass" for c in tok.children if c.dep_ in {"amod", "compound"}
            ):
                return Trigger("ASSAULT", "cleansing", "201", ("human_security",))  # "in a mass deportation"
            if lemma == "call" and _a_call_held(tok):
                return Trigger("CONSULT", "phone", "041", ())  # "in a 40-minute call on Thursday, …"
            if lemma == "strike" and self._military_strike(tok):
                return lex.single.get(("bomb", "VERB"))  # "US strikes killed 12", "strikes on Gaza"
            if tok.i > 0:  # an adjective and its noun: "martial law", "military exercises"
                before = tok.doc[tok.i - 1]
                if before.head.i == tok.i and before.dep_ in {"amod", "compound"}:
                    phrase = lex.phrases.get((before.lower_, lemma))
                    if phrase is not None:
                        return phrase
            if lemma == "forgiveness" and any(c.lemma_.lower() in {"debt", "loan"} for c in tok.children):
                return Trigger("AID", None, "071", ("economic",))  # "debt forgiveness": economic aid
            if lemma in {"downgrade", "downgrading"} and any(
                o.lemma_.lower() in {"tie", "relation"} for o in of_objects(tok)
            ):
                return Trigger("SANCTION", "withdraw", "161", ("diplomatic",))  # "a downgrading of relations"
            if lemma == "restoration" and any(
                o.lemma_.lower() in {"tie", "relation"} for o in of_objects(tok)
            ):
                return Trigger(
                    "SUPPORT", None, "054", ("diplomatic",)
                )  # "the restoration of diplomatic ties"
            if lemma in {"roadblock", "barricade"} and any(
                c.dep_ == "acl" and c.lemma_.lower() in {"throw", "set", "put", "erect", "mount"}
                for c in tok.children
            ):
                return Trigger("PROTEST", "obstruct", "144", ())  # "roadblocks thrown up by farmers"
            if (
                lemma in HANDING_NOUNS | {"deployment"}
                and any(o.lemma_.lower() in ARMED_WORDS for o in of_objects(tok))
                and any(t.lower_.startswith(("peacekeep", "peace-keep")) for t in tok.subtree)
            ):
                return Trigger(
                    "AID", None, "074", ("peacekeeping",)
                )  # "the dispatch of 800 troops to serve with the peacekeeping force"
            if lemma in HANDING_NOUNS and self._relief_among(of_objects(tok)):
                return Trigger("AID", None, "070", ())  # "India's delivery of 50,000 tonnes of wheat"
            if (
                lemma in HANDING_NOUNS
                and any(
                    counted(o).lemma_.lower() in HANDED_EQUIPMENT
                    # ("the handover of their weapons": their own, handed in)
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
                    for o in of_objects(tok)
                )
                # ("completed the delivery of 14 tanks to Ukraine": the parser may hang "to" on the verb)
                and any(
                    c.dep_ == "prep" and c.lower_ == "to"
                    for c in (*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ()))
                )
            ):
                return Trigger("AID", None, "072", ("military",))  # "the delivery of 14 tanks to Ukraine"
            if lemma in {"test", "launch"} and any(
                o.lemma_.lower() in TESTED_WEAPONS for o in of_objects(tok)
            ):
                return Trigger("MOBILIZE", None, "150", ("military",))  # "conducted a test of its missile"
            if (
                lemma in {"talk", "negotiation"}
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in {"mediate", "broker", "facilitate"}
            ):
                # "Qatar mediated talks between the government and the opposition": the mediator acts
                # on both parties (CAMEO 045)
                return lex.single.get(("mediate", "VERB"))
            if (
                lemma == "threat"
                and tok.dep_ in {"dobj", "attr"}
                and tok.head.lemma_.lower() in THREAT_POSING
            ):
                return None  # "said the movement posed a direct threat to its security": a danger
            if lemma == "show" and any(o.lemma_.lower() == "force" for o in of_objects(tok)):
                # "in a show of force" (in code: as a lexicon phrase, its "force" would name no actor)
                return Trigger("MOBILIZE", None, "150", ("military",))
            return lex.single.get((lemma, "NOUN"))
        if (
            tok.pos_ == "VERB"
            and lex.is_cue("light-actor", lemma)
            and any(c.dep_ == "dobj" and self.is_event_noun(c) for c in tok.children)
        ):
            return None  # "imposed sanctions", "imposed a curfew": the noun is the event, the verb is light
        if tok.pos_ == "VERB" and self.cameo is not None:
            dictionary = self._dictionary_trigger(tok)
            if dictionary is not None:
                return dictionary
        if tok.pos_ == "VERB":
            if lemma == "caution" and child_with(tok, {"ccomp"}) is None:
                return None  # "cautioned against haste": advice; "cautioned Taiwan that the army would act"
            halted = _talks_left(tok, lemma)
            if halted is not None:
                return halted  # (before the phrasal verb: "pulled out of mediation efforts" is no pull-out)
            if tok.dep_ == "amod":
                return None  # "the planned inspection": an attribute
            verb_rule = self._verb_by_arguments(tok, lemma)
            if verb_rule is not None:
                return verb_rule
            own = lex.single.get((lemma, "VERB"))
            if (
                own is not None
                and own.event == "REQUEST"
                and lex.is_cue("speech", lemma)
                and any(c.dep_ == "ccomp" and reports_a_fact(c) for c in tok.children)
            ):
                return None  # "insisted that it had not yielded": a claim about what was done, not a demand
            for child in tok.children:  # phrasal verbs: "call on", "call for", "carry out"
                behalf = (
                    child_with(child, {"pobj"}) if child.dep_ == "prep" and child.lower_ == "on" else None
                )
                if behalf is not None and (lemma, "on", behalf.lemma_.lower()) in lex.phrases:
                    return lex.phrases[(lemma, "on", behalf.lemma_.lower())]  # "lobbied on behalf of Sudan"
                if (
                    child.dep_ == "prep"
                    and child.lower_ in PARTICLES
                    and child_with(child, {"pobj"}) is not None
                ):
                    continue  # "gave $40 million … in the north": a place, not "give in"
                when = child_with(child, {"pobj"}) if child.dep_ == "prep" else None
                if (
                    when is not None
                    and when.ent_type_ in {"DATE", "TIME"}
                    and child.lower_ in {"on", "for", "at", "in", "by"}
                    and not any(c.dep_ == "prep" for c in when.children)  # (not "bowed to weeks of protests")
                ):
                    continue  # "called a general strike on Monday": a date, not "call on"
                if child.dep_ in {"prep", "prt"} or (
                    child.dep_ == "advmod" and child.lower_ in ADVERB_PARTICLES
                ):
                    phrase = lex.phrases.get((lemma, child.lower_))
                    if phrase is not None and phrase.mode == "phone" and not _by_line(child):
                        continue  # "talked by the river": no call
                    if phrase is not None:
                        return phrase
                elif child.dep_ == "advcl":  # "pushing hard for the US (to) support …"
                    mark = next((m.lower_ for m in child.children if m.dep_ == "mark"), None)
                    phrase = lex.phrases.get((lemma, mark)) if mark else None
                    if phrase is None:  # "took dozens of people hostage" (the tagger may call it a verb)
                        phrase = lex.phrases.get((lemma, child.lemma_.lower()))
                    if phrase is not None:
                        return phrase
                elif (
                    child.dep_ in {"dobj", "nsubjpass"}
                    or (child.dep_ in {"oprd", "npadvmod"} and child.pos_ == "NOUN")
                    or (child.dep_ in {"oprd", "acomp"} and child.lower_ == "sorry")  # "said sorry"
                    or (child.dep_ == "intj" and child.lower_ == "no")
                ):  # verb + object: "open fire", "ties were cut", "said no"
                    phrase = lex.phrases.get((lemma, child.lemma_.lower())) or (
                        # ("thousands of troops were ordered to the border": the troops counted)
                        lex.phrases.get((lemma, counted(child).lemma_.lower()))
                        if child.dep_ in {"dobj", "nsubjpass"}
                        else None
                    )
                    if phrase is None and child.dep_ == "dobj":
                        # "exchanged rifle and machine-gun fire": the parser hangs the phrase's noun
                        # on the first of the coordinated objects
                        phrase = next(
                            (
                                lex.phrases[(lemma, c.lemma_.lower())]
                                for c in child.conjuncts
                                if (lemma, c.lemma_.lower()) in lex.phrases
                            ),
                            None,
                        )
                    if phrase is not None and child.lemma_.lower() in DEMAND_NOUNS and market_demand(child):
                        continue  # "to meet peak demand": the market's, no one's demands
                    if phrase is not None:
                        consumed.add(child.i)
                        return phrase
                elif child.dep_ in COMPLEMENT_DEPS:
                    # "allowed monitors to enter": the object is the complement's subject; "allowed
                    # monitors into the region" is parsed with the noun as the complement itself;
                    # "ordered the troops to leave": the complement's verb.
                    subject = child if child.pos_ == "NOUN" else child_with(child, {"nsubj"})
                    phrase = lex.phrases.get((lemma, subject.lemma_.lower())) if subject is not None else None
                    # (the complement's verb only when the verb bids it: "told them to leave", not
                    # "told journalists Russia would not withdraw", a statement of its own)
                    bidden = _bidden(child)
                    phrase = phrase or (lex.phrases.get((lemma, child.lemma_.lower())) if bidden else None)
                    if phrase is not None and phrase.mode == "expel" and _things_moved(child):
                        continue
                    if phrase is not None:
                        return phrase
            if lemma in {"strip", "deprive"}:
                # "were stripped of their accreditation": what is taken hangs on "of"
                # ("stripped eight inspectors of their accreditation": the parser may hang it on the object)
                holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                of_phrases = [c for h in holders for c in h.children if c.lower_ == "of"]
                for lost in (o for c in of_phrases for o in c.children if o.dep_ == "pobj"):
                    phrase = lex.phrases.get((lemma, lost.lemma_.lower()))
                    if phrase is not None:
                        return phrase
            if lemma == "strike" and any(
                c.lower_ == "off"
                and c.dep_ == "prep"
                and any(o.lemma_.lower() in STRUCK_OFF_LISTS for o in c.children)
                for c in (*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children))
            ):
                # "struck Amnesty's Moscow office off its register": deregistered, a ban (CAMEO 172)
                return Trigger("COERCE", "restrict", "172", ("rights_freedoms",))
            if self._joint_works(tok, lemma):
                # "China and Kazakhstan began building a cross-border oil pipeline", "a jointly
                # financed bridge was opened by Thailand and Malaysia": economic cooperation (CAMEO 061)
                return Trigger("COOPERATE", None, "061", ("economic",))
            if lemma in {"fight", "battle"} and any(
                c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children
            ):
                # "said they would fight alongside Iraqi army troops": military cooperation (CAMEO 062)
                return Trigger("COOPERATE", None, "062", ("military",))
            if lemma in GATHER_VERBS:
                subj = subject_of(tok)
                subj = counted(subj) if subj is not None else None  # "hundreds of protesters"
                if subj is not None and subj.lemma_.lower() in PROTESTER_WORDS:
                    return lex.single.get(("demonstrate", "VERB"))  # "protesters gathered outside parliament"
            if lemma in {"launch", "fire"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in AIR_WEAPONS for c in tok.children
            ):
                return lex.single.get(("bomb", "VERB"))  # "launched 70 drones at the Odesa region"
            paid_out = lemma == "pay" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
            if (lex.is_cue("money", lemma) or paid_out) and any(
                c.dep_ in {"dobj", "nsubjpass"}  # (also "30 million euros was released to …")
                and (
                    c.ent_type_ == "MONEY"
                    or lex.is_cue("currency", c.lemma_)
                    # ("paid out a 4.5 billion euro tranche": the sum counts the noun)
                    or any(g.ent_type_ == "MONEY" for g in c.children if g.i < c.i)
                )
                for c in tok.children
            ):
                return Trigger("AID", None, "071", ("economic",))  # "gave 20 million euros to help …"
            if lemma in {"release", "unfreeze", "unblock"} and any(
                counted(c).lemma_.lower() in RELEASED_FUNDS
                for c in tok.children
                if c.dep_ in {"dobj", "nsubjpass"}
            ):
                return Trigger("AID", None, "071", ("economic",))  # "the IMF released a loan tranche to Kyiv"
            if lemma in {"warn", "caution"} and any(
                lex.is_cue("scourge", o.lemma_)
                for p in tok.children
                if p.lower_ in {"of", "about", "against"}
                for o in p.children
                if o.dep_ == "pobj"
            ):
                return None  # "WHO warned of a cholera outbreak": a danger named, no threat made
            cause = subject_of(tok) if lemma in CASUALTY_VERBS else None
            if lemma in CASUALTY_VERBS and child_with(tok, {"nsubj", "nsubjpass"}) is None:
                cause = _misparsed_subject(tok) or cause  # "after a fire at a mall killed eight"
            if cause is not None and lex.is_cue("scourge", cause.lemma_):
                return None  # "heavy rains caused flooding, killing 40 people": no one attacked them
            if any(c.dep_ == "dobj" and lex.is_cue("scourge", c.lemma_) for c in tok.children):
                return None  # "to fight human trafficking", "combat corruption": no one is attacked
            if lemma in {"hand", "turn"} and any(o.lemma_.lower() in HANDED_ARMS for o in _handed_in(tok)):
                return Trigger("RETREAT", "disarm", "0873", ("military",))  # "handed in their weapons"
            if lemma == "block" and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in DECISION_NOUNS for c in tok.children
            ):
                return Trigger("REJECT", None, "120", ("diplomatic",))  # "blocked the sanctions package"
            if lemma == "strike" and tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "amod"}:
                obj = child_with(tok, {"dobj"})
                if obj is not None and obj.left_edge.i == tok.i + 1 and child_with(tok, {"nsubj"}) is None:
                    return None  # "yielded to striking university students": who strike, as the parser reads
            if lemma in {"strike", "hit"}:
                sense = self._strike_sense(tok)
                if sense is not None:
                    return sense
            if (
                lemma == "raid"
                and (subj := subject_of(tok)) is not None
                and counted(subj).lemma_ in ARMED_WORDS
            ):
                return Trigger("ASSAULT", None, "190", ("military",))  # "troops raided the camp"
            if lemma == "return" and not any(c.dep_ in {"dobj", "dative"} for c in tok.children):
                return None  # "negotiators return to Geneva": travel, not a return of people or goods
            if lemma == "release" and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PUBLISHED_WORDS for c in tok.children
            ):
                return None  # "released a study", "figures released on Monday": information, not a release
            if lemma == "send" and any(c.dep_ == "dobj" and c.lemma_ in SENT_WORDS for c in tok.children):
                return None  # "sent a letter to X": a message, not aid
            if lemma in {"beat", "defeat", "thrash", "rout"} and SCORE.search(tok.sent.text):
                return None  # "Real Madrid beat Barcelona 3-1": a match
            if lemma == "decline" and not any(
                c.dep_ in {"xcomp", "dobj", "nsubjpass"} and not _an_amount(c) for c in tok.children
            ):
                return None  # "production declined to 2,978 units", "shares declined 5 pct": a fall
            taken = child_with(tok, {"dobj", "nsubjpass"})
            if taken is not None and taken.pos_ == "NOUN" and not lex.takes(lemma, taken.lemma_.lower()):
                return None  # "cut its sales forecast", "recalled 1 million vehicles": no event
            if lemma in OBJECT_BOUND_VERBS and (taken is None or not lex.takes(lemma, taken.lemma_.lower())):
                return None  # "crushed the protests", "reached a deal"; not "crushed Brazil", "reached Kabul"
            return lex.single.get((lemma, "VERB"))
        if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "ROOT", "attr"}:
            return lex.single.get((lemma, "ADJ"))
        return None

    def _a_demand_made_of(self, order: Token, objects: list[Token], objs: set[str]) -> bool:
        """Who is ordered to do something but commanded by no one: "ordered pro-democracy demonstrators
        to clear the streets" (a crowd, to do what is no event of its own), "the Security Council ordered
        Ethiopia and Eritrea to pull their troops back" (states)."""
        complements = [c for c in order.children if c.dep_ == "xcomp"]
        crowd = bool(objs & (PROTESTER_WORDS | CROWD_WORDS)) and any(
            self.at(c, set()) is None for c in complements
        )
        states = any(o.ent_type_ == "GPE" for o in objects) and bool(complements)
        return crowd or states

    def _by_particle_or_object(self, tok: Token, lemma: str) -> Trigger | None:
        """Verbs whose particle and object make them an event: "told the unions to end the strike" (a
        demand), "took over three farms" (a seizure), "sent 500 migrants back" (a deportation), "took
        the station off the air" (censorship), "handed over ten helicopters to the army" (military aid),
        "accepted the deployment of peacekeepers" (access allowed), "drove villagers from their homes"
        (an expulsion)."""
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"}}
        objs = {counted(o).lemma_.lower() for o in objects}
        if (
            lemma in {"tell", "instruct", "direct", "press"}
            and (objects or any(c.dep_ == "nsubjpass" for c in tok.children))  # ("was told by Beijing to …")
            and any(
                c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children
            )
        ):
            if _kept_indoors(tok, {"xcomp", "advcl"}):  # "told people to stay indoors"
                return Trigger("COERCE", "curfew", "1723", ("pro_autocracy",))
            if any(
                x.dep_ in {"xcomp", "advcl"}
                and x.lemma_.lower() in {"expect", "face", "brace"}
                and any(o.lemma_.lower() in REPERCUSSIONS for o in x.subtree)
                for x in tok.children
            ):
                return Trigger("THREATEN", None, "130", ())  # "told Oslo to expect consequences if …"
            return Trigger("REQUEST", None, "100", ())
        if lemma == "order" and _kept_indoors(tok, {"xcomp", "advcl", "ccomp"}):  # "ordered residents to …"
            return Trigger("COERCE", "curfew", "1723", ("pro_autocracy",))
        if lemma == "order" and self._a_demand_made_of(tok, objects, objs):
            return Trigger("REQUEST", None, "100", ())
        if lemma in {"begin", "start", "stage", "launch", "continue"} and any(
            c.lower_ == "fast" and c.dep_ in {"dobj", "advmod", "npadvmod"} for c in tok.children
        ):
            return Trigger(
                "PROTEST", "hunger", "142", ()
            )  # "began an open-ended fast" (a noun the tagger missed)
        if lemma in {"sign", "write", "pen", "publish", "send"} and any(
            o.lemma_.lower() == "letter" and any(a.dep_ == "amod" and a.lower_ == "open" for a in o.children)
            for o in objects
        ):
            return Trigger("PROTEST", None, "140", ())  # "signed an open letter against the war": dissent
        if (
            lemma in {"stay", "keep"}
            and particles & {"off", "away"}
            and any(o.lemma_.lower() in {"work", "job"} for o in tok.subtree)
        ):
            return Trigger("PROTEST", "strike", "143", ())  # "civil servants stayed off work"
        if (
            lemma in {"send", "stand"}
            and particles & {"home", "down"}
            and any(counted(o).lemma_.lower() in ARMED_WORDS for o in objects)
        ):
            return Trigger("RETREAT", "disarm", "0873", ("military",))  # "sent home 5,000 reservists"
        if (
            lemma == "send"
            and "home" in particles
            and any(counted(o).lemma_.lower() in ENVOY_WORDS for o in objects)
        ):
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children)
            if own:  # "sent its ambassador home": recalled
                return Trigger("SANCTION", "withdraw", "161", ("diplomatic",))
            return Trigger("SANCTION", "expel", "166", ("diplomatic",))  # "sent home two Russian diplomats"
        if lemma == "join" and any(
            w.lower_.startswith(("peacekeep", "peace-keep")) for o in objects for w in o.subtree
        ):
            return Trigger(
                "AID", None, "074", ("peacekeeping",)
            )  # "arrived to join the UN peacekeeping force"
        # ("rallied outside parliament": a place the parser took for the object)
        rallied = objects and not any(c.lower_ in {"outside", "near", "at"} for c in objects[0].children)
        if lemma == "rally" and rallied and any(t.lower_ == "against" for t in tok.subtree):
            return Trigger("ACCUSE", "disapprove", "113", ())  # "rallied African states against the plan"
        if lemma in {"block", "veto", "thwart"} and any(
            (named := self.at(o, set())) is not None and named.event in COOPERATIVE_EVENTS for o in objects
        ):
            return Trigger("REJECT", None, "120", ())  # "the court blocked the extradition of two officers"
        if lemma in {"keep", "maintain", "retain", "uphold"} and any(
            (named := self.at(o, set())) is not None and named.event in {"COERCE", "SANCTION"}
            for o in objects
        ):
            return Trigger("REJECT", None, "124", ())  # "would keep its trade embargo in place": no easing
        if lemma in {"spring", "come", "rush", "leap", "jump"} and any(
            p.lower_ == "to" and any(o.lemma_.lower() in {"defence", "defense"} for o in p.children)
            for p in tok.children
        ):
            return Trigger("SUPPORT", None, "052", ("diplomatic",))  # "sprang to Cuba's defence"
        if (
            lemma in {"put", "set"}
            and any(o.lemma_.lower() in {"name", "signature"} for o in objects)
            and any(p.dep_ == "prep" and p.lower_ == "to" for p in tok.children)
        ):
            return Trigger("SUPPORT", None, "057", ("diplomatic",))  # "put their names to a pact"
        if lemma in {"urge", "call", "exhort"} and any(
            c.dep_ in {"xcomp", "ccomp", "advcl"}
            and c.lemma_.lower() in RISING_VERBS
            and any(t.lower_ == "against" for t in c.subtree)
            for c in (*tok.children, *(g for p in tok.children if p.dep_ == "prep" for g in p.children))
        ):
            return Trigger("ACCUSE", "disapprove", "113", ())  # "urged Pakistanis to unite against Zia"
        # "turned a deaf ear to", "gave the cold shoulder to", "gave short shrift to", "slammed the door on"
        if (
            lemma in {"turn", "give", "slam", "shut", "close"}
            and objs & {"ear", "shoulder", "door", "shrift"}
            and (lemma != "give" or objs & {"shoulder", "shrift"})
        ):
            return Trigger("REJECT", None, "120", ())
        if lemma == "take" and any(
            p.lower_ == "to" and any(o.lower_ == "task" for o in p.children) for p in tok.children
        ):
            return Trigger("ACCUSE", "disapprove", "111", ())  # "took Australia to task over the detention"
        given_to = [
            *(c for c in tok.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}),
            *(
                o
                for c in tok.children
                if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                for o in c.children
            ),
            *(o for o in objects[:-1]),  # ("given their Spanish counterparts the names": two objects)
        ]
        if (
            lemma in {"give", "hand", "pass", "provide", "supply", "send", "share"}
            and objs & INTELLIGENCE_NOUNS
            and given_to
            and not any(c.dep_ == "det" and c.lower_ == "no" for o in objects for c in o.children)
            and not any(g.lemma_.lower() in NEWS_PEOPLE for g in given_to)
        ):
            return Trigger(
                "COOPERATE", None, "064", ("intelligence",)
            )  # "handed Manila the names of suspects"
        if lemma in {"tell", "inform", "notify"} and any(
            c.dep_ == "ccomp"
            # (what will be done, not what must: "told the Assembly that the embargo must end")
            and any(
                a.lower_ in {"would", "will", "could", "might", "'ll"} for a in c.children if a.dep_ == "aux"
            )
            and (subj := child_with(c, {"nsubj", "nsubjpass"})) is not None
            and self.coercion_without_agent(c, subj)
            for c in tok.children
        ):
            return Trigger(
                "THREATEN", None, "130", ()
            )  # "told residents that the city would be put under curfew"
        if lemma in {"raise", "float", "hold"} and any(
            o.lemma_.lower() in {"prospect", "spectre", "specter", "possibility", "threat"}
            and any(
                (found := self.at(g, set())) is not None and found.event in FORCEFUL_EVENTS
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ in {"pobj", "pcomp"}
            )
            for o in [*objects, *(c for c in tok.children if c.dep_ == "nsubjpass")]
        ):
            return Trigger("THREATEN", None, "130", ())  # "raised the spectre of outlawing the party"
        if lemma == "set" and (
            any(c.lower_ in {"ablaze", "alight", "afire"} for c in tok.children)
            or any(p.lower_ == "on" and any(o.lower_ == "fire" for o in p.children) for p in tok.children)
        ):
            return Trigger("ASSAULT", None, "180", ())  # "police stations were set ablaze by crowds"
        if lemma == "bring" and any(
            p.lower_ == "to" and any(o.lemma_.lower() in {"standstill", "halt"} for o in p.children)
            for p in tok.children
        ):
            return Trigger("PROTEST", "obstruct", "144", ())  # "brought central Jakarta to a standstill"
        if lemma == "pour" and "water" in objs and any(t.lower_ == "on" for t in tok.subtree):
            return Trigger("REJECT", None, "120", ())  # "poured cold water on Athens' pleas"
        if lemma == "keep" and any(
            c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lower_ in {"shut", "closed", "blocked"}
            for c in tok.children
        ):
            return Trigger("PROTEST", "obstruct", "144", ())  # "protesters kept the airport shut"
        if lemma == "dig" and any(t.lemma_.lower() == "heel" for t in tok.subtree):
            return Trigger("REJECT", None, "120", ())  # "dug in her heels against calls for sanctions"
        thrown = objs | {counted(c).lemma_.lower() for c in tok.children if c.dep_ == "nsubjpass"}
        thrown_out = (lemma in {"throw", "toss"} and "out" in particles) or (
            lemma == "kill" and "off" in particles
        )
        if (
            lemma in {"throw", "kick"}
            and "out" in particles
            and thrown & (SENT_AWAY_PEOPLE | EXPELLED_BODIES)
        ):
            return self.lexicon.phrases.get(("order", "out"))  # "would throw out the UN rights office"
        if thrown_out and thrown & THROWN_OUT:  # (also "a resolution … was killed off by Russia")
            # "threw out a demand for schooling in Hungarian", "threw out the UN blueprint", "the case"
            return Trigger("REJECT", None, "120", ())
        if lemma not in {"sentence", "condemn", "starve", "freeze", "bleed"} and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
            for p in tok.children
        ):
            return Trigger("ASSAULT", None, "1823", ())  # "stoned and hacked to death a former police chief"
        if lemma in {"put", "place"} and any(
            p.lower_ == "on" and any(o.lower_ == "notice" for o in p.children) for p in tok.children
        ):
            return Trigger("THREATEN", None, "130", ())  # "put three newspapers on notice"
        if lemma in {"cut", "halt", "suspend", "stop", "sever", "ban"} and objs & EMBARGOED_TRADE:
            return Trigger("COERCE", "restrict", "163", ("diplomatic",))  # "cut off trade with Haiti"
        if (
            lemma in {"move", "pull", "take"}
            and particles & {"out", "back", "away", "off"}
            and objs & WITHDRAWN_ARMS
        ):
            return Trigger(
                "RETREAT", "withdraw", "087", ("military",)
            )  # "moved heavy artillery out of range"
        if lemma == "drop" and objs & DROPPED_ARMS and any(t.lower_ == "on" for t in tok.subtree):
            return Trigger(
                "ASSAULT", "aerial", "195", ("military",)
            )  # "dropped barrels of chlorine on the town"
        if lemma == "take" and "over" in particles and objs & SEIZED_PROPERTY:
            return Trigger("COERCE", "seize", "171", ("human_security",))
        if lemma in {"take", "seize"} and particles & {"over", "control"} and objs & HELD_GROUND:
            return Trigger("COERCE", "seize", "192", ("military",))  # "took over a disputed hilltop"
        # ("handed the ship and its load of cement back": the parser may hang "back" on the object)
        back = "back" in particles or any(
            t.lower_ == "back" and t.dep_ == "advmod" for o in objects for t in o.subtree
        )
        if lemma in {"spray", "rake", "pepper"} and any(
            o.lemma_.lower() in {"fire", "gunfire", "bullet"}
            for p in tok.children
            if p.lower_ == "with"
            for o in p.children
        ):
            return Trigger("ASSAULT", "firearms", "190", ("military",))  # "sprayed the motorcade with fire"
        if lemma == "open" and objs & {"border", "door"} and _people_let_in(tok):
            # "Benin opened its borders to West Africans ordered out of Nigeria": refuge (CAMEO 075)
            return Trigger("AID", None, "075", ("human_security",))
        if lemma in {"react", "respond"} and any(
            c.dep_ == "advmod" and c.lower_ in ANGRILY for c in tok.children
        ):
            return self.lexicon.single.get(("criticize", "VERB"))  # "Jakarta reacted angrily to reports …"
        if lemma in {"give", "grant", "allow", "offer"} and "access" in objs:
            # "gave IAEA inspectors access to Fordow", "inspectors were given access": access to outsiders
            who = [counted(c) for c in tok.children if c.dep_ in {"dative", "nsubjpass", "dobj"}]
            words = {t.lemma_.lower() for w in who for t in w.subtree}
            code = "0862" if words & INSPECTOR_WORDS else "0861" if words & {"peacekeeper"} else "086"
            return Trigger("RETREAT", "access", code, ("diplomatic",))
        shut = ordered_shut(tok)
        if shut is not None:
            # "three newspapers were ordered shut", "ordered the radio station closed": a closure imposed
            press = counted(shut).lemma_.lower() in PRESS_OUTLETS
            return Trigger("COERCE", "restrict", "1721" if press else "172", ("rights_freedoms",))
        forcibly = any(c.dep_ == "advmod" and c.lower_ in {"forcibly", "forcefully"} for c in tok.children)
        moved = [counted(c) for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if forcibly and lemma in REMOVING_VERBS and any(m.lemma_.lower() in MOVED_PEOPLE for m in moved):
            # "forcibly cleared hundreds of hawkers from the city centre", "forcibly moved families off
            # the island": people driven from where they are (CAMEO 174)
            return Trigger("COERCE", "deport", "174", ("legal",))
        if lemma in {"close", "shut"} and any(
            t.lemma_.lower() in PRESS_OUTLETS
            for c in tok.children
            if c.dep_ in {"dobj", "nsubjpass"}
            for t in c.subtree
        ):
            return Trigger("COERCE", "restrict", "1721", ("rights_freedoms",))  # "closed the daily Neshat"
        if lemma in {"suspend", "ban"} and any(
            t.lemma_.lower() in PRESS_OUTLETS
            for c in tok.children
            if c.dep_ in {"dobj", "nsubjpass"}
            # (a kind before a name, "the opposition weekly Zarya", may be read as an adjective)
            for t in (
                counted(c),
                *(
                    m
                    for m in counted(c).children
                    if m.dep_ == "compound" or (m.dep_ == "amod" and counted(c).pos_ == "PROPN")
                ),
            )
        ):
            # "suspended the opposition newspaper Respublika", "suspended the BBC's radio service": an
            # outlet silenced (not "suspended aid to a radio station", "its weekly protests")
            return Trigger("COERCE", "restrict", "1721", ("rights_freedoms",))
        if (
            lemma in {"detonate", "explode", "set"}
            and any(a.lower_ in {"nuclear", "atomic", "hydrogen"} for o in objects for a in o.subtree)
            and (lemma != "set" or "off" in particles)
        ):
            return Trigger("ASSAULT", "cbrn", "2042", ("military",))  # "set off its sixth nuclear device"
        kept_out = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        outside = any(
            w.lemma_.lower() in OUTSIDE_BODIES or w.text in {"UN", "U.N."}
            for o in kept_out
            for w in o.subtree
        )
        from_looking = any(
            p.lower_ == "from" and any(g.lemma_.lower() in LOOKING_IN_VERBS for g in p.children)
            for p in tok.children
        )
        if (
            lemma in {"bar", "block", "deny", "refuse", "ban"}
            and outside
            and (from_looking or _to_look_in(tok))
        ):
            # "barred a team from the UN human rights office from visiting Papua": international
            # involvement declined (CAMEO 1245), not a restriction on the state's own people
            return Trigger("REJECT", None, "1245", ("diplomatic",))
        if forgoes_another_term(tok):
            return self.lexicon.phrases.get(("step", "down"))  # "would not stand for another term"
        if lemma in {"bear", "hold"} and any(
            o.lemma_.lower() == "grudge" and any(d.lower_ == "no" for d in o.children) for o in objects
        ):
            return Trigger("SUPPORT", None, "056", ("diplomatic",))  # "bore no grudge against the rebels"
        if lemma in {"speak", "stand"} and "up" in particles and "for" in particles:
            return Trigger("SUPPORT", None, "052", ("diplomatic",))  # "spoke up for the Syrian government"
        # ("could resort to nuclear weapons if …": the weapons are the object of "to")
        used = (
            objects
            if lemma != "resort"
            else [o for p in tok.children if p.lower_ == "to" for o in p.children]
        )
        if lemma in {"use", "employ", "resort"} and any(
            counted(o).lemma_.lower() in {"weapon", "arm", "bomb"}
            and any(a.lower_ in {"nuclear", "chemical", "biological", "atomic"} for a in o.children)
            for o in used
        ):
            return Trigger("ASSAULT", "cbrn", "204", ("military",))  # "would use nuclear weapons against …"
        if lemma in {"hand", "give", "send"} and back and objects and not objs & SENT_BACK_PEOPLE:
            # "handed a detained cargo ship and its load back to Damascus": property returned (CAMEO 0842)
            return Trigger("RETREAT", "return", "0842", ("legal",))
        departures = [  # ("the departure of UN peacekeepers was ordered", "ordered the withdrawal of …")
            p
            for c in tok.children
            if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"departure", "exit", "withdrawal"}
            for p in of_objects(c)
        ]
        if lemma == "order" and (
            any(g.lower_ == "out" for o in objects for g in o.children if g.dep_ == "prep")
            or any(p.lemma_.lower() in SENT_AWAY_PEOPLE for p in departures)
        ):
            return self.lexicon.phrases.get(("order", "out"))  # "order the UN mission out of the zone"
        if lemma == "hold" and objects and _as_shields(tok):
            return Trigger("ASSAULT", "abduct", "184", ("human_security",))  # "holding civilians as a buffer"
        if lemma in {"give", "grant"} and objs & CONSENT_NOUNS and _protest_allowed(tok):
            # "gave the opposition permission to march through Algiers": dissent allowed (CAMEO 082)
            return Trigger("CONCEDE", None, "082", ("democracy",))
        if lemma == "take" and any(
            p.lower_ == "off" and any(o.lower_ == "air" for o in p.children) for p in tok.children
        ):
            return Trigger("COERCE", "restrict", "1721", ("rights_freedoms",))
        if lemma in {"send", "release"} and "home" in particles and objs & DEMOBILISED:
            return Trigger("RETREAT", "disarm", "0873", ("military",))  # "sending home 200,000 conscripts"
        sent_back = lemma in {"send", "ship", "fly", "bus", "truck", "return"} and particles & {
            "back",
            "home",
        }
        # ("1,400 migrants were flown back by Saudi authorities": the passive's subject is sent)
        passive_sent = {counted(c).lemma_.lower() for c in tok.children if c.dep_ == "nsubjpass"}
        if sent_back and (objs | passive_sent) & SENT_BACK_PEOPLE:
            return Trigger("COERCE", "deport", "174", ("legal",))
        if lemma in {"lift", "ease", "relax", "remove", "scrap"} and any(
            counted(o).lemma_.lower()
            in {"curb", "restriction", "ban", "limit", "barrier", "control", "freeze"}
            and any(
                t.lemma_.lower() in EMBARGOED_TRADE
                # ("on imports" on the curbs, or on the verb as the parser may hang it)
                for p in (*o.children, *tok.children)
                if p.lower_ == "on"
                for t in p.children
            )
            for o in objects
        ):
            return Trigger("RETREAT", "ease", "085", ("economic",))  # "lifted its curbs on imports of salmon"
        if lemma == "put" and objects and _onto_a_flight_out(tok):
            # "put three activists on a flight back to Moscow", "put two priests on a plane to Guatemala"
            return Trigger("COERCE", "deport", "174", ("legal",))
        objs |= {
            o.lemma_.lower() for g in objects for o in of_objects(g)
        }  # ("the first batch of helicopters")
        if lemma in {"hand", "turn"} and "over" in particles and any(t.lower_ == "to" for t in tok.subtree):
            # ("two surveillance aircraft were handed over to the air force": the passive's subject)
            handed = [*objects, *(c for c in tok.children if c.dep_ == "nsubjpass")]
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in handed for c in o.children)
            if (objs | {counted(o).lemma_.lower() for o in handed}) & HANDED_EQUIPMENT and not own:
                return Trigger("AID", "military", "072", ("military",))
        # ("allowed 350 peacekeepers to deploy": the complement's subject; "let Arab League monitors
        # into Homs": a noun the parser made the complement)
        admitted = [
            *objects,
            *(c for c in tok.children if c.dep_ == "nsubjpass"),  # ("a UN convoy was let into Madaya")
            *(g for c in tok.children if c.dep_ in COMPLEMENT_DEPS for g in c.children if g.dep_ == "nsubj"),
            *(c for c in tok.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ == "NOUN"),
        ]
        passed = [  # ("allowed the passage of relief convoys": what the passage is of)
            p for o in objects if o.lemma_.lower() in PASSAGE_NOUNS for p in of_objects(o)
        ]
        granted = [o for o in objects if o.lemma_.lower() in CONSENT_NOUNS]
        if lemma == "give" and granted:
            # "gave the go-ahead for WFP relief flights to land", "gave permission for the passage of relief
            # convoys": what is permitted, as with "allowed"
            permitted = [
                f
                for holder in (tok, *granted)
                for p in holder.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for f in p.children
                if f.dep_ == "pobj"
            ]
            permitted += [g for f in permitted if f.lemma_.lower() in PASSAGE_NOUNS for g in of_objects(f)]
            if self._relief_among(permitted):
                return Trigger("RETREAT", "access", "0863", ("human_security",))
        if lemma in {"let", "allow", "permit"} and self._relief_among([*objects, *passed]):
            # "allowed the passage of relief convoys into Tigray": humanitarian access (0863)
            return Trigger("RETREAT", "access", "0863", ("human_security",))
        admitted_words = [  # (also "a UN peacekeeping force": the words before the noun)
            w
            for o in admitted
            for w in (o, *o.lefts, *of_objects(o), *(t for p in of_objects(o) for t in p.lefts))
        ]
        if lemma in {"accept", "admit", "welcome", "let", "allow", "permit", "receive", "host"} and any(
            w.lemma_.lower() in ADMITTED_PRESENCES or "peacekeep" in w.lower_ for w in admitted_words
        ):
            if any(w.lemma_.lower() in INSPECTOR_WORDS for w in admitted_words):
                return Trigger("RETREAT", "access", "0862", ("diplomatic",))  # "allowed UN inspectors to …"
            return Trigger("RETREAT", "access", "0861", ("peacekeeping",))
        outsiders = [o for o in admitted if o.pos_ == "PROPN" or counted(o).lemma_.lower() in OUTSIDER_WORDS]
        if lemma in {"let", "allow", "permit"} and outsiders and _to_look_in(tok):
            # "let the Red Cross begin visiting political prisoners": outsiders let in to see (CAMEO 086);
            # experts or inspectors let in to inspect are inspectors received (0862)
            words = {w.lemma_.lower() for o in outsiders for w in o.subtree}
            inspecting = words & INSPECTOR_WORDS or _to_look_in(tok, frozenset({"inspect", "monitor"}))
            return Trigger("RETREAT", "access", "0862" if inspecting else "086", ("diplomatic",))
        if lemma in {"admit", "let"} and any(o.lemma_.lower() in {"team", "mission"} for o in admitted):
            # "admitted a team from the International Labour Organisation to investigate"
            return Trigger("RETREAT", "access", "0861", ("peacekeeping",))
        moving_in = [
            g
            for c in tok.children
            if c.dep_ in COMPLEMENT_DEPS and c.lemma_.lower() in ENTERING_VERBS
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        if lemma in {"fly", "airlift", "truck", "ferry"} and self._relief_among(objects):
            return Trigger("AID", None, "073", ("human_security",))  # "flew 40 tonnes of biscuits into Goma"
        # ("allowed the Red Cross to take a convoy of food and medicine into the enclave": what is brought)
        moving_in += [
            o
            for c in tok.children
            if c.dep_ in COMPLEMENT_DEPS
            and c.lemma_.lower() in {"take", "bring", "deliver", "truck", "fly", "ship"}
            for o in c.children
            if o.dep_ == "dobj"
            for o in (o, *of_objects(o))
        ]
        if lemma == "clear" and self._relief_among([*objects, *moving_in]):
            # "Khartoum cleared the first U.N. relief flights to land": humanitarian access (0863)
            return Trigger("RETREAT", "access", "0863", ("human_security",))
        if lemma in {"let", "allow", "permit"} and self._relief_among(moving_in):
            # "allowed 200 trucks of food and medicine to enter Gaza": humanitarian access (0863)
            return Trigger("RETREAT", "access", "0863", ("human_security",))
        driven = lemma in {"drive", "chase", "force", "push", "uproot"} and particles & {
            "out",
            "from",
            "across",
            "into",
        }
        # ("drove thousands of ethnic Albanians from their villages": the people counted; "thousands of
        # black Mauritanians were driven across the river": the passive's subject)
        driven_people = [counted(o) for o in (*objects, *(c for c in tok.children if c.dep_ == "nsubjpass"))]
        peoples = any(
            (o.tag_ in {"NNPS", "NNS"} and (o.tag_ == "NNPS" or o.text[:1].isupper()))
            or any(c.lower_ == "ethnic" for c in o.children)
            for o in driven_people
        )
        if driven and ({o.lemma_.lower() for o in driven_people} & DRIVEN_OUT_PEOPLE or peoples):
            return Trigger("ASSAULT", "cleansing", "201", ("religion_ethnicity",))
        if driven and any(o.lemma_.lower() in ARMED_WORDS for o in driven_people):
            # "drove Islamic Courts fighters out of several towns": fighting (CAMEO 190)
            return Trigger("ASSAULT", None, "190", ("military",))
        if (
            lemma == "take"
            and "in" in particles
            and any("peacekeep" in t.lower_ for o in objects for t in o.subtree)
        ):
            return Trigger(
                "RETREAT", "access", "0861", ("peacekeeping",)
            )  # "took in a battalion of peacekeepers"
        if (
            lemma == "open"
            and objects
            and any(
                counted(o).lemma_.lower() in {"observer", "monitor", "inspector"}
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children
            )
        ):
            return Trigger("RETREAT", "access", "0862", ("diplomatic",))  # "opened the election to observers"
        if (
            lemma == "put"
            and any(counted(o).lemma_.lower() in ARMED_WORDS | POLICE_WORDS for o in objects)
            and any(
                p.lower_ == "on"
                and any(o.lemma_.lower() == "street" for o in p.children)  # ("on alert": the noun's)
                for p in tok.children
            )
        ):
            return Trigger(
                "MOBILIZE", "troops", "150", ("military",)
            )  # "will put 20,000 police on the streets"
        if lemma in {"seize", "grab"} and _taken_by_gunmen(tok):
            return Trigger("ASSAULT", "abduct", "181", ())  # "two aid workers were seized by gunmen"
        if (
            lemma == "take"
            and "in" in particles
            and any(o.lemma_.lower() in TAKEN_IN_PEOPLE for o in (*map(counted, objects), *_as_objects(tok)))
        ):
            return Trigger("AID", None, "075", ("human_security",))  # "took in 2,000 refugees" (asylum)
        if lemma == "put" and objects and _on_hold(tok):
            # "put its peace-brokering role on hold", "put the talks on hold": halted (CAMEO 16x)
            words = {t.lemma_.lower() for o in objects for t in o.subtree}
            if words & {"mediation", "broker", "brokering", "facilitation", "mediator"}:
                return Trigger("SANCTION", "withdraw", "165", ("diplomatic",))
            if words & {"talk", "negotiation", "dialogue"}:
                return Trigger("SANCTION", "withdraw", "164", ("diplomatic",))
            if words & {"aid", "assistance", "funding", "loan", "support"}:
                return Trigger("SANCTION", "discontinue", "162", ("economic",))
            if words & {"tie", "relation", "cooperation"}:
                return Trigger("SANCTION", "withdraw", "161", ("diplomatic",))
        if (
            lemma == "pay"
            and any(
                o.lemma_.lower() == "price"
                and any(a.lower_ in {"heavy", "high", "dear", "steep"} for a in o.children)
                for o in objects
            )
            and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children)
        ):
            return Trigger("THREATEN", None, "130", ())  # "Washington would pay a heavy price if …"
        if lemma == "declare" and {"persona", "grata"} <= {t.lower_ for t in tok.subtree}:
            return Trigger(
                "SANCTION", "expel", "166", ("diplomatic",)
            )  # "declared the attaché persona non grata"
        expelling = lemma in {"deport", "expel"} or (lemma == "round" and "up" in particles)
        if expelling and any(_in_thousands(o) for o in objects):
            # "rounded up and deported more than 2,000 Cameroonian migrants": a mass expulsion (CAMEO
            # 201), not the expulsion of individuals (174)
            return Trigger("ASSAULT", "cleansing", "201", ("human_security",))
        return None

    def _verb_by_arguments(self, tok: Token, lemma: str) -> Trigger | None:
        """Verbs that are events only by what they take: "took to the streets" (a protest), troops
        that gather or leave (a deployment, a withdrawal), intelligence handed over (cooperation),
        relief supplies handed over (aid), an act done "jointly" or a joint body set up (cooperation)."""
        if (
            lemma in {"order", "dispatch"}
            and any(
                counted(c).lemma_.lower() in ARMED_WORDS | NAVAL_WORDS
                for c in tok.children
                if c.dep_ == "dobj"
            )
            and any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in tok.children)
        ):
            return Trigger(
                "MOBILIZE", "troops", "154", ("military",)
            )  # "ordered the aircraft carrier to the Gulf"
        if lemma == "receive" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            got = [c for c in tok.children if c.dep_ == "dobj"]
            if self._relief_among([*got, *(o for g in got for o in of_objects(g))]):
                return Trigger("AID", None, "070", ())  # "received 15,000 tonnes of grain from the EC"
        if lemma in {"agree", "accede", "consent", "bow", "yield"} and any(
            o.dep_ == "pobj" and o.lemma_.lower() in DEMAND_NOUNS
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
        ):
            return Trigger("CONCEDE", None, "083", ())  # "agreed to the main demands of striking miners"
        if lemma in {"accept", "meet", "grant", "satisfy"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS and not market_demand(c)
            for c in tok.children
        ):
            return Trigger("CONCEDE", None, "083", ())  # "met the strikers' demands" (not "met demand")
        if lemma == "leave" and any(
            c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lemma_.lower() in LEFT_IN_A_STATE
            for c in (*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children))
        ):
            return None  # "clashed, leaving eight people dead": a toll, not a withdrawal
        lex = self.lexicon
        complements = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS and _bidden(c)]
        for comp in [*complements, *(j for c in complements for j in c.conjuncts)]:  # ("pack up and leave")
            sent_away = lex.phrases.get((lemma, comp.lemma_.lower()))
            who = child_with(tok, {"dobj"}) or child_with(comp, {"nsubj"})
            own = who is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in who.children)
            if sent_away is not None and sent_away.mode == "expel" and not own and not _things_moved(comp):
                return sent_away  # "ordered French troops to leave": sent away (but "its troops": recalled)
        by_particle = self._by_particle_or_object(tok, lemma)
        if by_particle is not None:
            return by_particle
        if lemma in {"use", "deploy", "spray", "turn"} and any(
            repression_means(c) for c in tok.children if c.dep_ == "dobj"
        ):
            # "the coast guard used water cannon against a supply boat", "police used tear gas on
            # protesters": CAMEO's violent repression (175)
            return Trigger("ASSAULT", None, "175", ("pro_autocracy",))
        if (
            lemma in {"lay", "put"}
            and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in tok.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in {"arm", "weapon", "gun"} for c in tok.children)
        ):
            return Trigger("RETREAT", "disarm", "0873", ("military",))  # "the rebels laid down their arms"
        if lemma in {"extend", "renew", "prolong"} and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in {"mandate", "mission"}
            and any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in c.subtree)
            for c in tok.children
        ):
            # "the Security Council extended the mandate of its peacekeeping mission in Mali"
            return Trigger("AID", None, "074", ("peacekeeping",))
        if (
            lemma == "arrive"
            and (arrived := subject_of(tok)) is not None
            and _peacekeepers(arrived)
            and not self.is_event_noun(arrived)  # ("the first deployment of … arrived": that is the event)
        ):
            # "Kenyan peacekeepers arrived in Haiti": peacekeeping provided (CAMEO 074), to the host
            return Trigger("AID", None, "074", ("peacekeeping",))
        if lemma in APPROVING_VERBS:
            # "the IMF approved a $3 billion loan", "approved 500 million dollars in aid": a lender's or
            # donor's approval is the aid given
            for taken in (c for c in tok.children if c.dep_ == "dobj"):
                in_aid = [o for h in (taken, tok) for p in h.children if p.lower_ == "in" for o in p.children]
                named = [c for c in taken.children if c.dep_ == "compound"]  # "an aid package"
                for word in (taken, *named, *in_aid):
                    aid = lex.single.get((word.lemma_.lower(), "NOUN"))
                    if aid is not None and aid.event == "AID":
                        return aid
        if lemma == "take" and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "street" for o in p.children)
            for p in tok.children
        ):
            return Trigger("PROTEST", "demo", "141", ())  # "took to the streets"
        if lemma in {"fill", "pack", "flood", "throng", "jam"} and any(
            o.dep_ == "dobj" and o.lemma_.lower() in {"street", "square"} for o in tok.children
        ):
            # "protesters filled the streets of Kathmandu": a crowd on the streets demonstrates
            subject = subject_of(tok)
            crowd = subject is not None and counted(subject).lemma_.lower() in PROTESTER_WORDS | CROWD_WORDS
            if crowd:
                return Trigger("PROTEST", "demo", "141", ())
        jointly = any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in tok.children)
        if lemma == "work" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in tok.children):
            return Trigger("COOPERATE", None, "060", ())  # "have been working together on a plan"
        gathers, leaves = lemma in GATHER_VERBS | {"concentrate"}, lemma in {"leave", "quit", "vacate"}
        if lemma in FORCE_MOVEMENT_VERBS and not any(c.lower_ in MOTION_PARTICLES for c in tok.children):
            subj = subject_of(tok)
            moved = [
                counted(t) for t in (subj, *(c for c in tok.children if c.dep_ == "dobj")) if t is not None
            ]
            if any(t.lemma_.lower() in ARMED_WORDS | POLICE_WORDS for t in moved):
                # "soldiers poured into the hills", "rushed thousands of troops to the frontier"
                return Trigger("MOBILIZE", "troops", "154", ("military",))
        if weapons_test(tok):
            return Trigger("MOBILIZE", None, "150", ("military",))  # "test-fired a missile": a show of force
        if lemma in NAMING_VERBS:
            named_as = [
                g
                for c in tok.children
                if c.dep_ in {"oprd", "dobj", "xcomp", "attr", "prep", "ccomp"}
                for g in c.subtree
            ]
            if any(g.lemma_.lower() in ACCUSED_AS and g.tag_ not in {"VBN", "VBD"} for g in named_as):
                # "named the speaker a suspect", "designated the group a terrorist organisation"
                return Trigger("ACCUSE", "allege", "112", ("legal",))
            if any(
                g.lemma_.lower() == "target" and any(a.lower_ == "military" for a in g.children)
                for g in named_as
            ):
                return Trigger("THREATEN", None, "138", ("military",))  # "declared mayors military targets"
        if lemma in {"recall", "call", "summon", "activate"} and any(
            counted(o).lemma_.lower() in {"reservist", "reserve", "conscript"}
            for o in tok.children
            if o.dep_ == "dobj"
        ):
            return Trigger("MOBILIZE", "troops", "152", ("military",))  # "recalled 5,000 reservists to duty"
        if lemma == "take" and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() in COURT_WORDS for o in p.children)
            for p in tok.children
        ):
            return Trigger("ACCUSE", None, "115", ("legal",))  # "took Nicaragua to the World Court"
        verdict_words = {"guilty", "liable"}
        if lemma == "find" and any(
            c.lower_ in verdict_words
            # ("found a former police commander guilty of war crimes": the parser hangs it on the object)
            or (
                c.dep_ == "dobj"
                and any(g.dep_ == "amod" and g.lower_ in verdict_words and g.i > c.i for g in c.children)
            )
            for c in tok.children
        ):
            return Trigger("ACCUSE", "disapprove", "116", ("legal",))  # "was found guilty of …"
        not_ruled_out = rules_out_verb(tok) and any(c.dep_ == "neg" for c in tok.children)
        if not_ruled_out and any(self._hostile_act(o) for o in options(tok)):
            return Trigger("THREATEN", None, "130", ())  # "did not rule out a military strike"
        if lemma in {"refuse", "decline"} and any(
            c.dep_ == "xcomp" and rules_out_verb(c) and any(self._hostile_act(o) for o in options(c))
            for c in tok.children
        ):
            return Trigger("THREATEN", None, "130", ())  # "refused to exclude sending troops"
        if lemma in {"receive", "welcome"} and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in DIGNITARY_WORDS)
            for c in tok.children
        ):
            return Trigger("CONSULT", "visit", "043", ())  # "the Pope received President Milei": a host
        if lemma in {"put", "place", "keep"} and any(
            c.lower_ in READINESS_STATES and c.i > 0 and tok.doc[c.i - 1].lower_ == "on"
            for c in tok.subtree
            if c.head.i in {tok.i, *(p.i for p in tok.children if p.lower_ == "on")}
        ):
            return Trigger("MOBILIZE", "troops", "154", ("military",))  # "put its troops on standby"
        if (
            lemma == "hand"
            and not any(c.dep_ == "prt" for c in tok.children)  # "handed out", "handed over": phrases
            and (obj := child_with(tok, {"dobj"})) is not None
            and obj.lemma_ not in SENT_WORDS
            and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in tok.children)
        ):
            return Trigger("RETREAT", "return", "0842", ())  # "handed the suspects to …", as "handed over"
        if lemma in {"help", "assist"} and any(
            c.dep_ in {"ccomp", "xcomp"}
            and c.pos_ == "VERB"
            and child_with(c, {"nsubj"}) is not None
            and (inner := self.at(c, set())) is not None
            and inner.event in {"COERCE", "ACCUSE", "ASSAULT"}
            for c in tok.children
        ):
            return Trigger("COOPERATE", None, "060", ("security",))  # "helped Paris track down a suspect"
        if (
            lemma in {"hold", "keep"}
            and (held := child_with(tok, {"dobj"})) is not None
            and (held.ent_type_ == "PERSON" or held.lemma_.lower() in DETAINED_WORDS)
            and not any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} for c in tok.children)
        ):
            return Trigger("COERCE", "arrest", "173", ("legal",))  # "has held the bishop since February"
        if lemma == "give" and is_ultimatum(tok):
            faced = any(
                t.lemma_.lower() == "face" for t in tok.subtree
            )  # ("to leave … or face death": a threat)
            if any(t.lemma_.lower() in {"leave", "quit", "depart"} for t in tok.subtree) and not faced:
                return Trigger(
                    "SANCTION", "expel", "166", ("diplomatic",)
                )  # "gave three diplomats 48 hours to leave"
            return Trigger("THREATEN", None, "139", ())  # "gave the rebels 48 hours to lay down their arms"
        if lemma in {"press", "push", "pressure", "pressurise", "pressurize"} and any(
            c.dep_ == "xcomp" for c in tok.children
        ):
            return Trigger("REQUEST", None, "100", ())  # "Rwanda was pressed by Washington to stop …"
        if lemma == "want" and any(
            c.dep_ == "ccomp" and (subj := child_with(c, {"nsubj"})) is not None and subj.pos_ != "PRON"
            for c in tok.children
        ):
            return Trigger("REQUEST", None, "100", ())  # "farmers want the government to cancel the deal"
        hands, establishes = lex.is_cue("hand", lemma), lex.is_cue("establish", lemma)
        if not (jointly or gathers or leaves or hands or establishes):
            return None  # most verbs: no need to look at their arguments
        objects = objects_taken(tok)
        if gathers or leaves:
            subj = subject_of(tok)
            if subj is not None and subj.lemma_.lower() in ARMED_WORDS:
                if gathers:
                    return Trigger("MOBILIZE", "troops", "150", ("military",))  # "troops are gathering …"
                if objects:
                    return Trigger("RETREAT", "withdraw", "0872", ("military",))  # "troops will leave X"
        if hands and any(lex.is_cue("information", o.lemma_) for o in objects):
            return Trigger("COOPERATE", None, "064", ())  # "provided Thai police with the fingerprints"
        if hands and self._relief_among(objects_taken(tok, conjuncts=True)):
            return Trigger("AID", None, "070", ())  # "handed over relief supplies", "flew in tents"
        if jointly:
            return Trigger("COOPERATE", None, "060", ())  # "will jointly build a rail tunnel"
        if establishes and any(
            c.dep_ == "amod" and c.lower_ == "joint" for o in objects for c in o.subtree if c.i < o.i
        ):
            return Trigger(
                "COOPERATE", None, "060", ()
            )  # "created a joint army brigade", "began joint gas …"
        return None

    def _relief_among(self, objects: Iterable[Token]) -> bool:
        """True when what is handed over is relief or aid: "tents", "40,000 tonnes of diesel"."""
        lex = self.lexicon
        for o in objects:
            # ("$50 million in emergency aid", "tonnes of relief supplies": what the amount is of)
            amount = o.like_num or o.tag_ == "$" or any(c.dep_ in {"nummod", "quantmod"} for c in o.children)
            measured = [
                g
                for p in o.children
                if amount and p.lower_ in {"in", "of"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
            for t in (o, *(c for c in o.children if c.dep_ == "compound"), *measured):
                lemma = t.lemma_.lower()
                trig = lex.single.get((lemma, "NOUN"))
                if lex.is_cue("relief", lemma) or (trig is not None and trig.event == "AID"):
                    return True
        return False

    def _hostile_act(self, tok: Token) -> bool:
        """A noun of a hostile act, or a gerund that names one ("sending troops", "striking the base")."""
        if tok.pos_ != "VERB":
            return self.hostile_noun(tok)
        lex, lemma = self.lexicon, tok.lemma_.lower()
        found = [lex.single.get((lemma, "VERB"))]
        found += [lex.phrases.get((lemma, o.lemma_.lower())) for o in tok.children if o.dep_ == "dobj"]
        return any(t is not None and t.event in HOSTILE for t in found)

    def hostile_noun(self, noun: Token) -> bool:
        """A noun that names a hostile act ("a military strike", "the use of force", "sanctions")."""
        words = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
        for word in words:
            trig = self.lexicon.single.get((word.lemma_.lower(), "NOUN"))
            if (trig is not None and trig.event in HOSTILE) or word.lemma_.lower() in {"force", "war"}:
                return True
            if word.lemma_.lower() == "strike" and any(c.lower_ == "military" for c in word.children):
                return True
        return False

    def forbidden(self, tok: Token) -> bool:
        """True for an event noun that a ban takes: "banned protests", "a ban on rallies"."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        if tok.dep_ in {"dobj", "nsubjpass"}:
            governor = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in {"on", "against"}:
            governor = tok.head.head
            # "lifted the ban on opposition rallies" (the parser hangs "on" on the verb)
            banned = [c for c in governor.children if c.dep_ == "dobj"] if governor.pos_ == "VERB" else []
            if any(self.lexicon.is_cue("forbid", c.lemma_.lower()) for c in banned):
                return True
        else:
            return False
        return self.lexicon.is_cue("forbid", governor.lemma_.lower())

    def coercion_without_agent(self, clause: Token, subj: Token) -> bool:
        """A clause of force or restriction that names no one doing it ("that a curfew would be
        imposed", "that their shops would be closed"): the speaker's own threat."""
        if any(c.dep_ == "agent" for c in clause.children):
            return False
        forceful = {"COERCE", "SANCTION", "ASSAULT"}
        done = self.at(clause, set()) if subj.dep_ == "nsubjpass" else None
        named = self.at(subj, set()) if subj.pos_ == "NOUN" else None
        if named is None and subj.pos_ == "NOUN":
            # "the city would be placed under curfew": the force is in the clause's prepositions
            named = next(
                (
                    found
                    for p in clause.children
                    if p.dep_ == "prep"
                    for o in p.children
                    if o.dep_ == "pobj" and (found := self.at(o, set())) is not None
                ),
                None,
            )
        return (done is not None and done.event in forceful) or (
            named is not None and named.event in forceful
        )

    def told_of_the_undone(self, tok: Token) -> bool:
        """A participle that describes what a verb ends or eases ("the curfew imposed on the town was
        lifted", "lifted the emergency declared in May"): background to the easing, no event now."""
        if tok.tag_ != "VBN" or tok.dep_ != "acl":
            return False
        thing = tok.head
        while thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head  # ("the state of emergency imposed on Vlora")
        verb = thing.head
        return (
            thing.dep_ in {"dobj", "nsubjpass"}
            and verb.pos_ == "VERB"
            and self.lexicon.is_cue("undo", verb.lemma_)
            and self.at(thing, set()) is not None
        )

    def undone(self, tok: Token, trig: Trigger) -> tuple[Token, Trigger | None] | None:
        """An event noun that a verb ends or eases ("lifted its ban", "the talks were halted", "ending a
        nine-year deployment") did not happen then: the verb's act is the event, coded by what it ends.
        RETURNS: (the verb, its trigger, or None for no event), or None when `tok` is not so taken."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        tok = phrase_head(tok)  # ("halted artillery fire on Kurdish positions": the phrase's last word)
        stopped = UNDOING_NOUNS | (CALLING_OFF_NOUNS if trig.event == "PROTEST" else frozenset())
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in stopped:
            verb = tok.head.head  # "the lifting of UN sanctions on Eritrea": the lifting is the event
        elif (
            trig.event == "AID"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in {"on", "of"}
            and tok.head.head.lemma_.lower() in HALTING_NOUNS
        ):
            verb = tok.head.head  # "a freeze on Danish aid to Zimbabwe": aid stopped, not given
        elif (
            trig.event == "CONSULT"
            and tok.dep_ == "nsubj"
            and tok.head.pos_ == "VERB"
            and (
                tok.head.lemma_.lower() in {"collapse", "founder"}
                or (tok.head.lemma_.lower() == "break" and any(c.lower_ == "down" for c in tok.head.children))
            )
        ):
            verb = tok.head  # "talks between Sudan and South Sudan collapsed": negotiations halted (164)
        elif tok.dep_ in {"dobj", "nsubjpass"}:
            verb = tok.head
            broken_off = verb.lemma_.lower() == "break" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
            )  # "broke off talks with the EU"
            if verb.pos_ != "VERB" or not (self.lexicon.is_cue("undo", verb.lemma_) or broken_off):
                return None
        else:
            return None
        if trig.event == "CONSULT" and verb.lemma_.lower() in {"end", "conclude", "close"}:
            return None  # "ministers ended a three-day meeting": it was held, not broken off
        if trig.event == "PROTEST" and self.calls_off_a_protest(verb):
            return verb, None  # "suspended their sit-in": the verb, read on its own, is the event
        if trig.event == "PROTEST" and verb.pos_ == "NOUN" and verb.lemma_.lower() in CALLING_OFF_NOUNS:
            # "the suspension of a three-month sit-in was announced by opposition leaders": dissent eased
            return verb, Trigger("CONCEDE", None, "082", ("democracy",))
        undone = UNDONE.get(trig.event)
        if trig.event == "COERCE" and (trig.cameo == "163" or on_trade_or_state(tok)):
            # Easing an embargo or restrictions on a country or its trade eases a sanction (CAMEO 085);
            # easing a ban on rallies, a curfew or an emergency is a concession (081, as the GSR codes it).
            undone = UNDONE["SANCTION"]
        if undone is not None:
            event, mode, cameo, context = undone
            return verb, Trigger(event, mode, cameo, (context,) if context else ())
        return verb, self.lexicon.single.get((verb.lemma_.lower(), "VERB"))

    def hyphenated(self, tok: Token) -> Trigger | None:
        """The trigger of a hyphenated noun that the tokenizer split and that `tok` ends: "sit-in",
        "cease-fire" (also looked up written solid: "ceasefire"), "call-ups"."""
        if tok.i < 2:
            return None
        doc = tok.doc
        hyphen, first = doc[tok.i - 1], doc[tok.i - 2]
        if hyphen.text not in ("-", "–") or hyphen.whitespace_ or first.whitespace_:
            return None
        single = self.lexicon.single
        for last in dict.fromkeys((tok.lower_, tok.lemma_.lower())):
            for joined in (f"{first.lower_}-{last}", f"{first.lower_}{last}"):
                trig = single.get((joined, "NOUN"))
                if trig is not None:
                    return trig
        return None

    def _strike_sense(self, tok: Token) -> Trigger | None:
        """'Drones struck a refinery', 'missiles hit a power station', 'rebels struck the base': an
        attack (aerial when a weapon from the air strikes). Workers who strike protest, a market hit by
        inflation is no event, and 'struck a deal' is an agreement (a phrase in the lexicon): None."""
        subj = subject_of(tok)
        subject = subj.lemma_.lower() if subj is not None else ""
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((a for c in tok.children if c.dep_ == "agent" for a in c.children), None)
            subject = agent.lemma_.lower() if agent is not None else ""
        lex = self.lexicon
        if subject == "strike" and subj is not None and not self._military_strike(subj):
            return None  # "the strike by dockers hit exports"
        if subject in AIR_WEAPONS:
            return lex.single.get(("bomb", "VERB"))
        if subject in GROUND_WEAPONS or subject in ARMED_WORDS:
            return lex.single.get(("attack", "VERB"))
        if (
            tok.lemma_.lower() == "strike"
            and subj is not None
            and subj.dep_ == "nsubj"
            and child_with(tok, {"dobj"})
        ):
            return lex.single.get(("attack", "VERB"))  # "rebels struck the convoy"
        return None

    def _military_strike(self, noun: Token) -> bool:
        """A strike that kills or is made on a place is an attack from the air ('Predator strikes
        killed 12 militants', 'strikes on Gaza'), not a walk-out ('a general strike', 'a strike over
        pay')."""
        if any(p.dep_ == "prep" and p.lower_ in {"by", "over", "at", "for"} for p in noun.children):
            return False  # "a strike by dockers", "a strike over pay", "a strike at the plant"
        if any(t.lower_ in MILITARY_STRIKE_WORDS for t in noun.lefts for t in t.subtree):
            return True  # "a pre-emptive nuclear strike", "a retaliatory strike"
        if any(
            p.dep_ == "prep"
            and p.lower_ == "on"
            and any(o.lemma_.lower() in MILITARY_TARGETS for o in p.children)
            for p in noun.children
        ):
            return True  # "a strike on Hezbollah positions"
        blow = self.lexicon.cues.get("blow", {})
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in blow:
            return True
        if any(  # the small parser's headline reading: "Predator strikes [ROOT] killed [acl] 12"
            misread_finite(c) and c.lemma_.lower() in blow for c in noun.children
        ):
            return True
        return any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.i in self.place_heads for o in p.children)
            for p in noun.children
        )

    def _dictionary_trigger(self, tok: Token) -> Trigger | None:
        """A verb in the CAMEO dictionaries: its pattern-chosen code, when that code is a PLOVER event."""
        assert self.cameo is not None
        sent = tok.sent
        before = [t.lower_ for t in sent if t.i < tok.i]
        after = [t.lower_ for t in sent if t.i > tok.i]
        for form in (tok.lower_, tok.lemma_.lower()):
            code = self.cameo.verb_code(form, before, after)
            if code is not None:
                category = cameo_dicts.plover_of(code)
                return Trigger(category, None, code, ()) if category else None
        return None

    def phrases_at(self, tok: Token) -> Iterator[tuple[Span, Trigger]]:
        """The multiword triggers whose words start at `tok` ("hunger strike", "car bomb"), as
        (window, trigger)."""
        for words, trig in self.lexicon.phrases_starting(tok.lemma_.lower()):
            window = tok.doc[tok.i : tok.i + len(words)]
            if len(window) == len(words) and tuple(t.lemma_.lower() for t in window) == words:
                yield window, trig

    def _sent_to_investigate(self, verb: Token) -> bool:
        """People (no troops, no aid) sent to investigate: the sending only serves the inquiry."""
        sent = [counted(o) for o in verb.children if o.dep_ == "dobj"]
        if not sent or any(o.lemma_.lower() in ARMED_WORDS or self.at(o, set()) is not None for o in sent):
            return False
        for purpose in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
                continue
            lemma = purpose.lemma_.lower()
            particle = next((c.lower_ for c in purpose.children if c.dep_ in {"prt", "prep"}), "")
            trig = self.lexicon.single.get((lemma, "VERB")) or self.lexicon.phrases.get((lemma, particle))
            if trig is not None and trig.mode == "investigate":
                return True
        return False

    def _act_of_its_own(self, verb: Token) -> bool:
        """Is the act that something is done "in protest" of an event by itself ("recalled its envoy",
        "stayed on strike")? Then "in protest" is its purpose; if not ("dumped lemons on the streets
        in protest"), the protest is the event."""
        verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), verb)
        if verb.pos_ == "VERB" and self.at(verb, set()) is not None:
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ != "in" for o in p.children]
        return any(o.pos_ == "NOUN" and self.is_event_noun(o) for o in objects)

    def is_event_noun(self, tok: Token) -> bool:
        """True for a noun that names an event by itself ("sanctions", "curfew", "hunger strike")."""
        return (tok.lemma_.lower(), "NOUN") in self.lexicon.single or next(
            self.phrases_at(tok), None
        ) is not None

    def absorbed(self, tok: Token, trig: Trigger) -> bool:
        """A noun object of a trigger verb of the same category ("provide assistance") adds nothing, nor
        does the purpose of such a verb ("marched through Paris to protest", "met to discuss the crisis")."""
        letter = tok.head if tok.head.lemma_.lower() != "begin" else tok.head.head  # ("let X begin visiting")
        if (
            tok.dep_ in COMPLEMENT_DEPS
            and letter.lemma_.lower() in {"let", "allow", "permit"}
            and tok.pos_ == "VERB"
        ):
            let_in = self.at(
                letter, set()
            )  # ("allowed UN inspectors to visit the site": the access is the event)
            if let_in is not None and let_in.mode == "access":
                return True
        if tok.dep_ in {"ccomp", "xcomp", "oprd"} and ordered_shut(tok.head) is not None:
            return True  # "ordered three newspapers closed": the order is the closure
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() == "order":
            ordered = self.at(tok.head, set())
            if ordered is not None and ordered.mode == "expel":
                return True  # "ordered the withdrawal of all OSCE monitors": the order expels them
        purpose = (
            tok.pos_ == "VERB"
            and tok.dep_ in {"advcl", "xcomp"}
            and tok.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )
        if purpose:
            other = self.lexicon.single.get((tok.head.lemma_.lower(), "VERB"))
            return other is not None and other.event == trig.event
        if (
            trig.event in {"AGREE", "COOPERATE", "CONSULT"}  # (and "pulled out of mediating the talks")
            and tok.dep_ in {"pobj", "pcomp"}
            and tok.head.lower_ in {"from", "of"}
            # ("pulled out of": the parser hangs "of" on "out")
            and (tok.head.head if tok.head.head.lower_ != "out" else tok.head.head.head).lemma_.lower()
            in {"withdraw", "withdrawal", "pull", "exit", "quit"}
        ):
            return True  # "Russia withdrew from the grain deal": the deal is what is left, not made now
        if tok.pos_ == "NOUN":
            tok = phrase_head(tok)  # ("budget support": the phrase's place is its head's)
        if trig.event == "AID" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "of"}:
            amount = tok.head.head
            if tok.head.lower_ == "in" and amount.lemma_.lower() in APPROVING_VERBS:
                return True  # "approved $500 million in aid"
            if amount.dep_ in {"dobj", "nsubjpass"} and amount.head.pos_ == "VERB":
                # "sent 2,000 tonnes of food aid", "handed over $50 million in aid": the sending is the aid
                sending = self.at(amount.head, set())
                return sending is not None and sending.event == "AID"
            return False
        if (
            trig.event == "PROTEST"
            and tok.pos_ == "VERB"
            and any(
                o.pos_ == "NOUN" and (named := self.at(o, set())) is not None and named.event == trig.event
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in {"during", "in"}
                for o in p.children
                if o.dep_ == "pobj"
            )
        ):
            return True  # "threw stones during demonstrations against X": one protest, told by its noun
        if tok.pos_ == "VERB" and not any(
            c.dep_ in {"agent", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "against", "from"})
            for c in tok.children
        ):
            # "an agreement was reached between A and B", "talks were held": the noun, which holds the
            # parties, is the event; its passive verb adds nothing (but "aid was given to refugees")
            subject = child_with(tok, {"nsubjpass"})
            named = self.at(subject, set()) if subject is not None and subject.pos_ == "NOUN" else None
            return named is not None and named.event == trig.event
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in {"dobj", "attr"}:
            return False
        head = tok.head
        if self.lexicon.is_cue("light-actor", head.lemma_.lower()):
            return False  # "imposed restrictions": the verb is light, the noun is the event
        if (
            trig.mode == "ceasefire"
            and tok.dep_ == "dobj"
            and head.lemma_.lower() in {"violate", "breach", "break"}
        ):
            return True  # "violating the ceasefire": an attack (the verb's phrase), no truce made
        if trig.event == "AID" and head.lemma_.lower() in SEIZING_VERBS:
            return True  # "police seized a shipment of weapons": what is seized, no aid
        if trig.event == "AID" and head.lemma_.lower() in APPROVING_VERBS:
            return True  # "approved a loan": the approval is the aid (see _verb_by_arguments)
        other = self.lexicon.single.get((head.lemma_.lower(), "VERB")) if head.pos_ == "VERB" else None
        if trig.event == "AID" and head.pos_ == "VERB" and (other is None or other.event != "AID"):
            other = self.at(head, set())  # "released aid to Gaza": the release, read with its object, is aid
        return other is not None and other.event == trig.event


def _to_look_in(verb: Token, looking: frozenset[str] = LOOKING_IN_VERBS) -> bool:
    """The verb lets someone in to visit, inspect or monitor: its complement (or the complement's own,
    "begin visiting") is such a verb."""
    comps = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"}]
    comps += [g for c in comps for g in c.children if g.dep_ == "xcomp"]
    return any(c.lemma_.lower() in looking for c in comps)


def ordered_shut(verb: Token) -> Token | None:
    """What an order closes: "newspapers" in "three newspapers were ordered shut", "ordered the
    station closed" (the complement's subject), or None when the verb orders no closure."""
    if verb.lemma_.lower() != "order":
        return None
    closing = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "ccomp", "oprd"} and c.lemma_.lower() in {"shut", "close"}
    ]
    if not closing:
        return None
    shut = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    shut += [c for c in closing[0].children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    return next((c for c in shut if counted(c).lemma_.lower() in CLOSED_BY_ORDER), None)


def _kept_indoors(verb: Token, deps: set[str]) -> bool:
    """The verb's complement keeps people at home: "to stay indoors", "to remain at home" (a curfew)."""
    return any(
        c.dep_ in deps
        and c.lemma_.lower() in {"stay", "remain"}
        and any(a.lower_ in {"indoors", "inside", "home"} for a in c.subtree)
        for c in verb.children
    )


def _peacekeepers(noun: Token) -> bool:
    """'Kenyan peacekeepers', 'a first batch of Bangladeshi peacekeeping troops' (not 'the expert group,
    accompanied by Russian peacekeepers'): the phrase's own words name peacekeepers."""
    heads = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    words = [w for h in heads for w in (h, *(c for c in h.children if c.dep_ in {"amod", "compound"}))]
    return any(w.lower_.startswith("peacekeep") for w in words)


def _an_amount(tok: Token) -> bool:
    """ "5 pct", "2,978", "three points": a quantity, not a thing offered or asked for."""
    return (
        tok.like_num
        or tok.lower_ in {"%", "pct", "percent", "point", "points", "cent", "cents"}
        or any(c.dep_ == "nummod" for c in tok.children)
    )


def _onto_a_flight_out(verb: Token) -> bool:
    """ "put X on a flight back to Moscow": a carrier taking X away to somewhere named."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and o.lemma_.lower() in {"flight", "plane", "aircraft", "bus", "boat", "ship", "ferry"}
        and any(t.lower_ in {"to", "back", "home"} for t in o.subtree)
        for p in verb.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def _by_line(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.lemma_.lower() in LINES for o in prep.children)


def _misparsed_subject(verb: Token) -> Token | None:
    """ "… after a fire at a shopping centre killed eight people": the parser takes the fire for the
    object of "after" and leaves the verb without a subject. The noun that "after" (or "following",
    "when") takes, in the phrase that ends right before the verb, is its subject."""
    tok = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while tok is not None and tok.head.i < verb.i and tok.head.i != tok.i and tok.pos_ != "VERB":
        if tok.dep_ == "pobj" and tok.head.lower_ in {"after", "following", "when"}:
            return tok
        tok = tok.head
    return None


def _handed_in(verb: Token) -> list[Token]:
    """What "handed in" or "turned over" takes, however the parser hangs "in" ("handed in their weapons"
    may come out as "handed [in their weapons]")."""
    return [
        o
        for c in verb.children
        if c.lower_ in {"in", "over"} and c.dep_ in {"prt", "prep"}
        for o in (*c.children, *(verb.children if c.dep_ == "prt" else ()))
        if o.dep_ in {"dobj", "pobj"}
    ]


def _bidden(complement: Token) -> bool:
    """A complement the verb bids ("told them to leave", "ordered the troops out"), not a statement of
    its own ("told journalists Russia would not withdraw": finite, or with a modal)."""
    return complement.tag_ not in {"VBD", "VBZ", "VBP"} and not any(
        a.dep_ == "aux" and a.tag_ == "MD" for a in complement.children
    )


def _in_thousands(noun: Token) -> bool:
    """'more than 2,000 migrants', 'some 5,000 Rwandans', 'thousands of farmers': counted in thousands."""
    if noun.lemma_.lower() in {"thousand", "thousands"}:
        return True  # ("tens of thousands of herders": the count heads the phrase)
    for number in (c for c in noun.children if c.dep_ == "nummod"):
        if number.lower_ in {"thousand", "thousands"}:
            return True
        digits = number.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 1000:
            return True
    return any(
        o.lemma_.lower() in {"thousand", "thousands"}
        for p in noun.children
        if p.lower_ == "of"
        for o in p.children
    )


def _returned_property(noun: Token) -> bool:
    """ "the return of the dismantled EP-3 plane to the United States": a thing given back to someone (not
    "the return of refugees", people going home)."""
    things = [o for o in of_objects(noun) if o.pos_ == "NOUN" and o.lemma_.lower() in RETURNED_THINGS]
    # ("to the United States" may hang on the thing returned)
    return any(c.dep_ == "prep" and c.lower_ == "to" for h in (noun, *things) for c in h.children) and bool(
        things
    )


def _people_let_in(verb: Token) -> bool:
    """Whom borders are opened to are people fleeing or driven out ("to most West Africans ordered out of
    Nigeria", "to refugees"), not trade or traffic."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    let_in = [
        counted(o)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in SENT_BACK_PEOPLE | TAKEN_IN_PEOPLE | {"people", "civilian", "family"}
        or (o.tag_ == "NNPS" or (o.tag_ == "NNS" and o.text[:1].isupper()))
        for o in let_in
    )


def _taken_by_gunmen(verb: Token) -> bool:
    """People seized by an armed band: "two Italian aid workers were seized by gunmen", "militants seized
    three engineers" (not "police seized two suspects", an arrest, nor "rebels seized the town")."""
    taken = [counted(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in ABDUCTED_PEOPLE for t in taken) and any(
        d.lemma_.lower() in ARMED_BANDS for d in doers
    )


def _as_shields(verb: Token) -> bool:
    """ "holding tens of thousands of civilians as a buffer against advancing troops", "as human shields"."""
    return any(
        o.lemma_.lower() in {"shield", "buffer"}
        for t in verb.subtree
        if t.lower_ == "as" and t.dep_ == "prep"
        for o in t.children
        if o.dep_ == "pobj"
    )


def _protest_allowed(verb: Token) -> bool:
    """A permission given for a march, rally or protest ("permission to march", "permission for a rally")."""
    protest_words = {"march", "rally", "protest", "demonstrate", "demonstration", "gather", "strike"}
    return any(t.lemma_.lower() in protest_words for t in verb.subtree if t.i > verb.i)


def _a_call_held(noun: Token) -> bool:
    """A call that is a conversation ("a 40-minute call", "during an hour-long call"), not an appeal ("a
    call for calm", "his call on Minsk to free them")."""
    appeal = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "to", "on"}]
    if any(not (c.lower_ == "on" and any(o.ent_type_ == "DATE" for o in c.children)) for c in appeal):
        return False  # ("a call on Thursday" is dated; "a call on Minsk" is an appeal)
    length = any(
        t.lower_ in {"minute", "hour", "minutes", "hours"} or t.lower_.endswith(("-minute", "-hour"))
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nummod"}
        for t in c.subtree
    )
    return length or (noun.dep_ == "pobj" and noun.head.lower_ == "during")


def _things_moved(clause: Token) -> bool:
    """ "told both armies to pull their artillery back": arms or things to be moved, so a demand, not
    people sent away ("told the UN to pull its peacekeepers out", "ordered the diplomats to leave")."""
    moved = child_with(clause, {"dobj"})
    if moved is None or clause.lemma_.lower() == "leave":
        return False
    word = counted(moved).lemma_.lower()
    # (its own forces or guns moved back: "to pull their artillery back", "to withdraw its troops")
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in moved.children)
    return word not in SENT_AWAY_PEOPLE and (word not in ARMED_WORDS or owned)


def _as_objects(verb: Token) -> list[Token]:
    """What the verb takes someone as: "took in an officer as a political refugee" (the parser may hang
    "as" inside the object's own clause)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *(t for o in objects for t in o.subtree)]
    return [
        o for h in holders for p in h.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
    ]


def _on_hold(verb: Token) -> bool:
    """ "put … on hold" (the parser hangs "on hold" on the verb or on its object)."""
    holders = [verb, *(t for c in verb.children if c.dep_ == "dobj" for t in c.subtree)]
    return any(
        p.lower_ == "on" and any(o.lower_ == "hold" for o in p.children) for h in holders for p in h.children
    )


def _talks_left(verb: Token, lemma: str) -> Trigger | None:
    """'pulled out of mediation efforts', 'withdrew from the peace talks': halting talks (CAMEO 164) or
    mediation (165), not a military withdrawal."""
    if lemma not in {"pull", "withdraw", "walk", "quit"}:
        return None
    # ("walk away from the talks": the parser hangs "from" on "away")
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"away", "out"})]
    left = [
        o
        for h in heads
        for p in h.children
        if p.dep_ in {"prep", "prt"} and p.lower_ in {"from", "out", "of"}
        for q in (p, *(c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"))
        for o in q.children
        if o.dep_ in {"pobj", "pcomp"}
    ]
    left += [c for o in left for c in o.children if c.dep_ == "compound"]  # ("mediation efforts")
    # ("pull out of mediating the talks": the verb of the talks left)
    as_nouns = {"mediate": "mediation", "mediating": "mediation", "negotiate": "negotiation"}
    lemmas = {as_nouns.get(o.lemma_.lower(), o.lemma_.lower()) for o in left}
    subject = child_with(verb, {"nsubj"})
    negotiators = subject is not None and counted(subject).lemma_.lower() in NEGOTIATING_PARTIES
    if lemma == "walk" and not left and negotiators and any(c.lower_ == "out" for c in verb.children):
        return Trigger("SANCTION", "withdraw", "164", ("diplomatic",))  # "the delegation walked out"
    if not lemmas & {"talk", "negotiation", "dialogue", "mediation"}:
        return None
    return Trigger("SANCTION", "withdraw", "165" if "mediation" in lemmas else "164", ("diplomatic",))
