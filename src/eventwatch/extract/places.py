"""Place names: found with the gazetteer, checked with spaCy's hints, resolved with document context.

Finding is one Aho-Corasick pass over the folded text (see `gazetteer.fold`): every hit starts and
ends on a word boundary, overlapping hits keep the longest, and the parts of a hyphenated route
("Lachin-Khankendi road") are kept next to the route. spaCy's entities and part-of-speech tags are
hints, not the gate: a hit is kept when it is capitalised and spaCy calls it a proper noun or a
GPE/LOC/FAC, and dropped inside a longer person name ("Jeyhun Bayramov") or after a title ("Mr.").
A hit by an alternate name only ("Drug" for Durg) needs spaCy to see a place; capitalised common
words ("Street", "Police", months) never are places; a dateline's place ("BEIRUT —", "Washington
(CNN)") always is. Divisions written as dotted abbreviations are places too ("Alexandria, La.").

Resolution ranks each mention's candidates with a linear score over a few features (`FEATURES`):
population, feature type (country, first-level division, capital, ...), whether the hit is its main
name, a qualifier that follows (", Louisiana", ", La.", ", IL", ", northern California"), a cue ("the X
region"), the document's context: the countries and divisions that its other mentions (of other
names) were resolved to, how many other mentions could lie in the same division, and the distance to
the nearest other resolved place; and where the news source is at home (`source_home`: the country
of its web domain, towns named in it and the distance to them). A first pass has no context, four
more use the others' picks. The weights are data (resources/gazetteer/ranker.tsv), fitted by
`python -m eventwatch.eval.places --train` on the development halves of the gold sets. Demonyms
("Azerbaijani") are context only, never place records.

Modules: a mention being resolved is a `place_hit.PlaceHit`; `place_hints` decides whether a hit is a
place here (spaCy's hints, datelines, the words around it); `place_coherence` holds the rules that make
a document's picks cohere (lists, recurring names, namesakes far from the story, outliers).

Limits: no street addresses, no relative places ("50 km north of X"), no names missing from
GeoNames cities500 and additions.tsv; US counties and divisions outside the US have approximate
centres (see resources/gazetteer/SOURCE.md).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from eventwatch import analysis, resources
from eventwatch.config import Settings
from eventwatch.errors import ResourceError
from eventwatch.extract import place_coherence, place_hints
from eventwatch.extract.base import Extractor
from eventwatch.extract.gazetteer import (
    ARABIC_ARTICLES,
    DEMONYM,
    FACILITY_CODES,
    GENERIC_PLACE_WORDS,
    Candidate,
    Gazetteer,
    fold,
    joined_key,
    normalize,
)
from eventwatch.extract.local_cues import local_country
from eventwatch.extract.locate import COUNTRY_FEATURES
from eventwatch.extract.place_hit import PlaceHit
from eventwatch.extract.source_home import NOWHERE, SourceHome
from eventwatch.model import Document
from eventwatch.model.records import NATURAL_AREAS, NATURAL_POINTS, Place

ADMIN_CODES = frozenset({"PCLI", "CONT", "ADM1", "ADM2", "RGN"})
# Capitalised words that are names of divisions somewhere (Zambia's Southern Province) but in English
# text mostly start a longer name ("Southern California", "East Africa"): never a place on their own.
_GENERIC = (
    "north south east west central northern southern eastern western upper lower middle delta lake river "
    "northeast northwest southeast southwest metro port gulf republic "
    "mount isle island islands valley coast bay city county district region province state capital hill "
    "hospital airport university college church cathedral school station "
    # Words that news capitalises in names, headlines and titles ("Main Street", "Police said"):
    # a village somewhere is called so, but the word hardly ever means it.
    "street road avenue boulevard lane drive court square plaza center centre area park hills heights "
    "police officer leader vice president governor mayor sheriff chief "
    "air base quay causeway wharf pier terminal line beach commonwealth "
    "federal national general royal grand minister ministry secretary interior justice defence defense "
    "treasury "
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "  # ("Thursday" is Thursday Island's too)
    "westside "  # (a west side anywhere; GeoNames gives it as a name of Las Vegas)
    # Firms far better known than the towns they share a name with (Toyota, Aichi; Nokia, Finland)
    "toyota honda nokia"
)
GENERIC_WORDS = frozenset(_GENERIC.split())


# A storm's name: "Hurricane Helene", "Typhoon Haiyan", "Cyclone Idai".
_STORM_NAME = re.compile(r"(?:Hurricane|Typhoon|Cyclone|Tropical Storm)\s+[A-Z][a-z]")
# A storm's name, which the story may go on to use bare ("Hurricane Harvey … floodwaters from Harvey").
_STORM_NAMED = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm)\s+([A-Z][a-z]+)\b")
# A title before a person's name or an of-phrase ("King Gyanendra", "Sultan Qaboos", "the King of Jordan"):
# King, North Carolina, and Sultan, Washington, are towns, but not there.
_TITLE_BEFORE_NAME = re.compile(
    r"(?:King|Queen|Prince|Princess|Emperor|Sultan|Sheikh|Bishop|Archbishop|Pope|President|Judge|Governor"
    r"|Senator|Chancellor|Mayor|Colonel|Captain|General|Sergeant|Father|Lord|Lady|Sir)\s+(?:[A-Z][a-z]|of\s)"
)

# Two initials or more right before a name: a person's ("K.C. Irving", "J.W. Marriott", "W.E.B. Du Bois"),
# unless the initials are a place's own abbreviation ("U.S. Virgin Islands", looked up in the gazetteer).
# (Not a state's after a town and a comma: "Washington, D.C. Baltimore …")
_INITIALS_BEFORE = re.compile(r"(?<!,\s)(?<![A-Za-z.,])((?:[A-Z]\.\s?){2,3})\s?$")
# A middle initial and a surname after a name: a person's first name ("Thomas A. Dolan").
_INITIAL_AFTER = re.compile(r"\s[A-Z]\.\s[A-Z][a-z]")
# A capitalised word right before a name, with one space between (not a sentence's first word); after a
# name, _NAME_WORD_AFTER.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s$")
# Before a name, a navy's or a merchant ship's prefix, or a wire story's credit line: the name is a ship's
# or a person's.
_SHIP_OR_BYLINE_BEFORE = re.compile(
    r"\b(?:HMS|HMAS|HMNZS|HMCS|USS|USNS|INS|RFA|MV|MS|SS|RV)\s$"
    r"|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Cc]ompiled)\sby\s$"
)
# ... but a place's newsroom is credited by the place's name: "(Reporting by Dubai newsroom)".
_NEWSROOM_AFTER = re.compile(r"\s(?:newsroom|bureau|staff|desk|team|correspondents?)\b")
# An aircraft's or drone's designation before a name makes it the type's name: "P-3 Orion", "UH-60 Black
# Hawk", "C-130 Hercules", "Mi-8" (not a road's: "the M-2 Lahore-Islamabad motorway").
_AIRCRAFT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:AH|AV|B|C|CH|E|EA|F|FA|HH|J|KC|MH|MQ|P|RQ|UH|Su|Mi|MiG|Tu|Il|An|Ka|Yak)-\d{1,3}[A-Z]?\s$"
)


# The last word of a division's own name ("Walker County", "Rapides Parish").
DIVISION_WORDS = frozenset({"county", "parish", "borough"})


# Feature codes of sites (mines, roads, airports, buildings, stadiums, squares) that a mention names as such.
SITE_CODES = frozenset({"MN", "RD", "STDM", "TOWR", "ST", "PAL", "SQR"}) | FACILITY_CODES
# Features that join the places their hyphenated names name (a road, a railway, a canal).
ROUTE_CODES = frozenset({"RD", "RR", "CNL"})
# The ranker's features, in the order of the weights in resources/gazetteer/ranker.tsv.
FEATURES = (
    "log_population",
    "is_country",
    "is_continent",
    "is_admin1",
    "is_region",
    "is_capital",
    "is_admin2",
    "is_admin_seat",
    "is_site",
    "curated",
    "main_name",
    "region_cue",
    "qualifier",
    "coherence",
    "nearby",
    "context_country",
    "context_admin1",
    "context_distance",
    "dateline",
    "source_country",
    "source_generic_us",
    "source_division",
    "source_name",
    "source_near",
    "local_country",
)
RANKER = "gazetteer/ranker.tsv"
ABBREVIATIONS = "gazetteer/admin1_abbreviations.tsv"
# At most this many passes with the context of the other mentions' picks, after the first pass without
# context: a change of one pick needs a pass or two to reach the others'; most documents settle sooner.
CONTEXT_PASSES = 4
# A local outlet's own town, named bare, is that town: a London, Ontario paper's "London" is London,
# Ontario, however English the story's other names ("Hyde Park", "the Thames"). The candidate must
# bear the name the outlet's domain or table gives its home and lie within this many km of it.
HOME_TOWN_KM = 25.0
_HOME_TOWN_NEAR = math.log10(1.0 + HOME_TOWN_KM) / 4.0  # on source_near's scale (scaled_distance)
_SOURCE_NAME = FEATURES.index("source_name")
_SOURCE_NEAR = FEATURES.index("source_near")
_QUALIFIER = FEATURES.index("qualifier")
# A qualifying abbreviation after a name and a comma: "Alexandria, La." / "Springfield, IL" / "Mackay,
# Qld" / "Dubbo, NSW" (only those of the abbreviations table count).
_ABBREVIATION = re.compile(
    r",\s{1,2}([A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]{2,3}|[A-Z][a-z]{2})(?![A-Za-z])"
)


# Names that open in lower case before their capital: a Nguni name's prefix ("eThekwini", "uMgeni",
# "iSimangaliso"), an Arabic article as many outlets write it ("al-Bab", "ad-Dawr", "el-Arish").
_LOWER_CASE_OPENING = re.compile(r"[eiou][A-Z][a-z]{3,}|(?:[ae][dlnrstz]|a[dst]h|esh)-[A-Z][a-z]{2,}")
# A two-letter postal code right after a place and a comma: "Springfield, IL", "LOUISVILLE, KY--" (not
# a word of a headline in capitals: "FLOODS HIT PARIS, IN A WEEK OF STORMS").
_POSTAL_CODE_AFTER = re.compile(r",\s{1,2}([A-Z]{2})(?![A-Za-z0-9])(?!\s[A-Z]{1,}\b(?!\.))")
# A town named in a second-level division whose region it shares lies this near its point (250 km).
_IN_PROVINCE_DISTANCE = math.log10(251.0) / 4.0
# A town in a second-level division lies this near its point (log10(1 + km) / 4 of 60 km).
_IN_COUNTY_DISTANCE = math.log10(61.0) / 4.0
# A list of capitalised names before a plural division word: "Anambra, Delta and Bayelsa states".
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())  # (Latin capitals: "Şanlıurfa")
_CAPITALISED_NAME = rf"[{_UPPER}][\w'’-]+(?: [{_UPPER}][\w'’-]+)?"
_DIVISION_LIST_BEFORE_PLURAL = re.compile(
    rf"((?:{_CAPITALISED_NAME}(?:, | and |, and )){{1,8}}{_CAPITALISED_NAME}) "
    r"(?:[Ss]tates|[Pp]rovinces|[Rr]egions|[Gg]overnorates|[Dd]epartments|[Dd]istricts)\b"
)
_LIST_ITEM = re.compile(rf"({_CAPITALISED_NAME})")
# Capitalised words that open a list but name nothing in it ("In Kano and Kaduna states").
_LIST_ITEM_NOT_NAMES = frozenset({"in", "the", "and", "of", "for", "from", "across", "both"})
# A capitalised word next: the name goes on ("Florence Nightingale", "Newcastle United").
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
# A capitalised word inside a lower-case hit.
_CAPITALISED_WORD = re.compile(r"\s([A-Z])")
# The lower-case last word of a division's, territory's or region's own name ("the Punjab province", "the
# Palestinian territories", "the Basque country").
_KIND_WORDS_OF_NAMES = place_hints.REGION_WORDS | {"territories", "country"}
# After a country's name, its people or bodies: "US officials", "UK troops" name no qualifier.
_PEOPLE_OF_AFTER = re.compile(
    r"\s(?:officials?|troops|forces|soldiers|army|navy|military|police|government|authorities|president|"
    r"ambassador|embassy|diplomats?|envoys?|negotiators|lawmakers|leaders?|citizens|nationals|sources|media"
    r"|intelligence|prosecutors|investigators)\b"
)
# Between a place and its qualifier: ", northern California", ", eastern Ukraine".
_QUALIFIER_GAP = re.compile(r",\s(?:north|south|east|west|central|(?:north|south|east|west)ern)\s")
_IN_GAP = re.compile(rf",?\s+in\s+(?:the\s+)?(?:{place_hints.COMPASS_WORD}\s+)?")


# After a name, words that make it the name of a street, a site or a feature called after the place
# ("6016 Dublin Road", "Washington Drive", "Ahmadu Bello Way", "the Webb Center", "Madison Creek", Durban's
# "Clare Estate"). Left out are words after which the name still says where the story is, or a gold set
# counts it as a place: "Minnesota Highway", "Meigs County Court", "Georgia National Guard", "Swat Valley",
# "Huntsville Hospital", "Roanoke Park".
_NAMESAKE_AFTER = re.compile(
    r"\s(?:Road|Rd\.|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Lane|Ln\.|Trail|Parkway|Pkwy\.?"
    r"|Center|Centre|Hills|Creek|Township|TOWNSHIP|Academy|Fairgrounds|Mall|Plaza"
    r"|Way|Crescent|Terrace|Row|Church|Kirk|Cemetery|Bridge|Heights|Estates?|Apartments?|Walk|Age|Woods)(?![A-Za-z])"
)
# After a name, a site's word, maybe after more capitalised words: "Cairo Stadium", "Athens Regional
# Park", "Limerick Maternity Hospital" are in their town, and name it; but "Soweto Market" in Lusaka,
# "Milan Subway" in Mumbai, "Norman Manley International Airport" in Kingston are named after a town or
# a person elsewhere. Such a name is kept only where the story's other places are.
_SITE_AFTER = re.compile(
    r"\s(?:[A-Z][a-z]+\s){0,2}(?:International\s|Regional\s)?(?:Airport|Bay|Stadium|Park|Hospital|University"
    r"|Market|Subway|Pipeline|Wharf|Quay|Pier|Rock|Dam|Expressway|Hotel|Cinema|Theatre|Theater|Museum"
    r"|Gallery|[Pp]alace|Hut|Highway|Causeway|Parkway|Castle|Diversion|Hill|Plateau|Tower|Water|Lake|Airpark"
    r"|Airfield|Camp|Station|Beach|Fountain|Monument|Memorial|Bell|Hall)(?![A-Za-z])"
    # (a station, in lower case as a story of Paris writes it: "Stalingrad metro station")
    r"|\s(?:metro|railway|train|bus|tube|subway|underground)\sstation\b"
    # (a highway's exit named after a town near it: "the Sonora exit" of Interstate 65 in Kentucky)
    r"|\s(?:exit|interchange|turnoff|turn-off)\b"
    # (a street, in lower case as a story of Buenos Aires may write it: "the faculty on Paraguay street")
    r"|\s(?:street|avenue|boulevard)\b"
)
# A capitalised word joined to a name by a hyphen, after or before it: "Mayo-Tsanaga", "Douglas-Charles
# Airport", "the Kisumu-Nairobi highway" (two places, or one longer name).
_JOINED_AFTER = re.compile(r"-[A-Z][a-z]")
_JOINED_BEFORE = re.compile(r"[a-z]-$")
JOINED_SITE_POPULATION = 500_000
# "the other Georgia", "the other London": not the story's own place of that name, but its namesake
_THE_OTHER = re.compile(r"\bthe other\s+$", re.IGNORECASE)
# a namesake further than this from the story's own place (not its county or its district)
OTHER_NAMESAKE_DISTANCE = math.log10(101.0) / 4.0
# Names abroad this near each other (log10(1 + km) / 4 of 100 km) hold each other up (`_pairs_abroad`).
NEAR_PAIR = math.log10(101.0) / 4.0
# After a name, maybe after one more, a city's quarters or streets: "the Roma and Condesa neighborhoods",
# "the corner of Ámsterdam and Laredo streets".
_QUARTERS_AFTER = re.compile(
    r"(?:\s(?:and|&)\s[A-Z][\w'’-]*)?\s(?:neighbou?rhoods?|suburbs?|sectors?|barrios?|streets|avenues)\b"
)
# Before a name, a capitalised possessive that is no place's: "the Queen's Bath" of Hampi, "St Stephen's
# Green" of Dublin (but "Syria's Aleppo" is Syria's, and "St John's" itself a name).
_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][a-z]+['’]s\s$")
# Before a name, a word that makes it a street's, a hill's or an island's: "Jalan Tebrau", "Bukit Chagar",
# "Pulau Gaya", "Rue de Rivoli", "Piazza Navona", "Hospital México", "Estadio Nacional", "Ponta da Madeira"
# (Malay, French, Italian, Spanish and Portuguese words).
_SITE_BEFORE = re.compile(
    r"\b(?:Jalan|Lebuh|Lorong|Bukit|Pulau|Gunung|Tanjung|Taman|Teluk|Rue|Boulevard|Avenida|Calle|Piazza|Via"
    r"|Rua|Largo|Hospital|Hotel|Estadio|Ponta|Praia|Ilha|Serra|Morro|Punta|Playa|Isla|Cerro)"
    r"\s(?:(?:de|del|de la|da|do|di|du|des|della)\s)?$"
)
# After a name, words of a natural or built feature that the gazetteer does not hold: "Plum Island",
# "Kiser Lake", "Ural Mountains" are not the towns of Plum, Kiser or Ural; nor is a disease named after a
# place ("West Nile virus", "Lassa fever") that place; nor a pipeline ("Nord Stream" is not France's
# Nord), nor a range ("the Pisa Range" of Otago). Such a name is no place record.
_FEATURE_NAME_WORDS = (
    r"Island|Islands|Lake|Bay|Mountains?|Canyon|Reservoir|Glacier|Peninsula|Dam|Canal|Creek|Gorge|Falls"
    r"|Lagoon|Marsh|Swamp|Archipelago|Reef|Flats|Wilderness|Cove"
)
_FEATURE_AFTER = re.compile(
    rf"\s(?:{_FEATURE_NAME_WORDS}|Isle|Colony|Square|Chowk|Place|Rivers?|Strait|Straits|Channel|Sound|Gulf|Locks"
    r"|Volcano|Atoll|Fjord|Stream|Ranges?"
    r"|[Vv]irus|[Ff]ever|[Dd]isease|Day)(?![A-Za-z])"  # (a holiday: "Independence Day", "Canada Day")
)  # (a "chowk" is a square or crossroads of a South Asian city, mostly named after no town: "Kalma Chowk")
# After a name and one more capitalised word, a natural feature's word: "Buffalo Pound Lake", "Plum
# Coulee Creek" name a lake or creek of their own, not Buffalo or Plum (the words of _FEATURE_AFTER that
# end a feature's name, not a holiday's or a disease's).
_FEATURE_AFTER_NAME = re.compile(rf"\s[A-Z][a-z]+\s(?:{_FEATURE_NAME_WORDS}|Lakes|River)(?![A-Za-z])")
# A name that ends in such a word ("Mountain Lake", "Red Lake") after a capitalised word of the same name:
# "Last Mountain Lake", "Upper Red Lake" are lakes, not the towns of Mountain Lake or Red Lake.
_FEATURE_WORD_END = re.compile(r"\s(?:Lake|Lakes|River|Creek|Falls|Bay|Island|Islands|Mountain|Mountains)$")
# After a name, words of a wider feature or area that a small town's name does not start ("Aral Sea",
# "Fraser Valley", "Amalfi Coast"), while a large place's does ("Swat Valley", "Kenya Coast").
_AREA_AFTER = re.compile(r"\s(?:Sea|Valley|Delta|Basin|Plateau|Highlands|Hills|Coast)(?![A-Za-z])")
# A one-word country's name between "a" and a person: "A Cuba man pleaded guilty", "a 19-year-old Malta man"
# are of a town of the name (the country's people are "a Cuban man", "a Maltese man").
_ONE_BEFORE = re.compile(r"\b[Aa]n?\s(?:\d+-year-old\s)?$")
_PERSON_AFTER = re.compile(
    r"\s(?:man|woman|boy|girl|teen|teenager|youth|couple|family|resident|native|nurse|teacher|farmer|driver"
    r"|motorist|businessman|businesswoman|mother|father|student)\b"
)
# After a country's name, a body only a town has: "the Poland village council", "the Peru school board" are a
# town's of the name (not "the Kenya Police").
_TOWN_ONLY_BODY_AFTER = re.compile(
    r"\s(?:[A-Z][a-z]+\s)?(?:[Vv]illage|[Cc]ity|[Tt]own|[Bb]orough)\s"
    r"(?:[Cc]ouncil|[Bb]oard|[Hh]all|[Cc]lerk|[Mm]anager)\b"
    r"|\s(?:[Ss]chool\s(?:[Bb]oard|[Dd]istrict)|[Pp]olice\s[Dd]epartment|[Ff]ire\s[Dd]epartment"
    r"|[Bb]oard\sof\s[Ee]ducation)\b"
)
# After a name, a site that lies in a town and is named after it: "Benin Airport", "Kuwait Stadium".
_TOWN_SITE_WORD_AFTER = re.compile(r"\s(?:International\s)?(?:Airport|Stadium|Teaching\sHospital)\b")
# After a name, words of a people of Canada's First Nations and its reserve: "Standing Buffalo First Nation",
# "Nisichawayasihk Cree Nation", "Skeetchestn Indian Band".
_FIRST_NATION_AFTER = re.compile(
    r"\s(?:[A-Z][a-z]+\s)?(?:First\sNations?|Cree\sNation|Indian\s(?:Band|Reserve))\b"
)
# After a possessive name, an organ only a state has: "Niger's military rulers", "Georgia's president" are
# the country's, not Niger State's in Nigeria (whose head is a governor) or the US state's.
_STATE_ORGAN_AFTER = re.compile(
    r"['\u2019]s\s(?:(?:new|military|ruling|interim|transitional|elected|former)\s)?(?:president|junta|rulers?"
    r"|prime\sminister|foreign\sminister|army|armed\sforces|embassy|ambassador|parliament|head\sof\sstate)\b"
)
# A town's old quarter after its possessive name: "Mosul's Old City", "Tallinn's Old Town".
_OLD_QUARTERS = frozenset({"Old City", "Old Town", "old city", "old town"})
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s$")
# Before a name, words only a country's name follows: "the former Soviet republic of Georgia".
_REPUBLIC_BEFORE = re.compile(r"\b(?:[Rr]epublic|[Kk]ingdom|[Ss]ultanate|[Ee]mirate|[Pp]rincipality)\sof\s$")
# Around a name, an office or body that a first-level division has and a country has not: "Georgia Gov.
# Nathan Deal", "the governor of Georgia", "Washington's legislature", "Georgia Republicans" name the
# state, not the country, nor the capital.
_DIVISION_OFFICE_AFTER = re.compile(
    r"(?:['\u2019]s)?\s(?:Gov\.|Governor|governor|Lt\.\s?Gov\.|[Ll]ieutenant\s[Gg]overnor|[Ll]egislature"
    r"|General\sAssembly|statehouse|Statehouse|Democrats|Republicans|GOP)(?![A-Za-z])"
)
_DIVISION_OFFICE_BEFORE = re.compile(r"\b(?:[Gg]overnor|Gov\.)\s+of\s+(?:the\s+state\s+of\s+)?$")
# After a name, an office it is the portfolio of: "Commerce Minister", "Energy Secretary" are no towns of
# Commerce, California, or Energy, Illinois (a large place stays itself: "the Punjab Minister").
_PORTFOLIO_AFTER = re.compile(r"\s(?:Minister|Ministry|Secretary|Department|Commissioner)(?![A-Za-z])")
# Before a name, an office whose portfolio it is, maybe one of a list: "Minister for Business, Enterprise
# and Innovation", "Department of Justice" (no Enterprise, Nevada, nor Justice, Illinois).
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner|Office)\s(?:for|of)\s"
    r"(?:(?:the\s)?[A-Z][a-z]+,?\s(?:and\s|&\s)?){0,5}$"
)
# An airport named after its town: "Shannon Airport", "Cork International Airport".
_AIRPORT_AFTER = re.compile(r"\s(?:International\s)?Airport\b")
# A legislator's party and home before a name: "Rep. Torrey Westrom, R-Elbow Lake," "(D-Minneapolis)".
_PARTY_BEFORE = re.compile(r"(?:,\s|\()[RDI]-$")
# After a town's name, its own local government, police or court: "Lawton Police Department", "Cookeville
# Mayor Dwight Maynard", "the DeKalb City Council" are the town's, and say that it is a place.
_TOWN_BODY_AFTER = re.compile(
    r"\s(?:Police|Fire\s(?:Department|Chief|Rescue|Service|District)|Mayor|(?:(?:City|Town|Village|Borough"
    r"|Township|County|District|Shire|Municipal)\s)?(?:Council|Commission|Hall|Board|Manager|Administrator)"
    r"|Board\sof\s(?:Education|Selectmen|Aldermen|Finance)|School\s(?:Board|Committee|District|Corp)"
    r"|Public\sSchools"
    # (a court named for the town it sits in: "Lismore Local Court", "Truro Crown Court")
    r"|(?:Local|Magistrates['’]?|Crown|District|Sheriff|Circuit|Youth|Coroners['’]?|Provincial)\sCourt)\b"
)
# The same in lower case, as Canadian and British papers write it: "Saskatoon police", "Woodstock city
# council", "Burton fire crews".
_TOWN_BODY_LOWER_AFTER = re.compile(
    r"\s(?:police|(?:city|town|borough|county|district|municipal|village)\s(?:council|hall|officials|police)"
    r"|council|councillors|mayor|fire\s(?:department|service|crews|chief)|firefighters|school\sboard)\b"
)
# How populous a place named by an English noun must be for a lower-case body after it to name it.
BODY_TOWN_POPULATION = 50_000
# A capitalised word right before a name: "Southwest Middlesex Mayor" is no mayor of a Middlesex.
_CAPITALISED_WORD_BEFORE = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][A-Za-z]*\s$")
# A capitalised word right after a name, in the same name: "Man City" (but not "Bo, Sierra Leone"), "Point
# Pelee".
_NAME_WORD_AFTER = re.compile(r"\s[A-Z][a-z]")
# After a short name, the word of the division named after it: "Bo District" (not "Man City", a club).
_SHORT_NAMES_DIVISION_AFTER = re.compile(r"\s(?:District|Province|Chiefdom)\b")
# After a division's or country's name, "City" makes it a town's that the gazetteer lacks (those it holds,
# "Kansas City", "Kuwait City", are matched whole).
_CITY_AFTER = re.compile(r"\sCity\b")
# Kinds of place whose bodies are no town's: "the Atlantic Council", "the Arctic Council".
_WIDE_AREAS = frozenset({"RGN", "CONT", "SEA", "OCN", "PCLI"})
# After a town's name, a public site or service usually in it: "Kokomo High School", "the Tupelo Convention
# and Visitors Bureau" — the town's where the story names the town as a place elsewhere.
_TOWN_SITE_AFTER = re.compile(
    r"\s(?:(?:Senior\s|Junior\s)?High\sSchool|Middle\sSchool|Elementary|City\sSchools|Public\sLibrary"
    r"|Chamber\sof\sCommerce|Convention\sand\sVisitors|Community\sCollege|Housing\sAuthority"
    r"|Municipal\sCourt|(?:Regional\s|General\s|Memorial\s)?(?:Hospital|Medical\sCent(?:er|re)))\b"
)
# People of a town after its name: "a Sebastopol man", "Chicopee residents" (a tagger may read the name
# as an adjective).
_PEOPLE_AFTER = re.compile(
    r"\s(?:man|woman|men|women|boy|girl|teen|teenager|couple|family|families|resident|residents|native"
    r"|driver|mother|father|student|students)\b"
)
# A port's word after a name: "Gwadar port", "the Hodeidah harbour" (spaCy may read the name as a product).
_PORT_AFTER = re.compile(r"\s(?:port|seaport|harbou?r)\b")
# After a name, a word of a settlement named after it ("Holland Landing", "Duncan Village", "King William's
# Town"): another place, or a part of the town (Capitola Village), kept only near the story's places.
_SETTLEMENT_AFTER = re.compile(r"(?:\s|['’]s\s)(?:Landing|Village|Town|Gardens|Springs|Junction|Crossing)\b")
# "river" after a name that does not take it in: "the Mithi river", "the Cahaba River".
_RIVER_AFTER = re.compile(r"\s[Rr]iver\b")
# After a name, the rest of a list of rivers: "the Shabelle and Juba rivers", "the Tana, Athi and Galana
# rivers" name rivers.
_RIVERS_AFTER = re.compile(
    r"(?:,\s[A-Z][\w'’-]*)*,?\s(?:and|or)\s(?:the\s)?[A-Z][\w'’-]*\s[Rr]ivers\b|\s[Rr]ivers\b"
)
# A word of a natural feature inside a name: "Lake Albert", "Black River", "Mount Kenya".
_FEATURE_WORD = re.compile(
    r"\b(?:Lake|River|Mount|Mt\.?|Mountains?|Sea|Gulf|Strait|Bay|Desert|Island|Islands|Peninsula|Falls)\b"
)
# Words for a kind of place, which end many longer names: "Tug Hill Plateau", "Central Highlands".
_KIND_OF_PLACE = GENERIC_PLACE_WORDS | {
    "plateau", "highlands", "lowlands", "highland", "ridge", "range", "plain"
}  # fmt: skip
# A capitalised compass word before a name that no longer gazetteer key took in names another place
# than a small town of that name ("Central Highlands"); a country, a division or a city stays itself,
# of which it names a part ("North London", "North Queensland").
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central)\s$")
# A first-level division this populous, named by a short name of its own, is trusted like a longer one.
BIG_DIVISION_POPULATION = 1_000_000
# The same opening a name the gazetteer knows whole: "South Georgia" (the islands, and Georgia's south).
_COMPASS_PART = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+(\S.*)")
# Words of a kind of place that open or end a longer name ("Point Pelee", "Long Point"), with the Spanish
# and Malay words of a feature or village, which open one as "Point" or "Lake" does: "Cayo Santa María" is
# no Cayo District of Belize, "Cerro Silva" no Cerro of Havana, "Tanjung Kupang" (a cape's village in
# Johor) no Tanjung of Kalimantan; and Sri Lanka's words for a river: "the Gin Ganga", "Kumbukkan Oya"
# are rivers, not Ganja of Azerbaijan.
_NAME_KIND_WORDS = (
    GENERIC_PLACE_WORDS | {"cayo", "paso", "cerro", "lago", "laguna", "cabo"} | {"ganga", "oya"}
)
# (the Malay words only before a name: "In Tanjung, the regency seat" is Tanjung itself)
_NAME_OPENING_WORDS = frozenset({"tanjung", "kampung", "kampong", "pulau", "bukit", "sungai", "teluk"})
# A feature word before a name that no longer gazetteer key took in: "Lake Nicaragua", "River Taff",
# "Mount Mulanje", "the Gulf of Guinea", "the Mall of Asia", "Porte de France" name a lake, a river, a
# mountain, a gulf, a mall, a gate, not the place X ("Cayo Santa María" an island, "Paso Canoas" a border
# crossing, "Cabo San Juan" a cape: not Santa Maria, Brazil, Canoas or San Juan).
_FEATURE_BEFORE = re.compile(
    r"(?:\b(?:Lake|River|Mount|Mt\.?|Lago|Lac|Laguna|Cerro|Volcán|Port|Fort|Cayo|Paso|Cabo)"
    r"|\b(?:Gulf|Bay|Sea|Strait|Straits|Isle|Isles|Cape|Mall) of|\bPorte de)\s$"
)
# A French name's words joined by hyphens, of which the gazetteer holds only a part: "Port-Daniel–Gascons"
# is not Daniel, "Saint-Paul-de-l'Île-aux-Noix" not Saint Paul (a whole name it holds is found whole).
_FRENCH_NAME_BEFORE = re.compile(
    r"\b(?:Port|Lac|Mont|Pointe|Cap|Fort|Baie|Rivière|Grand|Grande|Petit|Petite|Val|Ville|Saint|Sainte|St|Ste"
    r"|Notre-Dame|Île)-$"
)
_FRENCH_NAME_AFTER = re.compile(r"-(?:de|du|des|la|le|les|sur|sous|en|aux|au|lès)-|-[dl]['’]")


# Before a name, words that say it is a place: "the village of Avdiivka" (which spaCy may call a PERSON).
# "the province of Kunduz": a division named as such before its name.
_DIVISION_OF = re.compile(
    r"\b(?:" + "|".join(sorted(place_hints.REGION_WORDS)) + r")\s+of\s+$", re.IGNORECASE
)
_PLACE_NOUN_OF = re.compile(
    r"\b(?:village|town|city|region|province|district|county|suburb|port|outskirts|capital|enclave|resident"
    r"|inhabitant|mayor|neighbou?rhood|street|(?:north|south)(?:east|west)?|east|west|centre|center"
    r"|resort|island|isle|oasis|hamlet|township|borough|parish|commune|settlement)s?\s+of\s+$"
    r"|\b(?:much|most|parts?)\s+of\s+$"  # ("much of Leyte", "parts of Samar")
    # ("the road to Raja", "a convoy from Mafraq", "flights to Erbil"), which spaCy may call a person
    r"|\b(?:road|highway|motorway|route|railway|convoys?|flights?)\s+(?:to|from)\s+$"
    # ("the capital Naypyidaw", "the Afghan capital, Kabul", "the northern city Mosul")
    r"|\bthe\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+)?(?:capital|city|town|village|port|resort)\s*,?\s+$",
    re.IGNORECASE,
)
# Towns named after an abstract noun, which a thing's name "X of Y" holds far more often than a town
# does: "the Declaration of Independence", "the Angel of Independence", "the Statue of Liberty" are not
# Independence, Missouri or Liberty, Texas ("the city of Independence" is: a place noun before "of").
_ABSTRACT_NAMES = frozenset(
    {"Independence", "Liberty", "Unity", "Freedom", "Victory", "Harmony", "Concord", "Hope", "Providence"}
    | {"Friendship", "Prosperity", "Progress", "Peace", "Solidarity", "Democracy", "Revolution", "Enterprise"}
)
# (after a word in lower case or "The": a sentence's first word is no name's, "Members of Concord's …")
_THING_OF_BEFORE = re.compile(r"(?:\b[a-z]+|\bThe)\s+([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# A capitalised name of one or two words ("Tavua", "Port Vila").
_A_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?"
# The names a list has given so far, before its next one: "Rakiraki, Tavua and |", "Tanna and |", "".
_LIST_SO_FAR = rf"(?:{_A_NAME},\s+)*(?:{_A_NAME},?\s+(?:and|or)\s+)?$"
# A settlement's kind before its name, and the names before it in a plural kind's list: "the Serbian town
# of |Sid", "the towns of Rakiraki, Tavua and |Ba" (a name of three letters is a town only so named).
_SETTLEMENT_KIND_OF = re.compile(
    r"\b(?:town|village|city|port|hamlet|oasis|resort)\s+of\s+$"
    rf"|\b(?:towns|villages|cities|ports|hamlets|settlements|communities|suburbs)\s+of\s+{_LIST_SO_FAR}"
)
# ... right before the name, a word that only a settlement is called ("the city of Singapore" is a country).
_SETTLEMENT_RIGHT_BEFORE = re.compile(
    r"\b(?:town|village|hamlet|towns|villages|hamlets|settlements|communities)\s+of\s+$"
)
# After a town's name in a hyphenated pair, the rest of the pair and a way between them: "Benin|-Ore road",
# "Witu-Mokowe| road", "the Lahore-Islamabad| motorway".
_ROUTE_PART_AFTER = re.compile(
    r"(?:-[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)*\s+(?:road|highway|expressway|motorway|railway|rail\s+line|line"
    r"|corridor|route|stretch|section|pipeline|bus\s+service|flight|flights)\b"
)
_PAIR_AFTER = re.compile(r"-([A-Z][\w'’.]*)")
_PAIR_BEFORE = re.compile(r"([A-Z][\w'’.]*)-$")


def _route_partner(text: str, start: int, end: int) -> str | None:
    """The other name of a hyphenated pair of places: "Ore" for "Benin" in "Benin-Ore road"."""
    after = _PAIR_AFTER.match(text, end)
    if after is not None:
        return after.group(1)
    before = _PAIR_BEFORE.search(text, max(0, start - 40), start)
    return before.group(1) if before is not None else None


# The lower-case plural "rivers" before a list of names: "on the rivers Eden, Kent and |Lune".
_RIVERS_LISTED = re.compile(rf"\brivers\s+{_LIST_SO_FAR}")
# India's houses of parliament and states' assemblies: "Lok Sabha", "Rajya Sabha", "Vidhan Sabha".
_HOUSE_OF_PARLIAMENT = re.compile(r"\b(?:Lok|Rajya|Vidhan)\s+$")
# An island's kind before its name, and the names before it in a list of islands: "the island of |Tanna",
# "the islands of Tanna and |Ambrym".
_ISLAND_OF = re.compile(rf"\bisland\s+of\s+$|\bislands\s+of\s+{_LIST_SO_FAR}")
ISLAND_CODES = frozenset({"ISL", "ISLS", "ISLX", "ATOL"})
# "towns such as Ely, Huntingdon and St Neots", "cities including Homs": a list of places follows.
_PLACES_SUCH_AS = re.compile(
    r"\b(?:towns?|cities|villages?|suburbs?|communities|municipalities|provinces|districts|counties|states"
    r"|countries|capitals)\s+(?:such as|like|including)\s+$",
    re.IGNORECASE,
)
# A capitalised name after "the" that stands alone: "the Tay burst its banks" (not "the Red Cross").
_THE_NAME = re.compile(r"(?<![A-Za-z])the ([A-Z][a-z]{2,})(?![\w'’-]| [A-Z])")
# "the country of Georgia", "the nation of Jordan": the state, not a division or a town of its name.
_COUNTRY_NOUN_OF = re.compile(r"\b(?:country|nation)\s+of\s+$", re.IGNORECASE)
# A hyphen and a short lower-case particle that go on one word ("Shan-e-Mustafa", "Fazl-ur-Rehman",
# "Jong-un"), unlike "Russia-backed", "Paris-based" or "Kyiv-Moscow".
_HYPHENATED_WORD = re.compile(r"-(?:e|ul|ur|ud|us|un|al|el|i|o|a|ka|ki|ko)-?(?![A-Za-z])")
_HYPHEN_BEFORE = re.compile(r"(?<![A-Za-z])(?:e|ul|ur|ud|us|al|el|i|o|a|ka|ki|ko)-$")


# A list's end that names no more places: "Valparaiso, Concepcion and other cities".
_UNNAMED_ITEMS = r"(?:other|several|many|nearby|surrounding|neighbou?ring)\s[a-z]+s\b"
# A list going on after a name: "Colombia, Mexico, Chile and Spain", "China, Japan and the Philippines".
_LIST_AFTER = re.compile(rf",?\s+(?:and|or)\s+(?:(?:the\s+)?[A-Z]|{_UNNAMED_ITEMS})|,\s*[A-Z]")
# A name made of compass words only ("South West", "North-East"), which many countries' parts are called,
# or of compass words and a coast, a shore or a town's side ("the West Coast", "the North Shore", "the
# North End"), which many countries and towns have.
_COMPASS_NAME = re.compile(
    r"(?:(?i:far)[- ])?(?i:north|south|east|west|central)(?i:[- ]?(?:north|south|east|west))*(?i:ern)?"
    r"(?:\s(?:Coast|Shore|End|Side))?"
    # and the names that many countries or towns give a part of theirs: "the Midlands", "the Old City"
    r"|Midlands|Old City|Old Town|Financial District|Central Business District|Centro|Rift Valley"
)
# "the Gulf" standing alone, or "Gulf states": the Persian Gulf and its shores in most news, the Gulf of
# Mexico in a story of the United States or Mexico (not "the Gulf of Aden", "the Gulf War", "Gulf Coast").
_THE_GULF = re.compile(
    r"(?<=\bthe )Gulf(?![\w'’-]| [A-Z]| of\b)"
    r"|(?<![\w-])Gulf(?= (?:states?|countries|producers|monarchies|nations|region|allies|neighbou?rs|rulers)"
    r"\b)"
)
_GULF_OF_MEXICO_STORIES = frozenset({"USA", "MEX"})
_PERSIAN_GULF_STORIES = frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "IRN", "IRQ", "YEM"})
# A Spanish or Portuguese word for a quarter, a street, a square or a park right before a name makes one
# longer name with it, which the gazetteer lacks ("Colonia Roma" is no Rome, "Plaza de Colón" no Colón,
# "Avenida Brasil" no Brazil, "Campo de Mayo" no Mayo); so does a French or Spanish adjective ("Petite
# Savanne"). A whole name that the gazetteer holds is found whole ("Puerto Rico", "Nuevo Laredo").
_GENERIC_WORD_BEFORE = re.compile(
    r"\b(?:Colonia|Barrio|Calle|Avenida|Paseo|Rua|Praça|Plaza|Parque|Campo|Villa|Isla|Puerto|Ciudad"
    r"|Petite|Petit|Basse|Haute|Nueva|Nuevo)(?:\s(?:de|del|de la|da|do|dos|das))?\s$"
)
# A Romance particle and a capitalised word after a name, or a Spanish adjective of height, age or size:
# the name begins a longer one ("San Juan Arriba", "Uvero Alto").
_FOREIGN_NAME_GOES_ON = re.compile(
    r"\s(?:de|del|della|di|du|des|do|da|dos|das|ya)\s[A-Z]"
    r"|\s(?:Alto|Alta|Bajo|Baja|Arriba|Abajo|Chico|Chica|Viejo|Vieja|Nuevo|Nueva)\b"
)
_POSSESSIVE = re.compile(r"['\u2019]s?(?![A-Za-z])")
# A saint's name, and a possessive before a capitalised word: "St. Michael's Hospital", "St Mary's College"
# are named after the saint, not after a town called St. Michael.
_SAINT = re.compile(r"(?:St\.?|Saint|Ste?\.?)\s")
_POSSESSIVE_NAME = re.compile(r"['\u2019]s\s[A-Z]")
# A participle that makes a country's name an adjective: "U.S.-led", "U.N.-backed", "U.K.-based".
_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")
_LED_BY_AFTER = re.compile(
    r"\.?-(?:led|backed|based|brokered|funded|sponsored|allied|owned|made|born|trained|supported|controlled"
    r"|dominated|friendly|bound|flagged|registered|listed)\b"
)
# A possessive right after a name: "…, Qatar's only land border".
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
# After the last but one item of a list of names.
_LIST_GOES_ON = re.compile(rf",?\s(?:and|or)\s(?:[A-Z]|{_UNNAMED_ITEMS})")
# ... or after the next names: "Coronado, Moravia, Tibás and parts of Heredia".
_LIST_GOES_ON_AFTER_NEXT = re.compile(r"(?:,\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)+,?\s(?:and|or)\s")
# A list's "and" or "or" on either side of a name, or a list of three or more that it opens: "Srinagar,
# Jammu and |Leh|", "|Ely|, Huntingdon and Haverhill" (a comma alone may set off a state: "Mansfield, Vic").
_LISTED_AFTER = re.compile(r"[A-Z][\w'’.-]*,?\s+(?:and|or)\s+$")
_LIST_OPENS = re.compile(r",\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?,?\s(?:and|or)\s[A-Z]")
# Dotted abbreviations that mean something else when no comma ties them to a place ("N.B.", nota bene).
NOT_ABBREVIATIONS = frozenset({"N.B."})
# A place that spaCy calls a PERSON is kept only if it is this prominent (or in context).
STRONG_POPULATION = 100_000
# Tags (their first two letters) no name should get, which the tagger gives names it does not know.
MISREAD_TAGS = frozenset({"VB", "RB", "JJ"})
# A town's own name that the tagger took for a plural ("premiered at Cannes", "fled Homs") is the town
# from this size.
PLURAL_TOWN_POPULATION = 20_000
# A town named with a title ("Prince Albert") this large may be the town where spaCy reads a person.
TITLED_TOWN_POPULATION = 10_000
# A proper noun that spaCy did not call a place is kept only if it is this prominent.
WEAK_POPULATION = 5_000


# A name of three letters or fewer, not an acronym, is a town only this populous ("Osh", "Hue", "Bo").
SHORT_NAME_POPULATION = 100_000
# A name after a locative preposition ("in Tulkarm") that spaCy calls a person or an organisation.
LOCATED_POPULATION = 10_000
# How many times as populous as any town of its name a country or first-level division named after "in"
# must be to be the one meant ("Newport in Wales", "Kingston in Ontario").
STATE_OVER_TOWN = 10
# The population a town of unknown population is ranked with: the least of GeoNames' cities500.
UNKNOWN_TOWN_POPULATION = 500
# How like a capital's main name (rapidfuzz ratio, spaces left out) another spelling of it must be to
# count as its own name: "Naypyidaw" for Nay Pyi Taw (89), but not "Rangoon" for Yangon (77).
CAPITAL_SPELLING_SIMILARITY = 80
# How like a city's main name (rapidfuzz ratio) the text's spelling must be to count as that name, and
# how populous the city: the English "Hanover" for GeoNames' Hannover (93), but not "Lyons" for Lyon (89),
# nor "Pittsburgh" for Pittsburg, Kansas (whose spelling of its own is all its name says).
MAIN_SPELLING_SIMILARITY = 90
EXONYM_POPULATION = 100_000


# What joins the items of a list of places: "Reno and Blossom", "Galway, Mayo and Clare".
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


# A way from one place to another: "trains from Kyiv and Kharkiv to| Berdiansk", "from| Aba to Enugu".
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_LIST_SO_FAR}")


def _route_joins(text: str, start: int, end: int, later: int) -> bool:
    """The names at start:end and at `later` are the ends of a way: "from X to Y"."""
    return text[end:later] == " to " and _FROM_BEFORE.search(text, max(0, start - 60), start) is not None


def _listed_with(text: str, hits: list[PlaceHit], pending: list[PlaceHit]) -> list[PlaceHit]:
    """The names held back as too small for spaCy's reading that a list joins to a place kept: a
    list of places vouches for each of its items, and a way's one end for the other."""
    kept = {(h.start, h.end) for h in hits if not h.demonym}
    out: list[PlaceHit] = []
    changed = True
    while changed and pending:
        changed = False
        for hit in list(pending):
            joined = any(
                _LIST_JOIN.fullmatch(text, end, hit.start)
                or _LIST_JOIN.fullmatch(text, hit.end, start)
                or _route_joins(text, start, end, hit.start)
                or _route_joins(text, hit.start, hit.end, start)
                for start, end in kept
            )
            if joined and not hit.demonym and not hit.settlement:  # (not "… and Holland Landing")
                out.append(hit)
                kept.add((hit.start, hit.end))
                pending.remove(hit)
                changed = True
    return out


