"""Word sets and code tables that event coding reads: which verbs, nouns and sectors mean what."""

from __future__ import annotations

from eventwatch.extract.sides import STATE_ORGANS
from eventwatch.extract.syntax import MEASURE_HEADS, QUANTITY_HEADS

# Intent frames turn the inner event into an AGREE with this CAMEO code ("express intent to …").
INTENT_CAMEO = {"AID": "033", "CONSULT": "036", "COOPERATE": "031", "CONCEDE": "035", "RETREAT": "035"}


HUMANITARIAN_CAMEO = {"033": "0333"}


RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}


# Verbal reactions to another's act (praise, blame, refusal): aimed at the act's doer.
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


ACCUSED_PREPS = {"over", "about"}


RECIPIENT_PREPS = {"against", "to", "on", "toward", "towards", "at", "upon", "for", "behind"}
# Light verbs that take an act to someone, in the passive too: "an offer was made to Sri Lanka",
# "a call was issued to the government", "a warning was delivered to Pyongyang".
HANDED_ON_VERBS = frozenset(
    {"make", "issue", "extend", "deliver", "send", "address", "convey", "hand", "present"}
)


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
        "reservist",
        "conscript",
    }
)


# Nouns of fire that also rain words: "a barrage of criticism", "a volley of questions" (no attack).
VOLLEY_NOUNS = frozenset({"barrage", "volley", "salvo", "hail", "fusillade"})
WORDS_RAINED = frozenset({
    "criticism", "question", "complaint", "accusation", "insult", "abuse", "condemnation", "protest",
    "praise", "attack", "allegation", "charge", "threat", "demand", "request", "call", "denunciation",
})  # fmt: skip


# What is let through to where it is needed: "allowed 200 trucks of food to enter Gaza".
ENTERING_VERBS = frozenset(
    {"enter", "reach", "cross", "pass", "land", "dock", "arrive", "go", "come", "travel"}
)


# Verbs of a pledge: what is pledged to be done is promised (AGREE), even an act that ends something
# ("promised to scrap the tax"), where other reports of a future act of force are threats.
PLEDGING_VERBS = frozenset({"promise", "pledge", "assure", "guarantee"})
# Verbs of a warning: what they say will follow on a condition is threatened ("warned that it would …").
WARNING_VERBS = frozenset({"warn", "caution", "threaten"})


# Those a state sends or sends back as its representatives: "sent home two Russian diplomats".
ENVOY_WORDS = frozenset({"diplomat", "ambassador", "envoy", "attaché", "consul", "chargé"})


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


def threat_cameo(event: str, cameo: str | None) -> str:
    """The CAMEO code of a threat to do an act: weapons of mass destruction threatened are 1385."""
    if cameo is not None and cameo.startswith("204"):
        return "1385"
    return THREAT_CAMEO.get(event, "130")


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
# ("brushed aside", and "said sorry", which the parser hangs the same way)
ADVERB_PARTICLES = frozenset(
    {"down", "back", "out", "off", "away", "up", "home", "together", "aside", "sorry"}
)


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


SPEECH_NOUNS = {
    "reminder",
    "warning",
    "statement",
    "message",
    "letter",
    "announcement",
    "declaration",
    "notice",
}


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
HOME_SECTORS = frozenset({"COP", "CVL", "OPP", "PTY", "LAB", "JUD", "LEG", "AGR", "EDU", "REL", "MED"})


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
# Prepositions of cause: "cancelled because of the fighting", "postponed due to the violence".
CAUSE_PREPS = frozenset({"because", "due", "owing", "over", "despite"})
# What names an event that came first, as the time or the cause of another: it took place, whatever
# the other's status ("threatened to close the border after a raid on Mandera").
EARLIER_EVENT_PREPS = frozenset({"after", "since", "amid", "following"}) | CAUSE_PREPS


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
UNDOING_NOUNS = frozenset(
    {
        "lifting",
        "easing",
        "removal",
        "scrapping",
        "repeal",
        "cancellation",
        "ending",
        "relaxation",
        "loosening",
    }
)

