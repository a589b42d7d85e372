"""Word sets that actor finding reads: pronouns, state nouns, back-reference nouns, role heads."""

from __future__ import annotations

import re

PRONOUNS_PERSON = {"he", "she", "him", "her", "himself", "herself"}


# A name whose given name is hyphenated in lower case after the hyphen: "Kim Jong-un", "Ban Ki-moon".
HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]{1,5}")


PRONOUNS_GROUP = {"they", "them", "it", "its", "their", "itself", "themselves"}


# Definite nouns that name again a state named before ("the country", "the kingdom"); with a modifier
# only, those that alone are mostly something else ("the Baltic state", "the island nation" but not
# "the state media"); and the kinds of pairs that name two ("the two sides", "both countries").
STATE_NOUNS = frozenset(
    {
        "country",
        "nation",
        "kingdom",
        "republic",
        "emirate",
        "sultanate",
        "principality",
        "archipelago",
        "islands",
    }
)


MODIFIED_STATE_NOUNS = frozenset({"state", "island", "neighbour", "neighbor"})


PAIR_NOUNS = frozenset({"side", "country", "nation", "neighbour", "neighbor", "state", "government"})


STATE_REFERENCE = "state-ref"


# Sectors of unmarked speakers whose side a report decides ("the military said", "the governor said").
STATE_SPEAKERS = frozenset({"GOV", "MIL", "COP"})


# Titles that, as "the two X" or "both X", name again the two people last named.
PERSON_PAIR_NOUNS = frozenset({"leader", "president", "minister", "premier", "counterpart", "head", "chief"})


VERBS_OR_AUX = frozenset({"VERB", "AUX"})


# Bare definite nouns that name again the organisation last named ("Human Rights Watch … The organisation
# said"): resolved like a pronoun, dropped when no organisation came before.
BACK_REFERENCE_NOUNS = {
    "organisation",
    "organization",
    "agency",
    "group",
    "movement",
    "charity",
    "company",
    "firm",
    "union",
    "bloc",
    "alliance",
    "militia",
    "fund",
    "bank",
    "network",
}


# "of Armenian origin": a descent, which names no state.
ORIGIN_WORDS = {"origin", "descent", "background", "ancestry", "heritage", "ethnicity", "extraction"}


# Words that make an unlisted organisation's name international ("the Pacific Islands Forum", "the
# Caribbean Development Bank"), when no country word is in it; with one of INTERGOVERNMENTAL_HEADS
# it is a body of states (PLOVER IGO), else of unknown sector (an NGO, a federation).
INTERNATIONAL_WORDS = {
    "international",
    "world",
    "global",
    "pacific",
    "caribbean",
    "african",
    "asian",
    "european",
    "nordic",
    "baltic",
    "inter-american",
    "andean",
    "regional",
    "intergovernmental",
    "multilateral",
    "sahel",
}


INTERGOVERNMENTAL_HEADS = {
    "bank",
    "fund",
    "forum",
    "community",
    "organisation",
    "organization",
    "commission",
    "union",
    "council",
    "programme",
    "program",
    "agency",
    "secretariat",
    "conference",
    "authority",
    "facility",
    "partnership",
}


# Heads of unlisted organisations that are not, by default, a government's ("the Kuwait Fund" is, but
# "the Lowy Institute", "a church relief network" and "the Chamber of Mines" are not).
NON_STATE_ORG_HEADS = {
    "campaign",
    "coalition",
    "forum",
    "foundation",
    "institute",
    "association",
    "federation",
    "front",
    "movement",
    "network",
    "alliance",
    "league",
    "society",
    "chamber",
    "club",
    "trust",
    "centre",
    "center",
    "group",  # ("the Islamic Group": unlisted, and no office of state)
}


# Sectors of the named groups "the group" may name again (beside organisations): "Boko Haram … The group".
NON_STATE_GROUPS = {"REB", "INS", "NGO", "IGO"}


TITLES_OF = {
    "head",
    "chief",
    "director",
    "chairman",
    "chair",
    "president",
    "representative",
    "member",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "secretary-general",
    "delegation",
}


AMBIGUOUS_ROLE_ADJ = {"general", "national", "official", "military"}  # "military aid" is no army


PLACE_NOUNS = {
    "town",
    "city",
    "village",
    "region",
    "province",
    "district",
    "area",
    "state",
    "country",
    "capital",
}


FORMER = {"former", "ousted", "deposed", "exiled", "ex", "ex-"}


# Sector-neutral titles: the group led or spoken for gives the sector ("rebel commander", "army spokesman").
NEUTRAL_ROLE_HEADS = {
    "leader", "chief", "commander", "spokesman", "spokeswoman", "spokesperson",
    "mediator", "negotiator", "envoy", "delegate",  # "church mediators", "rebel negotiators"
    "organisation", "organization",  # "Indonesia's largest Muslim organisation"
}  # fmt: skip

# Staff whom an international body sends: "investigators from the UN tribunal", "inspectors of the IAEA".
IGO_STAFF_HEADS = frozenset({"investigator", "inspector", "monitor", "observer", "expert", "official"})

