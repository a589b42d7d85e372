"""Where a document's source is at home: a prior for place resolution from Document.meta.

A news site's web domain says something about the places its stories mean: a country-code suffix
(".co.uk", ".ca") names the country, and local papers carry their town in the name
("oxfordpress.com", "lfpress.ca" does not). `SourceHome.of(meta)` reads `source` when it looks like
a domain, else the host of `url`, and returns the home country, whether the suffix is generic (".com"),
the place names spelled in the domain, the first-level divisions among them and the points of the towns
that bear those names. Nothing here looks at the text.

Place names are found in each domain label ("parisbeacon") as substrings that are a gazetteer entry's
own name (not an alternate name), at least `MIN_NAME_LEN` letters long, prominent (a country, a
first-level division or a town of `MIN_POPULATION`+), not inside a longer such name, and starting the
label, following a short prefix ("the", "e") or ending it (then at least `MIN_TAIL_LEN` letters long).
Suffixes come from resources/gazetteer/source_domains.tsv, which also names the home town (and its
point) of some local outlets whose domain does not spell it ("pal-item.com" is Richmond, Indiana's paper).

A story's web address may say more than its site: resources/gazetteer/source_sections.tsv names the
sections of some outlets' addresses that are world news (no home country: BBC's /news/world-europe-…) or
local news of a town or province (CBC's /news/canada/london/ is London, Ontario's).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from eventwatch import resources
from eventwatch.errors import ResourceError
from eventwatch.extract.gazetteer import Gazetteer, normalize

DOMAINS = "gazetteer/source_domains.tsv"
SECTIONS = "gazetteer/source_sections.tsv"
GENERIC = "*"
# An international outlet ("reuters.com"): no home country, and its generic suffix says nothing either.
INTERNATIONAL = "-"
MIN_NAME_LEN = 5
# A name that only ends a label must be longer: short tails of words are often towns ("messenger").
MIN_TAIL_LEN = 6
MIN_POPULATION = 10_000
# Label prefixes before a town's name: "thecolumbiastar", "eparisextra", "myinrich".
PREFIXES = ("the", "e", "my")
DIVISION_CODES = frozenset({"ADM1"})
# Countries whose outlets use generic suffixes (".com") about as much as American ones do.
GENERIC_TOO = frozenset({"CAN"})


@dataclass(frozen=True, slots=True)
class SourceHome:
    """What a document's source says about where its places are.

    country (str | None): ISO alpha-3 of a country-code suffix, or of a division named in the domain.
    generic (bool): the suffix is generic (.com, .org, ...) and no country is known.
    names (frozenset[str]): normalised place names spelled in the domain ("paris", "kansas city").
    divisions (frozenset[tuple[str, str]]): (country alpha-3, division) named in the domain ("ohio.com").
    points (tuple[tuple[float, float], ...]): (lat, lon) of the towns of `MIN_POPULATION`+ that bear a
        name in `names` (in `country` when it is known): a local paper's stories are mostly near one.
    """

    country: str | None = None
    generic: bool = False
    names: frozenset[str] = frozenset()
    divisions: frozenset[tuple[str, str]] = frozenset()
    points: tuple[tuple[float, float], ...] = ()

    @classmethod
    def of(cls, meta: dict[str, Any], gazetteer: Gazetteer) -> SourceHome:
        """The home of the source named in a document's meta (a domain-like `source`, else `url`), or of
        the section of the site its `url` is in, where source_sections.tsv knows that section."""
        host = domain_of(meta)
        if not host:
            return NOWHERE
        home = _home(host, gazetteer)
        url = meta.get("url")
        if isinstance(url, str):
            section = section_of(url, host)
            if section is not None:
                return _section_home(section, home, gazetteer)
        return home


NOWHERE = SourceHome()


def domain_of(meta: dict[str, Any]) -> str:
    """The lower-case host name of meta's source if that looks like a domain, else of its url; else "".

    The source (the site's own domain) goes first: a url may be a link shortener's ("nyti.ms/x").
    """
    source = meta.get("source")
    if isinstance(source, str):
        text = source.strip().lower()
        if text and " " not in text and "." in text:
            host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
            if "." in host:
                return host
    url = meta.get("url")
    if isinstance(url, str) and url.strip():
        text = url.strip()
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
        if "." in host:
            return host.lower()
    return ""


COLUMNS = ("suffix", "country", "home", "lat", "lon")
SECTION_COLUMNS = ("domain", "section", "country", "home")


@dataclass(frozen=True, slots=True)
class Section:
    """A section of an outlet's site: the country of its stories (None: world news) and its home (a town
    or first-level division, normalised; "" when it has none)."""

    country: str | None
    home: str


@lru_cache(maxsize=1)
def load_sections() -> dict[str, list[tuple[tuple[str, ...], Section]]]:
    """Outlet domain → its known sections (path segments, Section), longest first."""
    where = resources.path(SECTIONS)
    table: dict[str, list[tuple[tuple[str, ...], Section]]] = {}
    for row in resources.read_tsv(SECTIONS, SECTION_COLUMNS, required=3):
        country = row["country"]
        if country != INTERNATIONAL and not (len(country) == 3 and country.isalpha() and country.isupper()):
            raise ResourceError(f"{where}: {row['domain']}: country must be alpha-3 or '-': {country!r}")
        segments = tuple(part.lower() for part in row["section"].strip("/").split("/"))
        section = Section(None if country == INTERNATIONAL else country, normalize(row["home"]))
        table.setdefault(row["domain"].lower(), []).append((segments, section))
    for sections in table.values():
        sections.sort(key=lambda item: -len("/".join(item[0])))
    return table


def section_of(url: str, host: str) -> Section | None:
    """The known section of `url` on the site `host` (None when the site or its section is unknown)."""
    sections = load_sections()
    found = next((d for d in sections if host == d or host.endswith(f".{d}")), None)
    if found is None:
        return None
    text = url.strip()
    path = urlsplit(text if "//" in text else f"//{text}").path.lower()
    segments = [part for part in path.split("/") if part]
    for wanted, section in sections[found]:
        *whole, last = wanted
        for i in range(len(segments) - len(wanted) + 1):
            if segments[i : i + len(whole)] == whole and (
                segments[i + len(whole)] == last or segments[i + len(whole)].startswith(f"{last}-")
            ):
                return section
    return None


def _section_home(section: Section, site: SourceHome, gazetteer: Gazetteer) -> SourceHome:
    """The home of a story in `section` of a site whose own home is `site`."""
    if section.country is None:
        return NOWHERE  # world news: neither the site's country nor its town says where the story is
    if section.country == "USA" and site.generic and not section.home:
        return site  # (a generic suffix already stands for the United States)
    names: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    found = _prominent(section.home, gazetteer) if section.home else None
    if found is not None:
        key, division = found
        if division is not None:
            divisions.add(division)  # a province's section ("british-columbia")
        else:
            names.add(key)  # a town's ("london"): its points are the towns of that name in the country
    generic = section.country == "USA" and site.generic
    country = None if generic else section.country
    points = _points(names, section.country, gazetteer)
    return SourceHome(country, generic, frozenset(names), frozenset(divisions), tuple(points))


@lru_cache(maxsize=1)
def load_suffixes() -> dict[str, str]:
    """Domain suffix (or a whole outlet's domain) → country alpha-3, GENERIC or INTERNATIONAL."""
    where = resources.path(DOMAINS)
    table: dict[str, str] = {}
    for row in resources.read_tsv(DOMAINS, COLUMNS, required=2):
        country = row["country"]
        if country not in (GENERIC, INTERNATIONAL) and not (
            len(country) == 3 and country.isalpha() and country.isupper()
        ):
            raise ResourceError(f"{where}: {row['suffix']}: country must be alpha-3, '*' or '-': {country!r}")
        table[row["suffix"].lower().lstrip(".")] = country
    return table


@lru_cache(maxsize=1)
def load_outlet_homes() -> dict[str, tuple[str, float, float]]:
    """A local outlet's domain → (normalised name, lat, lon) of the town it is published in."""
    where = resources.path(DOMAINS)
    table: dict[str, tuple[str, float, float]] = {}
    for row in resources.read_tsv(DOMAINS, COLUMNS, required=2):
        if not row["home"]:
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise ResourceError(f"{where}: {row['suffix']}: a home town needs lat and lon") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ResourceError(f"{where}: {row['suffix']}: lat/lon out of range")
        table[row["suffix"].lower().lstrip(".")] = (normalize(row["home"]), lat, lon)
    return table


@lru_cache(maxsize=4096)
def _home(host: str, gazetteer: Gazetteer) -> SourceHome:
    labels = [label for label in host.split(".") if label]
    suffixes = load_suffixes()
    country: str | None = None
    generic = False
    cut = len(labels)
    outlet: tuple[str, float, float] | None = None
    for size in (3, 2, 1):  # the longest known suffix: "bbc.co.uk" before "co.uk" before "uk"
        suffix = ".".join(labels[-size:])
        if len(labels) >= size and suffix in suffixes:
            found = suffixes[suffix]
            generic = found == GENERIC
            country = None if found in (GENERIC, INTERNATIONAL) else found
            cut = len(labels) - size
            outlet = load_outlet_homes().get(suffix)
            break
    names: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    for label in labels[:cut]:
        if label == "www":
            continue
        for part in label.split("-"):
            for key, division in _names_in(part, gazetteer, generic):
                names.add(key)
                if division is not None:
                    divisions.add(division)
    if country is None and divisions:
        countries = {c for c, _ in divisions}
        if len(countries) == 1:
            country = countries.pop()
            generic = False
    points = _points(names, country, gazetteer)
    if outlet is not None:  # a local paper's own town: its name and point, whatever the domain spells
        names.add(outlet[0])
        points.append((outlet[1], outlet[2]))
    return SourceHome(country, generic, frozenset(names), frozenset(divisions), tuple(points))


def _points(names: set[str], country: str | None, gazetteer: Gazetteer) -> list[tuple[float, float]]:
    """(lat, lon) of the prominent towns whose own name is one of `names` (in `country` if given)."""
    points: list[tuple[float, float]] = []
    for key in sorted(names):
        key_id = gazetteer.automaton.get(f" {key} ", -1)
        if key_id < 0:
            continue
        for index in gazetteer.entries_of(key_id):
            if gazetteer.population(index) < MIN_POPULATION or not gazetteer.feature_code(index).startswith(
                "PPL"
            ):
                continue
            cand = gazetteer.entry(index)
            if normalize(cand.name) == key and (country is None or cand.country == country):
                points.append((cand.lat, cand.lon))
    return points


def _names_in(
    label: str, gazetteer: Gazetteer, generic: bool = False
) -> list[tuple[str, tuple[str, str] | None]]:
    """Prominent place names spelled in one domain label, with the division when the name is one
    (`generic`: the domain's suffix is generic, see `_prominent`)."""
    found: list[tuple[int, int, str, tuple[str, str] | None]] = []
    n = len(label)
    for i in range(n):
        for j in range(i + MIN_NAME_LEN, n + 1):
            sub = label[i:j]
            for key in (sub, *(f"{sub[:k]} {sub[k:]}" for k in range(2, len(sub) - 1))):
                hit = _prominent(key, gazetteer, generic)
                if hit is not None:
                    found.append((i, j, key, hit[1]))
    kept: list[tuple[str, tuple[str, str] | None]] = []
    for i, j, key, division in found:
        if any(a <= i and j <= b and (b - a) > (j - i) for a, b, _, _ in found):
            continue  # inside a longer name ("kansas" in "kansascity")
        if i == 0 or label[:i] in PREFIXES or (j == n and j - i >= MIN_TAIL_LEN):
            kept.append((key, division))
    return kept


def _prominent(
    key: str, gazetteer: Gazetteer, generic: bool = False
) -> tuple[str, tuple[str, str] | None] | None:
    """(key, division) when a prominent entry has `key` as its own name; None otherwise.

    Of several first-level divisions of the name, the most populous ("Florida" is the state, not Puerto
    Rico's municipality). Behind a generic suffix, which stands for the United States, a US division
    comes first, and a division abroad is no division when a US town of `MIN_POPULATION`+ bears the name:
    "mexicoledger.com" is Mexico, Missouri's paper and "durangoherald.com" Durango, Colorado's. Canada's
    provinces are the exception: Canadian papers use ".com" as much as American ones ("ontariofarmer.com").
    """
    key_id = gazetteer.automaton.get(f" {key} ", -1)
    if key_id < 0:
        return None
    found = False
    us_town = False
    divisions: list[tuple[int, str, str]] = []
    for index in gazetteer.entries_of(key_id):
        code = gazetteer.feature_code(index)
        population = gazetteer.population(index)
        if code not in ("PCLI", *DIVISION_CODES) and population < MIN_POPULATION:
            continue
        cand = gazetteer.entry(index)
        if normalize(cand.name) != key or code == "DEMONYM":
            continue
        found = True
        if code in DIVISION_CODES and cand.country:
            divisions.append((population, cand.country, cand.name))
        elif cand.country == "USA" and code.startswith("PPL"):
            us_town = True
    if generic:
        at_home = [d for d in divisions if d[1] == "USA"]
        divisions = at_home or [d for d in divisions if not us_town or d[1] in GENERIC_TOO]
    if divisions:
        _, country, name = max(divisions)
        return key, (country, name)
    return (key, None) if found else None