# Three names or more that a list joins are towns of one area if each has a namesake this near one town
# of theirs: "smoke settled over Sisters, Redmond and Bend" (a person, a person and a verb to spaCy).
LIST_TOWNS_KM = 60.0
_LIST_TOWNS_NEAR = math.log10(1.0 + LIST_TOWNS_KM) / 4.0  # (scaled_distance's scale)
LIST_TOWNS = 3


def _near_town_lists(
    gaz: Gazetteer, text: str, hits: list[PlaceHit], pending: list[PlaceHit], listable: list[PlaceHit]
) -> list[PlaceHit]:
    """The names held back (pending) or read as other words (listable) that a list of LIST_TOWNS names
    or more joins, where every item has a town within LIST_TOWNS_KM of one item's town: such a list is of
    one area's towns, whatever spaCy reads. Each name kept keeps only its towns near that one. A list of
    names spaCy reads as other words alone vouches for nothing: one held back or kept must be in it."""
    kept = {id(h) for h in hits}
    read_otherwise = {id(h) for h in listable}
    items = sorted(
        [h for h in (*hits, *pending) if not h.demonym and not h.settlement] + listable, key=lambda h: h.start
    )
    runs: list[list[PlaceHit]] = []
    for left, right in itertools.pairwise(items):
        if place_coherence.LIST_GAP.fullmatch(text, left.end, right.start):
            if runs and runs[-1][-1] is left:
                runs[-1].append(right)
            else:
                runs.append([left, right])
    out: list[PlaceHit] = []
    for run in runs:
        if len(run) < LIST_TOWNS or all(id(h) in read_otherwise for h in run):
            continue
        towns = [[gaz.entry(i) for i in h.entries if gaz.feature_code(i).startswith("PPL")] for h in run]
        for anchor in itertools.chain.from_iterable(towns):
            point = [place_coherence.to_point(anchor.lat, anchor.lon)]
            near = [
                [c for c in cands if place_coherence.scaled_distance(c, point) <= _LIST_TOWNS_NEAR]
                for cands in towns
            ]
            if all(near):
                for hit, found in zip(run, near, strict=True):
                    if id(hit) not in kept:
                        hit.entries = [c.index for c in found]
                        out.append(hit)
                break
    return out


