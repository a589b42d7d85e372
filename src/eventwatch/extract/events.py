"""PLOVER events: category, mode, CAMEO code, actors, status, date and place, from the parse.

How it works, per sentence:
1. Triggers: verbs, nouns and predicate adjectives found in resources/lexicons/plover_triggers.tsv.
   A noun that is the object of a trigger verb of the same category adds nothing ("provide
   assistance"); a definite noun that names an earlier event ("during the meeting") refers back to it.
2. Frames from resources/lexicons/cues.tsv change what a trigger means: intent ("expressed its
   readiness to provide assistance" → AGREE, CAMEO 033x), praise ("noted the importance of X" →
   SUPPORT), rejection of a claim ("the assertions … are unfounded" → REJECT by the speaker).
3. Status: planned (going to, expected to, will, "the planned …"), prevented (a planned event that
   a later sentence says did not take place), denied (negated), alleged (inside someone's claim),
   hypothetical (if, would, threatened), ongoing (open interval "since …").
4. Actors and recipients from subject/object/oblique, passive agents, conjunctions and lists.
5. The date expression and the place closest to the trigger in the dependency tree; without a date,
   the reference time of the narrative (the previous sentence's), else the publication date.

Limits: rules over one parser's output, so parse errors propagate; events are not linked across
documents here (see link/).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.base import Extractor
from eventwatch.extract.locate import BORDER_NOUNS, PLACE_NOUNS, event_place
from eventwatch.extract.sides import STATE_ORGANS, principal, speaks_for
from eventwatch.extract.syntax import (
    MEASURE_HEADS,
    QUANTITY_HEADS,
    counted,
    doc_text,
    governing_verb,
    is_led,
    negated,
    object_taker,
    tree_distance,
)
from eventwatch.model import Actor, Document, Event, EventLocation, Mention, Place, Time, TimeValue
from eventwatch.model.ids import record_id
from eventwatch.resources import read_tsv

# Intent frames turn the inner event into an AGREE with this CAMEO code ("express intent to …").
INTENT_CAMEO = {"AID": "033", "CONSULT": "036", "COOPERATE": "031", "CONCEDE": "035", "RETREAT": "035"}
HUMANITARIAN_CAMEO = {"033": "0333"}
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}
# Verbal reactions to another's act (praise, blame, refusal): aimed at the act's doer.
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
ACCUSED_PREPS = {"over", "about"}
RECIPIENT_PREPS = {"against", "to", "on", "toward", "towards", "at", "upon", "for", "behind"}
# A place named by one of these on the trigger stands for its country as the recipient when the text
# names no other ("arrived in Amman" → JOR, "withdrew from Panama" → PAN), as CAMEO coders do.
PLACE_TARGET_PREPS = {"in", "to", "into", "from", "for"}
DEEP_PLACE_PREPS = PLACE_TARGET_PREPS | {"of", "near", "on", "at", "against"}  # "strikes on Hodeidah"
LOCATION_NOUNS = {"area", "zone", "region", "territory", "land", "site", "place", "district", "city", "town"}
COLLECTIVE_HEADS = {"group", "team", "delegation", "representative", "member", "expert", "official"}
# Verbs whose subject has an act done by others: both are its actors ("ordered patrols by police").
CAUSATIVE_VERBS = frozenset({"order", "authorize", "authorise", "approve", "direct", "command", "commission"})
# Verbs of coming together that are a demonstration when protesters do it.
GATHER_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
# What forces are put "on": readiness for action (CAMEO 154).
READINESS_STATES = frozenset({"standby", "alert"})
# Whom a host receives: a visit (CAMEO 043), where "received aid" is not one.
DIGNITARY_WORDS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "emir",
        "envoy",
        "delegation",
        "counterpart",
        "ambassador",
        "leader",
        "secretary-general",
    }
)
# What one takes a country or person to: a lawsuit (CAMEO 115).
COURT_WORDS = frozenset({"court", "tribunal", "arbitration"})
# Verbs of forces moved in numbers: with armed or police subjects, a deployment.
FORCE_MOVEMENT_VERBS = frozenset(
    {"pour", "rush", "draft", "stream", "fly", "airlift", "truck", "bus", "position", "reposition", "move"}
)
POLICE_WORDS = frozenset(
    {"police", "policeman", "officer", "gendarme", "reinforcement", "marine", "commando"}
)
PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "crowd", "activist", "marcher"})
# Subjects that make "struck" and "hit" an attack.
AIR_WEAPONS = frozenset(
    {
        "drone",
        "missile",
        "airstrike",
        "strike",
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
        "plane",
        "bomber",
    }
)
# What a state tests as a show of force ("tested a new missile"), not "tested positive".
TESTED_WEAPONS = frozenset({"missile", "rocket", "warhead", "weapon", "bomb", "icbm", "drone", "torpedo"})
# Verbs whose weapon subject is what is fired ("rockets fired from Gaza"), not who fires.
FIRING_VERBS = frozenset({"fire", "launch", "lob"})
# Verbs whose object, when a weapon, is what they hit ("downed a drone"), not what they fire.
BRING_DOWN_VERBS = frozenset({"down", "intercept", "destroy", "neutralize", "neutralise"})
GROUND_WEAPONS = frozenset(
    {"rocket", "shell", "mortar", "artillery", "bomb", "projectile", "grenade", "shelling"}
)
# Heads of armed groups: "troops are gathering", "soldiers left the town", "gunmen struck".
ARMED_WORDS = frozenset(
    {
        "troops",
        "troop",
        "force",
        "army",
        "soldier",
        "militant",
        "rebel",
        "fighter",
        "insurgent",
        "gunman",
        "militia",
        "tank",
        "unit",
        "battalion",
        "warship",
        "armour",
        "armor",
        "artillery",
        "submarine",
        "destroyer",
        "frigate",
    }
)
# Named entities whose words are no event triggers ("Rapid Support Forces", "Operation Protective Edge"
# is an EVENT and stays).
NAME_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON", "GPE", "LOC", "NORP"})
# Verbal categories: a trigger of one of these that takes a clause ("threatened to cut off", "urged X to
# withdraw", "refused to meet") is the event; the clause's own triggers only lend it their participants.
VERBAL = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"}
# Acts whose "in"/"at" place is where they are done, never whom they are done to.
VENUE_EVENTS = frozenset({"AGREE", "CONSULT", "COOPERATE", "REJECT"})
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
HOSTILE = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
# CAMEO of the statement an intent frame makes of its inner event (PLOVER manual, CAMEO2PLOVER).
THREAT_CAMEO = {"SANCTION": "1313", "COERCE": "1312", "ASSAULT": "138", "MOBILIZE": "138", "PROTEST": "133"}
REQUEST_CAMEO = {"AID": "103", "COOPERATE": "101", "CONSULT": "106", "RETREAT": "105", "CONCEDE": "105"}
REJECT_CAMEO = {"AID": "122", "COOPERATE": "121", "CONSULT": "125", "RETREAT": "124", "CONCEDE": "124"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
COMPLEMENT_DEPS = {"xcomp", "ccomp"}
# Who blocks a road decides what it is: civilians obstruct (PROTEST), the state restricts (COERCE).
CIVIL_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REL", "REF"}
STATE_SECTORS = STATE_ORGANS | {"IGO"}
OFFICIAL_SECTORS = {"GOV", "IGO", "NGO", "JUD", "LEG"}
# Hostile acts named by a noun: the object of 'of' is the target ("the blockade of Serbia").
OF_TARGET = {"COERCE", "ASSAULT", "SANCTION"}
# A particle of phrasal verbs ("give in") that is mostly a preposition of place when it has an object
# ("gave $40 million … in the north"; but "voted down the terms", "called off the strike" are particles
# the parser may read as prepositions).
PARTICLES = frozenset({"in"})
# Particles the parser may attach as adverbs ("stepped down", "were handed back", "pull its soldiers back").
ADVERB_PARTICLES = frozenset({"down", "back", "out", "off", "away", "up", "home", "together"})
# Heads that count or measure what their "of" names.
COUNTING_HEADS = QUANTITY_HEADS | MEASURE_HEADS
# Nouns of handing something over: aid when what they hand over is relief ("the delivery of wheat").
HANDING_NOUNS = frozenset({"delivery", "handover", "transfer", "dispatch", "consignment"})

# Nouns of undertaking an act: their owner or "by"-phrase does the act of their "to"-clause.
# Verbs of a journey whose purpose, a meeting, is what the report is of.
TRAVEL_VERBS = frozenset({"travel", "fly", "go", "come", "arrive", "head", "journey", "visit"})
# Verbs that keep someone from an act named by "from" ("kept activists from marching").
KEEP_FROM = frozenset({"keep", "stop", "bar", "ban", "deter", "restrain", "dissuade", "block", "prohibit"})
UNDERTAKINGS = frozenset(
    {"attempt", "bid", "decision", "effort", "plan", "plot", "move", "campaign", "drive"}
)
# Prepositions of where something is, not whom it concerns.
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
# Verbs of sending someone away from a country: "expelled from X" names who expels.
REMOVAL_VERBS = {"expel", "deport", "extradite", "evict", "banish", "exile"}
MOTION_VERBS = {"return", "arrive", "travel", "come", "go", "fly", "head", "leave", "meet"}
PEOPLE_SECTORS = {"CVL", "REF", "JRN", "EDU", "LAB", "BUS", "REL", "CRM"}
SENT_WORDS = {"letter", "message", "note", "signal", "delegation", "envoy", "representative", "invitation"}
# What is released or published as information: "released a study" frees no one.
PUBLISHED_WORDS = {
    "report",
    "study",
    "statement",
    "video",
    "footage",
    "figure",
    "photo",
    "photograph",
    "image",
    "result",
    "finding",
    "data",
    "detail",
    "name",
    "communique",
    "survey",
    "poll",
    "recording",
    "transcript",
    "audio",
    "map",
    "list",
    "book",
    "film",
    "album",
    "song",
    "document",
    "guideline",
    "forecast",
    "estimate",
    "text",
    "version",
    "update",
    "record",
    "information",
    "evidence",
    "picture",
    "clip",
    "draft",
    "plan",
    "proposal",
}
SPEECH_NOUNS = {"reminder", "warning", "statement", "message", "letter", "announcement", "declaration"}
COERCIVE_ORDERS = {"order", "force", "compel", "oblige"}
ARMED_EVENTS = {"ASSAULT", "COERCE", "MOBILIZE"}
ARMED = {"MIL", "REB", "COP"}
# Prepositions that give a meeting's topic, not a party: "talks on the border", "about the dam".
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# Cooperative acts done by a formal step, not by saying so: readiness to take them is an intent
# (AGREE): signing an agreement (CAMEO 057), recognising a state (054).
FORMAL_ACTS = {"057", "054"}
# Participles whose agent is the one an event noun is done to: "an attack suffered by the convoy".
LIGHT_RECIPIENT_ACL = {"suffer", "face", "endure", "receive"}
# Who is sent on someone's behalf: forces, and medical, aid and international staff.
SENT_SECTORS = ARMED | {"MED", "NGO", "IGO"}
# Events named by a noun whose 'from' phrase gives who acts: "aid from Japan", "a demand from X".
FROM_SOURCE = {"AID", "THREATEN", "REQUEST", "ACCUSE", "SUPPORT", "AGREE", "REJECT", "CONCEDE", "COOPERATE"}
# Sectors of people who, with no country stated, are taken to belong where the event happens.
HOME_SECTORS = frozenset({"COP", "CVL", "OPP", "PTY", "LAB", "JUD", "LEG", "AGR", "EDU"})
LOCAL_SECTORS = HOME_SECTORS | {"GOV", "MIL", "REB", "MED", "JRN", "REL", "BUS", "REF", "CRM", "ELI", "SPY"}
# Participles that state a stance, not a passive: "Israel is opposed to the plan".
STATIVE = {"oppose", "commit", "determine"}
# Protests (and complaints) are aimed at whom their stated demand addresses.
PURPOSE_TARGET = {"PROTEST"}
# People one holds or keeps as a detention: "held two journalists", "kept the activists".
DETAINED_WORDS = frozenset(
    {
        "prisoner",
        "detainee",
        "journalist",
        "reporter",
        "activist",
        "protester",
        "suspect",
        "dissident",
        "hostage",
    }
)
# Words that report a decision or a schedule: what they take is planned, not threatened.
SCHEDULE_WORDS = frozenset({"plan", "intend", "schedule", "set", "due", "poise", "slate", "expect", "aim"})
# What one calls a report one denies: "called the reports baseless".
DISMISSIVE_WORDS = frozenset(
    {
        "baseless",
        "false",
        "untrue",
        "groundless",
        "unfounded",
        "fabricated",
        "fake",
        "nonsense",
        "absurd",
        "lies",
    }
)
# Prepositions of time: what they name is when something happened, not what it was done to.
TIME_PREPS = frozenset({"after", "before", "during", "since", "until", "amid", "following", "ahead"})
# Nouns that only carry the event named by their modifier: "a mediation mission", "a relief effort".
CARRIER_NOUNS = {"mission", "effort", "bid", "attempt", "campaign", "process"}
# A cooperative act someone says they will do is a promise, CAMEO's 03x "express intent" (AGREE):
# "Portugal will support …", "will provide food aid"; a planned meeting stays a (planned) meeting.
PROMISED = {"SUPPORT", "AID", "CONCEDE", "RETREAT", "COOPERATE"}
# Those who can only be expelled, not deported: diplomats, inspectors, agencies (CAMEO 166, SANCTION).
EXPELLED_SECTORS = {"IGO", "NGO", "GOV"}
# Transfers: the direct object is what moves ("send troops"), the recipient is named by a preposition.
THEME_OBJECT = {"AID", "RETREAT", "MOBILIZE", "AGREE"}
# Acts whose grammatical patient is the one they are done to ("protesters wounded by police").
DONE_TO = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
# What ending or easing an event of each category is ("lifted sanctions", "halted talks", "ended the
# deployment"), after CAMEO2PLOVER: (event, mode, CAMEO, context).
# Nouns that end or ease what their "of" names ("the lifting of sanctions", "an end to the talks").
UNDOING_NOUNS = frozenset({"lifting", "easing", "removal", "scrapping", "repeal", "cancellation", "ending"})
UNDONE = {
    "SANCTION": ("RETREAT", "ease", "085", "economic"),
    "COERCE": ("CONCEDE", None, "081", "legal"),
    "ASSAULT": ("RETREAT", "disarm", "087", "military"),
    "MOBILIZE": ("RETREAT", "disarm", "087", "military"),
    "AID": ("SANCTION", "discontinue", "162", "human_security"),
    "CONSULT": ("SANCTION", "withdraw", "164", "diplomatic"),
    "COOPERATE": ("SANCTION", None, "160", ""),
    "AGREE": ("SANCTION", None, "160", ""),
    "SUPPORT": ("SANCTION", None, "160", ""),
}

# Measures against a state's trade ("a ban on imports", "restrictions on Cuba") are sanctions when eased.
TRADE_WORDS = frozenset({"import", "export", "trade", "good", "product", "shipment", "investment"})


@dataclass(frozen=True, slots=True)
class Trigger:
    event: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]


_PHRASE_INDEX: dict[int, dict[str, list[tuple[tuple[str, ...], Trigger]]]] = {}


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Triggers by (lemma, part of speech) and multiword phrases, plus the frame cues."""

    single: dict[tuple[str, str], Trigger]
    phrases: dict[tuple[str, ...], Trigger]
    cues: dict[str, dict[str, str]]  # kind → lemma → value

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> EventLexicon:
        single: dict[tuple[str, str], Trigger] = {}
        phrases: dict[tuple[str, ...], Trigger] = {}
        cols = ("lemma", "pos", "event", "mode", "cameo", "context")
        for row in read_tsv("lexicons/plover_triggers.tsv", cols, required=3):
            trig = Trigger(
                row["event"],
                row["mode"] or None,
                row["cameo"] or None,
                tuple(c for c in row["context"].split(";") if c),
            )
            words = tuple(row["lemma"].lower().replace("_", " ").split())
            if len(words) > 1:
                phrases[words] = trig
            else:
                single[(words[0], row["pos"])] = trig
        cues: dict[str, dict[str, str]] = {}
        for row in read_tsv("lexicons/cues.tsv", ("lemma", "kind", "value"), required=2):
            cues.setdefault(row["kind"], {})[row["lemma"].lower()] = row["value"]
        return cls(single, phrases, cues)

    def phrases_starting(self, lemma: str) -> list[tuple[tuple[str, ...], Trigger]]:
        """Multiword triggers whose first word is this lemma (indexed once, on first use)."""
        index = _PHRASE_INDEX.get(id(self))
        if index is None:
            index = {}
            for words, trig in self.phrases.items():
                index.setdefault(words[0], []).append((words, trig))
            _PHRASE_INDEX[id(self)] = index
        return index.get(lemma, [])

    def is_cue(self, kind: str, lemma: str) -> bool:
        return lemma.lower() in self.cues.get(kind, {})