# Groups whose sector is their members': "a delegation of U.S. senators", "a team of doctors".
GROUP_OF_HEADS = frozenset({"delegation", "team", "contingent"})
# An aircraft of a named airline is an airliner (its passengers and crew, CVL), no air force's jet.
AIRCRAFT_WORDS = frozenset({"jet", "plane", "aircraft", "airplane", "aeroplane"})
AIRLINE_WORDS = frozenset({"airlines", "airline", "airways", "air", "aviation"})
# A state's envoys to a body: "Iraq's UN ambassador", "the Iranian IAEA envoy" are the state's.
ENVOY_HEADS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission"})
# Bodies named for their members ("the Congress of South African Trade Unions", "the Federation of
# Kenya Employers"): the members' role gives the body's sector, where it is no state's.
BODY_OF_MEMBERS_HEADS = frozenset({
    "congress", "federation", "confederation", "union", "association", "council", "league", "alliance",
})  # fmt: skip
MEMBERS_SECTORS = frozenset({"LAB", "BUS", "EDU", "MED", "AGR", "JRN", "REL", "CVL", "REF"})


# People who act for the group that names them: "MILF negotiators", "fighters of the LRA".
MEMBER_HEADS = NEUTRAL_ROLE_HEADS | {
    "negotiator", "official", "member", "fighter", "delegation", "delegate", "representative", "envoy",
    "militant", "activist", "supporter", "gunman", "cadre", "unit", "faction", "wing", "dissident",
}  # fmt: skip


# Sectors of groups outside the state, whose members keep the group's sector.
NON_STATE_SECTORS = {"REB", "OPP", "PTY", "CRM", "REL", "LAB"}


LOCATIVE_PREPS = {"in", "from", "throughout", "across", "inside"}  # not "of": "of Kenyan origin"


# Words that make a one-word organisation's name part of another body's: "Commonwealth Bank".
COMPANY_WORDS = frozenset({"bank", "airlines", "airways", "corporation", "company", "group", "insurance"})


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}


# Words that make "assembly" a gathering of people rather than a legislature.
GATHERING_ADJECTIVES = frozenset(
    {"unlawful", "illegal", "unauthorised", "unauthorized", "peaceful", "public"}
)


# Modifier relations whose words describe the head itself (and so may give its country).
_OWN_MODIFIERS = {"amod", "compound", "poss", "nmod", "appos", "flat", "case"}


# After a country and a hyphen: whose a thing is ("a Saudi-owned tanker", "a British-flagged ship").
OWNED = re.compile(r"[-–](?:owned|flagged|registered)\b")


# "X-backed rebels": a sponsor's country words that do not make the group the sponsor's.
BACKED_WORDS = frozenset(
    {
        "backed",
        "supported",
        "sponsored",
        "funded",
        "financed",
        "armed",
        "trained",
        "allied",
        "aligned",
        "brokered",
        "made",
        "built",
        "supplied",
        "manufactured",
        "designed",
        "donated",
    }
)
# Words that qualify a country's or city's name without making it another's ("Greater London").
NAME_QUALIFIERS = frozenset(
    {"greater", "metro", "central", "north", "south", "east", "west", "new", "old", "downtown"}
)


# Sites named after a body, which are no actor: "assembly points", "an army camp area".
# Buildings that, owned by the state ("government buildings", "state offices"), stand for it as targets.
SEATS_OF_OFFICE = frozenset({"building", "office", "headquarters", "compound", "premises", "ministry"})
STATE_OWNERS = frozenset({"government", "state", "official", "presidential", "municipal"})

SITE_NOUNS = frozenset({"point", "area", "hall", "building", "site", "room", "zone", "ground", "premises"})


# Diplomatic acts that a state makes through its government: "a U.S. proposal", "Iran's offer".
STATE_ACT_NOUNS = frozenset({
    "proposal", "plan", "offer", "request", "demand", "initiative", "resolution", "bid", "appeal",
    "invitation", "ultimatum", "draft", "overture", "counterproposal", "peace plan",
})  # fmt: skip


# Capitalised adjectives of armed forces that name no people: "Republican Guard", "Royal Marines".
STATE_FORCE_WORDS = frozenset({
    "republican", "royal", "imperial", "national", "federal", "presidential", "revolutionary", "popular",
    "special", "central", "continental", "american", "european", "african", "asian",
})  # fmt: skip


# Things a country's name may modify that are no people of it: "Bolivian highways", "Iraqi pipelines".
INFRASTRUCTURE_NOUNS = frozenset({
    "road", "highway", "street", "bridge", "railway", "railroad", "route", "motorway", "crossing",
    "pipeline", "airport", "port", "border",
})  # fmt: skip
# Goods and money a country's name or an of-phrase says whose: "Iranian assets" are Iran's (the state
# an asset freeze is aimed at), "the assets of 19 Zimbabwean officials" the officials'; no people either.
POSSESSION_NOUNS = frozenset({
    "asset", "property", "account", "holding", "fund", "deposit", "reserve", "export", "import", "good",
    "product",
})  # fmt: skip


# Words that make "American" a continent's region, not the United States: "Latin American states".
AMERICAS_REGIONS = frozenset({"Latin", "Central", "South", "North"})


# Talks whose venue the parser may hang on a party: "negotiations with rebels in Oslo" (not their home).
TALK_NOUNS = frozenset({"talk", "negotiation", "dialogue", "meeting", "consultation"})

# Words of the armed services before a civilian trade: "army engineers", "navy divers", "military doctors".
ARMED_SERVICE_WORDS = frozenset({"army", "military", "navy", "naval"})