# Nouns of stopping what flows to someone: "a freeze on aid", "the suspension of aid" (a sanction).
HALTING_NOUNS = frozenset({"freeze", "halt", "suspension", "cutoff", "moratorium", "cut"})


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


# Announced coercion: a sanction, restriction or attack that is planned, or conditional, is reported
# as someone's statement of it, a THREATEN ("will impose restrictions", "may halt mediation if …").
ANNOUNCED_HOSTILE = {"SANCTION", "COERCE", "ASSAULT"}


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


CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "maim"})

# Verbs of killing: crowds who do it to the police attack them, they do not riot.
LETHAL_VERBS = frozenset(
    {"murder", "shoot", "execute", "assassinate", "behead", "lynch", "stab", "hack", "ambush"}
)


SPEECH_ACTS_ABSORB = {"REQUEST", "REJECT", "SUPPORT"}


TOPIC_ABSORB = {"CONSULT"}  # "discussed the peace agreement": the agreement is a topic

# Verbs whose approval of aid is the aid given ("the IMF approved a loan for Pakistan").
APPROVING_VERBS = frozenset({"approve", "authorize", "authorise", "okay"})

# Event nouns that also name a body: as a subject, the body acts ("the alliance warned").
BODY_NOUNS = frozenset({"alliance", "coalition"})

# Measures named after whom they concern ("the foreign agents law", "the police reform bill").
MEASURE_NOUNS = frozenset(
    {"law", "bill", "act", "legislation", "policy", "reform", "rule", "decree", "regulation"}
)
# Verbs of talking whose object is what is talked about ("discussed air defence"), not with whom.
TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "review", "examine", "address"})
# Dealings between parties: who leaves, enters or gives way in them acts on the other party ("pulled out
# of talks with", "backed down in its row with").
DEALINGS_NOUNS = frozenset({
    "talk", "negotiation", "dialogue", "agreement", "deal", "treaty", "accord", "pact", "alliance", "truce",
    "row", "dispute", "standoff", "stand-off", "feud", "spat", "quarrel",
})  # fmt: skip
# Verbs by which someone is a danger, not a threatener ("posed a threat to its security").
THREAT_POSING = frozenset({"pose", "represent", "constitute", "be", "remain"})
# Words for a person that name no role ("a mob beat a man to death").
PERSON_WORDS = frozenset({"man", "woman", "boy", "girl", "teenager", "youth", "person", "child", "suspect"})
# What a body is struck off when it is deregistered ("struck the party off the ballot").
STRUCK_OFF_LISTS = frozenset({"register", "registry", "list", "roll", "ballot"})
# What is given when something is allowed ("gave the go-ahead for relief flights").
# ("go-ahead" is split by the tokenizer: its head is "ahead")
CONSENT_NOUNS = frozenset({"ahead", "permission", "approval", "clearance", "authorization", "authorisation"})
# Works two states build, open or run together (COOPERATE, CAMEO 061, when both are named).
BUILDING_VERBS = frozenset(
    {"build", "construct", "lay", "open", "inaugurate", "operate", "run", "launch", "commission", "complete"}
)
JOINT_WORKS = frozenset({
    "pipeline", "railway", "railroad", "rail", "bridge", "road", "highway", "motorway", "tunnel", "port",
    "dam", "canal", "corridor", "crossing", "checkpoint", "post", "terminal", "cable", "interconnector",
    "estate", "zone", "refinery", "plant",
})  # fmt: skip
# What a threatened party is warned it would do: suffer ("Kinshasa would bear the consequences").
SUFFERING_VERBS = frozenset({"bear", "face", "pay", "suffer", "regret", "rue"})
# Verbs of saying whose direct object is the one told ("told Bamako it would", "assured Kyiv that").
TELLING_VERBS = frozenset({"tell", "inform", "assure", "remind", "notify", "warn", "promise", "reassure"})
# Nouns of what is known or said: their on-phrase is a topic ("share intelligence on Islamic State").
KNOWLEDGE_NOUNS = frozenset(
    {"intelligence", "information", "data", "detail", "evidence", "finding", "report", "view", "expertise"}
)
# People whose handing over to their own side is a return, not an extradition.
RETURNED_PEOPLE = frozenset(
    {
        "hostage",
        "captive",
        "pow",
        "child",
        "body",
        "remains",
        "soldier",
        "serviceman",
        "civilian",
        "fisherman",
        "sailor",
    }
)
# Verbs that take what they seize: a shipment seized is no delivery of aid.
SEIZING_VERBS = frozenset({"seize", "confiscate", "impound", "capture", "loot"})
# What makes a mission's mandate a peacekeeping one ("extended the mandate of its peacekeeping mission").
PEACEKEEPING_WORDS = frozenset(
    {
        "peacekeeping",
        "peacekeeper",
        "peace-keeping",
        "stabilization",
        "stabilisation",
        "monitoring",
        "observer",
    }
)
# Events whose purpose "to help (do something to) X" names who receives them ("send troops to help defend X").
HELPING_EVENTS = frozenset({"AID", "AGREE", "MOBILIZE", "COOPERATE", "SUPPORT"})
# Verbs of a third party's part in another's deal or talks: "a deal brokered by China" is not China's.
BROKERING_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor"})
# Words of a market: "demand for oil", "weak domestic demand" is no demand made of anyone.
MARKET_WORDS = frozenset(
    {
        "oil",
        "peak",
        "crude",
        "gas",
        "fuel",
        "energy",
        "electricity",
        "power",
        "coal",
        "steel",
        "gold",
        "grain",
        "wheat",
        "product",
        "good",
        "export",
        "import",
        "credit",
        "loan",
        "housing",
        "consumer",
        "domestic",
        "global",
        "world",
        "weak",
        "strong",
        "seasonal",
        "market",
        "share",
        "stock",
        "bond",
        "dollar",
        "currency",
    }
)
# Verbs that charge someone with an act: what they charge is a claim ("accused X of blockading Y, a claim
# Z denies").
CHARGING_VERBS = frozenset({"accuse", "allege", "blame", "charge"})