@dataclass(slots=True)
class Candidate:
    """An event while it is being built; frozen into an Event at the end."""

    trigger: Token
    trig: Trigger
    sentence: Span
    status: str = "occurred"
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    claimed_by: str | None = None
    disputed_by: list[str] = field(default_factory=list)
    time: Time | None = None
    value: TimeValue | None = None
    place: Place | None = None
    extra_tokens: list[Token] = field(default_factory=list)
    back_reference: bool = False
    negated: bool = False
    claim_noun: Token | None = None  # for alleged events: the noun of the claim they sit in
    time_distance: int = 99
    framed: bool = False  # the event is a statement (intent, threat, demand, refusal) made in the text


class EventExtractor(Extractor):
    """Codes PLOVER events with status, actors, date and place."""

    name = "events"
    requires = ("spacy_doc", "times", "places", "mentions")
    assigns = ("events",)

    def __init__(
        self, *, lexicon: EventLexicon | None = None, cameo: cameo_dicts.CameoDictionaries | None = None
    ) -> None:
        self.lexicon = lexicon or EventLexicon.load()
        # Optional CAMEO verb dictionaries (EVENTWATCH_CAMEO_DICTIONARIES) take precedence for verbs.
        self.cameo = cameo if cameo is not None else cameo_dicts.configured()
        self._place_heads: dict[int, Place] = {}  # token index of a place's root → place (per document)
        self._place_texts: set[str] = set()  # the texts of those places (per document)
        self._by_head: dict[int, Mention] = {}  # token index of a mention's head → mention (per document)
        self._publisher = ""  # the document's source, lower-cased, when known (per document)

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Event]:
        sdoc = doc.doc
        by_head = {m.head: m for m in doc.mentions}
        self._by_head = by_head
        self._publisher = str(doc.meta.get("source") or "").lower()
        maximal = _maximal(doc.mentions)
        self._place_heads = {}
        for place in doc.places:
            span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and place.country_code:
                self._place_heads[span.root.i] = place
        self._place_texts = {p.text for p in self._place_heads.values()}
        earlier: list[Candidate] = []
        reference: TimeValue | None = None
        for sent in sdoc.sents:
            found = self._sentence_events(sent, by_head, maximal, doc)
            self._attach_times(found, sent, doc)
            found = self._link_back(found, earlier)
            self._dispute_back(found, earlier)
            for cand in found:
                self._attach_place(cand, doc.places)
                _local_countries(cand, doc.places)
                _domestic_targets(cand)
                towns = self._place_texts
                cand.actor, cand.recipient = _specific(cand.actor, towns), _specific(cand.recipient, towns)
            for cand in found:
                prior = _earlier_same(cand, earlier) if cand.back_reference else None
                if prior is not None and cand.time is not None and prior.time is None:
                    # The later mention dates the event ("the protest … since December 12"): keep it.
                    cand.back_reference = False
                    earlier.remove(prior)
            explicit = [c.time.values[-1] for c in found if c.time is not None and c.time.values]
            backrefs = [p for c in found if c.back_reference for p in [_earlier_same(c, earlier)] if p]
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
            trig = self._trigger(tok, consumed)
            joint = any(c.lower_ == "joint" for c in tok.children if c.dep_ == "amod")
            if trig is None and joint and tok.pos_ == "NOUN" and self.lexicon.is_cue("drill", tok.lemma_):
                trig = Trigger("MOBILIZE", None, "150", ("military",))  # "joint anti-submarine exercises"
            if trig is None and _quits_a_body(tok, by_head):  # "will leave the Commonwealth"
                trig = Trigger("SANCTION", "withdraw", "160", ("diplomatic",))
            if trig is None:
                continue
            if joint and trig.event == "MOBILIZE":
                # "joint patrols", "joint military exercises": forces acting together (CAMEO 062)
                trig = Trigger("COOPERATE", None, "062", ("military",))
            elif joint and trig.event == "ACCUSE" and trig.mode == "investigate":
                # "joint inspections", "a joint investigation": officials working together (CAMEO 060)
                trig = Trigger("COOPERATE", None, "060", trig.context)
            if tok.dep_ == "pobj" and tok.head.lower_ == "without":
                continue  # "ended without agreement": no agreement
            if (
                tok.pos_ == "VERB"
                and self.lexicon.is_cue("transitive", tok.lemma_)
                and _child(tok, {"dobj", "nsubjpass"}) is None
            ):
                continue  # "the fire burned for days": nothing done to anyone
            if trig.event == "SANCTION" and self._calls_off_a_protest(tok):
                continue  # "called off the rally": the rally is prevented; no sanction on anyone
            if self._forbidden(tok):
                continue  # "banned protests", "a ban on rallies": what is forbidden did not happen
            undone = self._undone(tok, trig)
            if undone is not None:
                if undone[1] is None:
                    continue  # "the protesters ended their sit-in": no event of its own
                tok, trig = undone[0], undone[1]
                if tok.i in consumed:
                    continue  # "threatened to cut off aid": the threat holds the cut
                consumed.add(tok.i)
                out = [c for c in out if c.trigger.i != tok.i]
            cand = Candidate(tok, trig, sent)
            if tok.pos_ == "ADJ":
                if not self._claim_rejection(cand, by_head, maximal):
                    continue
            elif self._absorbed(tok, trig):
                continue
            else:
                self._frame(cand, consumed)
                self._participants(cand, by_head, maximal)
                _international_withdrawal(cand)
                _leaves_an_organisation(cand, by_head)
                _handed_to_justice(cand, by_head)
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
            self._status(cand, by_head)
            _announced_threat(cand)
            _refusal(cand)
            _threatened_party(cand, by_head, maximal)
            out.append(cand)
        self._praise(sent, by_head, out)
        self._demands(sent, by_head, maximal, out, consumed)
        out = _content_of_speech_acts(out, by_head)
        out = _not_what_is_cut(out)
        _merge_conjoined(out)
        _merge_casualties(out)
        _merge_claimed(out)
        _link_disputes(out)
        return out

    def _cancels(self, verb: Token) -> bool:
        """'cancelled', 'foiled', 'called off' (not negated): what the verb takes did not happen."""
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            return False
        called_off = verb.lemma_.lower() == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
        )
        return called_off or self.lexicon.is_cue("prevent", verb.lemma_)

    def _calls_off_a_protest(self, verb: Token) -> bool:
        """'The union called off the strike', 'cancelled a planned rally': the protest is prevented."""
        direct = _child(verb, {"dobj", "nsubjpass"})
        if direct is None or not self._cancels(verb):
            return False
        trig = self.lexicon.single.get((direct.lemma_.lower(), "NOUN"))
        return trig is not None and trig.event == "PROTEST"

    def _trigger(self, tok: Token, consumed: set[int]) -> Trigger | None:
        lex = self.lexicon
        if any(
            c.dep_ == "amod" and c.lower_ in {"potential", "possible", "hypothetical"}
            for t in (tok, *tok.conjuncts)
            for c in t.children
        ):
            return None  # "potential risks and threats": a risk named, not an event
        if tok.pos_ == "NOUN" and _describes_location(tok):
            return None  # "the area of the peacekeepers' deployment": where, not what happened
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            return None  # "the lands where the peacekeepers are deployed": a background state
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"NOUN", "PROPN"}:
            hyphenated = self._hyphenated(tok)
            if hyphenated is not None:
                consumed.update((tok.i - 2, tok.i - 1))
                return hyphenated
            # Multiword nouns first: "exchange of views", "hunger strike".
            for window, trig in self._phrases_at(tok):
                if _one_noun_phrase(window):
                    consumed.update(t.i for t in window)
                    return trig
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_ not in CARRIER_NOUNS:
                return None  # "monitoring area", "protest movement": a modifier, not an event
            if lemma == "strike" and self._military_strike(tok):
                return lex.single.get(("bomb", "VERB"))  # "US strikes killed 12", "strikes on Gaza"
            if tok.i > 0:  # an adjective and its noun: "martial law", "military exercises"
                before = tok.doc[tok.i - 1]
                if before.head.i == tok.i and before.dep_ in {"amod", "compound"}:
                    phrase = lex.phrases.get((before.lower_, lemma))
                    if phrase is not None:
                        return phrase
            if lemma in HANDING_NOUNS and self._relief_among(_of_objects(tok)):
                return Trigger("AID", None, "070", ())  # "India's delivery of 50,000 tonnes of wheat"
            return lex.single.get((lemma, "NOUN"))
        if (
            tok.pos_ == "VERB"
            and lex.is_cue("light-actor", lemma)
            and any(c.dep_ == "dobj" and self._is_event_noun(c) for c in tok.children)
        ):
            return None  # "imposed sanctions", "imposed a curfew": the noun is the event, the verb is light
        if tok.pos_ == "VERB" and self.cameo is not None:
            dictionary = self._dictionary_trigger(tok)
            if dictionary is not None:
                return dictionary
        if tok.pos_ == "VERB":
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
                and any(c.dep_ == "ccomp" and _reports_a_fact(c) for c in tok.children)
            ):
                return None  # "insisted that it had not yielded": a claim about what was done, not a demand
            for child in tok.children:  # phrasal verbs: "call on", "call for", "carry out"
                if child.dep_ == "prep" and child.lower_ in PARTICLES and _child(child, {"pobj"}) is not None:
                    continue  # "gave $40 million … in the north": a place, not "give in"
                if child.dep_ in {"prep", "prt"} or (
                    child.dep_ == "advmod" and child.lower_ in ADVERB_PARTICLES
                ):
                    phrase = lex.phrases.get((lemma, child.lower_))
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
                    or (child.dep_ == "intj" and child.lower_ == "no")
                ):  # verb + object: "open fire", "ties were cut", "said no"
                    phrase = lex.phrases.get((lemma, child.lemma_.lower()))
                    if phrase is not None:
                        consumed.add(child.i)
                        return phrase
                elif child.dep_ in COMPLEMENT_DEPS:
                    # "allowed monitors to enter": the object is the complement's subject; "allowed
                    # monitors into the region" is parsed with the noun as the complement itself;
                    # "ordered the troops to leave": the complement's verb.
                    subject = child if child.pos_ == "NOUN" else _child(child, {"nsubj"})
                    phrase = lex.phrases.get((lemma, subject.lemma_.lower())) if subject is not None else None
                    phrase = phrase or lex.phrases.get((lemma, child.lemma_.lower()))
                    if phrase is not None:
                        return phrase
            if lemma in GATHER_VERBS:
                subj = _subject(tok)
                subj = counted(subj) if subj is not None else None  # "hundreds of protesters"
                if subj is not None and subj.lemma_.lower() in PROTESTER_WORDS:
                    return lex.single.get(("demonstrate", "VERB"))  # "protesters gathered outside parliament"
            if lemma in {"launch", "fire"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in AIR_WEAPONS for c in tok.children
            ):
                return lex.single.get(("bomb", "VERB"))  # "launched 70 drones at the Odesa region"
            if lex.is_cue("money", lemma) and any(
                c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or lex.is_cue("currency", c.lemma_))
                for c in tok.children
            ):
                return Trigger("AID", None, "071", ("economic",))  # "gave 20 million euros to help …"
            if any(c.dep_ == "dobj" and lex.is_cue("scourge", c.lemma_) for c in tok.children):
                return None  # "to fight human trafficking", "combat corruption": no one is attacked
            if lemma in {"strike", "hit"}:
                sense = self._strike_sense(tok)
                if sense is not None:
                    return sense
            if (
                lemma == "raid"
                and (subj := _subject(tok)) is not None
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
            return lex.single.get((lemma, "VERB"))
        if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "ROOT", "attr"}:
            return lex.single.get((lemma, "ADJ"))
        return None

    def _verb_by_arguments(self, tok: Token, lemma: str) -> Trigger | None:
        """Verbs that are events only by what they take: "took to the streets" (a protest), troops
        that gather or leave (a deployment, a withdrawal), intelligence handed over (cooperation),
        relief supplies handed over (aid), an act done "jointly" or a joint body set up (cooperation)."""
        lex = self.lexicon
        if lemma == "take" and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "street" for o in p.children)
            for p in tok.children
        ):
            return Trigger("PROTEST", "demo", "141", ())  # "took to the streets"
        jointly = any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in tok.children)
        gathers, leaves = lemma in GATHER_VERBS | {"concentrate"}, lemma in {"leave", "quit", "vacate"}
        if lemma in FORCE_MOVEMENT_VERBS and not any(
            c.lower_ in {"out", "back", "away"} for c in tok.children
        ):
            subj = _subject(tok)
            moved = [
                counted(t) for t in (subj, *(c for c in tok.children if c.dep_ == "dobj")) if t is not None
            ]
            if any(t.lemma_.lower() in ARMED_WORDS | POLICE_WORDS for t in moved):
                # "soldiers poured into the hills", "rushed thousands of troops to the frontier"
                return Trigger("MOBILIZE", "troops", "154", ("military",))
        if _weapons_test(tok):
            return Trigger("MOBILIZE", None, "150", ("military",))  # "test-fired a missile": a show of force
        if lemma == "take" and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() in COURT_WORDS for o in p.children)
            for p in tok.children
        ):
            return Trigger("ACCUSE", None, "115", ("legal",))  # "took Nicaragua to the World Court"
        if lemma == "find" and any(c.lower_ in {"guilty", "liable"} for c in tok.children):
            return Trigger("ACCUSE", "disapprove", "116", ("legal",))  # "was found guilty of …"
        not_ruled_out = _rules_out(tok) and any(c.dep_ == "neg" for c in tok.children)
        if not_ruled_out and any(self._hostile_act(o) for o in _options(tok)):
            return Trigger("THREATEN", None, "130", ())  # "did not rule out a military strike"
        if lemma in {"refuse", "decline"} and any(
            c.dep_ == "xcomp" and _rules_out(c) and any(self._hostile_act(o) for o in _options(c))
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
            and (obj := _child(tok, {"dobj"})) is not None
            and obj.lemma_ not in SENT_WORDS
            and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in tok.children)
        ):
            return Trigger("RETREAT", "return", "0842", ())  # "handed the suspects to …", as "handed over"
        if lemma in {"help", "assist"} and any(
            c.dep_ in {"ccomp", "xcomp"}
            and c.pos_ == "VERB"
            and _child(c, {"nsubj"}) is not None
            and (inner := self._trigger(c, set())) is not None
            and inner.event in {"COERCE", "ACCUSE", "ASSAULT"}
            for c in tok.children
        ):
            return Trigger("COOPERATE", None, "060", ("security",))  # "helped Paris track down a suspect"
        if (
            lemma in {"hold", "keep"}
            and (held := _child(tok, {"dobj"})) is not None
            and (held.ent_type_ == "PERSON" or held.lemma_.lower() in DETAINED_WORDS)
            and not any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} for c in tok.children)
        ):
            return Trigger("COERCE", "arrest", "173", ("legal",))  # "has held the bishop since February"
        if lemma == "give" and _ultimatum(tok):
            return Trigger("THREATEN", None, "139", ())  # "gave the rebels 48 hours to leave"
        if lemma in {"press", "push", "pressure", "pressurise", "pressurize"} and any(
            c.dep_ == "xcomp" for c in tok.children
        ):
            return Trigger("REQUEST", None, "100", ())  # "Rwanda was pressed by Washington to stop …"
        if lemma == "want" and any(
            c.dep_ == "ccomp" and (subj := _child(c, {"nsubj"})) is not None and subj.pos_ != "PRON"
            for c in tok.children
        ):
            return Trigger("REQUEST", None, "100", ())  # "farmers want the government to cancel the deal"
        hands, establishes = lex.is_cue("hand", lemma), lex.is_cue("establish", lemma)
        if not (jointly or gathers or leaves or hands or establishes):
            return None  # most verbs: no need to look at their arguments
        objects = _objects_taken(tok)
        if gathers or leaves:
            subj = _subject(tok)
            if subj is not None and subj.lemma_.lower() in ARMED_WORDS:
                if gathers:
                    return Trigger("MOBILIZE", "troops", "150", ("military",))  # "troops are gathering …"
                if objects:
                    return Trigger("RETREAT", "withdraw", "0872", ("military",))  # "troops will leave X"
        if hands and any(lex.is_cue("information", o.lemma_) for o in objects):
            return Trigger("COOPERATE", None, "064", ())  # "provided Thai police with the fingerprints"
        if hands and self._relief_among(_objects_taken(tok, conjuncts=True)):
            return Trigger("AID", None, "070", ())  # "handed over relief supplies", "flew in tents"
        if jointly:
            return Trigger("COOPERATE", None, "060", ())  # "will jointly build a rail tunnel"
        if establishes and any(c.dep_ == "amod" and c.lower_ == "joint" for o in objects for c in o.children):
            return Trigger("COOPERATE", None, "060", ())  # "created a joint army brigade"
        return None

    def _relief_among(self, objects: Iterable[Token]) -> bool:
        """True when what is handed over is relief or aid: "tents", "40,000 tonnes of diesel"."""
        lex = self.lexicon
        for o in objects:
            for t in (o, *(c for c in o.children if c.dep_ == "compound")):
                lemma = t.lemma_.lower()
                trig = lex.single.get((lemma, "NOUN"))
                if lex.is_cue("relief", lemma) or (trig is not None and trig.event == "AID"):
                    return True
        return False

    def _hostile_act(self, tok: Token) -> bool:
        """A noun of a hostile act, or a gerund that names one ("sending troops", "striking the base")."""
        if tok.pos_ != "VERB":
            return self._hostile_noun(tok)
        lex, lemma = self.lexicon, tok.lemma_.lower()
        found = [lex.single.get((lemma, "VERB"))]
        found += [lex.phrases.get((lemma, o.lemma_.lower())) for o in tok.children if o.dep_ == "dobj"]
        return any(t is not None and t.event in HOSTILE for t in found)

    def _hostile_noun(self, noun: Token) -> bool:
        """A noun that names a hostile act ("a military strike", "the use of force", "sanctions")."""
        words = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
        for word in words:
            trig = self.lexicon.single.get((word.lemma_.lower(), "NOUN"))
            if (trig is not None and trig.event in HOSTILE) or word.lemma_.lower() in {"force", "war"}:
                return True
            if word.lemma_.lower() == "strike" and any(c.lower_ == "military" for c in word.children):
                return True
        return False

    def _forbidden(self, tok: Token) -> bool:
        """True for an event noun that a ban takes: "banned protests", "a ban on rallies"."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        if tok.dep_ in {"dobj", "nsubjpass"}:
            governor = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in {"on", "against"}:
            governor = tok.head.head
        else:
            return False
        return self.lexicon.is_cue("forbid", governor.lemma_.lower())

    def _undone(self, tok: Token, trig: Trigger) -> tuple[Token, Trigger | None] | None:
        """An event noun that a verb ends or eases ("lifted its ban", "the talks were halted", "ending a
        nine-year deployment") did not happen then: the verb's act is the event, coded by what it ends.
        RETURNS: (the verb, its trigger, or None for no event), or None when `tok` is not so taken."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in UNDOING_NOUNS:
            verb = tok.head.head  # "the lifting of UN sanctions on Eritrea": the lifting is the event
        elif tok.dep_ in {"dobj", "nsubjpass"}:
            verb = tok.head
            if verb.pos_ != "VERB" or not self.lexicon.is_cue("undo", verb.lemma_):
                return None
        else:
            return None
        undone = UNDONE.get(trig.event)
        if trig.event == "COERCE" and (trig.cameo == "163" or _on_trade_or_state(tok)):
            # Easing an embargo or restrictions on a country or its trade eases a sanction (CAMEO 085);
            # easing a ban on rallies, a curfew or an emergency is a concession (081, as the GSR codes it).
            undone = UNDONE["SANCTION"]
        if undone is not None:
            event, mode, cameo, context = undone
            return verb, Trigger(event, mode, cameo, (context,) if context else ())
        return verb, self.lexicon.single.get((verb.lemma_.lower(), "VERB"))

    def _hyphenated(self, tok: Token) -> Trigger | None:
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
        subj = _subject(tok)
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
            and _child(tok, {"dobj"})
        ):
            return lex.single.get(("attack", "VERB"))  # "rebels struck the convoy"
        return None

    def _military_strike(self, noun: Token) -> bool:
        """A strike that kills or is made on a place is an attack from the air ('Predator strikes
        killed 12 militants', 'strikes on Gaza'), not a walk-out ('a general strike', 'a strike over
        pay')."""
        if any(p.dep_ == "prep" and p.lower_ in {"by", "over", "at", "for"} for p in noun.children):
            return False  # "a strike by dockers", "a strike over pay", "a strike at the plant"
        blow = self.lexicon.cues.get("blow", {})
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in blow:
            return True
        if any(  # the small parser's headline reading: "Predator strikes [ROOT] killed [acl] 12"
            _misread_finite(c) and c.lemma_.lower() in blow for c in noun.children
        ):
            return True
        return any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.i in self._place_heads for o in p.children)
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

    def _phrases_at(self, tok: Token) -> Iterator[tuple[Span, Trigger]]:
        """The multiword triggers whose words start at `tok` ("hunger strike", "car bomb"), as
        (window, trigger)."""
        for words, trig in self.lexicon.phrases_starting(tok.lemma_.lower()):
            window = tok.doc[tok.i : tok.i + len(words)]
            if len(window) == len(words) and tuple(t.lemma_.lower() for t in window) == words:
                yield window, trig

    def _is_event_noun(self, tok: Token) -> bool:
        """True for a noun that names an event by itself ("sanctions", "curfew", "hunger strike")."""
        return (tok.lemma_.lower(), "NOUN") in self.lexicon.single or next(
            self._phrases_at(tok), None
        ) is not None

    def _absorbed(self, tok: Token, trig: Trigger) -> bool:
        """A noun object of a trigger verb of the same category ("provide assistance") adds nothing."""
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in {"dobj", "attr"}:
            return False
        head = tok.head
        if self.lexicon.is_cue("light-actor", head.lemma_.lower()):
            return False  # "imposed restrictions": the verb is light, the noun is the event
        other = self.lexicon.single.get((head.lemma_.lower(), "VERB")) if head.pos_ == "VERB" else None
        return other is not None and other.event == trig.event

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
            taken = child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and cand.trig.event in REACTIONS)
            if child.dep_ in COMPLEMENT_DEPS or (taken and child.pos_ == "NOUN") or purpose:
                inner.extend(_clause_tokens(child))
            elif child.dep_ == "prep" and child.lower_ in {"for", "of", "to", "on"}:
                inner.extend(
                    t for g in child.children if g.dep_ in {"pcomp", "pobj"} for t in _clause_tokens(g)
                )
        # "declined to rule out an incursion": what is not ruled out is the threat's content
        inner.extend(o for t in list(inner) if _rules_out(t) for o in _options(t))
        lent_actor: list[Actor] = []
        lent_recipient: list[Actor] = []
        doers: list[Actor] = []  # who did the act a reaction takes
        done_to: list[Actor] = []
        first_inner: Trigger | None = None
        for t in inner:
            if t.i in consumed or t.i == tok.i:
                continue
            trig = self._trigger(t, set())
            if trig is None:
                continue
            consumed.add(t.i)
            first_inner = first_inner or trig
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
                owner = _owner(t, by_head)
                if owner is not None:
                    lent_recipient.insert(0, owner)
        if first_inner is not None and cand.trig.event == "AGREE" and first_inner.event in INTENT_CAMEO:
            cand.trig = Trigger("AGREE", None, INTENT_CAMEO[first_inner.event], cand.trig.context)
        elif (
            first_inner is not None and cand.trig.event == "AGREE" and first_inner.event in ANNOUNCED_HOSTILE
        ):
            # "vowed to fight on", "promised to retaliate": a pledge of force is a threat (CAMEO 13x).
            code = THREAT_CAMEO.get(first_inner.event, "130")
            cand.trig = Trigger("THREATEN", None, code, first_inner.context)
        if len(cand.actor) > 1 and (cand.trig.event in RECIPROCAL or cand.trig.cameo == "057"):
            # "X and Y signed an accord in Tegucigalpa": the object's place is where the parties met.
            lent_recipient = [a for a in lent_recipient if a.entity_text not in self._place_texts]
        if doers:
            cand.recipient = _unique([*doers, *(a for a in cand.recipient if a not in done_to)])
        if not cand.recipient:
            # The clause's subject is the recipient of a demand ("urged Iraq to comply") or of an
            # agreement about others; its own recipients otherwise.
            addressed = [a for a in lent_actor if a not in cand.actor] if cand.trig.event == "REQUEST" else []
            cand.recipient = _unique([*addressed, *(a for a in lent_recipient if a not in cand.actor)])
        if not cand.actor:
            cand.actor = _unique([a for a in lent_actor if a not in cand.recipient])
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
        for clause in (c for c in tok.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in {"VERB", "AUX"}):
            if cand.trig.event == "REQUEST" and clause.dep_ == "ccomp":
                subj = _child(clause, {"nsubj"})
                if subj is not None and subj.pos_ != "PRON":
                    found.extend(_actors(subj, by_head, maximal))
            for verb in _clause_tokens(clause):
                found.extend(_object_participants(verb, by_head, maximal))
                places.extend(self._place_target(verb))
        found = [a for a in _unique(found) if a not in cand.actor]
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
        if tok.pos_ != "VERB" or cand.trig.event == "REQUEST":
            return
        aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
        speaker_verb = _speech_governor(tok, lex)
        # "will support …", and reported, "said Namibia would back Botswana's bid": a promise
        promising = {"will", "shall", "'ll"} | ({"would"} if speaker_verb is not None else set())
        promise = bool(aux & promising) and cand.trig.event in PROMISED and not _conditional(tok)
        ready = tok.dep_ == "xcomp" and (
            lex.is_cue("commit", tok.head.lemma_)
            or (tok.head.dep_ == "xcomp" and lex.is_cue("commit", tok.head.head.lemma_))
        )
        deontic_aux = bool(aux & lex.cues.get("deontic", {}).keys())
        formal = ready and cand.trig.cameo in FORMAL_ACTS  # "is ready to sign a peace treaty"
        if cand.trig.event in VERBAL and not deontic_aux and not promise and not formal:
            # "said it would agree" stays an AGREE; "said X must agree" is a demand; "willing to
            # forgive X" is forgiving (saying so does it).
            return
        negated = any(c.dep_ == "neg" for c in tok.children)
        commit = promise or ready
        deontic = deontic_aux or _have_to(tok)
        kind = None
        if speaker_verb is not None and deontic and not negated:
            kind = "REQUEST"
        elif commit or (speaker_verb is not None and aux & FUTURE_AUX):
            kind = "REJECT" if negated else ("AGREE" if cand.trig.event in COOPERATIVE else "THREATEN")
            if kind == "THREATEN" and cand.trig.event not in HOSTILE:
                return
            if kind == "THREATEN" and not negated and _scheduled(tok) and not _conditional(tok):
                return  # "will close its consulate in December, officials said": a dated plan
        if kind is None:
            return
        inner = cand.trig.event
        speaker = _subject_actors(speaker_verb, by_head, maximal) if speaker_verb is not None else []
        if kind == "REQUEST":
            told = _addressees(speaker_verb, by_head, maximal) if speaker_verb is not None else []
            # "reminded Iraq that it must …": the one told, when the clause's subject is only 'it'.
            cand.recipient = _unique([*cand.actor, *told] if told else [*cand.actor, *cand.recipient])
            cand.actor = speaker
            cand.trig = Trigger("REQUEST", None, REQUEST_CAMEO.get(inner, "100"), cand.trig.context)
        elif kind == "REJECT":
            cand.trig = Trigger("REJECT", None, REJECT_CAMEO.get(inner, "120"), cand.trig.context)
        elif kind == "AGREE" and inner == "RETREAT" and _conditional(tok, {"unless"}):
            # "will withdraw its force unless …": a withdrawal held over someone is a threat.
            cand.trig = Trigger("THREATEN", None, "131", cand.trig.context)
        elif kind == "AGREE":
            cand.trig = Trigger(
                "AGREE", None, INTENT_CAMEO.get(inner, "030"), ("diplomatic", *cand.trig.context)
            )
            if _conditional(tok, {"if"}):
                cand.status = "hypothetical"  # "said it would free the sailors if …": an offer on terms
            own = _subject_actors(tok, by_head, maximal) if inner in RECIPROCAL else []
            if own:
                # "said they would meet the UN mediator": one side's intent; the one it would meet
                # receives it (a meeting held is both sides'; one promised is the promiser's).
                named = {(a.name, a.code) for a in own}
                partners = [a for a in cand.actor if (a.name, a.code) not in named]
                cand.actor = [a for a in cand.actor if (a.name, a.code) in named] or own
                cand.recipient = _unique([*partners, *cand.recipient])
        elif commit and inner == "ASSAULT" and _prepares(tok):
            # "the army prepared to resume shelling": readiness for force is a military posture
            # (MOBILIZE, CAMEO 15x), where 'is prepared to impose martial law' states a threat.
            cand.trig = Trigger("MOBILIZE", "weapons", "150", ("military",))
        else:
            cand.trig = Trigger("THREATEN", None, THREAT_CAMEO.get(inner, "130"), cand.trig.context)
        if not cand.actor:
            cand.actor = speaker
        cand.recipient = [a for a in _unique(cand.recipient) if a not in cand.actor]
        cand.framed = True

    def _ordered(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'The government ordered the newspaper to suspend publication': an act imposed on someone
        who is not the state's own (a paper, a party, civilians) is the orderer's coercion (CAMEO
        172, 1721 for the press); 'ordered its troops to withdraw' stays the troops' withdrawal."""
        tok = cand.trigger
        if tok.dep_ != "xcomp" or tok.head.lemma_ not in COERCIVE_ORDERS or cand.trig.event in ARMED_EVENTS:
            return
        ordered = [a for c in tok.head.children if c.dep_ == "dobj" for a in _actors(c, by_head, maximal)]
        if not ordered or any(a.sector in STATE_SECTORS or a.sector is None for a in ordered):
            return
        press = any(a.sector == "JRN" for a in ordered)
        code = "1721" if press else "172"
        cand.trig = Trigger("COERCE", "censor" if press else "restrict", code, ("rights_freedoms",))
        cand.actor = _subject_actors(tok.head, by_head, maximal)
        cand.recipient = ordered
        cand.framed = True

    def _noun_promise(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        """'Finland will give Tanzania a grant': a cooperative act named by a noun under a light verb in
        the future is a promise (AGREE, CAMEO 03x), like 'will provide aid'."""
        tok = cand.trigger
        light = _light_verb(tok) if tok.pos_ == "NOUN" else None
        if tok.pos_ == "NOUN" and not cand.framed and cand.trig.event in INTENT_CAMEO:
            # "is ready to hold talks", "ready to return to six-party talks": readiness for a
            # cooperative act named by a noun is an intent (CAMEO 03x), as with a verb.
            verb = light or (tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else None)
            if verb is not None and verb.dep_ == "xcomp" and self.lexicon.is_cue("commit", verb.head.lemma_):
                cand.trig = Trigger("AGREE", None, INTENT_CAMEO[cand.trig.event], ("diplomatic",))
                cand.framed = True
                ready = _subject_actors(verb, by_head, maximal)
                if ready:  # one side's readiness: the partner it names ("talks with Washington") receives it
                    partners = [a for a in cand.actor if a not in ready]
                    cand.actor = ready
                    cand.recipient = _unique([*partners, *(a for a in cand.recipient if a not in ready)])
                return
        if light is None or cand.trig.event not in PROMISED or cand.framed:
            return
        aux = {c.lower_ for c in light.children if c.dep_ == "aux"}
        if aux & {"will", "shall", "'ll"} and not _conditional(light):
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
        people = [a.sector in PEOPLE_SECTORS for a in cand.recipient]
        if cand.trig.event == "SANCTION" and cand.trig.mode == "expel" and people and all(people):
            # "expelled 200 Ghanaian workers": expelling individuals is deportation (CAMEO 174).
            cand.trig = Trigger("COERCE", "deport", "174", ("legal",))
        # what is sent: the object, or the subject of a passive ("troops were sent to Aceh")
        direct = _child(tok, {"dobj"}) or _child(tok, {"nsubjpass"}) if tok.pos_ == "VERB" else None
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
        ):
            # "sent ten gunboats to patrol the waters", "dispatched troops to the border": a deployment
            # (sending missiles is military aid).
            cand.trig = Trigger("MOBILIZE", "troops", "150", ("military",))
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
        state_acts = _act_for_states(cand.actor, STATE_SECTORS)
        handed = PEOPLE_SECTORS | {"REB", "CRM"}
        handed_people = sent is not None and sent.actor.sector in handed
        if (
            cand.trig.event == "RETREAT"
            and cand.trig.mode == "return"
            and state_acts
            and (
                (handed_people and any(a.code is not None and a.sector is None for a in cand.recipient))
                or any(a.code is not None and a.sector in handed for a in cand.recipient)
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
        if cand.trig.event == "MOBILIZE" and any("peacekeep" in t.lower_ for t in _phrase_head(tok).subtree):
            # "the deployment of NATO peacekeeping troops": providing protection (CAMEO 074).
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
                subject = _child(root, {"nsubj"}) if root.i != tok.i else None
                if speaker is not None:
                    cand.actor = [speaker.actor]
                    cand.recipient = [a for a in cand.recipient if a != speaker.actor]
                if subject is not None and subject.i in self._by_head and not cand.recipient:
                    cand.recipient = [self._by_head[subject.i].actor]
            return
        sectors = [a.sector for a in cand.actor]
        # A state named by its country ("Greece lodged a protest") speaks for its government.
        official = _act_for_states(cand.actor, OFFICIAL_SECTORS)
        worded = cand.trigger.lemma_.lower() == "protest"  # (a sit-in or march by MPs is one all the same)
        if cand.trig.event == "PROTEST" and cand.trig.mode == "demo" and official and worded:
            # "X protested to Y", "lodged a formal protest with Y": an official complaint (CAMEO 114).
            cand.trig = Trigger("ACCUSE", "allege", "114", ("diplomatic", *cand.trig.context))
            return
        if not sectors or cand.trigger.pos_ != "VERB":
            return
        subject = _subject(cand.trigger)
        arson = cand.trig.cameo == "180" and all(s in {"CVL", "OPP", "EDU", "LAB"} for s in sectors)
        if cand.trig.event == "ASSAULT" and (
            arson
            or (
                subject is not None
                and subject.dep_ != "nsubjpass"  # ("two protesters were killed": the victims)
                and subject.lemma_.lower() in PROTESTER_WORDS | {"rioter", "mob"}
            )
        ):
            # "Rioters set fire to shops", "protesters stoned the police": a violent protest (CAMEO 145).
            cand.trig = Trigger("PROTEST", "riot", "145", cand.trig.context)
            return
        civil = all(s in CIVIL_SECTORS for s in sectors)
        if cand.trig.event == "COERCE" and tok.lemma_.lower() == "occupy" and civil:
            # "Striking workers occupied the shipyard": a sit-in, not a seizure of territory (CAMEO 144).
            cand.trig = Trigger("PROTEST", "obstruct", "144", ())
            return
        # Blocking is obstruction (PROTEST) by anyone but the state: civilians, rebels, parties.
        non_state = all(s is not None and s not in STATE_SECTORS for s in sectors)
        if cand.trig.event == "COERCE" and cand.trig.mode == "restrict" and (civil or non_state):
            cand.trig = Trigger("PROTEST", "obstruct", "144", cand.trig.context)
            purpose = _purpose_target(cand.trigger, self._by_head, cand.actor)
            if purpose:  # "blocked a road to show their disapproval of X's policies": aimed at X
                cand.recipient = purpose

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
            speaker_verb = _speech_governor(tok, lex)
            if speaker_verb is None or speaker_verb.i in taken:
                continue
            addressee = _subject_actors(tok, by_head, maximal)
            speaker = _subject_actors(speaker_verb, by_head, maximal)
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
        owner = _of_phrase_actor(claim, by_head)
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
            subject = _child(verb, {"nsubj"})
            if subject is not None and subject.i in by_head:
                cand.actor.append(by_head[subject.i].actor)
            cand.recipient.append(recipient[0])
            cand.extra_tokens.append(tok)
            self._status(cand, by_head)
            out.append(cand)

    def _speaker(self, tok: Token, by_head: dict[int, Mention]) -> Actor | None:
        """The subject of the nearest reporting verb above tok ('The minister stressed that …')."""
        for anc in tok.ancestors:
            if self.lexicon.is_cue("speech", anc.lemma_) and anc.pos_ == "VERB":
                subject = _child(anc, {"nsubj"})
                if subject is not None and subject.i in by_head:
                    return by_head[subject.i].actor
                return None
        return None

    # -- participants ------------------------------------------------------------------------
    def _participants(self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
        tok = _phrase_head(cand.trigger)  # "hunger strike": the participants hang on "strike"
        reciprocal = cand.trig.event in RECIPROCAL and not cand.framed
        if tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None and tok.dep_ == "xcomp" and self.lexicon.is_cue("thwart", tok.head.lemma_):
                subj = None  # "police foiled a plot … to attack the embassy": the police attack no one
            if subj is None and tok.dep_ == "acl" and self.lexicon.is_cue("intent", tok.head.lemma_):
                subj = _subject(tok.head)  # "Armenia expressed readiness to sign …": Armenia would sign
            if subj is None and tok.dep_ == "acl" and _is_undertaking(tok.head):
                # "foiled an al-Shabaab plan to blow up a resort" (the parser may head the name on "plan")
                named = by_head.get(tok.head.i)
                planner = _owner(tok.head, by_head) or (
                    named.actor if named and named.kind == "org" else None
                )
                if planner is not None:
                    cand.actor.append(planner)
            fired_from: list[Actor] = []
            described = by_head.get(subj.i) if subj is not None else None
            weapon_fired = (
                described is not None
                and described.kind == "weapon"
                and tok.lemma_.lower() in FIRING_VERBS
                and _child(tok, {"dobj"}) is None
            )
            if subj is not None and (weapon_fired or _reduced_relative(tok)):
                # "Rockets [nsubj] fired [ccomp] from Gaza struck Sderot", "Rockets fired from Lebanon
                # [ROOT] …": the noun it describes was fired, from where names by whom.
                if described is not None and described.kind == "weapon":
                    fired_from = _fired_from(tok, by_head)
                    cand.actor.extend(fired_from)
                else:
                    cand.recipient.extend(_actors(subj, by_head, maximal))
            elif subj is not None:
                # "X was expected to inspect": X is the one who inspects (subject raising).
                passive = subj.dep_ == "nsubjpass" and subj.head.i == tok.i and tok.lemma_ not in STATIVE
                (cand.recipient if passive else cand.actor).extend(_actors(subj, by_head, maximal))
            for child in tok.children:
                if child.dep_ == "dative" and child.pos_ == "ADP":  # "providing X to Macedonia"
                    for obj in (c for c in child.children if c.dep_ == "pobj"):
                        cand.recipient.extend(_actors(obj, by_head, maximal))
                elif child.dep_ in {"dobj", "dative"}:
                    weapon = (child.i in by_head and by_head[child.i].kind == "weapon") or (
                        child.lemma_.lower() in AIR_WEAPONS | GROUND_WEAPONS
                    )
                    if weapon and not _brings_down(tok):
                        continue  # "fired rockets at Israel": what is fired is not who is hit
                    # "denounced Serbia's crackdown on X", "rejected Iran's proposal": the act's owner.
                    owner = _possessor(child, by_head)
                    cand.recipient.extend([owner] if owner else _actors(child, by_head, maximal))
                elif child.dep_ == "agent":
                    for agent in child.children:
                        cand.actor.extend(
                            _actors(agent, by_head, maximal) or _fire_source(agent, by_head, maximal)
                        )
                elif child.dep_ == "prep":
                    self._prep_participant(cand, child, by_head, maximal, reciprocal)
            cand.recipient = [a for a in cand.recipient if a not in fired_from]
            direct = _child(tok, {"dobj"})
            if direct is not None:  # "provide assistance to X": the recipient hangs on the object
                for child in direct.children:
                    if child.dep_ == "prep" and (
                        child.lower_ in RECIPIENT_PREPS or child.lower_ == "with"
                    ):  # "restore ties with X", "held talks with X", "broke off relations with X"
                        self._prep_participant(cand, child, by_head, maximal, reciprocal)
        else:
            partners: list[Actor] = []  # "talks with X": X takes part, but is not the act's own agent
            for child in tok.children:
                if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i in by_head):
                    cand.actor.extend(_actors(child, by_head, maximal))
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
                elif child.dep_ == "acl" and child.tag_ == "VBN" and _child(child, {"agent"}) is not None:
                    # "a rally planned by the opposition", "talks hosted by Qatar": who holds it.
                    for agent in (c for c in child.children if c.dep_ == "agent"):
                        for obj in (o for o in agent.children if o.dep_ == "pobj"):
                            target = cand.recipient if child.lemma_ in LIGHT_RECIPIENT_ACL else cand.actor
                            target.extend(_actors(obj, by_head, maximal))
                elif child.dep_ in {"acl", "ccomp"} and cand.trig.event == "REQUEST":
                    # "its demand that Israel ease restrictions": the clause's subject is asked.
                    subj = _child(child, {"nsubj"})
                    if subj is not None and subj.pos_ != "PRON":
                        cand.recipient.extend(_actors(subj, by_head, maximal))
            light = _light_verb(tok)
            # "police dispersed a rally": a verb that is an event of its own is no light verb; its
            # subject acts in that event, not in the rally.
            own_event = (
                light is not None
                and light.lemma_.lower() != tok.lemma_.lower()
                and (
                    (light.lemma_.lower(), "VERB") in self.lexicon.single
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
                subj = None if stays_out or negated(light) else _subject(light)
                by_phrase = _child(light, {"agent"})
                if subj is not None and subj.dep_ == "nsubjpass" and by_phrase is not None:
                    # "X was given asylum by Zimbabwe": the agent gives, the subject receives.
                    cand.recipient.extend(_actors(subj, by_head, maximal))
                    for obj in (o for o in by_phrase.children if o.dep_ == "pobj"):
                        cand.actor.extend(_actors(obj, by_head, maximal))
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
                        target.extend(_actors(subj, by_head, maximal))
                    elif not own_agent or light.lemma_ in CAUSATIVE_VERBS:
                        cand.actor[0:0] = _actors(subj, by_head, maximal)  # first: "X held talks with Y"
                for child in light.children:  # "gave the Ivory Coast … aid", "gave a welcome to X"
                    if child.dep_ == "dative":
                        cand.recipient.extend(_actors(child, by_head, maximal))
                    elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | {"with", "between"}:
                        self._prep_participant(cand, child, by_head, maximal, reciprocal)
            elif tok.dep_ == "nsubjpass" and not cand.actor and (held_by := _child(tok.head, {"agent"})):
                # "A rally was held by opposition supporters": who holds it acts.
                for obj in (o for o in held_by.children if o.dep_ == "pobj"):
                    cand.actor.extend(_actors(obj, by_head, maximal))
            elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ == "come":
                # "peacekeepers came under attack": they are attacked
                subj = _subject(tok.head.head)
                if subj is not None:
                    cand.recipient.extend(_actors(subj, by_head, maximal))
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
                subj = None if negated(tok.head.head) else _subject(tok.head.head)
                if subj is not None and subj.dep_ == "nsubj" and all(a in partners for a in cand.actor):
                    # first, before the partners of "flew to Seoul for talks with his counterpart"
                    cand.actor[0:0] = _actors(subj, by_head, maximal)
        if tok.pos_ != "VERB" and not cand.actor and cand.trig.event in THEME_OBJECT:
            # "the deployment of NATO troops", "the withdrawal of Syrian forces": the forces move.
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    armed = [a for a in _actors(obj, by_head, maximal) if a.sector in ARMED]
                    cand.actor.extend(armed)
                    cand.recipient = [a for a in cand.recipient if a not in armed]
        if (
            tok.pos_ == "VERB"
            and not cand.actor
            and tok.dep_ in {"acl", "xcomp"}
            and _is_undertaking(tok.head)
        ):
            # "an attempt by GIA militants to bomb …", "the government's decision to scrap …": the one
            # who undertakes it acts.
            for child in tok.head.children:
                if child.dep_ == "poss":
                    cand.actor.extend(_actors(child, by_head, maximal))
                elif child.dep_ == "prep" and child.lower_ == "by":
                    for obj in (o for o in child.children if o.dep_ == "pobj"):
                        cand.actor.extend(_actors(obj, by_head, maximal))
        if tok.pos_ == "VERB" and not cand.actor and _child(tok, {"nsubjpass"}) is not None:
            # "was accused of misusing funds by X": the parser hangs the agent on the inner clause.
            for inner in tok.subtree:
                if inner.dep_ in {"agent", "prep"} and inner.lower_ == "by" and inner.head.dep_ != "relcl":
                    for obj in (c for c in inner.children if c.dep_ == "pobj"):
                        cand.actor.extend(_actors(obj, by_head, maximal, places_ok=False))
                    if cand.actor:
                        break
        if (
            tok.pos_ == "VERB"
            and not cand.actor
            and cand.trig.event == "COERCE"
            and _child(tok, {"nsubjpass"}) is not None
            and (speech := _speech_governor(tok, self.lexicon)) is not None
        ):
            # "Twelve people were arrested, police said": the police, the interior minister or the
            # court that reports an arrest with no one else named to have made it speaks for its doer.
            cand.actor.extend(
                a for a in _subject_actors(speech, by_head, maximal) if a.sector in STATE_ORGANS
            )
        if tok.pos_ == "VERB" and not cand.actor and _owner_undoes(cand.trig):
            # "Nepal's ban was lifted", "US sanctions were eased", "his ambassador was recalled": with
            # no agent named, a measure or an envoy is withdrawn by whoever owns it.
            undone = _child(tok, {"nsubjpass"})
            owners = [c for c in undone.children if c.dep_ in {"poss", "compound", "amod"}] if undone else []
            for word in owners:
                cand.actor.extend(a for a in _actors(word, by_head, maximal) if a.code)
            cand.recipient = [a for a in cand.recipient if a not in cand.actor]
            if cand.actor and not cand.recipient:
                cand.recipient.extend(_object_actor(tok, by_head, cand.actor, role="nsubjpass"))
        if (cand.trig.event in THEME_OBJECT or cand.trig.mode == "withdraw") and tok.pos_ == "VERB":
            self._theme_is_not_recipient(cand, by_head, maximal)
        if (
            tok.pos_ == "VERB"
            and not cand.recipient
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and (cand.trig.event in DONE_TO or cand.trig.mode in {"release", "expel"})
        ):
            # "Thai farm workers, freed by Hamas, …", "two diplomats, expelled over the affair": the
            # noun a passive participle describes is the one it was done to; but "missiles fired from
            # Yemen" are what is fired, and where from names who fires them.
            described = by_head.get(tok.head.i)
            if described is not None and described.kind == "weapon":
                if not cand.actor:
                    cand.actor.extend(_fired_from(tok, by_head))
            else:
                cand.recipient.extend(a for a in _actors(tok.head, by_head, maximal) if a not in cand.actor)
        if tok.pos_ == "VERB" and not cand.recipient:
            cand.recipient.extend(_object_actor(tok, by_head, cand.actor))
        if tok.pos_ == "VERB" and not cand.recipient and _child(tok, {"dobj"}) is None:
            # "allowed the candidate to run", "forced X to leave": the parser makes X the subject of
            # the complement; it is the one the act is done to.
            for comp in (c for c in tok.children if c.dep_ in COMPLEMENT_DEPS):
                subj = _child(comp, {"nsubj"})
                if subj is not None and subj.pos_ != "PRON":
                    cand.recipient.extend(a for a in _actors(subj, by_head, maximal) if a not in cand.actor)
        if cand.trig.event in PURPOSE_TARGET and not cand.recipient:
            # "demonstrated … calling for independence from Iraq", "a hunger strike to demand the
            # resignation of President X": a protest is aimed at whom its demand is addressed to.
            cand.recipient.extend(_purpose_target(tok, by_head, cand.actor))
        if cand.trig.event in {"ASSAULT", "COERCE"} and not cand.recipient and tok.pos_ == "VERB":
            # "opened fire to disperse demonstrators": force used to do something to someone is used
            # on them.
            for clause in (c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and _infinitive(c)):
                done_to = _child(clause, {"dobj"})
                if done_to is not None:
                    cand.recipient.extend(
                        a for a in _actors(done_to, by_head, maximal) if a not in cand.actor
                    )
        # "Armenia and Azerbaijan held talks in Almaty", "the two sides met in Cairo": all parties
        # act, and the place is only where.
        among_parties = (reciprocal or cand.trig.cameo == "057") and (  # "… signed an accord in Tripoli"
            len(cand.actor) > 1
            or any(m.kind == "parties" and m.actor in cand.actor for m in by_head.values())
        )
        if not cand.recipient and not among_parties:
            cand.recipient.extend(_neighbour_across_border(tok, by_head, cand.actor))
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
                    venue_only=cand.trig.event in VENUE_EVENTS and cand.trig.mode != "visit",
                )
            )
        if cand.trig.event == "CONSULT" and cand.trig.mode != "visit" and tok.pos_ == "VERB" and cand.actor:
            # "X met Y", "X telephoned Y": a meeting is reciprocal, all parties are actors (a visit
            # or a hosting is not: the visited and the guest receive it).
            objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
            met = {
                by_head[o.i].actor.name for o in objects if o.i in by_head
            }  # the one met, not "X's demands"
            moved = [a for a in cand.recipient if a.name in met]
            cand.actor.extend(moved)
            cand.recipient = [a for a in cand.recipient if a not in moved]
        cand.actor = _unique(cand.actor)
        cand.recipient = [a for a in _unique(cand.recipient) if a not in cand.actor]
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

    def _place_target(
        self, tok: Token, skip: set[str] | None = None, home: set[str] | None = None, venue_only: bool = False
    ) -> list[Actor]:
        """The country of a place the trigger (or its object) is located in, to or from; not of the
        places named `skip` (the actors' own: "aid from Washington arrived in Kyiv"), nor a place in
        the `home` countries that is only where the act is done, nor, when `venue_only`, a place "in"
        or "at" which it is done ("agreed in Moscow", "talks in Geneva": a venue; "pledged funds for
        clearance in Angola" still names whom the clearance is for)."""
        skip, home = skip or set(), home or set()
        where = {"in", "into", "at"}
        holders = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and tok.pos_ == "VERB")]
        light = _light_verb(tok) if tok.pos_ == "NOUN" else None
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
            named = [holder]
            if holder.lemma_.lower() in PLACE_NOUNS:  # "shelled the Donetsk region"
                named.extend(c for c in holder.children if c.dep_ in {"compound", "amod", "nmod"})
            for word in named:
                place = self._place_heads.get(word.i)
                if place is not None and place.country_code and place.text not in skip:
                    return [_place_actor(place)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_TARGET_PREPS:
                    continue
                for obj in prep.children:
                    place = self._place_heads.get(obj.i) if obj.dep_ == "pobj" else None
                    if place is None or not place.country_code or place.text in skip:
                        continue
                    if prep.lower_ in where and (venue_only or place.country_code in home):
                        continue  # "supporters marched in Noumea": where they protest at home, not whom
                    return [_place_actor(place)]
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
                place = self._place_heads.get(t.i) if t.dep_ == "pobj" else None
                if place is not None and place.country_code and t.head.lower_ in DEEP_PLACE_PREPS:
                    if place.text in skip or (t.head.lower_ in {"in", "at"} and place.country_code in home):
                        continue
                    return [_place_actor(place)]
        return []

    def _theme_is_not_recipient(
        self, cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]
    ) -> None:
        """'offered its troops to X', 'withdraw troops from X': the object is what moves, X receives.

        For transfers (aid, withdrawal, deployment, offers) the direct object is the recipient only
        when no 'to/for/from/into' phrase names one; an object owned by the actor ('its troops') never is.
        """
        tok = cand.trigger
        moved = _child(tok, {"nsubjpass"})
        if moved is not None and not cand.actor:
            # "French troops were deployed to Mali", "Cuban doctors were sent to Italy": with no agent
            # named, the forces or staff sent stand for who sends them.
            theme = _actors(moved, by_head, maximal)
            if theme and all(a.sector in SENT_SECTORS for a in theme):
                cand.actor = theme
                cand.recipient = [a for a in cand.recipient if a not in theme]
        elif moved is not None and cand.trig.event in {"MOBILIZE", "AID"}:
            # "4,000 National Guard members were sent into Los Angeles by Trump", "field hospitals were
            # flown to Myanmar by India": what the named agent sends is no recipient.
            theme = _actors(moved, by_head, maximal)
            if theme and all(a.sector in SENT_SECTORS for a in theme):
                cand.recipient = [a for a in cand.recipient if a not in theme]
        direct = _child(tok, {"dobj"})
        if direct is None:
            return
        theme = _actors(direct, by_head, maximal)
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
                            named.extend(_actors(obj, by_head, maximal, places_ok=False))
        if named or owned:
            cand.recipient = [a for a in cand.recipient if a not in theme]
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
        if (word in TOPIC_PREPS and cand.trig.event == "CONSULT") or (
            word == "for" and cand.trig.event == "REQUEST"
        ):
            return  # "talks on the repatriation of refugees": a topic; "appealed for troops": what is asked
        if word == "at" and cand.trig.event == "CONSULT":
            return  # "received the president at the Vatican", "met at the Elysee": where, not whom
        instrument = (
            word == "with" and cand.trig.event in {"ASSAULT", "COERCE"} and _child(prep.head, {"dobj"})
        ) or (  # "provided Thai police with the fingerprints of the suspects": what is shared
            word == "with" and any(self.lexicon.is_cue("information", o.lemma_) for o in prep.children)
        )
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = by_head.get(obj.i)
            if instrument and (named is None or named.kind not in {"country", "org", "person", "title"}):
                continue  # "beat protesters with sticks", "shelled the town with rockets": an instrument
            found = _actors(obj, by_head, maximal, places_ok=False)
            if not found and word in RECIPIENT_PREPS:
                owner = _possessor(obj, by_head)  # "support for Moldova's bid": Moldova receives it
                found = [owner] if owner is not None else []
            noun = cand.trigger.pos_ != "VERB"
            # "a protest of farmers"; but "a boycott of Danish goods" is aimed at them
            protest_of = (
                word == "of" and noun and cand.trig.event == "PROTEST" and cand.trig.mode != "boycott"
            )
            # "the blockade of Serbia", "the occupation of Kuwait": what a hostile act is done to.
            target_of = (
                word == "of" and noun and (cand.trig.event in OF_TARGET or cand.trig.mode == "boycott")
            )
            audience = word == "to" and cand.trig.event == "ACCUSE" and _has_prep(prep.head, ACCUSED_PREPS)
            audience = audience or (word == "to" and cand.trig.cameo == "115")  # "taken to court": where
            if word == "into" and noun and cand.trig.event == "ACCUSE" and not found:
                # "an investigation into crimes committed by Croat forces": who the probe is about.
                found = [by_head[t.i].actor for t in obj.subtree if t.i in by_head and t.pos_ != "PRON"][:1]
                cand.recipient.extend(found)
                continue
            # "talks between X and Y": X and Y talk; "mediation between X and Y": the mediator acts on them
            # (a ceasefire "between X and Y" is theirs; a truce "with X" is aimed at X)
            mutual = reciprocal or (cand.trig.mode == "ceasefire" and not cand.framed)
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
                and _child(cand.trigger, {"nsubjpass"}) is not None
                and not cand.actor
            )
            # "an attack by rebels", "was shelled by the army": the agent; but an active verb's "by" is
            # no agent ("Bolivia stood by Caracas": Caracas is stood by).
            agent = word == "by" and (
                noun or prep.dep_ == "agent" or _child(cand.trigger, {"auxpass"}) is not None
            )
            if agent and not found:
                found = _fire_source(obj, by_head, maximal)
            if (word in {"with", "alongside"} and reciprocal) or between or agent or protest_of or source:
                cand.actor.extend(found)
            elif word == "by" and cand.trig.event == "SUPPORT":
                cand.recipient.extend(found)
            elif audience:
                continue  # "complained to the UN over the raids": the UN hears it, the raiders are accused
            elif (
                word in RECIPIENT_PREPS
                or word in {"with", "between"}
                # "the pull-out from the country": the state left
                or (word == "from" and cand.trig.mode == "withdraw" and _names_a_state(obj, by_head))
                or target_of
                or (word in ACCUSED_PREPS and cand.trig.event == "ACCUSE")
            ):
                cand.recipient.extend(found)

    # -- status ------------------------------------------------------------------------------
    def _status(self, cand: Candidate, by_head: dict[int, Mention]) -> None:
        lex = self.lexicon
        tok = cand.trigger
        if cand.framed:
            return  # the statement itself was made; what it announces is its content, not a status
        chain = [tok, *list(tok.ancestors)[:4]]
        # ("did not rule out a strike": the negation is the threat's own wording)
        rules_out = cand.trig.event == "THREATEN" and _rules_out(tok)
        # "did not sign", "signed no pact", "sought no fresh loan": negated
        no_object = any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in tok.children
        )
        if (any(c.dep_ == "neg" for c in tok.children) or no_object) and not rules_out:
            cand.negated = True
            cand.status = "denied"
        if any(lex.is_cue("alleged-marker", c.lemma_) for c in tok.children):
            cand.status = "alleged"
        # Planned: "were going to begin monitoring", "was expected to inspect", "will meet", "planned talks".
        for t in chain[:4]:
            if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in t.children):
                cand.status = "planned"
            elif any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children) and _speech_governor(
                t, lex
            ):
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
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"plan", "schedule"}:
            cand.status = "planned"  # "the unions planned a general strike"
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and cand.status == "occurred":
            # "Saudi recognition of Israel could follow", "the talks will open on Monday"
            auxes = {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
            if auxes & {"will", "shall", "'ll"}:
                cand.status = "planned"
            elif auxes & {"could", "might", "may"}:
                cand.status = "hypothetical"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
            cand.status = "planned"  # "detained activists ahead of the rally": the rally is to come
        # Prevented: what a verb of prevention takes ("foiled a bombing", "thwarted an attack", "cancelled
        # the talks", "prevented them from holding a rally").
        # (through a noun of undertaking: "an attempt … to bomb the market was thwarted")
        link = tok.head if tok.dep_ == "acl" and _is_undertaking(tok.head) else tok
        via_from = False
        for _ in range(4):
            if (
                link.dep_ not in {"dobj", "xcomp", "pcomp", "pobj", "prep", "nsubjpass"}
                or link.head.i == link.i
            ):
                break
            via_from = via_from or (link.dep_ == "prep" and link.lower_ == "from")
            if link.dep_ == "prep" and link.lower_ in TIME_PREPS:
                break  # "called it off after negotiations": the talks are when, not what is called off
            link = link.head
            if link.lower_ == "unable":
                cand.status = "prevented"  # "were unable to agree a candidate"
                break
            if link.pos_ == "VERB":
                # "kept activists from marching", "stopped them from voting": kept from it, it did not happen
                if self._cancels(link) or (via_from and link.lemma_.lower() in KEEP_FROM):
                    cand.status = "prevented"
                    break
                if not (link.dep_ == "pcomp" and lex.is_cue("light-actor", link.lemma_)):
                    break  # (but "blocked from holding their march": through the light verb)
        if tok.pos_ == "NOUN" and self._did_not_happen(tok):
            # "A rally planned by the opposition did not take place": a plan that came to nothing.
            planned = any(c.lemma_ in {"plan", "schedule"} for c in tok.children if c.dep_ in {"amod", "acl"})
            cand.status = "prevented" if planned else "denied"
        # Ongoing: the present progressive ("UN experts are investigating the killings", "have been
        # fighting for weeks"); a date to come makes it planned when frozen ("are meeting on Friday").
        if cand.status == "occurred" and tok.tag_ == "VBG" and _progressive_now(tok):
            cand.status = "ongoing"
        # … of what the event does ("the crackdown is widening", "the strike is spreading"), or a
        # present perfect since a time told by a clause ("has sheltered refugees since the war began").
        if (
            cand.status == "occurred"
            and tok.pos_ == "NOUN"
            and tok.dep_ == "nsubj"
            and tok.head.tag_ == "VBG"
            and _progressive_now(tok.head)
        ):
            cand.status = "ongoing"
        if cand.status == "occurred" and _perfect_since(tok):
            cand.status = "ongoing"
        # … or an event said to go on: "talks were continuing", "fighting continues", "protesters
        # continue to block the road" (but "talks continued until midnight" ended).
        if (
            cand.status == "occurred"
            and tok.dep_ in {"nsubj", "xcomp"}
            and lex.is_cue("continue", tok.head.lemma_)
            and _goes_on(tok.head)
        ):
            cand.status = "ongoing"
        # Planned: the purpose of another act ("deployed troops to fight traffickers") is meant, not done;
        # a statement made by acting ("marched to demand reforms") is made.
        if (
            cand.status == "occurred"
            and cand.trig.event not in VERBAL | {"PROTEST"}
            and _purpose(tok)
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
            and _in_its_nth(noun.head)
        ):
            cand.status = "ongoing"
        # Hypothetical: conditionals and modals on the trigger's own clause.
        modals = [c.lower_ for c in tok.children if c.dep_ == "aux" and lex.is_cue("hypothetical", c.lower_)]
        reported_future = modals == ["would"] and _speech_governor(tok, lex) is not None
        if modals and not (reported_future and not _conditional(tok)):
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
            if depth > 3:
                break
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
        # Alleged: inside the content of someone's claim ("the assertions of X that Y blocked …").
        # A rejection of the claim is the speaker's own act, never part of the claim.
        for anc in [] if tok.pos_ == "ADJ" else tok.ancestors:
            if lex.is_cue("claim-noun", anc.lemma_) and anc.pos_ == "NOUN":
                owner = _of_phrase_actor(anc, by_head)
                cand.status = "alleged"
                cand.claimed_by = owner.name if owner else None
                cand.claim_noun = anc
                rejecter = object_taker(anc)
                if owner is None and rejecter is not None and self._rejects(rejecter):
                    # "Kenya dismissed reports that it had recalled its envoy": a claim of no one's
                    # name, known only as what its subject denies (an owned claim, "the assertions of
                    # the Armenian side", stays theirs: alleged).
                    cand.status = "denied"
                    subject = _subject(rejecter)
                    speaker = by_head.get(subject.i) if subject is not None else None
                    cand.disputed_by = [speaker.actor.name] if speaker is not None else []
                break
            if anc.pos_ == "VERB" and lex.is_cue("speech", anc.lemma_):
                subject = _subject(anc)  # "Baku denied the claim and said …": Baku says it
                speaker = by_head.get(subject.i) if subject is not None else None
                verbal = cand.trig.event in {"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "THREATEN"}
                # ("denied a request", "denied the offer": a refusal of it, not a denial that it was made)
                refused = (
                    tok.dep_ == "dobj" and tok.head.i == anc.i and cand.trig.event in {"REQUEST", "AGREE"}
                )
                if (
                    lex.cues["speech"].get(anc.lemma_.lower()) == "deny"
                    and not (verbal and tok.i < anc.i)
                    and not refused
                ):
                    # "The government denied that troops fired", "denied that it had threatened X": the
                    # text reports a denial, by whom (of a statement that follows too: the threat is
                    # denied; "accused X of Y, a charge X denied" is the parser's misreading).
                    cand.status = "denied"
                    cand.disputed_by = [speaker.actor.name] if speaker is not None else []
                    break
                same = speaker is not None and any(speaks_for(speaker.actor, a) for a in cand.actor)
                # Sources of no actor's name ("industry sources said troops had fired"): a claim all
                # the same.
                unnamed = (
                    speaker is None
                    and subject is not None
                    and subject.dep_ == "nsubj"  # (not what "was announced")
                    and subject.pos_ in {"NOUN", "PROPN"}
                )
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
                    cand.claimed_by = _phrase_text(subject)
                break
        source = _according_to(tok) if cand.claimed_by is None and cand.status != "denied" else None
        if source is not None:
            # "According to Syrian state media, Israeli jets struck …": known from a source's word, not
            # the text's own (a source of the actor's own side reports its own act; "US attacks have
            # killed eight, according to the Pentagon": the deaths are the attacks', the US's).
            speaker = by_head.get(source.i)
            subject = _child(tok, {"nsubj"}) if tok.pos_ == "VERB" else None
            doers = cand.actor or (
                [by_head[t.i].actor for t in subject.subtree if t.i in by_head] if subject is not None else []
            )
            same = speaker is not None and any(speaks_for(speaker.actor, a) for a in doers)
            if not same and not (speaker is not None and self._publishers_voice(speaker, tok.doc)):
                if cand.status not in {"hypothetical", "prevented"}:
                    cand.status = "alleged"
                cand.claimed_by = speaker.actor.name if speaker is not None else _phrase_text(source)

    def _rejects(self, verb: Token) -> bool:
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

    def _publishers_voice(self, speaker: Mention, sdoc: Doc) -> bool:
        """True when the speaker is the publisher's own reporting chain ("Azernews reports"): the
        document's voice, not a claim. Another outlet's report ("state television said", "newspapers
        reported", or a named outlet other than the known source) is a claim like any other."""
        if speaker.actor.sector != "JRN":
            return False
        name = speaker.actor.name.lower()
        if self._publisher:
            return name in self._publisher or self._publisher in name
        if principal(speaker.actor) != speaker.actor:
            return False  # "TASS said Ukrainian forces shelled Donetsk": an outlet of one side
        head = sdoc[speaker.head] if 0 <= speaker.head < len(sdoc) else None
        return head is not None and head.pos_ == "PROPN" and head.tag_ != "NNPS"

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
            prior = _earlier_same(cand, earlier)
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
            if any(self._did_not_happen(t) for t in group):
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
                prior = _earlier_same(ref, earlier)
                if prior is not None and prior.trig.event == cand.trig.event and ref.trigger.dep_ == "pobj":
                    cand.back_reference = True
        return found

    def _calls_off_earlier(self, cand: Candidate) -> bool:
        """'called it off', 'cancelled them': a cancelling verb whose object is a pronoun."""
        obj = _child(cand.trigger, {"dobj"})
        return (
            obj is not None
            and obj.pos_ == "PRON"
            and obj.lower_ in {"it", "them"}
            and self._cancels(cand.trigger)
        )

    def _did_not_happen(self, tok: Token) -> bool:
        verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None:
            return False
        none = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)  # "no such meeting took place"
        return self.lexicon.is_cue("nonoccurrence", verb.lemma_) and (
            none or any(c.dep_ == "neg" for c in verb.children)
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
                (tree_distance(c.trigger, span.root), -_common_depth(c.trigger, span.root), c)
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
        actor_texts = {a.entity_text for a in cand.actor + cand.recipient}
        cand.place = event_place(cand.trigger, cand.sentence, places, skip_texts=actor_texts)

    def _referenced_date(self, cand: Candidate, earlier: list[Candidate]) -> TimeValue | None:
        """A sentence that names an earlier event ('the planned inspection') shares its date."""
        for tok in cand.sentence:
            if tok.pos_ != "NOUN" or tok.i == cand.trigger.i:
                continue
            for prior in reversed(earlier):
                if prior.value is not None and _same_event_word(tok, prior.trigger):
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
        if tok.pos_ in {"NOUN", "PROPN"} and self._hyphenated(tok) is not None:  # "sit-in": from "sit" on
            trigger_start = tok.doc[tok.i - 2].idx
        if tok.pos_ in {"NOUN", "PROPN"}:  # a multiword noun: "car bomb", "hunger strike" to its last word
            for window, _ in self._phrases_at(tok):
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


# -- helpers over the parse -------------------------------------------------------------------
def _has_prep(tok: Token, words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in tok.children)


def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _light_verb(noun: Token) -> Token | None:
    """The verb a trigger noun is the object of: 'held talks', 'gave a welcome', and through a
    measure phrase, 'gave 5 million dollars of aid'."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok.dep_ in {"dobj", "attr"} and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    return None


def _one_noun_phrase(window: Span) -> bool:
    """Consecutive words that form one noun phrase headed by a noun ("drone strike", "hunger strike",
    "state of emergency"), not a subject and its verb ("drones struck")."""
    inside = range(window.start, window.end)
    roots = [t for t in window if t.head.i not in inside or t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in {"NOUN", "PROPN"}


def _phrase_head(tok: Token) -> Token:
    """The syntactic head of a multiword noun trigger that starts at tok ("hunger" → "strike")."""
    head = tok
    while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and 0 < head.head.i - tok.i <= 3:
        head = head.head
    return head


def _subject(verb: Token) -> Token | None:
    """The verb's subject, climbing xcomp/conj chains ('were going to begin', 'X met and discussed')."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subj = _child(current, {"nsubj", "nsubjpass"})
        if subj is not None and subj.lower_ not in {"that", "which", "who"}:
            return subj
        if subj is not None and current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # "Hamas, which has rejected …": the relative pronoun's antecedent
        reduced = next((c for c in current.children if _reduced_relative(c)), None)
        if subj is None and reduced is not None:
            return _child(reduced, {"nsubj"})  # "Rockets fired from Gaza struck Sderot": the rockets
        if current.pos_ == "VERB":
            # "Azerbaijan massed troops …": the small parser may label a name opening the sentence
            # npadvmod; before its verb with no subject of its own, it is the subject.
            opener = next(
                (
                    c
                    for c in current.children
                    if c.dep_ == "npadvmod"
                    and c.pos_ == "PROPN"
                    and c.i < current.i
                    and c.left_edge.is_sent_start
                ),
                None,
            )
            if opener is not None:
                return opener
        kept = (
            _child(current.head.head, {"dobj"})
            if current.dep_ in {"pcomp", "pobj"} and current.pos_ == "VERB" and current.head.lower_ == "from"
            else None
        )
        if kept is not None:
            return kept  # "police prevented supporters from marching": the supporters would march
        if current.dep_ in {"xcomp", "conj", "advcl", "acomp"} or (current.dep_ in {"dobj", "pobj"}):
            current = current.head  # acomp: "X is about/ready/eager to restore ties"
        elif current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "resorted to throwing stones"
        elif current.dep_ in {"acl", "relcl"} and current.head.dep_ == "attr":
            current = current.head.head  # "India was the first country to recognise X"
        elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # "demonstrators protesting election results": they protest
        elif _misread_finite(current):
            return current.head
        else:
            return None
    return None


def _progressive_now(verb: Token) -> bool:
    """'are investigating', 'is holding', 'have been fighting': a present progressive."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    present_be = any(c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in auxes)
    perfect_been = any(c.lower_ == "been" for c in auxes) and any(
        c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in auxes
    )
    return present_be or perfect_been


def _perfect_since(verb: Token) -> bool:
    """'has sheltered refugees since the war began': a present perfect with a 'since' clause or phrase."""
    present_have = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    return present_have and any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ == "since")  # "has held him since February 2023"
        for c in verb.children
    )


def _goes_on(verb: Token) -> bool:
    """'continues', 'continue', 'is/was continuing', 'have been continuing': present or progressive,
    so not yet over, and not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """The small parser's reading of 'Rockets fired from Gaza struck Sderot': a participle with no
    auxiliary made a clause (ccomp) of the verb after it, which has no subject of its own; the
    participle's 'subject' is the noun it describes, and the later verb's subject."""
    return (
        verb.dep_ == "ccomp"
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _child(verb, {"dobj"}) is None))
        and verb.head.i > verb.i
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and _child(verb, {"nsubj"}) is not None
        and _child(verb.head, {"nsubj", "nsubjpass"}) is None
    )