# After a state or country, words that list places inside it: "southwestern Ontario, including London and
# Sarnia", "Kentucky towns such as Paris".
_INCLUDING = re.compile(r",?\s+(?:(?:towns|cities|communities)\s+)?(?:including|such as)\s+")


def _towns_it_includes(gaz: Gazetteer, text: str, hits: list[PlaceHit]) -> None:
    """The towns listed after "<a state or country>, including" are its towns, where it has them."""
    for number, hit in enumerate(hits[:-1]):
        states = [gaz.entry(i) for i in hit.entries if gaz.feature_code(i) in ("ADM1", "PCLI")]
        if not states or not _INCLUDING.fullmatch(text, hit.end, hits[number + 1].start):
            continue
        listed = [hits[number + 1]]
        for right in hits[number + 2 :]:
            if not place_coherence.LIST_GAP.fullmatch(text, listed[-1].end, right.start):
                break
            listed.append(right)
        for town in listed:
            town.entries = _entries_in(gaz, town.entries, states) or town.entries


def _entries_in(gaz: Gazetteer, entries: list[int], states: list[Candidate]) -> list[int]:
    """The entries that lie in one of `states` (countries, or first-level divisions)."""
    return [
        i
        for i in entries
        if any(
            (e := gaz.entry(i)).country == state.country
            and (state.feature_code == "PCLI" or e.admin1 == state.name)
            for state in states
        )
    ]


def _towns_near(gaz: Gazetteer, entries: list[int], divisions: list[Candidate], distance: float) -> list[int]:
    """The town entries within `distance` (place_coherence's scale) of one of the divisions' points."""
    points = [place_coherence.to_point(d.lat, d.lon) for d in divisions]
    return [
        i
        for i in entries
        if gaz.feature_code(i).startswith("PPL")
        and place_coherence.scaled_distance(gaz.entry(i), points) <= distance
    ]


# A division's own word in its name: "Co Armagh", "County Kerry", "Allen County", "Hastings District".
_DIVISION_WORD = re.compile(
    rf"\b(?:Co\b\.?|Parish\b|Shire\b|Borough\b|(?i:{'|'.join(place_hints.REGION_WORDS)})\b)"
)


def _possessed_by_no_place(text: str, hit: PlaceHit, hits: list[PlaceHit]) -> bool:
    """A capitalised possessive that is no place's right before the hit: "the Queen's Bath"."""
    possessor = _POSSESSOR_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    return possessor is not None and not any(h.start <= possessor.start() < h.end for h in hits)


def _held_to_qualifier(text: str, hits: list[PlaceHit]) -> set[int]:
    """ "cinemas in Hamilton, Ontario" in a story of Hamilton, Scotland: a name that its own words qualify
    by a state or country ("X, Ontario") is a place in it whenever it has one there, whatever the story
    around it names. Returns the hits (ids) that have no namesake in the qualifier's country at all: "the
    observatory in Sutherland, in the Northern Cape" and "Maidstone, Sask." are towns the gazetteer lacks,
    not Sutherland, Florida, or Maidstone, Kent."""
    unplaced: set[int] = set()
    for hit in hits:
        # (a state's abbreviation qualifies as surely, and lists none: "a pipeline near Maidstone, Sask."
        # is no Maidstone of Kent, whatever its size)
        state = hit.qualifier_admin1
        if (
            state is not None
            and hit.best is not None
            and not any(c.country == state[0] for c in hit.candidates)
        ):
            unplaced.add(id(hit))
            continue
        named = hit.qualifier
        qualifier = named.best if named is not None else None
        if (
            named is not None
            and hit.best is not None
            and qualifier is not None
            and text[hit.end : named.start] == ", "
            and _a_town_in_a_town(hit.best, qualifier)
            and not any(c.country == qualifier.country for c in hit.candidates)
            and _TOWN_QUALIFIER_ENDS.match(text, named.end)
            and not _LIST_AFTER.match(text, named.end)
            and place_coherence.scaled_distance(
                hit.best, [place_coherence.to_point(qualifier.lat, qualifier.lon)]
            )
            >= place_coherence.OUTLIER_DISTANCE
        ):
            # (a village or quarter that its town qualifies, which the gazetteer lacks: "Enterprise,
            # Chaguanas" is no Enterprise of Alabama; but not "Takatsuki, Toowoomba's sister city", "from
            # Alicante, Hamilton Sheriff Court heard", nor a border town near the next: "Carndonagh, Derry
            # is 40 minutes down the road")
            unplaced.add(id(hit))
            continue
        if (
            named is None
            or hit.best is None
            or qualifier is None
            or qualifier.feature_code not in {"ADM1", "ADM2", "PCLI"}
            # (a county only where the text calls it one: "Jonesborough, Co Armagh"; "in Saylorsburg,
            # Gulen denied" names a man, not the Norwegian municipality)
            or (qualifier.feature_code == "ADM2" and not _DIVISION_WORD.search(text, named.start, named.end))
        ):
            continue
        between = text[hit.end : named.start]
        if (
            between.strip() != ","
            and not _IN_GAP.fullmatch(between)
            and not _in_brackets(text, hit.end, named)
        ) or _LIST_AFTER.match(text, named.end):
            continue  # (only a qualifier written right after it, and not a list: "from China, Japan and …")
        if not hit.best.feature_code.startswith("PPL"):
            continue  # (a country or a division is named, not qualified)

        def inside(c: Candidate, state: Candidate = qualifier) -> bool:
            # (a county's towns lie in its state: "Jonesborough, Co Armagh" is no town of Tennessee)
            division = state.name if state.feature_code == "ADM1" else state.admin1
            return c.country == state.country and (state.feature_code == "PCLI" or c.admin1 == division)

        if inside(hit.best):
            continue
        there = [c for c in hit.candidates if inside(c) and c.feature_code.startswith("PPL")]
        if there:
            hit.best = max(there, key=lambda c: c.population)
        elif (
            qualifier.feature_code == "ADM1"
            and hit.best.country != qualifier.country
            and any(c.country == qualifier.country for c in hit.candidates)
            and not any(c.feature_code == "PCLI" for c in named.candidates)
        ):
            # (a state's town the gazetteer lacks, though it has namesakes in other states: "Berlin,
            # Connecticut" is neither Germany's capital nor Berlin, New Hampshire; a state's name that is a
            # country's too qualifies neither: "Tbilisi, Georgia")
            unplaced.add(id(hit))
        elif (
            not any(c.country == qualifier.country for c in hit.candidates)
            and hit.best.feature_code != "PPLC"
            and (
                hit.best.population < place_coherence.OUTLIER_POPULATION
                # (a state's abbreviation qualifies whatever the town's size, and lists nothing:
                # "Maidstone, Sask."; a state's name may be a country's: "Tbilisi, Georgia")
                or (qualifier.feature_code == "ADM1" and "." in text[named.start : named.end])
            )
            and not _POSSESSIVE_AFTER.match(text, named.end)
        ):
            # (a small town's; "from Singapore, Thailand and beyond" is a list; "the Salwa crossing,
            # Qatar's only land border" is a Saudi crossing that Qatar's possessive describes)
            unplaced.add(id(hit))
    # the bare mentions after it that share its qualifier (_share_qualifiers) are that town too: "Berlin,
    # Connecticut … Berlin High School"
    left_out = {(h.key_id, id(h.qualifier)) for h in hits if id(h) in unplaced and h.qualifier is not None}
    unplaced |= {id(h) for h in hits if h.qualifier is not None and (h.key_id, id(h.qualifier)) in left_out}
    return unplaced


# After a town that qualifies a name, the end of the phrase: "in Enterprise, Chaguanas, on Sunday".
_TOWN_QUALIFIER_ENDS = re.compile(r"[,.;:)]|\s[a-z]|$")


def _a_town_in_a_town(place: Candidate, town: Candidate) -> bool:
    """A small town abroad picked for a name that a town of another country qualifies."""
    return (
        place.feature_code.startswith("PPL")
        and town.feature_code.startswith("PPL")
        and place.feature_code != "PPLC"
        and place.country != town.country
        and place.population < place_coherence.BIG_CITY_POPULATION
    )


def _in_brackets(text: str, end: int, right: PlaceHit) -> bool:
    """The next name is alone in brackets right after the name that ends at `end`: "Tripoli (Lebanon)",
    AFP's "Kingston (Jamaica) (AFP) -"."""
    return text[end : right.start] == " (" and text.startswith(")", right.end)


def _qualifier_country(gaz: Gazetteer, hit: PlaceHit) -> str | None:
    """The one country a hit's qualifier lies in, if it names one."""
    if hit.qualifier_admin1 is not None:
        return hit.qualifier_admin1[0]
    if hit.qualifier is None:
        return None
    countries = {gaz.entry(i).country for i in hit.qualifier.entries}
    return next(iter(countries)) if len(countries) == 1 else None


def _home_of_qualified(gaz: Gazetteer, hits: list[PlaceHit], mentions: list[PlaceHit]) -> PlaceHit | None:
    """Of a name qualified by two countries ("a London, Ont., man … a flight to London, England"), the
    mention whose country the story's other names lie in most: the story's own, which its bare mentions are
    ("London police say …")."""
    # (a country's first qualified mention, by iterating backwards)
    qualified = {c: m for m in reversed(mentions) if (c := _qualifier_country(gaz, m)) is not None}
    if len(qualified) < 2:
        return None
    own = {id(m) for m in mentions} | {id(m.qualifier) for m in mentions if m.qualifier is not None}
    # (each other name counted in the country of its most populous namesake)
    named = Counter(
        gaz.entry(max(h.entries, key=gaz.population)).country
        for h in hits
        if id(h) not in own and not h.demonym and h.entries
    )
    ranked = sorted(qualified, key=lambda c: named[c], reverse=True)
    if named[ranked[0]] <= named[ranked[1]]:
        return None
    return qualified[ranked[0]]


def _share_qualifiers(gaz: Gazetteer, text: str, hits: list[PlaceHit]) -> None:
    """'TRIPOLI, Lebanon (AP) — … in Tripoli': a name qualified is that place where the story repeats it
    bare after, up to its next qualified mention ("LONDON, Ky. — … downtown London … folks from London,
    England"; a paragraph on, a dateline's place again); not before, and not at all when the story
    named it bare first ("house prices in Cambridge … as in Cambridge, Massachusetts", "Lima's school
    board … a native of Lima, Peru … southwest of Lima": the qualifier marks the other one)."""
    qualifiers = {id(h.qualifier) for h in hits if h.qualifier is not None}
    by_key: dict[int, list[PlaceHit]] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        if id(hit) not in qualifiers:
            by_key.setdefault(hit.key_id, []).append(hit)
    headline_end = text.find("\n\n")
    for mentions in by_key.values():
        lead = next((n for n, h in enumerate(mentions) if h.dateline), 0)
        if lead and mentions[lead - 1].end <= headline_end:
            # a headline names the dateline's place before it: "Cuba schools drive meals to students
            # [blank line] CUBA, N.M. — …" (the headline's bare name is not the story naming it bare first)
            dateline = mentions[lead]
            if dateline.qualifier is not None or dateline.qualifier_admin1 is not None:
                for hit in mentions[:lead]:
                    hit.qualifier, hit.qualifier_admin1 = dateline.qualifier, dateline.qualifier_admin1
                mentions = mentions[lead:]
        if mentions[0].qualifier is None and mentions[0].qualifier_admin1 is None:
            continue  # named bare first: its bare mentions keep their own reading
        model = mentions[0]
        home = _home_of_qualified(gaz, hits, mentions)
        for hit in mentions[1:]:
            if hit.qualifier is not None or hit.qualifier_admin1 is not None:
                model = hit
            else:
                if mentions[0].dateline and "\n\n" in text[model.end : hit.start]:
                    # a dateline's place is the story's own again a paragraph on: "KINGSTON, Ont. — … a
                    # deckhand who grew up in Kingston, Jamaica … [next paragraph] the Kingston waterfront"
                    model = mentions[0]
                elif home is not None and "\n\n" in text[model.end : hit.start]:
                    # a name qualified by two countries is the story's own again a paragraph on: "a flight
                    # to London, England, police say. [next paragraph] London police say …"
                    model = home
                hit.qualifier, hit.qualifier_admin1 = model.qualifier, model.qualifier_admin1


# After a county's name without "County", the words of its courts and officers: "Henrico Circuit Court",
# "Fayette Circuit Judge", "Kosciusko Superior Court", "Henrico Commonwealth's Attorney".
_COUNTY_BODY_AFTER = re.compile(
    r"\s(?:(?:Circuit|Superior|District|Chancery|Probate|Juvenile|Family|Common\sPleas|General\sSessions)"
    r"\s(?:Court|Judge)|Commonwealth['’]s\sAttorney|Sheriff['’]s\s(?:Office|Department))\b"
)
_COUNTY_WORD_END = re.compile(r"\s(?:County|Parish)$")
# The one or two capitalised words of a name that ends where a county's court or officer begins.
_NAME_BEFORE_BODY = re.compile(r"(?:(?<![\w'’.-])([A-Z][a-z]+)\s)?(?<![\w'’.-])([A-Z][a-z]+)$")
# A character that goes on a word: the name before a court is a whole word ("Henrico", not "…enrico").
_WORD_CHARACTER = re.compile(r"[\w'’.-]")