# Verbs of "X of doing Y" that make X the doer: "accused the troops of killing", "suspected of plotting".
ACCUSING_VERBS = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "indict", "clear"})


# Statements aimed at the subject of the clause they take: "demanded that X …", "accused … that X …".
ABOUT_THE_SUBJECT = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST"})  # "protested that X …"


# What a body decides, which blocking vetoes ("Hungary blocked the sanctions package"): a rejection,
# not an obstruction of anyone.
DECISION_NOUNS = frozenset(
    {
        "package", "resolution", "bill", "proposal", "decision", "deal", "agreement", "sanction", "law",
        "nomination", "appointment", "motion", "plan", "measure", "legislation", "statement", "declaration",
        "accession", "membership", "bid", "candidacy", "draft", "budget", "reform", "treaty", "amendment",
    }
)  # fmt: skip


# Words that make forces' acts shared: "joint patrols", "coordinated naval patrols".
JOINT_WORDS = frozenset({"joint", "coordinated", "combined"})

# Missions that troops join to protect others: "the multinational security mission in Haiti".
MISSION_WORDS = frozenset(
    {"multinational", "international", "peacekeeping", "security", "stabilisation", "stabilization", "un"}
)


# Warships that, ordered somewhere, are forces moved.
NAVAL_WORDS = frozenset(
    {"carrier", "warship", "destroyer", "frigate", "submarine", "fleet", "battleship", "cruiser"}
)


# What is conceded when it is agreed to, accepted or met.
DEMAND_NOUNS = frozenset({"demand", "demands", "grievance"})