def _misread_finite(verb: Token) -> bool:
    """The small parser's headline reading of 'The coalition [ROOT] bombed [acl] Sanaa': a past verb
    with a direct object (so no passive participle) hanging on the sentence's root noun, whose
    subject that noun is."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        # a past tense the tagger is sure of, one after an apposition ("X's chairman, Y, offered to
        # act"), or one with an object
        and (
            verb.tag_ == "VBD"
            or any(c.dep_ == "dobj" for c in verb.children)
            or (
                verb.doc[verb.i - 1].text == ","
                and any(c.dep_ == "appos" and c.i < verb.i for c in verb.head.children)
            )
        )
    )


def _clause_tokens(head: Token) -> list[Token]:
    """The head of a complement clause and the heads it coordinates or chains (xcomp), in order."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"conj", "xcomp"}:
            out.extend(_clause_tokens(child))
    return out


def _speech_governor(tok: Token, lex: EventLexicon) -> Token | None:
    """The reporting verb whose content clause holds tok ('X said it would …', '…, X said')."""
    current = tok
    for _ in range(3):
        if current.dep_ in {"ccomp", "xcomp", "conj"} and current.head.pos_ in {"VERB", "AUX"}:
            if lex.is_cue("speech", current.head.lemma_):
                return current.head
            current = current.head
            continue
        break
    if (
        current.dep_ in {"acl", "ccomp"}
        and current.head.pos_ == "NOUN"
        and current.head.lemma_ in SPEECH_NOUNS
    ):
        # "issued a stern reminder to Iraq that it must cooperate": the one who issues it speaks.
        light = _light_verb(current.head)
        if light is not None and light.pos_ == "VERB":
            return light
    if current.dep_ == "ROOT":
        for child in current.children:
            if (
                child.dep_ in {"parataxis", "ccomp"}
                and lex.is_cue("speech", child.lemma_)
                and child.i > tok.i
            ):
                return child
    return None