def _bare_names_of_counties(gaz: Gazetteer, text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A county's name without "County" before its courts or officers is the county: the one the story
    names in full ("Henrico County … Henrico Circuit Court"), or else, in a story whose places lie in one
    American state, that state's county of the name ("Berkshire Superior Court" in a story of Lenox and
    Lee, Massachusetts) — not a town of the name (Fayette, Alabama), a division elsewhere (Berkshire,
    England), nor nothing (GeoNames has no bare "Henrico"). Returns the mentions the gazetteer had not
    found."""
    named: dict[str, PlaceHit] = {}  # stem → the county named in full
    for hit in hits:
        surface = text[hit.start : hit.end]
        best = hit.best
        if (
            best is not None
            and not hit.demonym
            and best.feature_code == "ADM2"
            and _COUNTY_WORD_END.search(surface)
        ):
            named.setdefault(_COUNTY_WORD_END.sub("", surface), hit)
    divisions = Counter(
        (h.best.country, h.best.admin1)
        for h in hits
        if h.best is not None
        and not (h.demonym or h.namesake)
        and (h.best.feature_code.startswith("PPL") or h.best.feature_code == "ADM2")
    )
    (country, admin1), count = divisions.most_common(1)[0] if divisions else ((None, None), 0)
    # (the courts of American counties: "Limerick District Court" sits in the town)
    one_state = count >= 2 and admin1 is not None and country == "USA"
    out: list[PlaceHit] = []
    at = {(h.start, h.end): h for h in hits}

    def place(start: int, end: int, county: Candidate, key_id: int) -> None:
        same = at.get((start, end))
        if same is not None:
            same.best, same.candidates = county, [county]
        elif not any(h.start < end and start < h.end for h in (*hits, *out)):
            out.append(PlaceHit(start, end, key_id, [county.index], candidates=[county], best=county))

    for body in _COUNTY_BODY_AFTER.finditer(text):
        end = body.start()
        full = next(
            (
                (stem, hit)
                for stem, hit in named.items()
                if text.endswith(stem, 0, end)
                and not _WORD_CHARACTER.match(text[max(0, end - len(stem) - 1) : end - len(stem)])
            ),
            None,
        )
        if full is not None and full[1].best is not None:
            place(end - len(full[0]), end, full[1].best, full[1].key_id)
            continue
        words = _NAME_BEFORE_BODY.search(text, max(0, end - 40), end) if one_state else None
        if words is None:
            continue
        for start in sorted({words.start(1) if words.group(1) else words.start(2), words.start(2)}):
            name = f"{text[start:end]} County"
            found = [
                c
                for c in gaz.lookup(name)
                if c.feature_code == "ADM2" and c.country == country and c.admin1 == admin1
            ]
            if len(found) == 1:
                place(start, end, found[0], gaz.automaton.get(f" {normalize(name)} ", -1))
                break
    return out


# An acronym in capitals, of three letters or more: "CAR", "FATA", "HCMC".
_ACRONYM = re.compile(r"(?<![\w'’.-])[A-Z]{3,6}(?![\w'’-])")


def _initials_of_places(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """An acronym of three letters or more after a place whose initials it is ("the Central African Republic
    … the CAR town of Bangassou", "Federally Administered Tribal Areas (FATA)") is that place. (Two
    letters are too often something else: "MP" after "Madhya Pradesh" is a member of parliament.)"""
    # (each place's initials, read once: the acronyms are checked against them all)
    initials = [
        (place_hints.initials(text[h.start : h.end]), h)
        for h in hits
        if h.best is not None and not (h.demonym or h.namesake)
    ]
    out: list[PlaceHit] = []
    for match in _ACRONYM.finditer(text):
        start, end = match.span()
        if any(h.start < end and start < h.end for h in hits):
            continue
        named = next((h for letters, h in initials if h.end <= start and letters == match.group()), None)
        if named is not None:
            out.append(
                PlaceHit(
                    start, end, named.key_id, named.entries, candidates=named.candidates, best=named.best
                )
            )
    return out


def find_hits(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, int]]:
    """Gazetteer names in `text` as (start, end, key_id), on word boundaries, longest first.

    Overlapping hits keep the longest; the parts of a hyphenated route ("Lachin-Khankendi road") are
    kept too. A hyphenated name of any other kind is one place: "Guinea-Bissau" holds no Guinea,
    "KwaZulu-Natal" no Natal, "Winston-Salem" no Salem.
    """
    folded = f" {fold(text)} "
    key_len = gazetteer.key_len
    raw: list[tuple[int, int, int]] = []
    for last, key_id in gazetteer.automaton.iter(folded):
        # The key " name " ends at folded[last]; folded has one extra leading space.
        raw.append((last - key_len[key_id] + 1, last - 1, key_id))
    raw.sort(key=lambda h: (h[0], h[0] - h[1]))
    chosen: list[tuple[int, int, int]] = []
    last_end = -1
    compound: tuple[int, int, int] | None = None
    part_end = -1
    for start, end, key_id in raw:
        if _LONGER_NAME_BEFORE.search(text, max(0, start - 24), start) or _SAINT_BEFORE.search(
            text, max(0, start - 8), start
        ):
            continue  # the tail of a longer name: "Sainte-Anne-de-Kent" holds no Kent, "Santa Olga" no Olga
        if start >= last_end:
            chosen.append((start, end, key_id))
            last_end = end
            part_end = -1
            compound = (
                (start, end, key_id)
                if _joins_names(text[start:end])
                and any(gazetteer.feature_code(i) in ROUTE_CODES for i in gazetteer.entries_of(key_id))
                else None
            )
        elif (
            compound is not None
            and end <= compound[1]
            and start >= part_end
            and _is_compound_part(text, start, end, compound)
        ):
            chosen.append((start, end, key_id))
            part_end = end
    return chosen


@lru_cache(maxsize=4)
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    """The dotted abbreviations ("La.", "W.Va.") as one pattern, longest first, on word boundaries."""
    dotted = sorted((a for a in abbreviations if "." in a), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z.])(?:" + "|".join(re.escape(a) for a in dotted) + r")(?![A-Za-z])")


def _canonical(name: str) -> str:
    """A name's key with saint/mount/fort abbreviated, so "St. Cloud" and "Saint Cloud" compare equal, and
    with no apostrophe between vowels ("Maan" is Ma'an's own name)."""
    return " ".join(_ABBREVIATED.get(word, word) for word in joined_key(name).split())


_ABBREVIATED = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "county": "co"}


def _capitalised_hits(gaz: Gazetteer, text: str) -> list[tuple[int, int, int]]:
    """`find_hits`, where a lower-case hit that holds a capitalised name ("northern California") gives
    way to the hits from its first capitalised word on ("California")."""
    hits: list[tuple[int, int, int]] = []
    taken = -1  # the end of the names found again inside a lower-case hit
    for start, end, key_id in find_hits(gaz, text):
        if start < taken:
            continue  # "Carolina" of "western North Carolina", found whole again below
        kind = _KIND_IN_LOWER_CASE_END.search(text, start, end)
        if kind is not None and _OF_A_NAME.match(text, end):
            # "the Texas city of Paris": Texas, then Paris; not Texas City
            hits.extend((start + a, start + b, k) for a, b, k in find_hits(gaz, text[start : kind.start()]))
            continue
        pair = _TWO_NAMES.fullmatch(text, start, end)
        halves = (
            [(pair.start(g), pair.end(g), _country_key(gaz, pair.group(g))) for g in (1, 2)] if pair else []
        )
        if halves and all(k >= 0 for _, _, k in halves):
            # A union of two countries that is no more, "Serbia and Montenegro" (2003-2006), names both of
            # today's countries: a list of two in news since
            hits.extend(halves)
            continue
        if text[start].isupper() or _LOWER_CASE_OPENING.match(text, start, end):
            hits.append((start, end, key_id))
            continue
        match = _CAPITALISED_WORD.search(text, start, end)
        if match is not None:
            # The names from its first capitalised word on, which may run past it: "western North
            # Carolina" ("Western North" is a region of Ghana) holds "North Carolina".
            inner = match.start(1)
            for a, b, k in find_hits(gaz, text[inner : end + 64]):
                if a < end - inner:
                    hits.append((inner + a, inner + b, k))
                    taken = max(taken, inner + b)
    return hits


_TWO_NAMES = re.compile(r"([A-Z][\w ]+?) and ([A-Z][\w ]+)")


def _country_key(gaz: Gazetteer, name: str) -> int:
    """The key of `name` when it is, whole, the name of a country the gazetteer holds; -1 otherwise."""
    key_id = gaz.automaton.get(f" {normalize(name)} ", -1)
    return (
        key_id if key_id >= 0 and any(gaz.feature_code(i) == "PCLI" for i in gaz.entries_of(key_id)) else -1
    )


# A federal court's district: "the Eastern District of Oklahoma" is no Hong Kong district.
_COURT_DISTRICT = re.compile(r"(?:Eastern|Western|Northern|Southern|Middle|Central)\sDistrict(?=\sof\s[A-Z])")
# A person's age in commas after a name: "Lina, 14, said".
_AGE_AFTER = re.compile(r",\s\d{1,3},\s(?!and\b|or\b)")
# An Arabic name going on after the name: "Riad al-Solh Square", "Hamad bin Khalifa" are persons' names
# (whole place names of this form, "Ras al-Ain", are the gazetteer's own).
_ARABIC_NAME_GOES_ON = re.compile(r"\s(?:al|el)-[A-Z]|\s(?:bin|ibn|bint)\s[A-Z]")
_AND_BEFORE = re.compile(r"\b(?:and|or)\s$")
# A hit that ends in a kind of settlement in lower case, and the name after it: "Texas city| of Paris".
_KIND_IN_LOWER_CASE_END = re.compile(r"\s(?:city|town)$")
_OF_A_NAME = re.compile(r"\sof\s[A-Z]")
# Entity labels under which a name that goes on is one longer name ("White Oaks", "Batu Maung").
_NAME_LABELS = frozenset({"GPE", "LOC", "PERSON", "NORP"})
# Kinds of place prominent enough to be themselves at the start of a longer name ("Malaysia Airlines").
_WIDE_CODES = frozenset({"PCLI", "ADM1", "CONT", "RGN"})


def _starts_longer_name(
    sdoc: SpacyDoc, span: Span, ent_of: dict[int, Span], named_tokens: set[int], words: frozenset[str]
) -> bool:
    """Whether the name of `span` goes on, as one name, with a capitalised word that is no English word
    and names no place itself: "Batu Maung" (in Penang), "Sandwich Towne" (in Windsor, Ontario),
    "Medina Azahara" are places of their own, not Batu, Sandwich or Medina; "the Venice Film Festival",
    "Toronto Police" name the town. `words`: English words (no list, no such name)."""
    after = span.end
    if after >= len(sdoc):
        return False
    word = sdoc[after]
    last = span[-1]
    ent = ent_of.get(last.i)
    joined = (ent is not None and ent.label_ in _NAME_LABELS and ent_of.get(word.i) is ent) or (
        last.dep_ == "compound" and last.head.i == word.i
    )
    lower = word.text.lower()
    return (
        joined
        and word.idx == span.end_char + 1
        and word.text[:1].isupper()
        and word.is_alpha
        and word.i not in named_tokens
        and bool(words)
        and lower not in words
        and lower.removesuffix("s") not in words
    )


def _capitalised_word_before(span: Span, named_tokens: set[int]) -> Token | None:
    """The capitalised word right before `span` (one space between), when it is no sentence's first word
    and names no place itself."""
    if span.start == 0:
        return None
    word = span.doc[span.start - 1]
    if (
        word.idx + len(word.text) + 1 == span.start_char
        and word.text[:1].isupper()
        and word.is_alpha
        and not word.is_sent_start
        and word.i not in named_tokens
    ):
        return word
    return None


def _ends_longer_name(
    span: Span, ent_of: dict[int, Span], named_tokens: set[int], words: frozenset[str]
) -> bool:
    """Whether the name of `span` ends a longer name, after a capitalised word of it that is no English
    word and names no place itself: "Flor Amarillo" (in Venezuela), "Te Puia" are places of their own,
    not Amarillo or Puia (an Arabic article is the name's own: "Al Anbar")."""
    word = _capitalised_word_before(span, named_tokens)
    if word is None or not words:
        return False
    ent = ent_of.get(word.i)
    joined = (ent is not None and ent.label_ in _NAME_LABELS and ent_of.get(span.start) is ent) or (
        word.dep_ == "compound" and span.start <= word.head.i < span.end
    )
    lower = word.text.lower()
    return (
        joined
        and lower not in words
        and lower.removesuffix("s") not in words
        and lower not in ARABIC_ARTICLES
    )


def _name_word_before(span: Span, ent_of: dict[int, Span], named_tokens: set[int]) -> bool:
    """Whether a capitalised word that names no place starts the name of `span` in the same entity, and
    not as a sentence's first word: "Last" of "Last Mountain Lake"."""
    word = _capitalised_word_before(span, named_tokens)
    return word is not None and word.i in ent_of and ent_of[word.i] is ent_of.get(span.start)


def _joins_names(surface: str) -> bool:
    """A hyphenated hit whose parts may be names of their own ("Lachin-Khankendi road"), not one name
    whose hyphens join words ("Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon")."""
    parts = re.split(r"[-–]", surface)
    return len(parts) > 1 and not any(part.split(" ", 1)[0] in _NAME_JOINING_WORDS for part in parts[1:])


# Words that hyphens join into one place name: "Port-au-Prince", "Mazar-i-Sharif", "Rostov-on-Don".
_NAME_JOINING_WORDS = frozenset(
    {"au", "aux", "en", "on", "upon", "under", "by", "in", "le", "la", "les", "de", "du", "des", "sur"}
    | {"sous", "et", "i", "e", "the", "am", "an", "der", "im"}
)


# A capitalised word, a joining word and hyphens just before a hit: the hit ends a longer name the
# gazetteer lacks ("Sainte-Anne-de-Kent"), not a phrase's ("made-in-Canada").
_LONGER_NAME_BEFORE = re.compile(
    r"[A-Z]\w*[-–](?:" + "|".join(sorted(_NAME_JOINING_WORDS, key=len, reverse=True)) + r")[-–]$"
)


# The last words of cities' names (of this size) that take "the" as a region's do: "the North Shore",
# "the Gold Coast".
_TOWNS_WITH_THE = frozenset({"shore", "coast", "end", "side", "valley", "hills", "heights", "beach", "lakes"})
CITY_WITH_THE_POPULATION = 100_000


# A saint's title just before a hit: the hit ends a saint's name the gazetteer lacks as a place.
_SAINT_BEFORE = re.compile(r"(?<![A-Za-z])(?:San|Santa|Santo|São|Saint|Sainte|Sankt|Sint|St\.?|Ste\.?) $")


def _is_compound_part(text: str, start: int, end: int, outer: tuple[int, int, int]) -> bool:
    """True when text[start:end] is a hyphen-delimited part of the compound hit `outer`."""
    before = text[start - 1] if start > outer[0] else " "
    after = text[end] if end < len(text) else " "
    return (start == outer[0] or before in "-–") and (after in "-– " or end == outer[1])


class PlaceExtractor(Extractor):
    """Find place names in a parsed document and resolve them to gazetteer entries.

    gazetteer (Gazetteer | None): the gazetteer; `Gazetteer.load()` when None.
    min_score (float): mentions whose best candidate scores below this are not emitted.
    weights (list[float] | None): ranker weights in `FEATURES` order; from ranker.tsv when None.
    english_words (frozenset[str] | None): the English words of the spaCy pipeline's lemmatizer; those
        of the pipeline the settings name when None.
    english_adjectives (frozenset[str] | None): its adjectives, likewise.
    english_common_words (frozenset[str] | None): its verbs, adjectives and adverbs, likewise: words of
        common use, unlike the names among WordNet's nouns ("erie", "warren").
    """

    name = "places"
    requires = ("spacy_doc",)
    assigns = ("places",)

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        min_score: float = -math.inf,
        weights: list[float] | None = None,
        english_words: frozenset[str] | None = None,
        english_adjectives: frozenset[str] | None = None,
        english_common_words: frozenset[str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        if english_words is None or english_adjectives is None or english_common_words is None:
            nlp = analysis.load_nlp(Settings().spacy_model)
            if english_words is None:
                english_words = analysis.english_words(nlp)
            if english_adjectives is None:
                english_adjectives = analysis.english_words(nlp, ("adj",))
            if english_common_words is None:
                english_common_words = analysis.english_words(nlp, ("verb", "adj", "adv"))
        self.english_words = english_words
        self.english_adjectives = english_adjectives
        self.english_common_words = english_common_words
        self.min_score = min_score
        self.weights = list(weights) if weights is not None else load_weights()
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"the ranker needs {len(FEATURES)} weights, got {len(self.weights)}")
        self.abbreviations = load_abbreviations()

    # -- finding -----------------------------------------------------------------------------

    def find(self, doc: Document) -> list[Place]:
        """Place records for every resolved place-name mention in `doc`, in text order."""
        text = doc.text
        sdoc = doc.doc
        hits, pending = self._recognise(text, sdoc)
        if not hits:
            return []
        home, local = SourceHome.of(doc.meta, self.gazetteer), local_country(text)
        self._resolve(text, hits, home, local)
        unplaced = _held_to_qualifier(text, hits)
        place_coherence.lists_of_a_kind(text, hits)
        place_coherence.lists_of_one_country(text, hits)
        place_coherence.countries_as_towns_listed(text, hits)
        place_coherence.recohere(text, hits)
        place_coherence.far_divisions_near_towns(text, hits)
        place_coherence.local_cluster(text, hits)
        place_coherence.surrounded_namesakes(text, hits)
        place_coherence.capitals_far_from_namesakes(text, hits)
        place_coherence.seats_of_the_un(text, hits)
        place_coherence.countries_far_from_namesakes(text, hits)
        place_coherence.countries_as_local_towns(text, hits)
        place_coherence.across_a_border(text, hits)
        unplaced |= place_coherence.possessed(text, hits)
        place_coherence.rivers_named_again(text, hits)
        place_coherence.qualifiers_named_again(text, hits)
        place_coherence.datelines_named_again(text, hits)
        place_coherence.towns_of_the_dateline(text, hits)
        place_coherence.short_names_of_towns(text, hits)
        place_coherence.world_cities_over_hamlets(text, hits)
        place_coherence.firm_bases_in_cities(text, hits)
        self._divisions_of_their_parts(text, hits)
        unplaced |= place_coherence.near_what_it_is_near(text, hits)
        home_towns = self._keep_home_towns(text, hits, home, local)
        home_towns |= self._the_other_namesakes(text, hits, home, local)
        hits = sorted(
            hits + place_coherence.near_kept(self.gazetteer, text, hits, pending), key=lambda h: h.start
        )
        hits = sorted(hits + _bare_names_of_counties(self.gazetteer, text, hits), key=lambda h: h.start)
        hits = sorted(hits + _initials_of_places(text, hits), key=lambda h: h.start)
        outliers = place_coherence.outliers(hits, text)
        if place_coherence.features_at_home(hits, outliers):
            outliers = place_coherence.outliers(hits, text)
        outliers |= place_coherence.list_outliers(text, hits) | unplaced
        countries = {h.best.country for h in hits if h.best is not None and not h.opening}
        outliers |= {id(h) for h in hits if h.opening and (h.best is None or h.best.country not in countries)}
        outliers |= place_coherence.lonely_towns(hits, outliers)
        outliers -= home_towns
        # (a site's name in a story of another country: "Soweto Market" in a story of Lusaka; so too a half
        # of a joined name, "Mayo-Tsanaga" of Cameroon, a name after a person's possessive, "the Queen's
        # Bath", and a quarter's, "the Roma and Condesa neighborhoods")
        for hit in hits:
            hit.site = (
                _SITE_AFTER.match(text, hit.end) is not None
                or _SITE_BEFORE.search(text, max(0, hit.start - 16), hit.start) is not None
                or (
                    (
                        _JOINED_AFTER.match(text, hit.end) is not None
                        or _JOINED_BEFORE.search(text, max(0, hit.start - 2), hit.start) is not None
                        or _possessed_by_no_place(text, hit, hits)
                    )
                    # (not a country or a city, whose names join into a border's or a line's, or follow a
                    # person's possessive: "the US-Mexico border", "the Baku-Supsa pipeline", "Wang's Hong
                    # Kong-based company")
                    and hit.best is not None
                    and hit.best.feature_code not in COUNTRY_FEATURES
                    and hit.best.population < JOINED_SITE_POPULATION
                )
                or _QUARTERS_AFTER.match(text, hit.end) is not None
            )
        # (the countries of two names or more: one stray pick, "East End" read as Arkansas in a story of
        # Newcastle, does not make a country the story's)
        names_in: dict[str | None, set[int]] = {}
        for h in hits:
            # (nor does a street's namesake or a pick already left out: "Beaumont Street" is no Texan name)
            if h.best is not None and not (
                h.opening or h.site or h.demonym or h.namesake or id(h) in outliers
            ):
                names_in.setdefault(h.best.country, set()).add(h.key_id)
        at_home = {c for c, keys in names_in.items() if len(keys) >= 2} or set(names_in)
        outliers |= {
            id(h) for h in hits if h.site and at_home and (h.best is None or h.best.country not in at_home)
        }
        shared = place_coherence.countries_of_shared_features(hits, outliers)
        places: list[Place] = []
        for hit in hits:
            best = hit.best
            if hit.demonym or hit.namesake or best is None or id(hit) in outliers:
                continue
            if text[hit.start : hit.end] == "Gulf" and _THE_GULF.match(text, hit.start):
                picked = self._which_gulf(hit, hits)
                if picked is None:
                    continue
                best = picked
            elif _COMPASS_NAME.fullmatch(text, hit.start, hit.end):
                # "the South West", "the North-East": a part of a country the story names, not a division
                # of that name in a country it never names (Cameroon's South-West)
                others = [
                    o
                    for o in hits
                    if o.best is not None
                    and not (o.namesake or id(o) in outliers)  # (a country's adjective counts)
                    and not _COMPASS_NAME.fullmatch(text, o.start, o.end)
                ]
                named = Counter(o.best.country for o in others if o.best is not None)
                first = {}
                for o in reversed(others):
                    first[o.best.country if o.best is not None else None] = o.start
                there = [c for c in hit.candidates if named[c.country]]
                if not there:
                    continue
                # (the story's main country, most named and first: Cameroon's North West in a story of
                # Cameroon that names Nigeria too)
                best = max(there, key=lambda c: (named[c.country], -first[c.country], c.population))
            places.append(
                Place(
                    doc_id=doc.id,
                    text=text[hit.start : hit.end],
                    start=hit.start,
                    end=hit.end,
                    geonameid=best.geonameid,
                    name=best.name,
                    lat=round(best.lat, 5),
                    lon=round(best.lon, 5),
                    country_code=best.country or shared.get(id(hit)),
                    admin1=best.admin1,
                    feature_code=best.feature_code,
                    also_known_as=_also_known_as(best),
                )
            )
        return places

    @staticmethod
    def _which_gulf(hit: PlaceHit, hits: list[PlaceHit]) -> Candidate | None:
        """ "The Gulf" of the story: the Persian Gulf (where Kerala's and Manila's workers go), unless the
        story is mostly of the United States or Mexico and names no state on the Persian Gulf."""
        named = Counter(
            o.best.country for o in hits if o.best is not None and o is not hit and o.best.country
        )
        by_name = {c.name: c for c in hit.candidates}
        if not named or any(c in _PERSIAN_GULF_STORIES for c in named):
            return by_name.get("Persian Gulf")
        main = named.most_common(1)[0][0]
        if main in _GULF_OF_MEXICO_STORIES:
            return by_name.get("Gulf of Mexico")
        return by_name.get("Persian Gulf")

    def annotate(self, doc: Document, found: list[Place]) -> None:
        """Set doc.places, sorted by start offset."""
        doc.places = sorted(found, key=lambda p: (p.start, -p.end))

    def _recognise(self, text: str, sdoc: SpacyDoc) -> tuple[list[PlaceHit], list[PlaceHit]]:
        """The place names of `text`: those kept, and those held back as too small to trust on spaCy's
        reading alone (which the places around them may still vouch for: `place_coherence.near_kept`)."""
        gaz = self.gazetteer
        ent_of: dict[int, Span] = {}
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        found = _capitalised_hits(gaz, text)
        found_names = frozenset(text[start:end] for start, end, _ in found)
        aged_names = place_hints.aged_surnames(text, found_names)
        surnames = place_hints.surnames(sdoc, found_names) | aged_names
        storms = {m.group(1) for m in _STORM_NAMED.finditer(text)}
        place_ends = {end for _, end, _ in found}
        acronyms = {
            acronym
            for acronym, bracket in place_hints.defined_acronyms(text)
            if not place_ends.intersection(range(bracket - 2, bracket + 1))
        }
        # (the tokens of every name the gazetteer knows: "Kells and Callan", one ORG to spaCy, lists two)
        named_tokens = {
            t.i
            for start, end, _ in found
            if (s := sdoc.char_span(start, end, alignment_mode="expand"))
            for t in s
        }
        pending: list[PlaceHit] = []  # names too small to trust alone, unless listed with a place
        echoes: list[PlaceHit] = []  # capitalised names the tagger read as common nouns
        listable: list[PlaceHit] = []  # towns' names spaCy reads as other words, for a list to vouch for
        misread: list[PlaceHit] = []  # names no English word that spaCy reads as other words (see below)
        hits: list[PlaceHit] = []
        for start, end, key_id in found:
            first = text[start]
            if not first.isupper() and not _LOWER_CASE_OPENING.match(text, start, end):
                continue
            surface = text[start:end]
            the_gulf = surface == "Gulf" and _THE_GULF.match(text, start) is not None
            if fold(surface).strip() in GENERIC_WORDS and not the_gulf:
                continue
            if surface == "Sabha" and _HOUSE_OF_PARLIAMENT.search(text, max(0, start - 8), start):
                continue  # "the Lok Sabha": India's lower house, not Sabha, Libya
            if surface in acronyms:
                continue  # "the Immigration and Checkpoints Authority (ICA)": an organisation, not Ica
            if _STORM_NAME.match(text, start) or surface in storms:
                continue  # "Hurricane Helene" is a storm (Hurricane, Utah, is a town), and so is "Helene"
            if _TITLE_BEFORE_NAME.fullmatch(text, start, min(len(text), end + 3)):
                continue  # "King Gyanendra of Nepal": a title
            if _HYPHENATED_WORD.match(text, end) or _HYPHEN_BEFORE.search(text, max(0, start - 5), start):
                continue  # "Shan-e-Mustafa", "Kim Jong-un": a part of one hyphenated word, no place
            if _ARABIC_NAME_GOES_ON.match(text, end) or (
                (court := _COURT_DISTRICT.match(text, start)) is not None and court.end() == end
            ):
                continue
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if surface in aged_names and not (
                (place_hints.after_locative(span) and not _POSSESSIVE.match(text, end))
                or place_hints.is_dateline(text, start, end)
            ):
                # "Copeland testified", "in Holt's truck", a place to spaCy: the man named with his age
                continue
            if _AGE_AFTER.match(text, end) and not _AND_BEFORE.search(text, max(0, start - 5), start):
                # "The oldest, Lina, 14, said": a person and her age, whatever spaCy says (Lena, Illinois, is
                # also "Lina"); not a count in a list ("deaths in Lahore, 12, and Multan, 4")
                continue
            if _TITLE_BEFORE_NAME.match(text, start, end) and all(t.ent_type_ == "PERSON" for t in span):
                # "Queen Victoria" (a village in Mauritius too), when spaCy reads a person; but a town's
                # own name is held back for the story's places to vouch for ("Prince George, Quesnel and
                # Williams Lake", "east of Prince Albert" in a story of Saskatchewan)
                entries = list(gaz.entries_of(key_id))
                if " " in surface and self._named(surface, entries):
                    towns = [
                        i
                        for i in entries
                        if gaz.feature_code(i).startswith("PPL")
                        and gaz.population(i) >= TITLED_TOWN_POPULATION
                    ]
                    if towns:
                        pending.append(PlaceHit(start, end, key_id, towns))
                continue
            initials = _INITIALS_BEFORE.search(text, max(0, start - 10), start)
            if (
                initials is not None
                and initials.group(1).strip() not in self.abbreviations
                and not gaz.lookup(initials.group(1).strip())
            ):
                continue  # "the K.C. Irving Regional Centre": a person's name, not Irving, Texas
            if _AIRCRAFT_BEFORE.search(text, max(0, start - 8), start):
                continue
            if _SHIP_OR_BYLINE_BEFORE.search(text, max(0, start - 24), start) and not _NEWSROOM_AFTER.match(
                text, end
            ):
                continue  # "HMNZS Canterbury", "Editing by Clare Dunstan": a ship's or a journalist's name
            if _INITIAL_AFTER.match(text, end):
                continue  # "Thomas A. Dolan Parkway": a person's first name, not Thomas, West Virginia
            if (
                surface.lower() in _NAME_KIND_WORDS
                and (
                    _NAME_WORD_AFTER.match(text, end)
                    or _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
                )
            ) or (surface.lower() in _NAME_OPENING_WORDS and _NAME_WORD_AFTER.match(text, end)):
                continue  # "Point Pelee", "Long Point": a word of a longer name, not Point, Texas
            # "US", "UK", a place to spaCy or after "in" ("Osh", "Qom"), but not "Us", "Man": a short name
            # in mixed case with no such word is held back, for a mention elsewhere or a list to vouch for
            # ("in Jos, … in Bukuru and Jos").
            short_bare = (
                len(surface) <= 3
                and not surface.isupper()
                and not place_hints.short_place(span)
                and not place_hints.locative_before(span)  # "traders travelling to Aba"
            )  # (or after a place noun, below: "the holy city of Qom")
            if surface in _ABSTRACT_NAMES and (
                (thing := _THING_OF_BEFORE.search(text, max(0, start - 30), start)) is not None
                and not _PLACE_NOUN_OF.search(text, max(0, start - 30), start)
                and thing.group(1).lower() not in GENERIC_WORDS
            ):
                continue  # "the Declaration of Independence": a thing's name, not Independence, Missouri
            if (
                _FEATURE_AFTER.match(text, end)
                or _FEATURE_BEFORE.search(text, max(0, start - 12), start)
                or _FRENCH_NAME_BEFORE.search(text, max(0, start - 12), start)
                or _FRENCH_NAME_AFTER.match(text, end)
                or _FEATURE_AFTER_NAME.match(text, end)
                or (_FEATURE_WORD_END.search(surface) and _name_word_before(span, ent_of, named_tokens))
                or place_hints.is_towns_division_word(text, start, end)
            ):
                continue
            entries = list(gaz.entries_of(key_id))
            if the_gulf:
                entries = [
                    c.index for name in ("Persian Gulf", "Gulf of Mexico") for c in gaz.lookup(name)[:1]
                ]
            if _AREA_AFTER.match(text, end) and not self._strong(entries, STRONG_POPULATION):
                continue  # "the Aral Sea" is not the town of Aral
            if surface in _OLD_QUARTERS and _POSSESSIVE_BEFORE.search(text, max(0, start - 3), start):
                continue  # "Mosul's Old City" is Mosul's, which its own mention places
            if (
                text[max(0, start - 7) : start] == "Little " or text.startswith((" Beach", " Point"), end)
            ) and any(gaz.feature_code(i) in ("PCLI", "PPLC") for i in entries):
                # "Little Haiti", "Little Italy", "Little Egypt", "Egypt Beach": a quarter, region or beach
                # named after a country or capital, not it
                continue
            if _TOWN_SITE_WORD_AFTER.match(text, end) and any(gaz.feature_code(i) == "PCLI" for i in entries):
                # "the Benin Airport": a town's airport (Benin City's), not the country's (a division's name
                # may be its airport's: "Penang International Airport", "Cornwall Airport Newquay")
                entries = [i for i in entries if gaz.feature_code(i).startswith("PPL")] or entries
            if (
                " " not in surface
                and (
                    (_PERSON_AFTER.match(text, end) and _ONE_BEFORE.search(text, max(0, start - 20), start))
                    or _TOWN_ONLY_BODY_AFTER.match(text, end)
                )
                and any(gaz.feature_code(i) == "PCLI" for i in entries)
            ):
                entries = [i for i in entries if gaz.feature_code(i) != "PCLI"] or entries
            if _FIRST_NATION_AFTER.match(text, end):
                # "the Standing Buffalo First Nation": a Canadian people's reserve, no Buffalo of New York
                entries = [i for i in entries if gaz.entry(i).country == "CAN"]
                if not entries:
                    continue
            if _STATE_ORGAN_AFTER.match(text, end) or _REPUBLIC_BEFORE.search(
                text, max(0, start - 24), start
            ):
                entries = [i for i in entries if gaz.feature_code(i) == "PCLI"] or entries
            elif _DIVISION_OFFICE_AFTER.match(text, end) or _DIVISION_OFFICE_BEFORE.search(
                text, max(0, start - 32), start
            ):
                entries = [i for i in entries if gaz.feature_code(i) == "ADM1"] or entries
            if _PORTFOLIO_AFTER.match(text, end) and not self._strong(entries, STRONG_POPULATION):
                continue  # "Indian Commerce Minister X"
            if _PORTFOLIO_BEFORE.search(text, max(0, start - 80), start) and all(
                gaz.feature_code(i).startswith("PPL") for i in entries
            ):
                continue  # (a country, a division or an island stays: "Secretary of State for Wales")
            if _COMPASS_BEFORE.search(text, max(0, start - 8), start) and (
                not self._strong([i for i in entries if gaz.feature_code(i) != "RGN"], STRONG_POPULATION)
                or surface.lower() in _KIND_OF_PLACE
            ):
                # "Central Highlands" is no town called Highlands, nor the Scottish Highlands, a region
                # another region's name ends with ("North London" is London's, "South Wales" Wales'); nor
                # is "Central Plateau" the Nigerian state of Plateau: a kind of place ends it
                continue
            the_before = place_hints.the_before(span)
            # "Virgin Atlantic", "Atlantic, Iowa": a sea's short name needs its article, or to modify a
            # common noun ("Pacific island leaders")
            seas = [i for i in entries if self._short_name_of_sea(surface, i)]
            if place_hints.modifies_common_noun(span):
                entries = seas or entries
            elif not the_before:
                entries = [i for i in entries if i not in seas] or entries
            # A small place's name ending a longer one is another place; a prominent one is still itself
            # there ("Environment Canada", "CTV Edmonton", "Nazi Germany").
            if _FOREIGN_NAME_GOES_ON.match(text, end):
                continue  # "Plateau de Beille", "Villa del Parque": the start of a longer name, not Plateau
            if _GENERIC_WORD_BEFORE.search(text, max(0, start - 16), start):
                continue  # "Pulau Gaya", "Colonia Roma", "Plaza de Colón": an island, quarter or square
            if place_hints.ends_longer_name(span) and (
                not self._strong(entries, STRONG_POPULATION) or surface.lower() in _KIND_OF_PLACE
            ):
                continue  # (nor is "Tug Hill Plateau" Nigeria's Plateau state: a kind of place ends it)
            river_after = _RIVER_AFTER.match(text, end)
            rivers_after = _RIVERS_AFTER.match(text, end)
            if (river_after or rivers_after) and not any(gaz.feature_code(i) == "STM" for i in entries):
                # "the Mithi river", "the Shabelle and Juba rivers": rivers, not towns named like them; one
                # the gazetteer lacks is left out, unless a large town bears the name ("the Ottawa river")
                # or a list of rivers names it (whose towns mostly lie on it: "the Etowah and Coosa rivers")
                rivers = self._river_named(surface)[1]
                if rivers:
                    entries = rivers
                elif not rivers_after and not self._strong(entries, STRONG_POPULATION):
                    continue
            # (the names of settlements of a kind: "the towns of Hit and Rutba", "the resort town of X")
            settlement_kind = _SETTLEMENT_KIND_OF.search(text, max(0, start - 80), start) is not None
            if (
                _FEATURE_WORD.search(surface)
                and not self._state_after(text, end, entries)
                and not settlement_kind
            ):
                # "Lake Albert", "the Black River": the lake or river, not a town named after it (but
                # "Lake Geneva, Wis." and "the resort town of Victoria Falls" are the towns)
                features = [i for i in entries if gaz.feature_code(i) in NATURAL_AREAS | NATURAL_POINTS]
                entries = features or entries
            named_division = self._named_division(surface, entries)
            # A street or site named after a place; "Otter Tail County Road 80" names the county.
            namesake = (
                bool(
                    _NAMESAKE_AFTER.match(text, end)
                    or (_SAINT.match(surface) and _POSSESSIVE_NAME.match(text, end))  # "St. Mary's Hospital"
                )
                and not named_division
            )
            dateline = place_hints.is_dateline(text, start, end) or (
                place_hints.is_colon_dateline(text, start, end)
                and surface.istitle()
                # (not "Police: …", a label: a common word, unless a large town's own name)
                and (surface.lower() not in self.english_words or self._strong(entries, STRONG_POPULATION))
            )
            # "the village of X", "the country of X", "towns such as X, Y and Z": the text says it is a place
            such_as = _PLACES_SUCH_AS.search(text, max(0, start - 32), start) is not None
            country_noun = _COUNTRY_NOUN_OF.search(text, max(0, start - 12), start) is not None
            # (the names of a list of rivers: "the rivers Eden, Kent and Lune")
            rivers_listed = (
                self._river_named(surface)[1]
                if _RIVERS_LISTED.search(text, max(0, start - 80), start)
                else []
            )
            place_noun = (
                such_as
                or country_noun
                or bool(rivers_listed)
                # (the next names of a kind's list, by their main names: an alternate name after "the
                # villages of Yusifjanli, Shikhlar" may be a namesake's, the village itself unknown)
                or (settlement_kind and self._named(surface, entries))
                or place_hints.called_a_settlement(text, end)
                or (
                    place_hints.settlement_noun_after(text, end)
                    and any(gaz.feature_code(i).startswith("PPL") for i in entries)
                    # (not an adjective of a people or a language: "the English town of Wellington" is
                    # no English, Indiana)
                    and not (
                        len(span) == 1 and span[0].tag_ == "JJ" and surface.lower() in self.english_adjectives
                    )
                )
                or _PLACE_NOUN_OF.search(text, max(0, start - 24), start) is not None
                or _PARTY_BEFORE.search(text, max(0, start - 4), start) is not None
                or (
                    # "the Araria and Kishanganj districts", "Sylhet division": a division word in lower
                    # case after the name (a tagger may read the name as an adjective)
                    place_hints.division_word_after(text, end)
                    and not place_hints.a_people(span)  # ("Arab states")
                    and self._named(surface, entries)
                    and not all(gaz.feature_code(i) == DEMONYM for i in entries)
                )
                or (
                    _TOWN_BODY_AFTER.match(text, end) is not None
                    and not _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 24), start)
                    # (not a small town's name that is a common word: Jamaica's "Home Circuit Court")
                    and not (
                        fold(surface).lower() in self.english_common_words
                        and not self._strong(entries, BODY_TOWN_POPULATION)
                    )
                    and self._a_towns_name(surface, entries, key_id)
                )
                or (
                    # "Saskatoon police have charged", "Woodstock city council": a body in lower case after
                    # a name that is no English word (not "Federal police", "Riot police")
                    _TOWN_BODY_LOWER_AFTER.match(text, end) is not None
                    and self._no_common_word(surface, entries)
                    and not place_hints.a_people(span)
                    and self._a_towns_name(surface, entries, key_id)
                )
                or (
                    # (not "the Somali port city": a country's adjective)
                    _PORT_AFTER.match(text, end) is not None
                    and not any(gaz.feature_code(i) == DEMONYM for i in entries)
                )
            )
            short_bare = (
                short_bare and not place_noun and not dateline and not self._big_division(surface, entries)
            )
            if (
                len(surface) <= 3
                and not surface.isupper()
                and not dateline
                and _NAME_WORD_AFTER.match(text, end)
                and not _SHORT_NAMES_DIVISION_AFTER.match(text, end)
                and not place_hints.towns_division_after(text, end)
            ):
                continue  # "Man City", "Man Utd": a short name that a longer one takes in
            if _CITY_AFTER.match(text, end) and not any(
                gaz.feature_code(i).startswith("PPL") for i in entries
            ):
                continue  # "Alberta City" (of Tuscaloosa), "Ohio City": a town named after a division
            if len(surface) <= 3 and not dateline:
                in_a_list = (
                    _LIST_GOES_ON.match(text, end) is not None
                    or _LIST_OPENS.match(text, end) is not None
                    or _LISTED_AFTER.search(text, max(0, start - 40), start) is not None
                )
                # An acronym ("US", "UK", "DRC", "EU") is an alias, not the town of Eu; a short name in
                # mixed case ("Osh", "Hue", "Bo") is a town if a large one, or if a list of towns holds it
                # ("towns such as Ely, …"; not "the village of Al-Shadadi", "northeast of Rio").
                entries = [
                    i
                    for i in entries
                    if gaz.entry(i).curated
                    or gaz.feature_code(i) in ADMIN_CODES
                    or (
                        not surface.isupper()
                        and (
                            (such_as and not place_coherence.NAME_GOES_ON.match(text, end))
                            or gaz.population(i) >= SHORT_NAME_POPULATION
                            or (
                                gaz.feature_code(i).startswith("PPL")
                                and text[end : end + 1] != "-"  # (not "the town of Al-Sukhanah")
                                and (
                                    settlement_kind
                                    # ("Srinagar, Jammu and Leh": held back below, for the list to vouch for)
                                    or (surface.lower() not in self.english_words and in_a_list)
                                )
                            )
                            # ("farmers around Ayr and Home Hill", "schools from Ayr", a place to spaCy:
                            # held back below, for the story's places near it to vouch for)
                            or (
                                gaz.feature_code(i).startswith("PPL")
                                and (
                                    place_hints.after_locative(span)
                                    # (a place entity of its own, not a part of one: "the City of God")
                                    or (
                                        (its_ent := ent_of.get(span.start)) is not None
                                        and (its_ent.start, its_ent.end) == (span.start, span.end)
                                        and its_ent.label_ in place_hints.PLACE_ENTS
                                    )
                                )
                            )
                        )
                    )
                ]
            division = self._abbreviated_division(text, start, end)
            if division is not None:  # "a Minn. man": the state, not a town called Minn
                entries = division
            if surface[-5:].lower() == " city" and not (
                surface.endswith(" City")
                and normalize(surface) in {normalize(gaz.entry(i).name) for i in entries}
            ):  # (but "Mexico City", "Iowa City" are their own names: no town called Mexico or Iowa)
                key_id, entries = self._city_of(surface[:-5], key_id, entries)
            elif surface[:8].lower() == "city of ":
                # "the City of Richmond": the government of a town called Richmond, any of them (Virginia's
                # independent city is one; it need not be the one meant)
                key_id, towns = self._city_of(surface[8:], key_id, [])
                entries = towns or entries
            if not entries:
                continue
            if (
                _ROUTE_PART_AFTER.match(text, end)
                and (partner := _route_partner(text, start, end))
                and not any(c.feature_code == "PCLI" for c in gaz.lookup(partner))
            ):
                # "the Benin-Ore road", "the Kisumu-Busia highway": the towns it links (Benin City, not the
                # country of Benin), unless the other is a country ("the China-Pakistan corridor")
                entries = [i for i in entries if gaz.feature_code(i).startswith("PPL")] or entries
            if rivers_listed:
                entries = (
                    rivers_listed  # "flood warnings on the rivers Eden, Kent and Lune": rivers, not towns
                )
            if _ISLAND_OF.search(text, max(0, start - 80), start):
                # "the islands of Tanna and Ambrym": the island, not a town of its name (Thane, India)
                entries = [i for i in entries if gaz.feature_code(i) in ISLAND_CODES] or entries
            if _SETTLEMENT_RIGHT_BEFORE.search(text, max(0, start - 24), start):
                # "the desert town of Agadez": the town, not its region; "the small communities of Samoa and
                # Manila" (in Humboldt County) no country: a settlement the gazetteer lacks is no record (but
                # "the main town of Guria" lies in the division)
                towns = [i for i in entries if gaz.feature_code(i).startswith("PPL")]
                if not towns and all(gaz.feature_code(i) == "PCLI" for i in entries):
                    continue
                entries = towns or entries
            demonym = all(gaz.feature_code(i) == DEMONYM for i in entries)
            adjective = any(gaz.feature_code(i) == DEMONYM for i in entries)  # ("Somali" is a region too)
            describing = (
                adjective
                and not any(gaz.feature_code(i) in ADMIN_CODES for i in entries)  # ("the Somali region")
                and (
                    place_hints.describes_the_place_before(text, start, end)
                    or place_hints.kind_of_place_after(text, end)
                )
            )
            if describing or (
                adjective
                and place_hints.a_people(span)
                and not self._bearers(surface, [i for i in entries if gaz.feature_code(i) != DEMONYM])
            ):
                # "the Spanish city of León", "Berlin, the German capital": the country's adjective, not a
                # town that shares its spelling (Spanish, Ontario; San Germán, Mexico); and so is "Thai
                # authorities", a people's adjective to spaCy, where no place bears the word as its own name
                entries = [i for i in entries if gaz.feature_code(i) == DEMONYM]
                demonym = True
            if not demonym:
                entries = [i for i in entries if gaz.feature_code(i) != DEMONYM]
            if surface.isupper() and not dateline and self._districts_only(entries):
                continue  # "SWAT", "HUME": an acronym or a headline word, not a district
            if country_noun:
                entries = [i for i in entries if gaz.feature_code(i) == "PCLI"] or entries
            # "U.S.-led", "U.K.-based": one adjective to spaCy's tokenizer, a country all the same
            led_by = _LED_BY_AFTER.match(text, end) is not None and any(
                gaz.feature_code(i) == "PCLI" for i in entries
            )
            if led_by:
                entries = [i for i in entries if gaz.feature_code(i) == "PCLI"]
            # "a Spalding-based housebuilder", "Hyderabad-based drugmaker": where a firm is based is a place
            based = (
                not led_by
                and _BASED_AFTER.match(text, end) is not None
                and self._named(surface, entries)
                and any(gaz.feature_code(i).startswith("PPL") for i in entries)
            )
            # spaCy misreads "BEIRUT —", "Rapides Parish Fire District", "the village of Avdiivka" (PERSONs).
            verdict = (
                "no"
                if place_hints.kin_named(span) and not dateline  # ("a sister, Louise Hall of Dexter")
                else "yes"
                if dateline
                or named_division
                or place_noun
                or led_by
                or based
                or self._with_its_division_word(surface, entries)
                # ("Gregory Lusk of Reno, Nev.", one person to spaCy: a town its own state follows)
                or self._state_after(text, end, entries)
                else place_hints.hint_verdict(span, ent_of, surnames)
            )
            if verdict == "other" and _AIRPORT_AFTER.match(text, end) and self._named(surface, entries):
                # "Shannon Airport", one facility to spaCy, is the airport of the town of Shannon (one
                # named after a person, "Pearson Airport", finds no town of the story's country: a site
                # far from the story's places is left out)
                verdict = "propn"
            if (
                verdict in ("propn", "other")
                and len(span) == 1
                and place_hints.opens_sentence(span[0])
                and surface.lower() in self.english_common_words  # (not "Erie residents spent …")
                and span[0].dep_ in ("compound", "amod", "nmod")
                and span[0].head.i == span.end
                # (not before an acronym, a body's: "Brant OPP, firefighters and paramedics responded")
                and not span[0].head.text.isupper()
                # (what the towns of this very name weigh: "Tour operators" are no Tours)
                and not self._strong(self._bearers(surface, entries), STRONG_POPULATION)
                and _SITE_AFTER.match(text, end) is None  # ("Shannon Airport is …": the town's)
            ):
                # "Union officials said …", "Downtown Stratford was …": an English word capitalised as its
                # sentence's first, qualifying the next; the place only where the story names it elsewhere
                echoes.append(PlaceHit(start, end, key_id, entries))
                continue
            if verdict == "no" and describing:
                verdict = "yes"  # "Perth, the Scottish city", "the Spanish city of León": the place's country
            if (
                verdict == "no"
                and all(t.pos_ == "NOUN" and t.text[:1].isupper() for t in span)
                and (
                    any(gaz.feature_code(i) == "PCLI" for i in entries)
                    or (
                        all(t.tag_ == "NNS" and not t.is_sent_start for t in span)
                        and self._named(surface, entries)
                        and self._strong(entries, PLURAL_TOWN_POPULATION)
                    )
                )
            ):
                # "will represent Seychelles", "families fled Homs", "premiered at Cannes": a country or a
                # town the tagger took for a plural
                verdict = "propn"
            if (
                verdict == "no"
                and len(span) == 1
                and span[0].tag_ == "JJ"
                and not adjective
                and surface[:1].isupper()
                and not span[0].is_sent_start
                and self._named(surface, entries)
                and any(gaz.feature_code(i) in ("ADM1", "PCLI") for i in entries)
            ):
                verdict = (
                    "propn"  # "the Punjab government": a division's own name the tagger took for an adjective
                )
            if (
                verdict == "no"
                and len(span) == 1
                and span[0].tag_ in ("JJ", "NN", "NNP")
                and not adjective
                and _PEOPLE_AFTER.match(text, end)
                and not place_hints.a_people(span)
                and self._named(surface, entries)
                and any(gaz.feature_code(i).startswith("PPL") for i in entries)
            ):
                # "A Sebastopol man who led police", "two Crafton women": a town's people; but a common noun
                # opening a sentence only where the story names the town elsewhere ("Roma residents
                # protesting …" are a people)
                if span[0].is_sent_start and span[0].tag_ == "NN":
                    echoes.append(PlaceHit(start, end, key_id, entries))
                else:
                    verdict = "propn"
            if (
                verdict == "no"
                and place_hints.opens_sentence_alone(span)
                and span.text not in surnames  # ("Jackson, 45, was charged": a man named before)
                and self._named(surface, entries)
            ):
                # "Christchurch, still rebuilding after the earthquake, …": a large place's own name
                # opening a sentence, which the tagger took for a common noun
                verdict = "propn" if self._strong(entries, STRONG_POPULATION) else "no"
                opening = verdict == "propn"
            else:
                opening = False
            if verdict == "no":
                if (
                    all(t.tag_ == "NN" and t.text[:1].isupper() and not t.is_sent_start for t in span)
                    and not place_hints.titled(span)
                    and span.text not in surnames
                    and self._named(surface, entries)
                ):
                    # "no bus to Carmarthen", a common noun to the tagger: the place if the story
                    # names it elsewhere
                    echoes.append(PlaceHit(start, end, key_id, entries))
                elif (
                    surface[:1].isupper()
                    and not span[0].is_sent_start
                    and not place_hints.titled(span)
                    and span.text not in surnames
                ):
                    if any(gaz.feature_code(i).startswith("PPL") for i in entries):
                        listable.append(PlaceHit(start, end, key_id, entries))  # ("… Redmond and Bend")
                    if (
                        self._named(surface, entries)
                        and not any(t.lower_ in self.english_words for t in span)
                        and not _CAPITALISED_NEXT.match(text, end)  # ("… and Vladimir Isachenkov")
                    ):
                        misread.append(PlaceHit(start, end, key_id, entries))
                elif (
                    len(span) == 1
                    and span[0].is_sent_start
                    and span[0].tag_ == "NN"
                    and (
                        surface.lower() not in self.english_words
                        # (the text's first word, whatever it is in English: "Florence is to ban …"; a
                        # longer name goes on with a capital, and a word of common use that qualifies a
                        # common noun is that word: "Home sales across Metro Vancouver …", not "Erie
                        # residents spent …")
                        or (
                            place_hints.opens_text(text, start)
                            and not _CAPITALISED_NEXT.match(text, end)
                            and not (
                                span[0].dep_ == "compound"
                                and span[0].head.tag_ in ("NN", "NNS")
                                and surface.lower() in self.english_common_words
                            )
                        )
                    )
                    and span.text not in surnames
                    and any(gaz.feature_code(i).startswith("PPL") for i in entries)
                ):
                    # "Yarmouth and the rest of the province …": a word no English one, opening a sentence,
                    # that the tagger took for a common noun; held back for the story's places to vouch for
                    pending.append(PlaceHit(start, end, key_id, entries))
                elif (
                    place_hints.opens_text(text, start)
                    and not surface.isupper()  # ("NICE to tidy neighborhoods": an acronym)
                    and span.text not in surnames
                    and not _CAPITALISED_NEXT.match(text, end)
                    and self._named(surface, entries)
                ):
                    # "Chennai floods: City cut off …": a headline's first word, which the tagger, with no
                    # sentence before it, reads as anything; the place if the story names it again
                    echoes.append(PlaceHit(start, end, key_id, entries))
                continue
            # "fighting in Khan Younis", "clashes near Avdiivka": a locative preposition vouches for a
            # name that spaCy calls a person or an organisation, if the name is the whole entity.
            located = verdict in {"other", "propn"} and place_hints.located(span, ent_of)
            # only an alternate name ("Drug" for Durg, "Human" for Uman) and spaCy sees no place (but a
            # proper noun that is a large town's other spelling is it: "Duhok", "Grodno"): held back, for a
            # list with a place kept to vouch for ("between Lahore and Sheikhupura", "at Hammam al-Alil
            # and Qayyarah", which spaCy calls persons)
            other_name_only = (
                verdict != "yes"
                and not located
                and not demonym
                and not self._named(surface, entries)
                and not (verdict == "propn" and any(gaz.population(i) >= STRONG_POPULATION for i in entries))
                and not self._capital_spelled(surface, entries)  # ("urged Naypyitaw to …", a person to spaCy)
            )
            if other_name_only and place_coherence.NAME_GOES_ON.match(text, end):
                continue  # ("Grozny, Human Rights Watch said": a longer name, no list of towns)
            hit = PlaceHit(start, end, key_id, entries, demonym=demonym, namesake=namesake)
            hit.opening = opening
            prev = sdoc[span.start - 1] if span.start > 0 else None
            hit.alone = (
                all(
                    (ent_of[t.i].start >= span.start and ent_of[t.i].end <= span.end)
                    or place_hints.lists_places(ent_of[t.i], span, named_tokens)
                    or place_hints.ends_after_preposition(ent_of[t.i], span)
                    for t in span
                    if t.i in ent_of
                )
                and not (
                    prev is not None
                    and prev.is_alpha
                    and prev.text[0].isupper()
                    and (prev.tag_ == "NNP" or not place_hints.opens_sentence(prev))
                )
                and not (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
            )
            hit.vouched = (dateline or place_noun or located or place_hints.after_locative(span)) and not (
                _POSSESSIVE.match(text, end) or place_coherence.NAME_GOES_ON.match(text, end)
            )  # "in Obama's"
            small = not dateline and (  # (a dateline's town is where the story was filed, of any size)
                other_name_only
                or (located and not self._strong(entries, LOCATED_POPULATION))
                or (
                    verdict == "other"
                    and not located
                    and not demonym
                    and not self._strong(entries, STRONG_POPULATION)
                )
                or (
                    # (what the towns of this very name weigh: "Freedom" is not Alliance, Ohio, whose
                    # other name it is)
                    verdict == "propn"
                    and not demonym
                    and not self._strong(self._bearing(surface, entries), WEAK_POPULATION)
                )
            )
            hit.region_cue = place_hints.region_cue(text, start, end)
            hit.division_named = (
                hit.region_cue
                or surface.rsplit(None, 1)[-1].lower() in place_hints.REGION_WORDS | DIVISION_WORDS
                or _DIVISION_OF.search(text, max(0, start - 24), start) is not None
            )
            hit.dateline = dateline
            towns = [i for i in entries if gaz.feature_code(i).startswith("PPL")] if dateline else []
            if towns:  # a dateline names a town ("WASHINGTON —" is the capital, not the state)
                hit.entries = towns
            elif the_before:  # "across the Atlantic": an ocean or region, not the town of Atlantic
                areas = [i for i in entries if not gaz.feature_code(i).startswith("PPL")]
                # "the Red Sea", "the Sahel": the sea or region, not the division named after it
                regions = [i for i in areas if gaz.feature_code(i) in ("RGN", "CONT", *NATURAL_AREAS)]
                if regions:
                    # (but a city named for its shore or coast is as much "the" one: "the North Shore"
                    # of Auckland, "the Gold Coast" of Queensland)
                    shores = (
                        [
                            i
                            for i in entries
                            if gaz.feature_code(i).startswith("PPL")
                            and gaz.population(i) >= CITY_WITH_THE_POPULATION
                        ]
                        if surface.rsplit(None, 1)[-1].lower() in _TOWNS_WITH_THE
                        else []
                    )
                    hit.entries = regions + shores
                elif areas and not place_hints.modifies(span):
                    # (but in "the Lebanon exits" of I-40, "the" is the noun's: the name may be a town's)
                    hit.entries = areas
                elif not place_hints.modifies(span) and (river := self._river_named(surface)[1]):
                    hit.entries, small = river, False  # "the Godavari": the river, not a town of its name
                elif sea := self._sea_named(surface):
                    hit.entries, small = sea, False  # "ports on the Caspian": the sea, not Caspian, Michigan
            elif (
                text[max(0, start - 4) : start].lower() == "the "
                and place_hints.modifies_common_noun(span)
                and all(gaz.feature_code(i).startswith("PPL") for i in entries)
                and surface.endswith(("ic", "an"))  # (a sea's adjective; "the Beaufort recreation reserve")
                and (sea := self._sea_named(surface))
            ):
                hit.entries, small = sea, False  # "the Caspian ports", "the Baltic coast"
            hit.alone = hit.alone and not short_bare  # (not near a place alone: "Man", "Bo")
            hit.settlement = _SETTLEMENT_AFTER.match(text, end) is not None or (
                not any(gaz.feature_code(i) in _WIDE_CODES for i in hit.entries)
                and not named_division  # ("Henderson County Crimestoppers": the county's)
                and not place_hints.towns_division_after(text, end)  # ("Gwoza LGA", "Waingmaw Township")
                and (
                    _starts_longer_name(sdoc, span, ent_of, named_tokens, self.english_words)
                    or _ends_longer_name(span, ent_of, named_tokens, self.english_words)
                )
            )
            (pending if small or short_bare or hit.settlement else hits).append(hit)
        hits.extend(self._bare_rivers(text, sdoc, hits, pending))
        hits.extend(_listed_with(text, hits, pending))
        # A name the text itself has shown to be a place ("LISMORE, NSW —", "the town of X", "in X")
        # vouches for its later mentions that spaCy reads as a person.
        kept_keys = {h.key_id for h in hits if h.vouched and not h.demonym}
        town_keys = {h.key_id for h in hits if not h.demonym}
        vouched_for = [
            h
            for h in pending
            if not h.demonym
            and (
                (h.key_id in kept_keys and not place_coherence.NAME_GOES_ON.match(text, h.end))
                # (but "Kokomo High School" where Kokomo is a place of the story is in Kokomo)
                or (h.key_id in town_keys and _TOWN_SITE_AFTER.match(text, h.end) is not None)
            )
        ]  # (not "Woodfield Shopping Center", "Weston Otmoor": names of their own)
        vouched_for += [
            h for h in echoes if h.key_id in town_keys and not place_coherence.NAME_GOES_ON.match(text, h.end)
        ]
        vouched_for += self._in_a_named_state(text, hits, [h for h in pending if h not in vouched_for])
        hits.extend(vouched_for)
        pending = [h for h in pending if h not in vouched_for]
        # ("The towns of Bowen and Proserpine … Roads between Mackay and Bowen": the later Bowen, vouched
        # for by the first, now lists Mackay with a place)
        hits.extend(_listed_with(text, hits, pending))
        listed_towns = _near_town_lists(gaz, text, hits, pending, listable)
        hits.extend(listed_towns)
        # "raids in Cheshire and Derbyshire" (a verb to the tagger): a name that is no English word, listed
        # with a place kept, is one too; and alone, when it is a large or curated place's own name
        # ("troops held Bakhmut", an adverb to the tagger)
        taken = {(h.start, h.end) for h in hits}
        misread = [h for h in misread if (h.start, h.end) not in taken]
        strong = [h for h in misread if self._misread_town(text, sdoc, h)]
        hits.extend(strong)
        hits.extend(_listed_with(text, hits, [h for h in misread if h not in strong]))
        listed = {id(h) for h in listed_towns}
        pending = [h for h in pending if id(h) not in listed]
        hits.extend(self._abbreviation_hits(text, hits))
        hits.sort(key=lambda h: h.start)
        hits.extend(self._divisions_listed_before_a_plural(text, hits))
        hits.sort(key=lambda h: h.start)
        # "the Escuintla and Sacatepéquez departments": a plural division word covers the list before it.
        listed = {id(h) for h in hits if place_hints.word_after(text, h.end) in place_hints.REGION_PLURALS}
        kinds = {id(h): place_hints.word_after(text, h.end) for h in hits if id(h) in listed}
        for left, right in reversed(list(itertools.pairwise(hits))):
            if id(right) in listed and place_coherence.LIST_GAP.fullmatch(text[left.end : right.start]):
                left.region_cue = left.division_named = True
                listed.add(id(left))
                kinds[id(left)] = kinds[id(right)]
        for hit in hits:
            if id(hit) in kinds:
                self._named_as_division(text, hit, kinds[id(hit)])
        # "Indian Punjab", "Pakistani Kashmir": a country's adjective right before a name picks that
        # country's namesake, where it has one.
        # But a town with no namesake there starts a longer name with the adjective, which the gazetteer
        # lacks: "Indian Queens" is a village of Cornwall, not Queens, New York.
        longer: set[int] = set()
        for left, right in itertools.pairwise(hits):
            if left.demonym and not right.demonym and text[left.end : right.start] == " ":
                countries = {gaz.entry(i).country for i in left.entries}
                there = [i for i in right.entries if gaz.entry(i).country in countries]
                if not there and all(gaz.feature_code(i).startswith("PPL") for i in right.entries):
                    longer |= {id(left), id(right)}
                right.entries = there or right.entries
        hits = [h for h in hits if id(h) not in longer]
        # A qualifier: "Alexandria, Louisiana" / "Paris, France" / "Alexandria, La." (not a country's word
        # that opens the next clause: "in Jerusalem, US officials unveiled the embassy").
        for left, right in itertools.pairwise(hits):
            between = text[left.end : right.start]
            if (
                (between.strip() == "," and len(between) <= 3)
                or _QUALIFIER_GAP.fullmatch(between)
                or _in_brackets(text, left.end, right)
            ) and not _PEOPLE_OF_AFTER.match(text, right.end):
                left.qualifier = right
                # A qualifier is a division or a country ("Redding, California" is not the British village),
                # a division of a country where the name before it lies ("Bantam, Litchfield" in a list
                # is no district of Australia).
                left_countries = {gaz.entry(i).country for i in left.entries}
                divisions = [
                    i
                    for i in right.entries
                    if gaz.feature_code(i) in ADMIN_CODES
                    and (
                        gaz.feature_code(i) not in ("ADM1", "ADM2") or gaz.entry(i).country in left_countries
                    )
                ]
                # (and a country only where the town before it lies, when a division holds it: "Athens,
                # Georgia" is the American state's, "Tbilisi, Georgia" the country's; not after a country:
                # "Nigeria, Niger, Chad" is a list)
                if not any(gaz.feature_code(i) == "PCLI" for i in left.entries):
                    divisions = [
                        i
                        for i in divisions
                        if gaz.feature_code(i) != "PCLI" or gaz.entry(i).country in left_countries
                    ] or divisions
                # (not in a list: "Sharon, Cornwall and Salisbury"; nor a list that goes on after it to
                # another country's places: "from Rumford, Mexico, Peru, Dixfield and other towns")
                goes_on = _LIST_GOES_ON.match(text, right.end) is not None or (
                    _LIST_GOES_ON_AFTER_NEXT.match(text, right.end) is not None
                    and not any(gaz.entry(i).country in left_countries for i in divisions)
                )
                if divisions and not goes_on:
                    right.entries = divisions
            elif place_hints.described(text, between, right) and any(
                gaz.feature_code(i)[:3] == "PPL" for i in left.entries
            ):
                # "Kingston, the Ontario city that hosted …": the state or country says which Kingston
                countries = {gaz.entry(i).country for i in right.entries}
                states = [gaz.entry(i) for i in right.entries if gaz.feature_code(i) == "ADM1"]
                # (a country's name that is a state's too names either: "a town in southeastern Niger")
                nations = {
                    gaz.entry(i).country for i in right.entries if gaz.feature_code(i) in {"PCLI", DEMONYM}
                }
                inside = [
                    i
                    for i in left.entries
                    if gaz.entry(i).country in countries
                    and (
                        not states
                        or gaz.entry(i).country in nations
                        or any(gaz.entry(i).admin1 == state.name for state in states)
                    )
                ]
                if inside:
                    left.qualifier, left.entries = right, inside
                elif not states:
                    self._in_a_county(left, right)
            elif (kind := place_hints.kind_described_next(between)) and any(
                gaz.feature_code(i) in {DEMONYM, "PCLI", "ADM1"} for i in left.entries
            ):
                # "the Lebanese port of Tripoli", "the US state of Georgia", "the Ontario town of Perth",
                # "the Texas city of Paris": the place is in that country or state (but "the Washington
                # suburb of Arlington" is the capital's, not the state's)
                countries = {
                    gaz.entry(i).country for i in left.entries if gaz.feature_code(i) in {DEMONYM, "PCLI"}
                }
                states = (
                    [gaz.entry(i) for i in left.entries if gaz.feature_code(i) == "ADM1"]
                    if kind != "suburb"
                    else []
                )
                # (and with a plural kind, the list it opens: "the Spanish cities of Valencia and Mérida")
                opened = [right]
                if kind in place_hints.KIND_PLURALS:
                    rest = hits[hits.index(right) + 1 :]
                    for before, following in zip(opened + rest, rest, strict=False):
                        if not place_coherence.LIST_GAP.fullmatch(text[before.end : following.start]):
                            break
                        opened.append(following)
                # (of the kind named: "the Russian region of Donetsk" names no town of Rostov oblast)
                of_divisions = kind in place_hints.DIVISION_KINDS
                for named in opened:
                    inside = [
                        i
                        for i in named.entries
                        if (gaz.feature_code(i) in ADMIN_CODES) == of_divisions
                        and (
                            gaz.entry(i).country in countries
                            or any(
                                gaz.entry(i).country == s.country and gaz.entry(i).admin1 == s.name
                                for s in states
                            )
                        )
                    ]
                    if inside:
                        named.qualifier, named.entries = left, inside
            elif _IN_GAP.fullmatch(between) and any(gaz.feature_code(i)[:3] == "PPL" for i in left.entries):
                # "Boston in the United States", "Perth in Western Australia": a town in a country or a
                # state named right after it is there (only so: "refugees from Syria in Turkey")
                states = [gaz.entry(i) for i in right.entries if gaz.feature_code(i) in {"PCLI", "ADM1"}]
                others = [
                    gaz.population(i) for i in right.entries if gaz.feature_code(i) not in {"PCLI", "ADM1"}
                ]
                # (the state, not a small town that shares its name: "Birmingham in England", not England,
                # Arkansas; nor its capital when the text calls it a division: "San Lorenzo, in Esmeraldas
                # province")
                if states and (
                    right.division_named
                    or max(s.population for s in states) >= STATE_OVER_TOWN * max(others, default=0)
                ):
                    left.qualifier = right
                    # (the text says so: no namesake elsewhere)
                    left.entries = _entries_in(gaz, left.entries, states) or left.entries
                else:
                    self._in_a_county(left, right)
        for hit in hits:
            if hit.qualifier is None and text.startswith(",", hit.end):
                match = _ABBREVIATION.match(text, hit.end)
                if match is not None:
                    hit.qualifier_admin1 = self.abbreviations.get(match.group(1))
        _towns_it_includes(gaz, text, hits)
        _share_qualifiers(gaz, text, hits)
        return hits, pending

    def _city_of(self, short: str, key_id: int, entries: list[int]) -> tuple[int, list[int]]:
        """ "Dublin City": the towns called "Dublin" compete too, as mentions of the name "Dublin"."""
        gaz = self.gazetteer
        short_id = gaz.automaton.get(f" {normalize(short)} ", -1)
        if short_id < 0:
            return key_id, entries
        key = normalize(short)
        towns = [
            i
            for i in gaz.entries_of(short_id)
            if i not in entries
            and gaz.feature_code(i).startswith("PPL")
            and normalize(gaz.entry(i).name) == key
        ]
        return (short_id, entries + towns) if towns else (key_id, entries)

    def _a_towns_name(self, surface: str, entries: list[int], key_id: int) -> bool:
        """True when `surface` names a town or a division (by its own name) whose body a word after it
        may be: not "the Atlantic Council", "the Arctic Council", bodies of a sea or a region."""
        gaz = self.gazetteer
        return (
            self._named(surface, entries)
            and any(gaz.feature_code(i)[:3] in ("PPL", "ADM") for i in entries)
            and not any(gaz.feature_code(i) in _WIDE_AREAS for i in gaz.entries_of(key_id))
        )

    def _no_common_word(self, surface: str, entries: list[int]) -> bool:
        """True when `surface` is no English adjective ("Federal", "Riot"), and an English noun only as a
        city's name ("Toronto", not "Airport"): a lower-case body after it is the place's."""
        word = fold(surface).strip()
        if not self.english_adjectives or word in self.english_adjectives:
            return False
        return word not in self.english_words or self._strong(entries, BODY_TOWN_POPULATION)

    def _capital_spelled(self, surface: str, entries: list[int]) -> bool:
        """True when `surface` is a capital's name spelled another way ("Naypyitaw" for Nay Pyi Taw)."""
        gaz = self.gazetteer
        key = joined_key(surface).replace(" ", "")
        return any(
            gaz.feature_code(i) == "PPLC"
            and fuzz.ratio(key, joined_key(gaz.entry(i).name).replace(" ", "")) >= CAPITAL_SPELLING_SIMILARITY
            for i in entries
        )

    def _in_a_named_state(self, text: str, hits: list[PlaceHit], pending: list[PlaceHit]) -> list[PlaceHit]:
        """The names held back that the text puts in a state or country it names right after them, where
        they have a namesake: "destinations such as El Nido in Palawan" (an organisation to spaCy)."""
        gaz = self.gazetteer
        by_start = {h.start: h for h in hits if not h.demonym}
        out: list[PlaceHit] = []
        for hit in pending:
            if hit.demonym or hit.namesake:
                continue
            gap = _IN_GAP.match(text, hit.end)
            if gap is None:
                continue
            state = by_start.get(gap.end())
            if state is None:
                continue
            states = [gaz.entry(i) for i in state.entries if gaz.feature_code(i) in ("ADM1", "PCLI")]
            inside = [
                i for i in _entries_in(gaz, hit.entries, states) if gaz.feature_code(i).startswith("PPL")
            ]
            counties = [gaz.entry(i) for i in state.entries if gaz.feature_code(i) == "ADM2"]
            if not inside and counties:  # (a province of the Philippines: in its region, and near it)
                regions = {(c.country, c.admin1) for c in counties}
                inside = [
                    i
                    for i in _towns_near(gaz, hit.entries, counties, _IN_PROVINCE_DISTANCE)
                    if (gaz.entry(i).country, gaz.entry(i).admin1) in regions
                ]
            if inside:
                hit.entries = inside
                out.append(hit)
        return out

    def _in_a_county(self, town: PlaceHit, county: PlaceHit) -> None:
        """ "Canterbury in Kent", "Launceston, a town in Cornwall": a town that a second-level
        division holds, where one of the town's namesakes lies near one of the division's, is that one,
        in that division (not Canterbury, New Zealand, and Kent, Washington)."""
        gaz = self.gazetteer
        counties = [gaz.entry(i) for i in county.entries if gaz.feature_code(i) == "ADM2"]
        if not counties or any(gaz.feature_code(i) in ("ADM1", "PCLI") for i in county.entries):
            return  # (a state's or a country's name too: "in Sao Paulo" is the city or the state)
        towns = _towns_near(gaz, town.entries, counties, _IN_COUNTY_DISTANCE)
        if not towns:
            return
        held = [c.index for c in counties if _towns_near(gaz, towns, [c], _IN_COUNTY_DISTANCE)]
        town.qualifier, town.entries, county.entries = county, towns, held

    def _divisions_listed_before_a_plural(self, text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
        """The names of a list before a plural division word that no other rule kept, where they name
        divisions of the country the list's kept names are divisions of: "Anambra, Delta and Bayelsa
        states" ("Delta", a common word), "the Sabaragamuwa, Western and Southern provinces"."""
        gaz = self.gazetteer
        taken = [(h.start, h.end) for h in hits]
        out: list[PlaceHit] = []
        for plural in _DIVISION_LIST_BEFORE_PLURAL.finditer(text):
            items = [
                m
                for m in _LIST_ITEM.finditer(plural.group(1))
                if m.group(1).lower() not in _LIST_ITEM_NOT_NAMES
            ]
            spans = [(plural.start(1) + m.start(1), plural.start(1) + m.end(1)) for m in items]
            found: list[tuple[int, int, int, list[int]]] = []
            for start, end in spans:
                key_id = gaz.automaton.get(f" {normalize(text[start:end])} ", -1)
                entries = (
                    [i for i in gaz.entries_of(key_id) if gaz.feature_code(i) == "ADM1"]
                    if key_id >= 0
                    else []
                )
                found.append((start, end, key_id, entries))
            kept = [f for f in found if any(f[0] < e and s < f[1] for s, e in taken)]
            countries = {gaz.entry(i).country for f in kept for i in f[3]}
            if len(spans) < 2 or not kept or len(countries) != 1 or any(not f[3] for f in kept):
                continue  # (a list of the divisions of one country, one of them kept already)
            country = next(iter(countries))
            for start, end, key_id, entries in found:
                if any(start < e and s < end for s, e in taken):
                    continue
                entries = [i for i in entries if gaz.entry(i).country == country]
                if entries:
                    hit = PlaceHit(start, end, key_id, entries, region_cue=True, division_named=True)
                    out.append(hit)
        return out

    def _named_as_division(self, text: str, hit: PlaceHit, plural: str) -> None:
        """ "Middlesex and Elgin counties": a name the gazetteer holds only as "Middlesex County" (and as
        towns elsewhere) is the division the plural word names; a division of the bare name elsewhere
        competes with it ("Berkshire and Hampden counties": England's Berkshire or Massachusetts')."""
        gaz = self.gazetteer
        word = {"counties": "County"}.get(plural, plural[:-1].title())
        divisions = [
            c.index
            for c in gaz.lookup(f"{text[hit.start : hit.end]} {word}")
            if c.feature_code in ("ADM1", "ADM2")
        ]
        if divisions:
            bare = [i for i in hit.entries if gaz.feature_code(i) in ADMIN_CODES and i not in divisions]
            hit.entries = bare + divisions

    def _state_after(self, text: str, end: int, entries: list[int]) -> bool:
        """True when a comma and the division of one of the town entries follow the name, in full or
        abbreviated: "Mount Carmel, Ill.", "Pearl River, New York"."""
        if not text.startswith(",", end):
            return False
        gaz = self.gazetteer
        towns = [gaz.entry(i) for i in entries if gaz.feature_code(i).startswith("PPL")]
        match = _ABBREVIATION.match(text, end)
        state = self.abbreviations.get(match.group(1)) if match is not None else None
        after = text[end + 1 : end + 40].lstrip()
        return any(
            (state is not None and (town.country, town.admin1) == state)
            or (town.admin1 is not None and after.startswith(town.admin1))
            for town in towns
        )

    def _abbreviated_division(self, text: str, start: int, end: int) -> list[int] | None:
        """The division's entries when the hit and a full stop after it are a division's abbreviation."""
        if not text.startswith(".", end):
            return None
        found = self.abbreviations.get(text[start : end + 1])
        return None if found is None else self._division_entries(*found)

    def _division_entries(self, country: str, name: str) -> list[int] | None:
        return [
            c.index
            for c in self.gazetteer.lookup(name)
            if c.feature_code == "ADM1" and c.country == country and c.name == name
        ] or None

    def _abbreviation_hits(self, text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
        """Divisions written as abbreviations that no gazetteer hit covers: after a comma ("Alexandria,
        La.", "CHARLESTON, W.Va."), or anywhere when dotted twice ("in D.C.", "N.Y. officials")."""
        found: list[PlaceHit] = []
        for match in _abbreviation_pattern(tuple(self.abbreviations)).finditer(text):
            start, end = match.span()
            abbreviation = match.group()
            after_comma = text[max(0, start - 2) : start].rstrip(" ").endswith(",")
            if not after_comma and (abbreviation.count(".") < 2 or abbreviation in NOT_ABBREVIATIONS):
                continue
            if text[max(0, start - 6) : start].strip()[-1:].isdigit():  # "500 B.C." is a year
                continue
            if any(h.start < end and start < h.end for h in hits):
                continue
            country, name = self.abbreviations[abbreviation]
            entries = self._division_entries(country, name)
            if entries is not None:
                key_id = self.gazetteer.automaton.get(f" {normalize(name)} ", -1)
                found.append(PlaceHit(start, end, key_id, entries))
        # A postal code after a place and a comma names its division too ("LOUISVILLE, KY --",
        # "Springfield, IL"); nowhere else is it trusted ("IN", "OR", "ME" are words).
        for hit in hits:
            postal = _POSTAL_CODE_AFTER.match(text, hit.end)
            if postal is None or postal.group(1) not in self.abbreviations:
                continue
            start, end = postal.span(1)
            if any(h.start < end and start < h.end for h in [*hits, *found]):
                continue
            country, name = self.abbreviations[postal.group(1)]
            entries = self._division_entries(country, name)
            if entries is not None:
                key_id = self.gazetteer.automaton.get(f" {normalize(name)} ", -1)
                found.append(PlaceHit(start, end, key_id, entries))
        return found

    def _named(self, surface: str, entries: list[int]) -> bool:
        """True when some entry bears `surface` as its main name, or is curated (its aliases are checked)."""
        keys = {_canonical(surface)}
        if surface[-5:].lower() == " city":  # "Dublin City": the towns called Dublin compete
            keys.add(_canonical(surface[:-5]))
        elif surface[:8].lower() == "city of ":
            keys.add(_canonical(surface[8:]))
        gaz = self.gazetteer
        # ("Marawi" for Marawi City, as GeoNames names many a town: its name without "City" is its name)
        return any(
            gaz.entry(i).curated
            or _canonical(name := gaz.entry(i).name) in keys
            or (name[-5:].lower() == " city" and _canonical(name[:-5]) in keys)
            for i in entries
        )

    def _misread_town(self, text: str, sdoc: SpacyDoc, hit: PlaceHit) -> bool:
        """A large or curated town's own name in one word that the tagger took for a verb, an adverb or an
        adjective ("troops held Bakhmut"): a person's name is a proper noun to it, even when wrong about
        whose, and a country's or a people's name may be an abbreviation's ("US$460 million")."""
        span = sdoc.char_span(hit.start, hit.end)
        if span is None or len(span) != 1 or span[0].tag_[:2] not in MISREAD_TAGS:
            return False
        word = span[0]
        if word.head.i > word.i and word.head.pos_ in {"NOUN", "PROPN"}:
            return False  # "the Lyari river": a word of the name of something else
        gaz = self.gazetteer
        towns = [
            i
            for i in self._bearing(text[hit.start : hit.end], list(hit.entries))
            if gaz.feature_code(i).startswith("PPL")
        ]
        return bool(towns) and self._strong(towns, STRONG_POPULATION)

    def _bearing(self, surface: str, entries: list[int]) -> list[int]:
        """The entries that bear `surface` as their own name (`_bearers`); all of them when none does."""
        return self._bearers(surface, entries) or entries

    def _bearers(self, surface: str, entries: list[int]) -> list[int]:
        """The entries whose main name, or a town's or a country's own name (additions.tsv: "Burma"), is
        `surface`: not those that bear it only as another name ("Tour" for Tours)."""
        key = _canonical(surface)
        joined = joined_key(surface)
        gaz = self.gazetteer
        return [
            i
            for i in entries
            if _canonical(gaz.entry(i).name) == key
            or (
                (gaz.feature_code(i).startswith("PPL") or gaz.feature_code(i) == "PCLI")
                and gaz.bears_own_name(i, joined)
            )
        ]

    def _river_named(self, name: str) -> tuple[int, list[int]]:
        """The rivers the gazetteer holds as "X River" or "River X" for a bare name X that names no state
        or first-level division ("the Tay", "the Godavari"; not "the Congo", "the Mississippi"), with
        the key of the name found ((-1, []) for none)."""
        gaz = self.gazetteer
        own = gaz.automaton.get(f" {normalize(name)} ", -1)
        if own >= 0 and any(gaz.feature_code(i) in {"PCLI", "ADM1", DEMONYM} for i in gaz.entries_of(own)):
            return -1, []  # (nor "the Russian": a people)
        # (both forms: the Tay of Scotland is "River Tay", Ontario's "Tay River"; the British form first,
        # which a story with no other place keeps: the Tay, the Thames, the Severn)
        found_id, rivers = -1, []
        for key in (f"river {name}", f"{name} river"):
            key_id = gaz.automaton.get(f" {normalize(key)} ", -1)
            if key_id >= 0:
                these = [
                    i for i in gaz.entries_of(key_id) if gaz.feature_code(i) == "STM" and i not in rivers
                ]
                if these and found_id < 0:
                    found_id = key_id
                rivers += these
        return found_id, rivers

    def _sea_named(self, name: str) -> list[int]:
        """The seas the gazetteer holds as "X Sea" for a bare name X ("the Caspian", "the Baltic")."""
        gaz = self.gazetteer
        key_id = gaz.automaton.get(f" {normalize(name + ' sea')} ", -1)
        if key_id < 0:
            return []
        return [i for i in gaz.entries_of(key_id) if gaz.feature_code(i) in ("SEA", "RGN", "LK")]

    def _bare_rivers(
        self, text: str, sdoc: SpacyDoc, hits: list[PlaceHit], pending: list[PlaceHit]
    ) -> list[PlaceHit]:
        """Rivers named bare after "the" that no gazetteer name matched ("flooding along the Tay")."""
        taken = [(h.start, h.end) for h in (*hits, *pending)]
        out: list[PlaceHit] = []
        for match in _THE_NAME.finditer(text):
            start, end = match.span(1)
            if any(a < end and start < b for a, b in taken):
                continue
            span = sdoc.char_span(start, end)
            if span is None or place_hints.modifies(span):
                continue  # "the Russian border", "the Energy Ministry": a modifier, no river
            key_id, rivers = self._river_named(match.group(1))
            if rivers:
                out.append(PlaceHit(start, end, key_id, rivers, vouched=True))
        return out

    def _named_division(self, surface: str, entries: list[int]) -> bool:
        """A county or parish named as such ("Walker County" in "the Walker County Commissioners Court"):
        a place even inside an organisation's name, which says where the story is."""
        last = surface.rsplit(None, 1)[-1].lower()
        gaz = self.gazetteer
        return last in DIVISION_WORDS and any(gaz.feature_code(i) in ("ADM1", "ADM2") for i in entries)

    def _divisions_of_their_parts(self, text: str, hits: list[PlaceHit]) -> None:
        """A compass word and a first-level division's exact name that, whole, names only a country or a
        territory is the division's part in a story that places two other names in that division:
        "across South Georgia" with Albany and Adel is Georgia's south, not the islands."""
        gaz = self.gazetteer
        for hit in hits:
            best = hit.best
            part = _COMPASS_PART.fullmatch(text, hit.start, hit.end)
            if part is None or best is None or not best.feature_code.startswith("PCL"):
                continue
            key = normalize(part.group(1))
            divisions = [
                c for c in gaz.lookup(part.group(1)) if c.feature_code == "ADM1" and normalize(c.name) == key
            ]
            for division in divisions:
                inside = {
                    o.key_id
                    for o in hits
                    if o is not hit
                    and o.best is not None
                    and o.best.country == division.country
                    and (o.best.admin1 == division.name or o.best.index == division.index)
                }
                if len(inside) >= 2:
                    hit.best = division
                    break

    def _big_division(self, surface: str, entries: list[int]) -> bool:
        """A populous first-level division of exactly this name: "Goa", "Oyo", "Imo" need no locative or
        place entity, though short."""
        gaz = self.gazetteer
        return any(
            gaz.feature_code(i) == "ADM1"
            and gaz.population(i) >= BIG_DIVISION_POPULATION
            and _canonical(gaz.entry(i).name) == _canonical(surface)
            for i in entries
        )

    def _with_its_division_word(self, surface: str, entries: list[int]) -> bool:
        """A division, a territory or a region named with its kind in lower case ("the Punjab province",
        "Zhejiang province", "the Palestinian territories", "the Basque country"), which spaCy may read as
        an adjective and its noun."""
        words = surface.split()
        gaz = self.gazetteer
        return (
            len(words) >= 2
            and words[-1] in _KIND_WORDS_OF_NAMES
            and any(gaz.feature_code(i) in ("ADM1", "ADM2", "PCLI", "RGN") for i in entries)
        )

    def _short_name_of_sea(self, surface: str, index: int) -> bool:
        """True when `surface` is a sea's or ocean's name without "Sea" or "Ocean": "Atlantic"."""
        gaz = self.gazetteer
        name = normalize(gaz.entry(index).name)
        short = normalize(surface)
        return gaz.feature_code(index) in ("RGN", "SEA") and name in (f"{short} ocean", f"{short} sea")

    def _strong(self, entries: list[int], population: int) -> bool:
        """True when some entry is prominent enough to trust on spaCy's word: a country, region or
        first-level division, a curated place, or a town this populous. A second-level division (a
        district, a county) is not, unless no town bears its name: "Cook", "Murray" or "Light" name one
        somewhere."""
        if self._districts_only(entries):
            return True  # a district's own name ("Saptari", "Calderdale"), which no town bears
        gaz = self.gazetteer
        return any(
            gaz.population(i) >= population
            or (
                gaz.feature_code(i) != "ADM2" and (gaz.feature_code(i) in ADMIN_CODES or gaz.entry(i).curated)
            )
            for i in entries
        )

    def _districts_only(self, entries: list[int]) -> bool:
        """True when every entry is a second-level division."""
        gaz = self.gazetteer
        return bool(entries) and all(gaz.feature_code(i) == "ADM2" for i in entries)

    # -- resolving ---------------------------------------------------------------------------

    def _resolve(
        self,
        text: str,
        hits: list[PlaceHit],
        home: SourceHome = NOWHERE,
        local: tuple[str | None, float] = (None, 0.0),
    ) -> None:
        """Pick each hit's candidate: once without context, then in context until the picks settle; then
        move neighbours abroad that only hold each other up (`_pairs_abroad`)."""
        self._settle(text, hits, home, local)
        self._pairs_abroad(text, hits, home, local)

    def _pairs_abroad(
        self, text: str, hits: list[PlaceHit], home: SourceHome, local: tuple[str | None, float]
    ) -> None:
        """Move names picked as neighbours abroad that only hold each other up to the story's country
        ("Warwick" and "Tamworth", 35 km apart in England, in a Queensland rodeo story). Each context pass
        re-picks one name against the others' picks, so such a pair never moves one name at a time. The
        story's country is the one most of its names are picked in; the pair's names are re-picked with
        all of them left out of the context, and move only if every one then lands in that country."""
        picked = [h for h in hits if h.best is not None and not (h.demonym or h.namesake)]
        names_in: dict[str, set[int]] = {}
        for h in picked:
            if h.best is not None and h.best.country:
                names_in.setdefault(h.best.country, set()).add(h.key_id)
        ranked = sorted(names_in.items(), key=lambda item: -len(item[1]))
        if not ranked or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
            return
        main = ranked[0][0]
        abroad: dict[int, Candidate] = {}  # name (key id) → its first mention's pick
        for h in picked:
            if (
                h.best is not None
                and h.best.country != main
                and h.best.feature_code not in ADMIN_CODES
                and any(c.country == main for c in h.candidates)
            ):
                abroad.setdefault(h.key_id, h.best)
        points = {key: [place_coherence.to_point(c.lat, c.lon)] for key, c in abroad.items()}
        pair = {
            key
            for key, pick in abroad.items()
            if any(
                o != key and place_coherence.scaled_distance(pick, p) <= NEAR_PAIR for o, p in points.items()
            )
        }
        if len(pair) < 2:
            return
        moving = {id(h) for h in picked if h.key_id in pair}
        rest = _Context.of([h for h in hits if h.key_id not in pair])
        repicked = [
            (h, self._pick(h, self._features(text, h, rest.without(number, h), home, local), text))
            for number, h in enumerate(hits)
            if id(h) in moving
        ]
        if all(best is not None and best.country == main for _, best in repicked):
            for h, best in repicked:
                h.best = best

    def _settle(
        self,
        text: str,
        hits: list[PlaceHit],
        home: SourceHome = NOWHERE,
        local: tuple[str | None, float] = (None, 0.0),
    ) -> None:
        """Pick each hit's candidate: once without context, then in context until the picks settle."""
        gaz = self.gazetteer
        for hit in hits:
            hit.candidates = [gaz.entry(i) for i in hit.entries]
        place_coherence.coherence(hits)
        place_coherence.nearby(hits)
        for hit in hits:
            hit.best = self._pick(hit, self._features(text, hit, None, home, local), text)
        # Every hit is re-picked against the others' picks of the pass before, so two names can swap
        # back and forth ("Huntsville" in Alabama while "Walker County" is in Texas, then the other way
        # round). Passes stop when the picks settle; on a cycle, the state whose picks agree best with
        # each other (the highest total score) is kept.
        # States are compared by the picks' gazetteer indexes (cheap), kept as the picks themselves.
        seen_keys: list[tuple[int, ...]] = [place_coherence.picks_key(hits)]
        seen: list[tuple[Candidate | None, ...]] = [tuple(hit.best for hit in hits)]
        groups: dict[int, list[int]] = {}
        for number, hit in enumerate(hits):
            if len(hit.candidates) > 1:
                groups.setdefault(hit.key_id, []).append(number)
        for _ in range(CONTEXT_PASSES):
            for numbers in groups.values():
                context = _Context.of(hits)
                for number in numbers:
                    hit = hits[number]
                    rows = self._features(text, hit, context.without(number, hit), home, local)
                    hit.best = self._pick(hit, rows, text)
            key = place_coherence.picks_key(hits)
            if key == seen_keys[-1]:
                return
            if key in seen_keys:
                cycle = seen[seen_keys.index(key) :]
                best_state = max(cycle, key=lambda picks: self._agreement(text, hits, picks, home, local))
                for hit, best in zip(hits, best_state, strict=True):
                    hit.best = best
                return
            seen_keys.append(key)
            seen.append(tuple(hit.best for hit in hits))

    def _keep_home_towns(
        self, text: str, hits: list[PlaceHit], home: SourceHome, local: tuple[str | None, float]
    ) -> set[int]:
        """Put back the pick of each mention of the source's own town (see HOME_TOWN_KM) that a step of
        coherence moved (its namesakes lie among the story's other places); return their ids."""
        kept: set[int] = set()
        if not home.points:
            return kept
        for hit in hits:
            if hit.demonym or hit.namesake or len(hit.candidates) < 2:
                continue
            if normalize(text[hit.start : hit.end]) not in home.names:
                continue  # (no source_name feature: no home town among its candidates)
            rows = self._features(text, hit, None, home, local)
            if _home_town(rows):
                hit.best = self._pick(hit, rows, text)
                kept.add(id(hit))
        return kept

    def _the_other_namesakes(
        self, text: str, hits: list[PlaceHit], home: SourceHome, local: tuple[str | None, float]
    ) -> set[int]:
        """Give "the other X" the namesake that is not the story's own X ("she emigrated from the other
        Georgia" in a story of the state; "everyone knows the other Hyderabad" in one of Sindh's): the
        best of the rest by the name alone. Return the ids of the mentions moved (a place the text vouches
        for, never left out as an outlier)."""
        moved: set[int] = set()
        other = [h for h in hits if _THE_OTHER.search(text, max(0, h.start - 12), h.start)]
        marked = {id(h) for h in other}
        for hit in other:
            if hit.demonym or hit.namesake or hit.best is None or len(hit.candidates) < 2:
                continue
            own = {
                o.best for o in hits if o.key_id == hit.key_id and o.best is not None and id(o) not in marked
            }
            # (the story's own X is one place, and "the other X" is read as it too; a story that reads
            # the name as two places already tells them apart)
            if own != {hit.best}:
                continue
            point = [place_coherence.to_point(hit.best.lat, hit.best.lon)]
            rows = self._features(text, hit, None, home, local)
            scored = [
                (self._score(row), cand)
                for cand, row in zip(hit.candidates, rows, strict=True)
                if place_coherence.scaled_distance(cand, point) > OTHER_NAMESAKE_DISTANCE
            ]
            if scored:
                hit.best = max(scored, key=lambda pair: pair[0])[1]
                moved.add(id(hit))
        return moved

    def _score(self, row: list[float]) -> float:
        """A candidate's score: its feature row weighed by the ranker's weights."""
        return sum(w * x for w, x in zip(self.weights, row, strict=True))

    def _agreement(
        self,
        text: str,
        hits: list[PlaceHit],
        picks: tuple[Candidate | None, ...],
        home: SourceHome,
        local: tuple[str | None, float] = (None, 0.0),
    ) -> float:
        """The total score of `picks`, each scored in the context of the others."""
        for hit, best in zip(hits, picks, strict=True):
            hit.best = best
        context = _Context.of(hits)
        total = 0.0
        for number, hit in enumerate(hits):
            if hit.best is None or len(hit.candidates) < 2:
                continue
            rows = self._features(text, hit, context.without(number, hit), home, local)
            row = rows[hit.candidates.index(hit.best)]
            total += self._score(row)
        return total

    def ranking_rows(self, doc: Document) -> list[tuple[int, int, list[Candidate], list[list[float]]]]:
        """For training the ranker: each hit's (start, end, candidates, feature rows) after resolution.

        The feature rows are those of the last context pass (`FEATURES` order).
        """
        text = doc.text
        hits, _ = self._recognise(text, doc.doc)
        if not hits:
            return []
        home = SourceHome.of(doc.meta, self.gazetteer)
        local = local_country(text)
        self._resolve(text, hits, home, local)
        context = _Context.of(hits)
        rows = []
        for number, hit in enumerate(hits):
            if hit.demonym or hit.namesake or len(hit.candidates) < 2:
                continue
            features = self._features(text, hit, context.without(number, hit), home, local)
            rows.append((hit.start, hit.end, hit.candidates, features))
        return rows

    def _features(
        self,
        text: str,
        hit: PlaceHit,
        context: _Context | None,
        home: SourceHome = NOWHERE,
        local: tuple[str | None, float] = (None, 0.0),
    ) -> list[list[float]]:
        """One row of FEATURES per candidate of `hit`; `local` is the country the text reads as local
        news of (local_cues.py)."""
        key = normalize(text[hit.start : hit.end])
        joined = joined_key(text[hit.start : hit.end])  # ("Maan" is Ma'an's own name)
        home_name = key in home.names
        qualifier = hit.qualifier.best if hit.qualifier is not None else None
        qualifier_admin1 = hit.qualifier_admin1
        rows: list[list[float]] = []
        for cand in hit.candidates:
            fcode = cand.feature_code
            division = cand.name if fcode == "ADM1" else cand.admin1
            qualified = (
                (qualifier is not None and qualifier.feature_code == "ADM1" and cand.admin1 == qualifier.name)
                or (
                    qualifier is not None
                    and qualifier.feature_code == "PCLI"
                    and cand.country == qualifier.country
                )
                or (
                    qualifier_admin1 is not None
                    and cand.country == qualifier_admin1[0]
                    and (
                        cand.admin1 == qualifier_admin1[1]
                        or (fcode == "ADM1" and cand.name == qualifier_admin1[1])
                    )
                )
            )
            row = [
                # (a town of unknown population is no town of none: GeoNames' cities500 lists towns of 500
                # people or more, and seats of any size)
                math.log10((cand.population or (UNKNOWN_TOWN_POPULATION if fcode[:3] == "PPL" else 0)) + 1),
                float(fcode == "PCLI"),
                float(fcode == "CONT"),
                float(fcode == "ADM1"),
                float(fcode == "RGN"),
                float(fcode == "PPLC"),
                float(fcode == "ADM2"),
                float(fcode.startswith("PPLA")),
                float(fcode in SITE_CODES),
                float(cand.curated),
                float(
                    place_coherence.same_name(joined_key(cand.name), joined)
                    or (
                        fcode.startswith("PPL")
                        and cand.population >= EXONYM_POPULATION
                        and fuzz.ratio(joined_key(cand.name), joined) >= MAIN_SPELLING_SIMILARITY
                    )
                    # (a town's name in one side's usage that additions.tsv gives is no lesser name:
                    # "Londonderry" is Derry, "Artemovsk" Bakhmut)
                    or (
                        fcode.startswith("PPL")
                        and cand.curated
                        and self.gazetteer.bears_own_name(cand.index, joined)
                    )
                ),
                float(hit.region_cue and fcode in ADMIN_CODES),
                float(qualified),
                float(min(2, hit.support.get(cand.index, 0))),
                float(min(2, hit.near.get(cand.index, 0))),
            ]
            if context is None:
                row.extend((0.0, 0.0, 1.0))
            else:
                row.extend(context.features(cand, division))
            populated = fcode.startswith("PPL")
            at_home = cand.country is not None and (
                cand.country == home.country or (home.generic and cand.country == "USA")
            )
            row.extend(
                (
                    float(hit.dateline and populated),
                    float(cand.country is not None and cand.country == home.country),
                    float(home.generic and cand.country == "USA"),
                    float(division is not None and (cand.country or "", division) in home.divisions),
                    float(home_name and populated and at_home),
                    place_coherence.scaled_distance(cand, place_coherence.home_points(home)),
                    local[1] if local[0] is not None and cand.country == local[0] else 0.0,
                )
            )
            rows.append(row)
        return rows

    def _pick(self, hit: PlaceHit, rows: list[list[float]], text: str) -> Candidate | None:
        best: Candidate | None = None
        best_score = -math.inf
        home_town = _home_town(rows)
        for number, (cand, row) in enumerate(zip(hit.candidates, rows, strict=True)):
            if home_town and number not in home_town:
                continue
            score = self._score(row)
            if score > best_score:
                best, best_score = cand, score
        if best_score < self.min_score:
            return None
        if best is not None and best.feature_code in ("ADM1", "ADM2") and not hit.division_named:
            return place_coherence.seat_of(best, hit.candidates, normalize(text[hit.start : hit.end])) or best
        return best


def _home_town(rows: list[list[float]]) -> set[int]:
    """The candidates (by number) that are the source's own town, unless the mention's qualifier names
    another place ("London, England" in a London, Ontario paper)."""
    home = {
        number
        for number, row in enumerate(rows)
        if row[_SOURCE_NAME] and row[_SOURCE_NEAR] <= _HOME_TOWN_NEAR
    }
    if home and any(row[_QUALIFIER] for row in rows):
        return set()
    return home


@dataclass(slots=True)
class _Context:
    """What the document's other mentions point to: their picked countries, divisions and points."""

    countries: Counter[str]
    divisions: Counter[tuple[str | None, str]]
    points: list[tuple[int, place_coherence.Point]]  # (key id, point) of the mentions' picks
    total: int = 0
    key_id: int = -1
    # Per name (key id): its mentions' picked countries and divisions, and how many were picked.
    by_key: dict[int, tuple[Counter[str], Counter[tuple[str | None, str]], int]] = field(default_factory=dict)
    others: list[place_coherence.Point] = field(
        default_factory=list
    )  # the points of the other names' mentions

    @classmethod
    def of(cls, hits: list[PlaceHit]) -> _Context:
        countries: Counter[str] = Counter()
        divisions: Counter[tuple[str | None, str]] = Counter()
        points: list[tuple[int, place_coherence.Point]] = []
        by_key: dict[int, tuple[Counter[str], Counter[tuple[str | None, str]], int]] = {}
        for hit in hits:
            best = hit.best
            if best is None:
                continue
            own_countries, own_divisions, count = by_key.get(hit.key_id, (Counter(), Counter(), 0))
            if best.country:
                countries[best.country] += 1
                own_countries[best.country] += 1
            if hit.namesake:  # a street's or site's namesake says which country, not which town or state
                by_key[hit.key_id] = (own_countries, own_divisions, count + 1)
                continue
            division = best.name if best.feature_code == "ADM1" else best.admin1
            if division:
                divisions[(best.country, division)] += 1
                own_divisions[(best.country, division)] += 1
            by_key[hit.key_id] = (own_countries, own_divisions, count + 1)
            if not hit.demonym and best.feature_code not in ("PCLI", "CONT", "RGN", *NATURAL_AREAS):
                points.append((hit.key_id, place_coherence.to_point(best.lat, best.lon)))
        total = sum(1 for h in hits if h.best is not None)
        return cls(countries, divisions, points, total, by_key=by_key)

    def without(self, number: int, hit: PlaceHit) -> _Context:
        """The context as seen from `hit`: the picks of every mention of its name left out.

        Other mentions of the same name are mostly the same place: counting them would let a name
        repeated in a story confirm its own first guess.
        """
        own_countries, own_divisions, count = self.by_key.get(hit.key_id, (Counter(), Counter(), 0))
        return _Context(
            self.countries - own_countries,
            self.divisions - own_divisions,
            self.points,
            max(0, self.total - count),
            hit.key_id,
            others=[point for key, point in self.points if key != hit.key_id],
        )

    def features(self, cand: Candidate, division: str | None) -> tuple[float, float, float]:
        """Shares of the others in cand's country and in its division; scaled log km to the nearest other."""
        if self.total <= 0:
            return 0.0, 0.0, 1.0
        country = self.countries[cand.country] / self.total if cand.country else 0.0
        admin = self.divisions[(cand.country, division)] / self.total if division else 0.0
        # (another name picked as this very place is no neighbour of it: "Punjab province", Pakistan's
        # only, would otherwise draw every "Punjab" of an Indian story to itself)
        own = place_coherence.to_point(cand.lat, cand.lon)
        others = [p for p in self.others if p != own]
        return min(1.0, country), min(1.0, admin), place_coherence.scaled_distance(cand, others)


def load_weights() -> list[float]:
    """The ranker's weights from resources/gazetteer/ranker.tsv, in `FEATURES` order."""
    where = resources.path(RANKER)
    found: dict[str, float] = {}
    for row in resources.read_tsv(RANKER, ("feature", "weight")):
        try:
            found[row["feature"]] = float(row["weight"])
        except ValueError as exc:
            raise ResourceError(f"{where}: {row['feature']}: not a number: {row['weight']!r}") from exc
    missing = [f for f in FEATURES if f not in found]
    unknown = sorted(set(found) - set(FEATURES))
    if missing or unknown:
        raise ResourceError(f"{where}: features missing {missing} or unknown {unknown}; retrain the ranker")
    return [found[f] for f in FEATURES]


@lru_cache(maxsize=1)
def load_abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviation as written → (country alpha-3, division name), from admin1_abbreviations.tsv."""
    alpha3 = {"US": "USA", "CA": "CAN", "AU": "AUS"}
    where = resources.path(ABBREVIATIONS)
    table: dict[str, tuple[str, str]] = {}
    for row in resources.read_tsv(ABBREVIATIONS, ("country", "admin1", "abbreviations")):
        if row["country"] not in alpha3:
            raise ResourceError(f"{where}: {row['admin1']}: country {row['country']!r} is not supported")
        for abbreviation in row["abbreviations"].split("|"):
            table[abbreviation] = (alpha3[row["country"]], row["admin1"])
    # (an all-capitals dateline writes them in capitals too: "FORT McMURRAY, ALTA. —")
    for abbreviation, division in list(table.items()):
        if abbreviation.endswith(".") and len(abbreviation) > 3:
            table.setdefault(abbreviation.upper(), division)
    return table


def _also_known_as(cand: Candidate) -> tuple[str, ...]:
    """Other names of a candidate: Latin-script first, without the main name or its spellings."""
    seen = {cand.name}
    latin: list[str] = []
    other: list[str] = []
    for name in cand.alternate_names:
        if name in seen:
            continue
        seen.add(name)
        (latin if normalize(name).isascii() else other).append(name)
    return tuple(latin + other)


def nearest_place(doc: Document, char_offset: int) -> Place | None:
    """The place mention in doc.places closest to a character offset (None when there is none)."""
    best: Place | None = None
    best_dist = math.inf
    for place in doc.places:
        dist = (
            0
            if place.start <= char_offset < place.end
            else min(abs(place.start - char_offset), abs(place.end - char_offset))
        )
        if dist < best_dist:
            best, best_dist = place, dist
    return best