# How a toll leaves people: "leaving eight people dead" withdraws no one.
LEFT_IN_A_STATE = frozenset(
    {"dead", "injured", "wounded", "homeless", "hurt", "stranded", "missing", "displaced", "trapped"}
)


# Arms that, handed in, disarm those who hand them.
HANDED_ARMS = frozenset({"weapon", "arm", "arms", "gun", "rifle", "ammunition", "arsenal"})

# Military equipment handed to another's forces: military aid (CAMEO 072), beside the arms of HANDED_ARMS.
HANDED_EQUIPMENT = HANDED_ARMS | frozenset(
    {"helicopter", "tank", "jet", "aircraft", "plane", "warship", "boat", "vessel", "missile", "equipment"}
)

# Property taken over by force or without right: a seizure (CAMEO 171), not a takeover of a firm or a job.
SEIZED_PROPERTY = frozenset(
    {"home", "house", "farm", "land", "estate", "building", "office", "ranch", "plantation", "field",
     "property", "mine", "factory", "plant", "compound", "headquarters"}
)  # fmt: skip

# People who are sent back across a border: deported (CAMEO 174).
SENT_BACK_PEOPLE = frozenset(
    {"migrant", "refugee", "immigrant", "worker", "asylum-seeker", "seeker", "deportee", "national",
     "citizen", "illegal", "returnee", "labourer", "laborer"}
)  # fmt: skip

# People driven from their homes or villages: a mass expulsion (CAMEO 201) when civilians.
DRIVEN_OUT_PEOPLE = frozenset(
    {"villager", "resident", "civilian", "family", "people", "inhabitant", "farmer", "peasant", "minority",
     "community", "migrant", "immigrant"}
)  # fmt: skip

# Events of working with another that blocking one rejects: "blocked the extradition" (CAMEO 12).
COOPERATIVE_EVENTS = frozenset({"COOPERATE", "AID", "AGREE", "CONSULT", "RETREAT"})

# Requests that throwing out rejects: "threw out a demand", "threw out the appeal".
REQUEST_NOUNS = frozenset({"request", "appeal", "petition", "plea", "call", "offer", "case", "challenge"})

# What people are urged to do against a ruler: rally opposition against him (CAMEO 113).
RISING_VERBS = frozenset({"unite", "rise", "rally", "mobilize", "mobilise", "stand", "join", "band"})

# What one state's services hand another's: intelligence shared (CAMEO 064).
INTELLIGENCE_NOUNS = frozenset(
    {
        "name",
        "information",
        "intelligence",
        "detail",
        "list",
        "file",
        "data",
        "evidence",
        "dossier",
        "tip-off",
    }
)

# Those told things for the news, not partners in sharing them: "gave reporters details".
NEWS_PEOPLE = frozenset({"reporter", "journalist", "press", "newsman", "correspondent", "medium", "media"})

# Events of force whose prospect raised is a threat: "raised the spectre of outlawing the party".
FORCEFUL_EVENTS = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE"})

# Trade cut off with a state: an embargo (CAMEO 163), not aid withheld.
EMBARGOED_TRADE = frozenset({"trade", "import", "export", "shipment", "commerce"})

# Arms moved away from a front: a de-escalation (CAMEO 087).
WITHDRAWN_ARMS = frozenset(
    {"artillery", "gun", "weapon", "tank", "missile", "rocket", "armour", "armor", "troops", "troop"}
)

# What is dropped on a place from the air in an attack (CAMEO 195).
DROPPED_ARMS = frozenset(
    {"bomb", "barrel", "explosive", "napalm", "canister", "grenade", "shell", "chemical"}
)

# Foreign presences a state lets in: international involvement allowed (CAMEO 086).
ADMITTED_PRESENCES = PEACEKEEPING_WORDS | frozenset(
    {"inspector", "monitor", "investigator", "deployment", "convoy", "relief"}
)


# What a call is made by: "spoke by telephone", "talked by video link".
LINES = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "link", "line"})