def _rules_out(tok: Token) -> bool:
    """'rule out' or 'exclude': the verbs whose negation leaves an option open."""
    lemma = tok.lemma_.lower()
    return lemma == "exclude" or (lemma == "rule" and any(c.lower_ == "out" for c in tok.children))


def _options(verb: Token) -> list[Token]:
    """What 'rule out' or 'exclude' takes: its objects, or a gerund ("exclude sending troops")."""
    return [
        *_objects_taken(verb),
        *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"),
    ]


def _conditional(tok: Token, marks: frozenset[str] | set[str] = frozenset({"if", "unless"})) -> bool:
    """Does an 'if'/'unless' clause (or one of `marks`) hang on the token ('will withdraw unless X
    complies')? A withdrawal held over someone 'unless' they act is a threat; one offered 'if' they
    act is an offer."""
    return any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children))
        or ("if" in marks and _as_long_as(c))
        for c in tok.children
    )


def _as_long_as(word: Token) -> bool:
    """'as long as …', 'so long as …' (the parser's "long" with the clause under it): a condition."""
    return (
        word.dep_ == "advmod"
        and word.lower_ == "long"
        and any(
            g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children)
            for g in word.children
        )
    )


def _prepares(tok: Token) -> bool:
    """Is the token's clause the complement of the verb 'prepare' ('prepared to resume shelling')?"""
    current = tok
    for _ in range(3):
        if current.dep_ != "xcomp":
            return False
        current = current.head
        if current.lemma_ == "prepare" and current.pos_ == "VERB":
            return True
    return False


def _have_to(tok: Token) -> bool:
    """'Sudan has to return …': have + to-infinitive as obligation."""
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "have" and any(c.lower_ == "to" for c in tok.children)


# Announced coercion: a sanction, restriction or attack that is planned, or conditional, is reported
# as someone's statement of it, a THREATEN ("will impose restrictions", "may halt mediation if …").
ANNOUNCED_HOSTILE = {"SANCTION", "COERCE", "ASSAULT"}


def _in_its_nth(verb: Token) -> bool:
    """'is now in its third week', 'entered its second day': a copula or 'enter' with an ordinal span."""
    if verb.lemma_.lower() not in {"be", "enter"}:
        return False
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    objects += [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.lemma_.lower() in {"day", "week", "month", "year"}
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children)
        and any(
            c.dep_ == "amod" and (c.ent_type_ in {"ORDINAL", "DATE"} or c.lower_ == "second")
            for c in o.children
        )
        for o in objects
    )


def _purpose(tok: Token) -> bool:
    """True for a verb that is the purpose of another act: "deployed troops to fight traffickers"."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ == "advcl"
        and tok.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _ultimatum(give: Token) -> bool:
    """'gave the rebels 48 hours to leave', 'gave strikers until Friday to return': a deadline given
    for an act (CAMEO 139, an ultimatum)."""
    deadline = None
    for child in give.children:
        if child.dep_ in {"npadvmod", "dobj"} and child.ent_type_ in {"DATE", "TIME"}:
            deadline = child
        elif child.dep_ == "prep" and child.lower_ == "until":
            deadline = next((o for o in child.children if o.dep_ == "pobj"), None)
    if deadline is None:
        return False
    clauses = [
        c for c in (*give.children, *deadline.children) if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
    ]
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses)


def _phrase_text(noun: Token) -> str:
    """A noun with the words before it in its phrase, without a leading article ("fishing industry
    sources")."""
    words = [
        t
        for t in noun.doc[noun.left_edge.i : noun.i + 1]
        if not (t.i == noun.left_edge.i and t.dep_ == "det")
    ]
    return " ".join(t.text for t in words)


def _scheduled(verb: Token) -> bool:
    """The act has its own date: "will close … in December", "will leave next week"."""
    for child in verb.children:
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in child.children):
            return True
        if child.dep_ in {"npadvmod", "advmod"} and child.ent_type_ == "DATE":
            return True
    return False