# Verbs that are an event only with one of their listed objects (verb_objects.tsv): any other object, a
# name included, is no event ("crushed Brazil 3-0", "supplies reached the hospital", "reached Kabul").
OBJECT_BOUND_VERBS = frozenset({"crush", "quell", "reach", "snatch"})


# Verbs whose to-infinitive is what they offer, promise or refuse ("offered on Thursday to mediate").
INFINITIVE_TAKERS = frozenset({
    "offer", "promise", "pledge", "vow", "threaten", "agree", "refuse", "decline", "undertake", "propose",
    "volunteer", "commit",
})  # fmt: skip


# Prepositions of what an act defies or comes in spite of: no party to it ("despite a court ban").
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})


# Event nouns of an act done by, not to, whom their of-phrase names: "the resignation of the minister".
SELF_ACT_NOUNS = frozenset({
    "resignation", "departure", "surrender", "defection", "arrival", "retreat", "pullout", "exit",
    "walkout", "mutiny", "uprising", "capitulation", "abdication",
})  # fmt: skip


# Particles of verbs of leaving, on which the parser may hang where from ("pulled back from Kherson").
MOTION_PARTICLES = frozenset({"back", "out", "away"})


# Verbs of giving whose agent, on what is handed out, is the giver ("supplies donated by the EU").
GIVING_VERBS = frozenset({"donate", "supply", "provide", "send", "fund", "finance", "give", "ship", "fly"})


# What a resignation or an agreement yields to, named after "after", "amid", "under", "following":
# acceding to demands (CAMEO 083x) rather than a plain resignation or promise.
YIELDING_PREPS = frozenset({"after", "amid", "under", "following"})
PRESSURE_NOUNS = frozenset({
    "protest", "demonstration", "strike", "riot", "unrest", "pressure", "demand", "uprising", "outcry",
    "rally", "march", "sit-in", "boycott", "campaign",
})  # fmt: skip


# Verbs that name someone as something: "named the speaker a suspect", "declared mayors military targets".
NAMING_VERBS = frozenset({"name", "declare", "designate", "brand", "label", "list", "proclaim"})
# What one is named as that accuses one: a suspect, a terrorist, a traitor (CAMEO 112).
ACCUSED_AS = frozenset({"suspect", "terrorist", "traitor", "criminal", "outlaw", "fugitive"})

# Adjectives of readiness after "be" that state an intent to act ("was ready to expand investment").
READINESS_WORDS = frozenset({"ready", "willing", "prepared", "eager"})
# Verbs of seeking: one side's pursuit of a tie ("sought closer ties with Beijing"), not a meeting.
SEEKING_VERBS = frozenset({"seek", "pursue"})
# Verbs of defying: what a protest defies is no target of it ("defying a court injunction").
DEFYING_VERBS = frozenset({"defy", "ignore", "disregard", "flout"})
# Nouns of letting something through ("allowed the passage of relief convoys").
PASSAGE_NOUNS = frozenset({"passage", "entry", "delivery", "transit", "movement", "flow", "access"})
# Dependencies of a noun's roles: an adjective in one is a noun the tagger misread ("a counter-offensive").
NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
# Verbs of a phase of an act ("would begin easing its sanctions"): the act carries their modal.
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume"})
# Words of a crowd, who may be protesters by what they do ("thousands filled the streets").
CROWD_WORDS = frozenset(
    {"thousand", "hundred", "crowd", "people", "resident", "student", "worker", "supporter"}
)


# Purposes of sending forces that make the sending help, not threaten: "would send troops to protect …".
PROTECTIVE_VERBS = frozenset(
    {"protect", "defend", "guard", "secure", "help", "assist", "support", "safeguard"}
)


# People a state takes in (CAMEO 075, asylum): "took in 2,000 refugees", "took in the officer as a refugee".
TAKEN_IN_PEOPLE = frozenset(
    {"refugee", "migrant", "asylum-seeker", "seeker", "defector", "evacuee", "exile", "dissident", "orphan"}
)