def _announced_threat(cand: Candidate) -> None:
    if cand.framed or cand.trig.event not in ANNOUNCED_HOSTILE or not cand.actor:
        return
    if _purpose(cand.trigger):
        return  # what an act is meant to do is no threat made
    if cand.trigger.dep_ == "xcomp" and cand.trigger.head.lemma_.lower() in SCHEDULE_WORDS:
        return  # "is set to cut its ties", "plans to expel": a decision reported, not a threat made
    if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in cand.trigger.children):
        return  # "… if Washington imposed duties": a condition named, not a threat made
    if cand.status not in {"planned", "hypothetical"} or cand.claim_noun is not None:
        return
    if cand.status == "planned" and _scheduled(cand.trigger):
        return  # "will close its consulate in December": a decision with a date is a plan, not a threat
    cand.trig = Trigger("THREATEN", None, THREAT_CAMEO.get(cand.trig.event, "130"), cand.trig.context)
    cand.status = "occurred"
    cand.framed = True


def _handed_to_justice(cand: Candidate, by_head: dict[int, Mention]) -> None:
    """'handed two suspects over to Malaysian police', 'delivered him to the federal police': people
    given to another's police, courts or intelligence are an extradition in all but name (CAMEO 063,
    judicial cooperation), not a return of property or aid."""
    tok = cand.trigger
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"hand", "deliver", "turn", "transfer"}:
        return
    obj = _child(tok, {"dobj", "nsubjpass"})
    if obj is None:
        return
    named = by_head.get(obj.i)
    person = (obj.pos_ == "PRON" and obj.lower_ in {"him", "her", "them", "he", "she", "they"}) or (
        named is not None
        and (named.kind in {"person", "title"} or named.actor.sector in {"CRM", "CVL", "OPP"})
    )
    if person and any(a.sector in {"COP", "JUD", "SPY"} for a in cand.recipient):
        cand.trig = Trigger("COOPERATE", None, "063", ("legal",))