# People a state can be told to pull out (an expulsion, CAMEO 166), beside armed forces: "told the UN to pull
# its peacekeepers out" (not "told the forces to pull their guns back", a demand).
SENT_AWAY_PEOPLE = frozenset(
    {"peacekeeper", "staff", "diplomat", "personnel", "inspector", "monitor", "observer", "worker", "mission"}
)

# Verbs that weigh an act rather than do it: "would consider a boycott" threatens nothing yet.
WEIGHING_VERBS = frozenset(
    {"consider", "discuss", "weigh", "study", "debate", "examine", "review", "propose", "contemplate", "mull"}
)

# Ground that troops take and hold (CAMEO 192, occupying territory): "took over a disputed hilltop".
HELD_GROUND = frozenset(
    {
        "hilltop",
        "hill",
        "outpost",
        "post",
        "territory",
        "island",
        "islet",
        "ridge",
        "pass",
        "airstrip",
        "airport",
    }
)

# Soldiers a state sends home: demobilised (CAMEO 0873).
DEMOBILISED = frozenset({"conscript", "soldier", "troop", "reservist", "fighter", "combatant", "recruit"})

# Things given back to their owner (CAMEO 0842): "the return of the plane to the United States".
RETURNED_THINGS = frozenset(
    {"plane", "aircraft", "jet", "ship", "vessel", "boat", "trawler", "helicopter", "drone", "body",
     "remains", "artefact", "artifact", "territory", "island", "land", "property", "asset", "embassy",
     "enclave"}
)  # fmt: skip

# What a plan or plea thrown out is ("threw out the UN blueprint"): a rejection (CAMEO 12).
THROWN_OUT = DEMAND_NOUNS | DECISION_NOUNS | REQUEST_NOUNS | {"blueprint", "offer", "request", "case"}

# People an armed band seizes (CAMEO 181, abduction) and the bands that seize them.
ABDUCTED_PEOPLE = frozenset(
    {"worker", "hostage", "tourist", "engineer", "journalist", "missionary", "crewman", "sailor", "official",
     "diplomat", "foreigner", "passenger", "villager", "student", "child", "girl"}
)  # fmt: skip
ARMED_BANDS = frozenset(
    {"gunman", "militant", "rebel", "kidnapper", "abductor", "pirate", "insurgent", "guerrilla"}
)

# The arms an attack is "backed by" ("Backed by tanks and heavy artillery, …"): its means, no supporter.
BACKING_ARMS = ARMED_WORDS | {
    "artillery",
    "helicopter",
    "gunship",
    "warplane",
    "aircraft",
    "jet",
    "armour",
    "armor",
}

# Money a donor releases: aid given, not people freed ("released a loan tranche", "budget support was
# released to the Palestinian Authority").
RELEASED_FUNDS = frozenset(
    {
        "aid",
        "fund",
        "funding",
        "money",
        "tranche",
        "loan",
        "grant",
        "support",
        "assistance",
        "payment",
        "credit",
    }
)

# How a reaction that is a rebuke is made: "reacted angrily to reports that …" (CAMEO 111).
ANGRILY = frozenset({"angrily", "furiously", "sharply", "indignantly", "testily", "bitterly"})

# Outsiders who inspect or watch, let in (CAMEO 0862): "gave IAEA inspectors access".
INSPECTOR_WORDS = frozenset({"inspector", "observer", "monitor", "investigator", "expert", "inspection"})

# The press, closed by order (CAMEO 1721, restrictions on speech): "ordered three newspapers shut".
PRESS_OUTLETS = frozenset(
    {"newspaper", "paper", "daily", "weekly", "station", "broadcaster", "channel", "radio", "television"}
    | {"website", "outlet", "magazine", "agency", "tv"}
)

# What an order to close is a sanction on: the press, and parties, offices and groups (CAMEO 172), not
# schools closed for a storm.
CLOSED_BY_ORDER = PRESS_OUTLETS | frozenset(
    {"party", "office", "organisation", "organization", "ngo", "group", "charity"}
)