# Withdrawing inspectors, observers, aid workers or peacekeepers ends an international involvement
# (CAMEO 166, SANCTION), it is no retreat from a position.
INVOLVEMENT_NOUNS = {
    "inspector",
    "observer",
    "monitor",
    "peacekeeper",
    "worker",
    "staff",
    "mission",
    "personnel",
}


def _international_withdrawal(cand: Candidate) -> None:
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


def _leaves_an_organisation(cand: Candidate, by_head: dict[int, Mention]) -> None:
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
    bodies = [by_head[o.i].actor for o in left if o.i in by_head and _a_body_of_states(by_head[o.i].actor)]
    if bodies:
        cand.trig = Trigger("SANCTION", "withdraw", "160", ("diplomatic",))
        cand.recipient = _unique([*bodies, *cand.recipient])


def _fire_source(noun: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Who fired what an act was done by: "killed by gunfire from security forces", "wounded by
    shelling from rebel positions" (the fire itself names no one)."""
    return [
        a
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"from", "by"}
        for o in p.children
        if o.dep_ in {"pobj", "pcomp"}
        for a in _actors(o, by_head, maximal, places_ok=False)
    ]


def _weapons_test(verb: Token) -> bool:
    """'test-fired a ballistic missile', 'tested a new rocket': a weapons test, CAMEO's demonstration of
    military power (150), not an attack."""
    doc = verb.doc
    hyphened = (
        verb.i >= 2
        and doc[verb.i - 1].text in ("-", "–")
        and doc[verb.i - 2].lower_ == "test"
        and verb.lemma_.lower() in {"fire", "launch"}
    )
    tested = verb.lemma_.lower() == "test" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TESTED_WEAPONS for c in verb.children
    )
    return hyphened or tested


def _brings_down(verb: Token) -> bool:
    """'shot down a Russian jet', 'downed two drones', 'intercepted missiles': the weapon is what is hit."""
    lemma = verb.lemma_.lower()
    return lemma in BRING_DOWN_VERBS or (
        lemma == "shoot" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)
    )


def _fired_from(verb: Token, by_head: dict[int, Mention]) -> list[Actor]:
    """'rockets fired from Gaza': the country the weapons were fired from, as who fired them."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = by_head.get(obj.i)
            if mention is not None and mention.kind == "country" and mention.actor.code:
                return [mention.actor]
    return []


def _owner_undoes(trig: Trigger) -> bool:
    """Acts that only the owner of what they take does: lifting one's ban, recalling one's envoy."""
    return trig.event in {"RETREAT", "CONCEDE"} or (trig.event == "SANCTION" and trig.mode == "withdraw")


def _on_trade_or_state(noun: Token) -> bool:
    """'a ban on imports', 'restrictions on Cuba': a measure against trade or a state, not a freedom."""
    return any(
        o.lemma_.lower() in TRADE_WORDS or o.ent_type_ == "GPE"
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"on", "against"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def _quits_a_body(verb: Token, by_head: dict[int, Mention]) -> bool:
    """'The Gambia will leave the Commonwealth': a state (not troops) leaving a body of states."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"leave", "quit", "exit"}:
        return False
    subject = _subject(verb)
    doer = by_head.get(subject.i) if subject is not None else None
    if doer is None or not (doer.kind == "country" or (doer.kind == "group" and doer.actor.sector == "GOV")):
        return False  # troops leaving, an official leaving his post: no state quits anything
    return any(
        c.dep_ == "dobj" and c.i in by_head and _a_body_of_states(by_head[c.i].actor) for c in verb.children
    )


def _a_body_of_states(actor: Actor) -> bool:
    """The OAS, ECOWAS, the ICC: an intergovernmental body itself, not its troops or agencies' staff."""
    return actor.code == "IGO" and actor.sector in {"IGO", "JUD", "GOV", None}