# Who walks out of talks rather than off a job: "Khartoum's delegation walked out" halts them (CAMEO 164).
NEGOTIATING_PARTIES = frozenset({"delegation", "negotiator", "delegate", "envoy", "mediator"})

# Foreign bodies and envoys a state throws out (CAMEO 166), beside the people of SENT_AWAY_PEOPLE.
EXPELLED_BODIES = frozenset(
    {"office", "ambassador", "envoy", "team", "delegation", "correspondent", "agency"}
)

# What one is told to expect when warned (CAMEO 130): "told Oslo to expect unspecified consequences".
REPERCUSSIONS = frozenset(
    {"consequence", "repercussion", "retaliation", "reprisal", "response", "retribution"}
)

# Nouns of a protest called off by those who hold it ("the suspension of the sit-in", CAMEO 082).
CALLING_OFF_NOUNS = frozenset({"suspension", "cancellation", "end", "ending", "halt"})


# Verbs that move people from where they live or work, and those they move, when done "forcibly" (174).
REMOVING_VERBS = frozenset(
    {"clear", "move", "remove", "relocate", "displace", "transfer", "drive", "push", "chase"}
)
MOVED_PEOPLE = frozenset(
    {
        "hawker",
        "vendor",
        "trader",
        "squatter",
        "resident",
        "family",
        "villager",
        "people",
        "protester",
        "tenant",
    }
    | {"farmer", "settler", "migrant", "refugee", "worker", "student", "community", "household", "occupant"}
)

# What outsiders are let in to do (CAMEO 086): "let the Red Cross visit prisoners", "allowed monitors to
# inspect"; and the outsiders, beside named bodies.
LOOKING_IN_VERBS = frozenset(
    {"visit", "inspect", "monitor", "observe", "investigate", "enter", "examine", "tour"}
)
OUTSIDER_WORDS = frozenset(
    {"team", "delegation", "mission", "journalist", "reporter", "diplomat", "envoy", "agency", "committee"}
    | {
        "organisation",
        "organization",
        "observer",
        "monitor",
        "inspector",
        "investigator",
        "expert",
        "official",
    }
)
# International bodies and their staff kept out of a country (CAMEO 1245): "barred UN investigators".
OUTSIDE_BODIES = frozenset({"inspector", "monitor", "observer", "investigator", "rapporteur", "peacekeeper"})

# What makes a strike a blow, not a walk-out: "a pre-emptive nuclear strike", "a retaliatory strike".
MILITARY_STRIKE_WORDS = frozenset(
    {"nuclear", "emptive", "preemptive", "pre-emptive", "retaliatory", "punitive", "military", "missile"}
    | {"drone", "rocket", "artillery", "surgical", "precision", "naval", "aerial", "atomic", "first-strike"}
)

# What a strike hits when it is a blow: "a strike on Hezbollah positions".
MILITARY_TARGETS = frozenset(
    {"position", "base", "target", "camp", "convoy", "depot", "stronghold", "hideout", "outpost"}
    | {"installation", "bunker", "launcher", "militant", "fighter", "rebel", "insurgent", "troop"}
)

# What an attack hits that belongs to whoever holds it: "pounded positions held by the RSF".
TARGETED_HOLDINGS = (
    MILITARY_TARGETS | HELD_GROUND | frozenset({"area", "town", "village", "district", "line"})
)

# Light verbs whose negation says the act was not done at all: "held no talks", "did not go on strike",
# "did not sign an accord" (not "did not attend the summit").
MAKING_VERBS = frozenset(
    {"hold", "stage", "be", "go", "launch", "conduct", "carry", "mount", "begin", "start", "make", "give"}
    | {"issue", "deliver", "offer", "sign", "impose", "declare", "reach", "organise", "organize", "hand"}
)

# Verbs of sending people, whose purpose may be the event: "sent a team to Togo to look into reports".
SENDING_VERBS = frozenset({"send", "dispatch"})