def _addressees(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Whom a statement is addressed to: 'told X', 'issued a reminder to X', 'said to X'."""
    out: list[Actor] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in SPEECH_NOUNS)]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    out.extend(_actors(obj, by_head, maximal))
            elif child.dep_ == "dative" and child.pos_ != "ADP":
                out.extend(_actors(child, by_head, maximal))
    return out


def _act_for_states(actors: list[Actor], sectors: set[str] | frozenset[str]) -> bool:
    """True when every actor is of one of `sectors` or a state named by its country ("Greece")."""
    return bool(actors) and all(
        a.sector in sectors or (a.sector is None and a.code not in {None, "IGO"}) for a in actors
    )


def _threatened_party(cand: Candidate, by_head: dict[int, Mention], maximal: list[Mention]) -> None:
    """'threatened to strike unless the government paid the rise', 'to march on Addis Ababa unless
    Abiy's government lifted its blockade': the one whose act the condition asks for is threatened,
    before a place the threat names."""
    if cand.trig.event != "THREATEN" or any(a.sector is not None for a in cand.recipient):
        return
    tok = cand.trigger
    for clause in (t for t in tok.subtree if t.dep_ == "advcl" and t.i > tok.i):
        if not any(m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in clause.children):
            continue
        subj = _child(clause, {"nsubj", "nsubjpass"})
        found = (
            [a for a in _actors(subj, by_head, maximal) if a not in cand.actor] if subj is not None else []
        )
        if found:
            cand.recipient = found
            return


def _refusal(cand: Candidate) -> None:
    """'Iran did not accept the offer', 'Israel would not accept the plan': not accepting is a
    rejection (CAMEO 12), which did take place; only a condition leaves it hypothetical."""
    tok = cand.trigger
    if not cand.negated or tok.pos_ != "VERB" or not EventLexicon.load().is_cue("refusable", tok.lemma_):
        return
    cand.trig = Trigger("REJECT", None, "120", cand.trig.context)
    cand.negated = False
    if cand.status in {"denied", "hypothetical"}:
        cand.status = "hypothetical" if _conditional(tok) else "occurred"


def _neighbour_across_border(tok: Token, by_head: dict[int, Mention], actors: list[Actor]) -> list[Actor]:
    """'massed troops near its border with Ukraine', 'along the Colombian border': the country across
    the border the act is done at faces it."""
    own = {a.code for a in actors}
    verb = tok if tok.pos_ == "VERB" else _light_verb(tok)
    scope = [t for t in (verb or tok).subtree if t.dep_ not in {"relcl", "ccomp"}]
    for border in (t for t in scope if t.lemma_.lower() in BORDER_NOUNS):
        named = [c for c in border.children if c.dep_ in {"amod", "compound", "poss"}]
        named += [o for p in border.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        for word in named:
            mention = by_head.get(word.i)
            if mention is not None and mention.actor.code not in own | {None}:
                return [mention.actor]
    return []


def _specific(actors: list[Actor], places: set[str] | None = None) -> list[Actor]:
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


def _local_countries(cand: Candidate, places: list[Place]) -> None:
    """'Police shot three protesters in Nairobi': people of no stated country where the event happened
    are that country's. Recipients of any sector; actors only of sectors that act at home (troops,
    rebels, governments and the press cross borders: 'troops shelled Kharkiv'). Without a resolved
    place of its own, the event is where all the sentence's places but its actors' are ('in Nairobi's
    Kibera slum', 'US drone strikes killed five militants in Yemen')."""
    code = cand.place.country_code if cand.place is not None else None
    if code is None:
        start, end = cand.sentence.start_char, cand.sentence.end_char
        acting = {a.entity_text for a in cand.actor}
        codes = {p.country_code for p in places if start <= p.start < end and p.text not in acting}
        code = codes.pop() if len(codes) == 1 else None
    if code is None:
        return

    def local(actors: list[Actor], sectors: frozenset[str]) -> list[Actor]:
        return [replace(a, code=code) if a.code is None and a.sector in sectors else a for a in actors]

    cand.actor = local(cand.actor, HOME_SECTORS)
    cand.recipient = local(cand.recipient, LOCAL_SECTORS)


def _domestic_targets(cand: Candidate) -> None:
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


def _place_actor(place: Place) -> Actor:
    """A place named by a preposition standing for its country as a recipient; a town or city
    (GeoNames PPL*) stands for its people, CAMEO's civilian sector (a capital is the government only
    as a subject or object, which makes it an actor mention of its own)."""
    town = (place.feature_code or "").startswith("PPL")
    return Actor(place.text, place.name, place.country_code, "CVL" if town else None)


def _subject_actors(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    subj = _subject(verb)
    return _actors(subj, by_head, maximal) if subj is not None else []


def _owner(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """Who a request, offer or proposal comes from: 'a U.S. request', 'Iraq's offer', 'a call by X'."""
    for child in noun.children:
        if child.i in by_head and child.dep_ in {"poss", "compound", "nmod", "amod"} and child.pos_ != "PRON":
            return by_head[child.i].actor
        if child.dep_ == "prep" and child.lower_ in {"of", "by", "from"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_head:
                    return by_head[obj.i].actor
    return None


def _actors(
    tok: Token, by_head: dict[int, Mention], maximal: list[Mention], *, places_ok: bool = True
) -> list[Actor]:
    """Actors named by the phrase headed by tok, with its conjuncts and textual lists."""
    out: list[Actor] = []
    heads = [tok, *tok.conjuncts]
    if tok.i in by_head and by_head[tok.i].kind == "country":
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a country apposed to a country
        # is the next item of a list the parser read as an apposition.
        for appos in (c for c in tok.children if c.dep_ == "appos" and c.i in by_head):
            if by_head[appos.i].kind == "country":
                heads.extend([appos, *appos.conjuncts])
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
        if mention is None:
            # "the Azerbaijani republic": a noun naming no actor stands for the country modifying it.
            mention = next(
                (
                    by_head[c.i]
                    for c in head.children
                    if c.dep_ in {"compound", "amod", "nmod"} and c.i in by_head
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
        out.append(mention.actor)
        out.extend(mention.also)  # "Vietnamese and Cambodian navies": both navies
    if not places_ok:
        out = [a for a in out if a.code is not None or a.sector is not None]
    return out


def _object_actor(
    verb: Token, by_head: dict[int, Mention], actors: list[Actor], role: str = "dobj"
) -> list[Actor]:
    """'welcomed the resumption of ties with X': with no recipient of its own, the first actor named
    inside the verb's object phrase (or, with `role` "nsubjpass", its passive subject's: "US
    sanctions on Damascus were lifted"), not in a clause of its own, receives the event."""
    direct = _child(verb, {role})
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
                return [mention.actor] if tok is not direct else []
        # (not where: "signed an accord in Tegucigalpa" is signed there, not with Honduras; but "dollars
        # in loans to Vietnam" goes on)
        queue.extend(
            c
            for c in tok.children
            if c.dep_ in {"prep", "pobj", "compound", "nmod", "poss"} and not _names_a_venue(c)
        )
    return []


def _with_counted(objects: list[Token]) -> list[Token]:
    """The objects, and what a quantity or measure among them counts ("thousands of documents",
    "40,000 tonnes of diesel")."""
    return objects + [
        o
        for q in objects
        if q.lemma_.lower() in COUNTING_HEADS
        for p in q.children
        if p.lower_ == "of"
        for o in p.children
    ]


def _of_objects(noun: Token) -> list[Token]:
    """What a noun's "of" phrase names, and what a quantity or measure there counts or measures."""
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    objects += [c for o in objects for c in o.conjuncts]
    return _with_counted(objects)


def _objects_taken(verb: Token, conjuncts: bool = False) -> list[Token]:
    """What a verb takes: its object (or passive subject), what it provides 'with', and the things
    counted by a quantity ('thousands of documents'); with `conjuncts`, the things listed with them."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    # "flew in generators": a particle parsed as a preposition
    objects += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in" and p.i == verb.i + 1
        for o in p.children
    ]
    if conjuncts:
        objects += [c for o in objects for c in o.conjuncts]  # "generators and drinking water"
    return _with_counted(objects)


def _is_undertaking(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in UNDERTAKINGS


def _reports_a_fact(clause: Token) -> bool:
    """A complement clause in the past or the perfect ('that it had not yielded', 'that troops fired'),
    not a demand ('that Israel withdraw', 'that talks must resume')."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"must", "should", "shall", "would", "will", "to"} for a in auxes):
        return False
    return clause.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)


def _names_a_venue(prep: Token) -> bool:
    """'in Tegucigalpa', 'at Camp David': a preposition of where, with a name as its object."""
    return prep.lower_ in VENUE_PREPS and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


def _object_participants(verb: Token, by_head: dict[int, Mention], maximal: list[Mention]) -> list[Actor]:
    """Actors a clause's verb acts on: its direct object and the objects of recipient prepositions on
    the verb or the object ('cut off electricity to X', 'break off relations with X')."""
    out: list[Actor] = []
    direct = _child(verb, {"dobj", "dative"})
    if direct is not None:
        out.extend(_actors(direct, by_head, maximal, places_ok=False))
    for holder in (verb, direct) if direct is not None else (verb,):
        for prep in holder.children:
            if prep.dep_ == "prep" and (prep.lower_ in RECIPIENT_PREPS or prep.lower_ == "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = _actors(obj, by_head, maximal, places_ok=False)
                        owner = _owner(obj, by_head) if not found else None
                        out.extend(found or ([owner] if owner else []))  # "respond to a demand from X"
    return out


def _purpose_target(tok: Token, by_head: dict[int, Mention], actors: list[Actor]) -> list[Actor]:
    """The first actor named in the clause that states what a protest demands or opposes ('to demand
    …', 'calling for …', 'in protest of …', 'against …'), in the order of the words."""
    holders = [tok]
    if tok.dep_ in {"dobj", "pobj"} and tok.head.pos_ in {"VERB", "AUX", "ADP"}:
        holders.append(tok.head if tok.dep_ == "dobj" else tok.head.head)  # "staged demonstrations to …"
    for holder in holders:
        for child in holder.children:
            purpose = child.dep_ in {"advcl", "xcomp", "acl"} or (
                child.dep_ == "prep" and child.lower_ in {"against", "in", "over"}
            )
            if not purpose or _condition_or_time_clause(child):
                continue  # "a protest if the detainees are not released": a condition, not the demand
            for t in sorted(child.subtree, key=lambda t: t.i):
                mention = by_head.get(t.i)
                if mention is not None and t.pos_ != "PRON" and mention.actor not in actors:
                    return [mention.actor]
    return []


def _names_a_state(tok: Token, by_head: dict[int, Mention]) -> bool:
    """Is `tok` the head of a mention of a state ("Chad", "the country"), not of a place or a group?"""
    mention = by_head.get(tok.i)
    return mention is not None and mention.kind == "country"


def _according_to(tok: Token) -> Token | None:
    """The source of 'according to X' said of the clause that holds `tok`, or None."""
    holders = {tok.i, *(a.i for a in tok.ancestors)}
    for word in tok.sent:
        # (on the clause, or on a participle of it: "shelled a market, killing dozens, according to X")
        if word.lower_ == "according" and (word.head.i in holders or word.head.head.i in holders):
            to = next((c for c in word.children if c.lower_ == "to"), None)
            source = _child(to, {"pobj"}) if to is not None else None
            if source is not None:
                return source
    return None


def _infinitive(clause: Token) -> bool:
    """A 'to' clause of purpose: 'to disperse the crowd', 'in order to stop them'."""
    return clause.pos_ == "VERB" and any(
        c.dep_ in {"aux", "mark"} and c.lower_ == "to" for c in clause.children
    )


def _condition_or_time_clause(clause: Token) -> bool:
    """An adverbial clause opened by 'if', 'unless', 'when', 'after' … (not a purpose: 'to', 'so that')."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ not in {"to", "so", "that", "in"} for c in clause.children
    )


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
        if doc is not None and not _same_list(doc[prev.head], doc[current.head]):
            break
        # A list ends with 'and'/'or': in 'Under pressure from the EU, Serbia arrested …' the comma
        # closes an opening phrase.
        if (
            doc is not None
            and current is ordered[index]
            and not gap.strip(" ,")
            and doc[prev.head].dep_ == "pobj"
            and doc[current.head].dep_ in {"nsubj", "nsubjpass"}
        ):
            break
        out.insert(0, prev)
        current = prev
    return out


def _same_list(a: Token, b: Token) -> bool:
    """Can two noun heads be items of one list? Not an object and the subject of a later clause
    ('… to protect migrants, a rights group said')."""
    boundary = b.dep_ in {"nsubj", "nsubjpass"} and a.dep_ in {"dobj", "attr"} and a.head.i != b.head.i
    return not boundary or a in b.conjuncts


def _maximal(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions not inside a longer one (for finding lists in the text)."""
    ms = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out


def _possessor(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """The named possessor of a noun that is no actor itself ("Serbia's crackdown"), or who made it
    ("the offer made by the EU"), else None."""
    if noun.pos_ != "NOUN" or noun.i in by_head:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and child.i in by_head:
            return by_head[child.i].actor
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for obj in (o for o in agent.children if o.dep_ == "pobj" and o.i in by_head):
                return by_head[obj.i].actor
    return None


def _of_phrase_actor(noun: Token, by_head: dict[int, Mention]) -> Actor | None:
    """The owner of a noun: its possessor or the object of its 'of' ("the assertions of X")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.i in by_head:
            return by_head[child.i].actor
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_head:
                    return by_head[obj.i].actor
    return None


def _common_depth(a: Token, b: Token) -> int:
    """Depth (distance from the root) of the lowest common ancestor of two tokens."""
    ancestors_a = {t.i for t in [a, *a.ancestors]}
    for t in [b, *b.ancestors]:
        if t.i in ancestors_a:
            return len(list(t.ancestors))
    return 0


def _same_event_word(noun: Token, trigger: Token) -> bool:
    """'meeting' names 'met'/'meeting'; 'inspection' names 'inspect'; same lemma names itself."""
    a, b = noun.lemma_.lower(), trigger.lemma_.lower()
    if a == b:
        return True
    stem = min(len(a), len(b), 6)
    return stem >= 4 and a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 5


def _earlier_same(cand: Candidate, earlier: list[Candidate]) -> Candidate | None:
    for prior in reversed(earlier):
        if prior.trig.event == cand.trig.event and _same_event_word(cand.trigger, prior.trigger):
            return prior
    return None


def _merge_conjoined(cands: list[Candidate]) -> None:
    """'inspect the deposits, monitor areas' with the same category and status → one event."""
    i = 0
    while i < len(cands):
        a = cands[i]
        j = i + 1
        while j < len(cands):
            b = cands[j]
            conjoined = b.trigger in a.trigger.conjuncts or a.trigger in b.trigger.conjuncts
            # "Israel blamed Hamas, and Hamas accused Israel": clauses with subjects of their own are
            # two acts; "inspect the deposits, monitor areas" (one subject) is one.
            own_subjects = all(_child(c.trigger, {"nsubj", "nsubjpass"}) is not None for c in (a, b))
            if conjoined and not own_subjects and a.trig.event == b.trig.event and a.status == b.status:
                a.actor = _unique(a.actor + b.actor)
                a.recipient = _unique(a.recipient + b.recipient)
                a.extra_tokens.append(b.trigger)
                a.back_reference = a.back_reference and b.back_reference
                del cands[j]
            else:
                j += 1
        i += 1


CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "maim"})


def _merge_casualties(cands: list[Candidate]) -> None:
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
            if attack is None:
                continue
            attack.actor = _unique(attack.actor + b.actor)
            attack.recipient = _unique(attack.recipient + b.recipient)
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
    subject = _child(verb, {"nsubj"}) or (verb.head if _misread_finite(verb) else None)
    if subject is not None and _phrase_head(a.trigger).i == subject.i:
        return True
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return False
    if verb.dep_ in {"advcl", "conj"} and verb.head.i in held:
        return True
    return any(c.dep_ == "advcl" and c.i in held for c in verb.children)


SPEECH_ACTS_ABSORB = {"REQUEST", "REJECT", "SUPPORT"}
TOPIC_ABSORB = {"CONSULT"}  # "discussed the peace agreement": the agreement is a topic


def _content_of_speech_acts(cands: list[Candidate], by_head: dict[int, Mention]) -> list[Candidate]:
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
            if depth > 3 or (anc.dep_ in {"ROOT", "relcl", "advcl"} and anc.i not in triggers):
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
        if (
            outer is not None
            and cand.claim_noun is None
            and outer.trig.event in SPEECH_ACTS_ABSORB
            and not denied_clause
        ):
            continue  # but "denied closing the border": the closing is reported, as denied by its speaker
        if outer is not None and outer.trig.event in TOPIC_ABSORB and _is_topic(cand.trigger):
            continue
        if outer is not None and outer.trig.event == "ACCUSE" and cand.status == "occurred":
            cand.status = "alleged"
            cand.claimed_by = outer.actor[0].name if outer.actor else None
        out.append(cand)
    return out


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


def _not_what_is_cut(cands: list[Candidate]) -> list[Candidate]:
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


def _is_topic(tok: Token) -> bool:
    """A noun that is what was talked about ("discussed the agreement", "talks on a ceasefire")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in {"dobj", "nsubjpass"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "about", "over", "of", "regarding"}


def _describes_location(noun: Token) -> bool:
    """Is the noun inside a phrase that modifies a location noun ("the area of … deployment")?"""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in {"pobj", "prep", "poss", "compound"}:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in LOCATION_NOUNS:
            return True
    return False


def _merge_claimed(cands: list[Candidate]) -> None:
    """Events of one category inside the same claim ("blocked the road, impose a blockade") are one."""
    i = 0
    while i < len(cands):
        a = cands[i]
        j = i + 1
        while j < len(cands):
            b = cands[j]
            same_claim = (
                a.claim_noun is not None and b.claim_noun is not None and a.claim_noun.i == b.claim_noun.i
            )
            if same_claim and a.trig.event == b.trig.event:
                a.actor = _unique(a.actor + b.actor)
                a.recipient = _unique(a.recipient + b.recipient)
                a.extra_tokens.append(b.trigger)
                del cands[j]
            else:
                j += 1
        i += 1


def _link_disputes(cands: list[Candidate]) -> None:
    """An alleged event whose claim a REJECT in the sentence rejects is disputed by its actors."""
    for rejection in (c for c in cands if c.trig.event == "REJECT" and c.extra_tokens):
        claim = rejection.extra_tokens[0]
        for cand in cands:
            if cand.claim_noun is not None and cand.claim_noun.i == claim.i:
                cand.disputed_by = [a.name for a in rejection.actor]


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str | None]] = set()
    out: list[Actor] = []
    for a in actors:
        key = (a.name, a.code)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
