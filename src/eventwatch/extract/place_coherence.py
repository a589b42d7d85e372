"""Rules that make a document's place picks cohere: lists of one kind, names that recur, namesakes of
capitals far from the rest, UN seats, places across a border or possessed by a country, outliers."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from eventwatch import resources
from eventwatch.errors import ResourceError
from eventwatch.extract.gazetteer import DEMONYM, Candidate, Gazetteer, normalize
from eventwatch.extract.locate import COUNTRY_FEATURES
from eventwatch.extract.place_hints import REGION_WORDS
from eventwatch.extract.place_hit import PlaceHit
from eventwatch.extract.source_home import SourceHome
from eventwatch.model.records import NATURAL_AREAS, NATURAL_POINTS

# What joins the items of a list of names: "Escuintla and Sacatepéquez", "Ain, Jura".
LIST_GAP = re.compile(r",? (?:and|or) |, ")
# The same, before a wide area's "the": "Houston, Perth and the Middle East".
_LIST_GAP_THE = re.compile(r",? (?:and|or) the |, the ")
_WIDE_AREAS = frozenset({"PCLI", "RGN", "CONT"})
# The codes of natural features, areas and points.
_NATURAL_CODES = NATURAL_AREAS | NATURAL_POINTS


# A name that goes on: a capitalised word or a hyphen after it ("Weston Otmoor", "Weston-on-the-Green").
NAME_GOES_ON = re.compile(r"(?:-|\s+[A-Z])")


# A division named bare is the town it is named after if that town is this populous and this near
# (log10(1 + km) / 4 of 250 km).
SEAT_POPULATION = 20_000
# A division this many times as populous as a town whose longer name starts with the division's is not
# named after it ("Bihar" and Bihar Sharif).
DIVISION_OVER_SEAT = 20
SEAT_SCALED_KM = math.log10(251.0) / 4.0
# A small town far from the story's other places, in a country named nowhere else in it (`outliers`):
# under this population, and this scaled distance (log10(1 + km) / 4; 0.72 is about 575 km) away
# (chosen on the development halves: no right place dropped there).
# A pick this far (log10(1 + km) / 4: 2,000 km) from a one-country story gives way to a namesake in it.
RECOHERE_DISTANCE = 0.825
OUTLIER_POPULATION = 50_000
# A list's items all cities this populous: a small town among them is its big namesake.
BIG_CITY_POPULATION = 500_000
# A town or division under this population, in a country no other place of the story is in, while at
# least three of its other places and three in five lie in one other country, is left out (`lonely_towns`;
# on the hand-coded sets such picks were wrong 38 times in 40 for towns, 20 in 20 for divisions).
LONELY_POPULATION = 100_000
LONELY_OTHERS = 3
LONELY_SHARE = 0.6
OUTLIER_DISTANCE = 0.72
# Two small bare towns of one country vouch for each other only this near (log10(1 + km) / 4: 250 km),
# as neighbours in one corner of it.
NEIGHBOUR_DISTANCE = math.log10(251.0) / 4.0
# A name the text calls a place is dropped only as a town abroad below this size, in a story of one other
# country (10,000 until stop 28; 50,000 dropped only wrong picks on every hand-coded and public set).
VOUCHED_OUTLIER_POPULATION = 50_000


# A point as (latitude and longitude in radians, cosine of the latitude), for fast great-circle distances.
Point = tuple[float, float, float]


# A town's name and the river (or sea) that tells it from its namesakes, which the text may leave out.
_ON_THE_RIVER = re.compile(r"(.+?) (?:upon|on|am|an der|sur|under) \w+(?: \w+)?$")
# A name and the compass point that tells it from a namesake: "Red River of the North".
_OF_THE_COMPASS = re.compile(r"(.+?) of the (?:north|south|east|west)$")


def same_name(name: str, key: str) -> bool:
    """A candidate named as the text names it, a division word aside: GeoNames calls Uganda's
    division "Central Region" and Ghana's "Central", which "the Central Region" names alike."""
    if name == key:
        return True
    short = _ON_THE_RIVER.match(name)  # "Newcastle upon Tyne", "Frankfurt am Main": "Newcastle", "Frankfurt"
    if short is not None and short.group(1) == key:
        return True
    short = _OF_THE_COMPASS.match(name)  # "Red River of the North": "Red River"
    if short is not None and short.group(1) == key:
        return True
    words = key.rsplit(" ", 1)
    return len(words) == 2 and words[1] in REGION_WORDS and name == words[0]


def to_point(lat: float, lon: float) -> Point:
    rlat = math.radians(lat)
    return rlat, math.radians(lon), math.cos(rlat)


@lru_cache(maxsize=256)
def home_points(home: SourceHome) -> list[Point]:
    return [to_point(lat, lon) for lat, lon in home.points]


def scaled_distance(cand: Candidate, points: list[Point]) -> float:
    """log10(1 + km) / 4 from cand to the nearest point, at most 1 (1 when there is none: 10,000 km)."""
    if not points:
        return 1.0
    lat, lon, cos_lat = to_point(cand.lat, cand.lon)
    sin = math.sin
    # The haversine term grows with the distance: take its minimum, then one square root and arcsine.
    term = min(sin((p - lat) / 2) ** 2 + cos_lat * c * sin((q - lon) / 2) ** 2 for p, q, c in points)
    km = 2 * 6371.0 * math.asin(min(1.0, math.sqrt(term)))
    return min(1.0, math.log10(1.0 + km) / 4.0)


def _lists(text: str, hits: list[PlaceHit]) -> list[list[PlaceHit]]:
    """The runs of names joined as a list ("Cameroon, Niger and Chad"), demonyms left out."""
    lists: list[list[PlaceHit]] = []
    for left, right in itertools.pairwise(hits):
        gap = text[left.end : right.start]
        joined = LIST_GAP.fullmatch(gap) or (
            _LIST_GAP_THE.fullmatch(gap) and right.best is not None and right.best.feature_code in _WIDE_AREAS
        )
        if joined and not (left.demonym or right.demonym):
            if lists and lists[-1][-1] is left:
                lists[-1].append(right)
            else:
                lists.append([left, right])
    return lists


def lists_of_a_kind(text: str, hits: list[PlaceHit]) -> None:
    """The items of a list are places of one kind: "troops from Cameroon, Niger and Chad" are countries
    (not Nigeria's Niger State), "centres in Brittany and Normandy" regions of France (not a Surrey
    village), "London, Dublin and Melbourne" big cities (not a Derbyshire village). An item whose pick is
    of another kind takes its candidate of the others' kind, where it has one."""
    lists = _lists(text, hits)
    changed: dict[int, Candidate] = {}
    small_towns: dict[int, Candidate] = {}  # the small town a big city's name was first read as
    for items in lists:
        for hit in items:
            picks = [h.best for h in items if h is not hit and h.key_id != hit.key_id]
            others = [o for o in picks if o is not None]
            if hit.best is None or not others or len(others) < len(picks):
                continue
            if (
                hit.best.feature_code.startswith("PPL")
                and hit.best.population * 10 < BIG_CITY_POPULATION
                and (
                    # (a list of big cities: "acts from London, Dublin and Melbourne" — not Melbourne,
                    # Derbyshire)
                    all(
                        o.feature_code.startswith("PPL") and o.population >= BIG_CITY_POPULATION
                        for o in others
                    )
                    # (towns listed with a region of the world are its big cities, every one of them:
                    # "engineers heading to Houston, Perth and the Middle East", not Scottish villages)
                    or (
                        any(o.feature_code in ("RGN", "CONT") and o.country is None for o in others)
                        and all(
                            _big_namesake(text, h) is not None
                            for h in items
                            if h.best is not None and h.best.feature_code.startswith("PPL")
                        )
                    )
                )
            ):
                big_city = _big_namesake(text, hit)
                if big_city is not None:
                    changed[hit.key_id] = big_city
                    small_towns[hit.key_id] = hit.best
                continue
            kinds = {(o.feature_code, o.country if o.feature_code == "ADM1" else None) for o in others}
            if len(kinds) != 1:
                continue
            code, country = next(iter(kinds))
            if code not in {"PCLI", "ADM1"} or hit.best.feature_code == code:
                continue
            same_kind = [
                c
                for c in hit.candidates
                if c.feature_code == code and (country is None or c.country == country)
            ]
            if len(same_kind) == 1:
                changed[hit.key_id] = same_kind[0]

    # (a list tells the kind of its own items only: "automakers in Japan, the United States and Mexico" in
    # a story of Mexico, Missouri, leaves the town's other mentions be; but a big city listed with others
    # is the city again where the name is read as the same small town: "flights to Dubai and Muscat … the
    # Dubai flight" in a story of Lucknow is no village of Uttar Pradesh)
    listed = {id(hit) for items in lists for hit in items}
    # (twice: the next item of a list, once moved, no longer reads as the one before's qualifier —
    # "Houston, Perth and the Middle East" is no Houston in a Scottish Perth)
    for _ in range(2):
        for hit in hits:
            if (
                hit.key_id in changed
                and _unqualified(hit, lists)
                and not hit.dateline
                and (id(hit) in listed or hit.best == small_towns.get(hit.key_id))
            ):
                hit.best = changed[hit.key_id]


# Towns this near (log10(1 + km) / 4: 40 km) are neighbours: a list's item this near another takes its
# country ("Luján de Cuyo and Maipú"); a country's name listed with a small town is a town of its name this
# near to a namesake of that town ("police in Peru and LaSalle" are two towns of Illinois).
TWIN_TOWN_DISTANCE = math.log10(41.0) / 4.0


def lists_of_one_country(text: str, hits: list[PlaceHit]) -> None:
    """The towns of a list are neighbours: where every other item is a town of one country, an item picked
    as a town of another takes its namesake in that country, if it has one as populous as half the pick or
    next to another item ("spread to Valparaiso and Concepcion" in a story that also names Madrid: Chile's
    Concepción, not a quarter of Madrid), when the story names that country's places more often than the
    pick's."""
    lists = _lists(text, hits)
    named = Counter(h.best.country for h in hits if h.best is not None)
    own = Counter((h.key_id, h.best.country) for h in hits if h.best is not None)
    for items in lists:
        for hit in items:
            best = hit.best
            others = [h.best for h in items if h is not hit and h.key_id != hit.key_id]
            # (nor a street's name: "the 16th Line of East Zorra-Tavistock and Oxford Road")
            if (
                best is None
                or not others
                or hit.dateline
                or any(h.namesake for h in items)
                or not _unqualified(hit, lists)
            ):
                continue
            countries = {
                o.country if o is not None and o.feature_code.startswith("PPL") else None for o in others
            }
            country = next(iter(countries)) if len(countries) == 1 else None
            if (
                country is None
                or not best.feature_code.startswith("PPL")
                or best.country == country
                # (a capital in a list of capitals: "flights to Montevideo, Santiago and Lima" leave for
                # Chile's capital, not for Santiago Vázquez, a village near Montevideo)
                or (
                    best.feature_code == "PPLC"
                    and any(o is not None and o.feature_code == "PPLC" for o in others)
                )
                # (its own mentions left out of the count)
                or named[country] - own[hit.key_id, country]
                <= named[best.country] - own[hit.key_id, best.country]
            ):
                continue
            # (as populous as half the pick, or next to another item: "Luján de Cuyo and Maipú" of Mendoza)
            points = [to_point(o.lat, o.lon) for o in others if o is not None]
            there = [
                c
                for c in hit.candidates
                if c.country == country
                and c.feature_code.startswith("PPL")
                and (2 * c.population >= best.population or scaled_distance(c, points) <= TWIN_TOWN_DISTANCE)
            ]
            if there:
                hit.best = max(there, key=lambda c: c.population)


def countries_as_towns_listed(text: str, hits: list[PlaceHit]) -> None:
    """A country's name listed with a small town, where a town of the country's name lies next to a
    namesake of that town, is that town, and the other its neighbour: "police in Peru and LaSalle" (Illinois),
    "Lebanon and Danville" (Kentucky) — unless the story names the country otherwise ("Mexico and Peru" are
    two countries, whatever towns of Maine share their names)."""
    for items in _lists(text, hits):
        for hit in items:
            best = hit.best
            if best is None or best.feature_code not in COUNTRY_FEATURES:
                continue
            if any(
                h.best is not None and h.best.country == best.country and h.key_id != hit.key_id for h in hits
            ):
                continue
            towns = [c for c in hit.candidates if c.feature_code.startswith("PPL")]
            for other in items:
                if other is hit or other.best is None or other.key_id == hit.key_id:
                    continue
                if (
                    not other.best.feature_code.startswith("PPL")
                    or other.best.population >= LONELY_POPULATION
                ):
                    continue
                pairs = [
                    (town, neighbour)
                    for town in towns
                    for neighbour in other.candidates
                    if neighbour.feature_code.startswith("PPL")
                    and neighbour.country == town.country
                    and scaled_distance(neighbour, [to_point(town.lat, town.lon)]) <= TWIN_TOWN_DISTANCE
                ]
                if pairs:
                    town, neighbour = max(pairs, key=lambda p: p[0].population + p[1].population)
                    for h in hits:
                        if h.key_id == hit.key_id:
                            h.best = town
                        elif h.key_id == other.key_id:
                            h.best = neighbour
                    break


def _big_namesake(text: str, hit: PlaceHit) -> Candidate | None:
    """The largest of the hit's candidates that is a big city (BIG_CITY_POPULATION) of its very name."""
    key = normalize(text[hit.start : hit.end])
    big = [
        c
        for c in hit.candidates
        if c.feature_code.startswith("PPL")
        and c.population >= BIG_CITY_POPULATION
        and normalize(c.name) == key
    ]
    return max(big, key=lambda c: c.population) if big else None


def _unqualified(hit: PlaceHit, lists: list[list[PlaceHit]]) -> bool:
    """No qualifier says where the hit is: none, or only the next item of its list, in whose country
    none of its candidates lies ("into Niger, Chad and Cameroon" puts no Niger in Chad)."""
    qualifier = hit.qualifier
    if qualifier is None:
        return True
    in_list = any(hit in items and qualifier in items for items in lists)
    country = qualifier.best.country if qualifier.best is not None else None
    return in_list and not any(c.country == country for c in hit.candidates)


# A region or second-level division so picked gives way likewise ("Sussex" in a story of Moncton).
_RECOHERED_AREAS = frozenset({"RGN", "ADM2"})


def recohere(text: str, hits: list[PlaceHit]) -> None:
    """A town (or a region) resolved to a namesake far (2,000+ km) from a story that otherwise names only
    one other country, at least twice, where it has a namesake too, is that country's: "London" in a
    story of Woodstock and Tavistock, Ontario; "Paris" among the towns of one US county; "Sussex" among
    Moncton and Fredericton. Stray picks of one name each in other countries, at most one for every two
    names of the story's country, do not count, unless a list holds the town and one of them. The story's
    coherence outweighs a famous name it does not otherwise support (a country or demonym of it would)."""
    placed = [h for h in hits if h.best is not None and not h.namesake]
    lists = _lists(text, hits)
    for hit in placed:
        best = hit.best
        if best is None or hit.demonym or not _unqualified(hit, lists) or hit.dateline:
            continue
        if not (best.feature_code.startswith("PPL") or best.feature_code in _RECOHERED_AREAS):
            continue
        others = [h for h in placed if h.key_id != hit.key_id and h.best is not None]
        names: dict[str | None, set[int]] = {}
        for other in others:
            if other.best is not None:
                names.setdefault(other.best.country, set()).add(other.key_id)
        if best.country in names or not names:
            continue
        home, keys = max(names.items(), key=lambda item: len(item[1]))
        # (one other country; or, of names of one each, strays the outlier steps may yet drop, at most
        # one in three: "Upper River" read as the Gambia's in a story of New Brunswick)
        strays = sum(len(k) for c, k in names.items() if c != home)
        if (
            home is None
            or len(keys) < 2
            or 2 * strays > len(keys)
            or any(len(k) > 1 for c, k in names.items() if c != home)
        ):
            continue
        if strays and any(
            hit in items and any(o.best is not None and o.best.country != home for o in items if o is not hit)
            for items in lists
        ):
            continue  # (a list with a town abroad lists the world: "acts from London, Dublin and Melbourne")
        points = [to_point(o.best.lat, o.best.lon) for o in others if o.best is not None and not o.demonym]
        if scaled_distance(best, points) < RECOHERE_DISTANCE:
            continue
        key = normalize(text[hit.start : hit.end])
        local = [
            c
            for c in hit.candidates
            if c.country == home and c.feature_code.startswith("PPL") and normalize(c.name) == key
        ]  # (a town of that very name: not Mexico, Missouri, for "Mexico City")
        if local:
            hit.best = min(local, key=lambda c: scaled_distance(c, points))


# A town this near (log10(1 + km) / 4: 1,500 km) the story's places stands for a division of its name
# that lies far from them all (`far_divisions_near_towns`).
NEAR_TOWN_DISTANCE = math.log10(1501.0) / 4.0
# (a division this populous is news on its own, however far: "Washington", "Nevada", "Scotland")
FAR_DIVISION_POPULATION = 2_000_000


def far_divisions_near_towns(text: str, hits: list[PlaceHit]) -> None:
    """A division resolved far (2,000+ km) from all of a story's places, none of them in its country,
    is the town of its very name that lies near them: "ferries from Cork to Roscoff and to Santander" is
    Santander, Spain, not Colombia's department."""
    placed = [h for h in hits if h.best is not None and not h.namesake]
    lists = _lists(text, hits)
    for hit in placed:
        best = hit.best
        if (
            best is None
            or best.feature_code not in ("ADM1", "ADM2")
            or best.population >= FAR_DIVISION_POPULATION
            or hit.demonym
            or hit.dateline
            or not _unqualified(hit, lists)
        ):
            continue
        others = [
            (o.key_id, o.best)
            for o in placed
            if o.key_id != hit.key_id and o.best is not None and not o.demonym
        ]
        if len({key_id for key_id, _ in others}) < 2 or any(o.country == best.country for _, o in others):
            continue
        points = [to_point(o.lat, o.lon) for _, o in others]
        if scaled_distance(best, points) < RECOHERE_DISTANCE:
            continue
        key = normalize(text[hit.start : hit.end])
        near = [
            c
            for c in hit.candidates
            if c.feature_code.startswith("PPL")
            and normalize(c.name) == key
            and scaled_distance(c, points) < NEAR_TOWN_DISTANCE
        ]
        if near:
            hit.best = min(near, key=lambda c: scaled_distance(c, points))


# A town's namesake sits among the story's places when this many other names were placed within
# CLUSTER_KM of it (and at least twice as many as name the pick's country), and the pick among at most one.
CLUSTER_NAMES = 4
CLUSTER_KM = math.log10(51.0) / 4.0


def local_cluster(text: str, hits: list[PlaceHit]) -> None:
    """A town (or a region, or a county) picked far from the story's places, whose namesake lies among
    them, is the namesake: "Delhi" in a story of Bloomville, Meredith, Andes and Walton, New York is Delhi,
    New York, even where the story also names India and New Delhi (two names against four and more);
    "Wantage and Sussex" in a story of Sparta and Newton, New Jersey, is no English region."""
    placed = [h for h in hits if h.best is not None and not h.namesake and not h.demonym]
    # each name's point, its last mention's pick (computed once; kept up to date when that pick moves)
    last = {h.key_id: h for h in placed}
    points = {key: to_point(h.best.lat, h.best.lon) for key, h in last.items() if h.best is not None}

    def near(cand: Candidate, key_id: int) -> int:
        return sum(scaled_distance(cand, [p]) <= CLUSTER_KM for key, p in points.items() if key != key_id)

    for hit in placed:
        best = hit.best
        if (
            best is None
            or hit.qualifier is not None
            or hit.dateline
            or not (best.feature_code.startswith("PPL") or best.feature_code in _RECOHERED_AREAS)
        ):
            continue
        if near(best, hit.key_id) > 1:
            continue
        if _beside_a_neighbour(text, placed, hit):
            continue
        key = normalize(text[hit.start : hit.end])
        namesakes = [
            (near(c, hit.key_id), c)
            for c in hit.candidates
            if c.index != best.index
            and (c.feature_code.startswith("PPL") or c.feature_code == best.feature_code == "ADM2")
            and normalize(c.name) == key
        ]
        if namesakes:
            count, cand = max(namesakes, key=lambda nc: nc[0])
            # (and twice the names the pick's own country has: a story of Brussels' communes that also
            # names Paris, Cambrai and France keeps Saint-Denis in France)
            rivals = {
                o.key_id
                for o in placed
                if o.key_id != hit.key_id and o.best and o.best.country == best.country
            }
            if count >= max(CLUSTER_NAMES, 2 * len(rivals)):
                hit.best = cand
                if last[hit.key_id] is hit:
                    points[hit.key_id] = to_point(cand.lat, cand.lon)


def _beside_a_neighbour(text: str, hits: list[PlaceHit], hit: PlaceHit) -> bool:
    """True when a list joins `hit` to a place picked near its pick: "the attacks in Paris and Saint-Denis"
    are France's in a story of Brussels' communes (Belgium has a Saint-Denis too)."""
    best = hit.best
    return best is not None and any(
        other.best is not None
        and (LIST_GAP.fullmatch(text, other.end, hit.start) or LIST_GAP.fullmatch(text, hit.end, other.start))
        and scaled_distance(best, [to_point(other.best.lat, other.best.lon)]) <= CLUSTER_KM
        for other in hits
        if other is not hit
    )


# A capital this populous, named bare, is itself unless its small namesake lies among the story's places.
CAPITAL_POPULATION = 1_000_000
# ... within this distance (log10(1 + km) / 4: 100 km) of one of them.
NAMESAKE_NEAR = math.log10(101.0) / 4.0


def _lone_far_town(hit: PlaceHit, placed: list[PlaceHit]) -> bool:
    """A town the story names once, bare (no qualifier, no dateline), far from all of its other places
    and in no first-level division the story names."""
    best = hit.best
    if best is None or hit.qualifier is not None or hit.qualifier_admin1 is not None or hit.dateline:
        return False
    if not best.feature_code.startswith("PPL"):
        return False
    if sum(o.key_id == hit.key_id for o in placed) > 1:
        return False  # (a name the story repeats is what it is about: "Dublin" five times in Georgia)
    if best.admin1 is not None and any(
        o.best is not None
        and o.best.feature_code == "ADM1"
        and o.best.country == best.country
        and o.best.name == best.admin1
        for o in placed
    ):
        return False  # ("Liberia, in the northwestern province of Guanacaste": Costa Rica's Liberia)
    points = [
        to_point(o.best.lat, o.best.lon)
        for o in placed
        if o.key_id != hit.key_id and o.best is not None and o.best.feature_code not in _AREA_CODES
    ]
    return bool(points) and scaled_distance(best, points) > NAMESAKE_NEAR


def _named_countries(text: str, hit: PlaceHit) -> list[Candidate]:
    """The hit's candidates that are countries of exactly its name ("Greece", "Mexico")."""
    key = normalize(text[hit.start : hit.end])
    return [c for c in hit.candidates if c.feature_code == "PCLI" and normalize(c.name) == key]


# The cities where the United Nations sits (GeoNames ids: Geneva, Vienna, New York City, Nairobi, The
# Hague): in a story that names the UN, one of its agencies or another world body seated there ("the
# World Health Organization", "the IAEA", "OPEC"), "Geneva" is not Geneva, New York, nor "New York" the
# state.
UN_SEATS = frozenset({2660646, 2761369, 5128581, 184745, 2747373})
_NAMES_THE_UN = re.compile(
    r"\bU\.?N\.?(?![A-Za-z])|\bUnited Nations\b|\bUN[A-Z]{2,6}\b|\b(?:WHO|WTO|WFP|IAEA|ILO|OPCW|OPEC|OSCE"
    r"|ICRC)\b|\bWorld (?:Health|Trade|Meteorological|Intellectual Property) Organi[sz]ation\b"
    r"|\bWorld Food Programme\b|\bInternational (?:Atomic Energy Agency|Labour Organi[sz]ation"
    r"|Committee of the Red Cross|Court of Justice|Criminal Court)\b|\bHuman Rights Council\b"
)


def seats_of_the_un(text: str, hits: list[PlaceHit]) -> None:
    """A town one of whose namesakes is a seat of the UN is that seat in a story that names the UN,
    unless the text ties it to a division of its own ("Geneva, N.Y.")."""
    if not _NAMES_THE_UN.search(text):
        return
    for hit in hits:
        if hit.qualifier is not None or hit.qualifier_admin1 is not None or hit.best is None:
            continue
        seat = next((c for c in hit.candidates if c.geonameid in UN_SEATS), None)
        # (a town of that name only: "New York" listed with California and Texas stays the state)
        if (
            seat is not None
            and hit.best.geonameid not in UN_SEATS
            and hit.best.feature_code.startswith("PPL")
        ):
            hit.best = seat


def capitals_far_from_namesakes(text: str, hits: list[PlaceHit]) -> None:
    """'terrorists killed 130 people in Paris' in a California story: a small namesake in the story's
    country (Paris, Texas) that lies far from all of the story's other places gives way to the capital
    the name is famous for; near them ('north of Paris' in a story of Lamar County, Texas), in a story of
    one country, or named again and again, it stays."""
    placed = [h for h in hits if h.best is not None and not h.namesake]
    for hit in placed:
        best = hit.best
        if best is None or best.population >= OUTLIER_POPULATION:
            continue
        if all(o.best is None or o.best.country == best.country for o in placed):
            continue  # (a story of one country keeps its own towns: "Paris" in a Kentucky story)
        key = normalize(text[hit.start : hit.end])
        capitals = [
            c
            for c in hit.candidates
            if c.feature_code == "PPLC" and c.population >= CAPITAL_POPULATION and normalize(c.name) == key
        ]
        if capitals and (
            _lone_far_town(hit, placed) or _country_named_before(text, hit, capitals[0], placed)
        ):
            hit.best = capitals[0]


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|of|to|from|outside|at)\s(?:the\s)?$")


def _country_named_before(text: str, hit: PlaceHit, capital: Candidate, placed: list[PlaceHit]) -> bool:
    """The capital's country is named earlier in the hit's sentence, and the hit is named bare after a
    preposition: "a plant in Poland, on the outskirts of Warsaw" in a story of Warsaw, Indiana (but "Like
    its namesake in Italy, Rome sits on seven hills" is Rome, Georgia's)."""
    if (
        _qualified(hit)
        or hit.dateline
        or not _PREPOSITION_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    ):
        return False
    opening = max(text.rfind(". ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    return any(
        o.best is not None
        and o.best.feature_code in COUNTRY_FEATURES
        and o.best.country == capital.country
        and opening <= o.start < hit.start
        for o in placed
    )


def countries_far_from_namesakes(text: str, hits: list[PlaceHit]) -> None:
    """'I told my cousins in Greece' in a Texas story: a town named like a country (Greece, New York),
    named once, bare, and far from all of the story's other places, gives way to the country; a town the
    story repeats, qualifies or names near its other places stays."""
    placed = [h for h in hits if h.best is not None and not h.namesake]
    for hit in placed:
        countries = _named_countries(text, hit)
        if countries and _lone_far_town(hit, placed):
            hit.best = countries[0]


# A town named like a country lies among the story's places when this many of its other names lie within
# COUNTRY_TOWN_NEAR (log10(1 + km) / 4: 60 km) of it.
COUNTRY_TOWN_NAMES = 2
COUNTRY_TOWN_NEAR = math.log10(61.0) / 4.0


def countries_as_local_towns(text: str, hits: list[PlaceHit]) -> None:
    """'southwest of Mexico' in a story of Peru, Denver and Kokomo, Indiana: a country's name, in a story
    whose every other place (and people's adjective) lies in one other country, is the town of its name
    that lies among them. A story that names anything of the country otherwise (Beirut, "a Lebanese
    bakery") or any place abroad keeps the country (a refugee family "fled Homs for Lebanon" before
    settling near Lebanon, Pennsylvania)."""
    placed = [h for h in hits if h.best is not None and not h.namesake]
    for hit in placed:
        best = hit.best
        if (
            best is None
            or best.feature_code not in COUNTRY_FEATURES
            or hit.qualifier is not None
            or hit.demonym
        ):
            continue
        others = [o for o in placed if o.key_id != hit.key_id and o.best is not None and o.best.country]
        countries = {o.best.country for o in others if o.best is not None}
        if len(countries) != 1 or best.country in countries:
            continue
        key = normalize(text[hit.start : hit.end])
        points = {
            o.key_id: to_point(o.best.lat, o.best.lon)
            for o in others
            if o.best is not None and not o.demonym and o.best.feature_code not in _AREA_CODES
        }
        towns = [
            (sum(scaled_distance(c, [p]) <= COUNTRY_TOWN_NEAR for p in points.values()), c)
            for c in hit.candidates
            if c.country in countries and c.feature_code.startswith("PPL") and normalize(c.name) == key
        ]
        if not towns:
            continue
        count, town = max(towns, key=lambda nc: (nc[0], nc[1].population))
        if count >= COUNTRY_TOWN_NAMES:
            for h in placed:
                if h.key_id == hit.key_id and h.best is not None and h.best.feature_code in COUNTRY_FEATURES:
                    h.best = town


# What a border is shared with: a country ("near the border with Mexico", "its frontier with Chad").
_BORDER_WITH = re.compile(r"(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def across_a_border(text: str, hits: list[PlaceHit]) -> None:
    """'Laredo, Texas, near the border with Mexico': what a border is shared with is a country, not a
    town of that name (Mexico, Missouri)."""
    for hit in hits:
        best = hit.best
        own_qualifier = hit.qualifier is not None and 0 <= hit.qualifier.start - hit.end <= 2
        if best is None or best.feature_code == "PCLI" or own_qualifier:
            continue  # (a qualifier of its own: "the border with Lebanon, Pennsylvania")
        if not _BORDER_WITH.search(text, max(0, hit.start - 30), hit.start):
            continue
        countries = _named_countries(text, hit)
        if countries:
            hit.best = countries[0]


# Between a place and a part of it that it owns: "Cairo's ", "Peru's central ", "Gaza City's eastern ".
_POSSESSED = re.compile(
    r"['’]s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|old|inner|outer|downtown|upper|lower|remote|rural|coastal|"
    r"mountainous|restive|volatile|impoverished|densely populated|working-class|historic)\s+)*"
    # (the owner's town of a kind, named after it: "Tenerife's capital, Santa Cruz")
    r"(?:(?:(?:provincial |regional |state )?capital"
    r"|(?:largest|biggest|second|second-largest|main) (?:city|town|port)|port city|port),?\s+)?"
)
# Within this distance of a town that owns it ("Cairo's Abbasiya"), a place is that town's part.
PART_KM = 50.0


def _inside(cand: Candidate, owner: Candidate) -> bool:
    """Whether a candidate lies in the place that owns it: near its town, in its division or country."""
    if cand.country != owner.country:
        return False
    if owner.feature_code.startswith("PPL"):
        return scaled_distance(cand, [to_point(owner.lat, owner.lon)]) <= math.log10(1.0 + PART_KM) / 4.0
    if owner.feature_code == "ADM1":
        return cand.admin1 == owner.name
    return True


def possessed(text: str, hits: list[PlaceHit]) -> set[int]:
    """ "Cairo's Abbasiya neighbourhood", "Peru's Cusco", "Soweto's Orlando East", "Tenerife's capital,
    Santa Cruz": a place its possessor owns lies in it. Of the name's candidates, one inside the
    possessor is taken. With none inside a town or a province (a neighbourhood the gazetteer lacks), the
    name is the possessor's part, at its point and without a GeoNames id of its own, rather than a
    namesake abroad ("Luxor's West Bank" is not Palestine's). A state as owner only picks among
    namesakes: "Israel's Gaza offensive" says whose offensive, and a contested region is never given to
    the side that claims it. Returns the hits (ids) that a state owns, with no namesake in it, that only
    another name of a town abroad matches: "Pakistan's Kalam" is not Kallam, India, nor "Australia's
    Tanna" (a film) Thane."""
    unplaced: set[int] = set()
    by_end = {h.end: h for h in hits if h.best is not None and not h.demonym and not h.namesake}
    owned = _POSSESSED.fullmatch
    for hit in hits:
        best = hit.best
        if best is None or hit.demonym or hit.namesake or hit.qualifier is not None:
            continue
        owner_hit = next(
            (
                by_end[end]
                for end in range(hit.start - 1, max(0, hit.start - 40), -1)
                if end in by_end and owned(text, end, hit.start)
            ),
            None,
        )
        owner = owner_hit.best if owner_hit is not None else None
        if owner_hit is None or owner is None or owner.country is None or owner is best:
            continue
        town = owner.feature_code.startswith("PPL")
        if _inside(best, owner):
            continue
        within = [c for c in hit.candidates if _inside(c, owner)]
        # (or the owner is its namesake that holds the place: "Niger's Diffa region" in a story that
        # names Niger State is the country's)
        holders = (
            [c for c in owner_hit.candidates if c.country is not None and c is not owner and _inside(best, c)]
            if not within
            else []
        )
        if within:
            hit.best = max(within, key=lambda c: c.population)
        elif holders:
            owner_hit.best = max(holders, key=lambda c: c.population)
        elif not (town or owner.feature_code == "ADM1"):
            # a state's name as owner says whose, not where, as often as not ("Israel's Gaza offensive",
            # a contested region claimed by one side): only its own namesakes are taken
            if (
                owner.feature_code == "PCLI"
                and best.feature_code.startswith("PPL")
                and normalize(best.name) != normalize(text[hit.start : hit.end])
            ):
                unplaced.add(id(hit))
            continue
        else:
            hit.best = replace(
                owner,
                geonameid=None,
                name=text[hit.start : hit.end],
                feature_code="PPLX" if town else "AREA",
                population=0,
                alternate_names=(),
                curated=False,
            )
    return unplaced


# A small name held back on spaCy's reading is a place if a namesake lies this near a place kept.
RESCUE_KM = 80.0
# Or a town of this size in a division the story names, or that this many of its towns lie in; of the
# smaller size if the name stands alone, no longer name's start ("Parkers Prairie", not "Morgan McGhee").
DIVISION_TOWN_POPULATION = 5_000
DIVISION_SMALL_TOWN_POPULATION = 1_000
DIVISION_TOWNS = 3


def near_kept(gaz: Gazetteer, text: str, hits: list[PlaceHit], pending: list[PlaceHit]) -> list[PlaceHit]:
    """The names held back as too small for spaCy's reading ("Devonport and Burnie have …", "in
    Caernarfon") that have a namesake near a town the story names: a local story's small places lie
    around its larger ones. Only a name standing alone counts (not "Hydro" in "BC Hydro")."""
    anchors = [
        (h.key_id, to_point(h.best.lat, h.best.lon))
        for h in hits
        if h.best is not None
        and not h.demonym
        and not h.namesake
        and h.best.geonameid is not None
        and h.best.feature_code not in _AREA_CODES
    ]
    # The divisions the story is in: one it names ("Queensland"), or one that three of its towns lie in.
    towns_in: Counter[tuple[str | None, str | None]] = Counter(
        (h.best.country, h.best.admin1)
        for h in hits
        if h.best is not None and not h.demonym and not h.namesake and h.best.feature_code.startswith("PPL")
    )
    divisions = {pair for pair, n in towns_in.items() if n >= DIVISION_TOWNS and pair[1]} | {
        (h.best.country, h.best.name)
        for h in hits
        if h.best is not None and not h.demonym and h.best.feature_code == "ADM1"
    }
    countries = {
        h.best.country for h in hits if h.best is not None and h.best.feature_code in COUNTRY_FEATURES
    }
    if not anchors and not divisions and not countries:
        return []  # (a division alone vouches for its large towns: "… in Pennsylvania")
    limit = math.log10(1.0 + RESCUE_KM) / 4.0
    out: list[PlaceHit] = []
    waiting = [
        h
        for h in pending
        if not (h.demonym or h.namesake)
        # (a settlement's name goes on, in an entity of its own: "Capitola Village")
        and (h.settlement or (h.alone and not NAME_GOES_ON.match(text, h.end)))
    ]
    found = True
    while found:  # a name kept is a place the next ones may lie near ("Devonport and Burnie")
        found = False
        for hit in list(waiting):
            points = [p for key, p in anchors if key != hit.key_id]
            towns = [gaz.entry(i) for i in hit.entries if gaz.feature_code(i) not in _AREA_CODES]
            near = [c for c in towns if scaled_distance(c, points) <= limit]
            if not near:
                # or a town of some size, by its own name, in the story's division: "Rockhampton" in a
                # story of Queensland's towns, which spaCy reads as a person
                key = normalize(text[hit.start : hit.end])
                least = (
                    DIVISION_TOWN_POPULATION
                    if hit.settlement or NAME_GOES_ON.match(text, hit.end)
                    else DIVISION_SMALL_TOWN_POPULATION
                )
                near = [
                    c
                    for c in towns
                    if (
                        (c.population >= least and (c.country, c.admin1) in divisions)
                        # (or the capital of a country it names: "Greenland, where Nuuk has a port")
                        or (c.feature_code == "PPLC" and c.country in countries)
                    )
                    and same_name(normalize(c.name), key)
                ]
            if near:
                hit.candidates = near
                hit.best = max(near, key=lambda c: c.population)
                out.append(hit)
                waiting.remove(hit)
                anchors.append((hit.key_id, to_point(hit.best.lat, hit.best.lon)))
                found = True
    # The same name again is the same place, even where spaCy reads it into a longer entity ("People
    # in Thomastown are sick of …" as a WORK_OF_ART), but not as the start of a longer name.
    rescued = {h.key_id: h for h in out}
    for hit in pending:
        first = rescued.get(hit.key_id)
        if first is None or hit in out or hit.demonym or hit.namesake or NAME_GOES_ON.match(text, hit.end):
            continue
        hit.candidates, hit.best = first.candidates, first.best
        out.append(hit)
    return out


_RIVER_WORD = re.compile(r"^(?:river\s+(.+)|(.+?)\s+river)$")


# A division's word after a name, in any case (unlike place_hints.division_word_after, which leaves
# "Islamic State" be): "the Amur Region", "the Iowa State University" are no rivers.
_DIVISION_WORD_AFTER_ANY_CASE = re.compile(r"\s(?:" + "|".join(sorted(REGION_WORDS)) + r")\b", re.IGNORECASE)


def rivers_named_again(text: str, hits: list[PlaceHit]) -> None:
    """'The Guadalupe River crested … the Guadalupe': a river named by its bare name after "the" is the
    river the story names in full, before or after, not a namesake elsewhere ("the banks of the Thames"
    in a story of London, Ontario that later names the Thames River there). Not before a division's word:
    "the Amur Region" is the region, whatever the Amur River."""
    rivers: dict[str, Candidate] = {}
    for hit in hits:
        best = hit.best
        if best is None or hit.demonym or hit.namesake:
            continue
        key = normalize(text[hit.start : hit.end])
        if best.feature_code == "STM" and (match := _RIVER_WORD.match(key)):
            rivers.setdefault(match.group(1) or match.group(2), best)
    for hit in hits:
        if hit.best is None or hit.demonym or hit.namesake:
            continue
        key = normalize(text[hit.start : hit.end])
        if (
            key in rivers
            and text[max(0, hit.start - 4) : hit.start].lower() == "the "
            and not _DIVISION_WORD_AFTER_ANY_CASE.match(text, hit.end)
        ):
            hit.best = rivers[key]


# Between a town and the place it is said to be near: ", near", " just outside", ", close to the", ", north
# of"; or a distance from it: ", 160 km west of", ", some 30 miles (48 km) from the".
_COMPASS_POINT = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_NEAR_GAP = re.compile(
    rf",?\s+(?:just\s+|about\s+|some\s+)?(?:near|outside|close\s+to|{_COMPASS_POINT}\s+of)\s+(?:the\s+)?"
)
_DISTANCE_GAP = re.compile(
    r",?\s+(?:(?:some|about|around|roughly|nearly|almost|just|only|less\s+than)\s+)?(\d[\d,]*(?:\.\d+)?)"
    r"\s*-?\s*(km|kilometres|kilometers|kilometre|kilometer|miles|mile)\b(?:\s+\([^)]{1,20}\))?"
    rf"\s+(?:{_COMPASS_POINT}\s+)?(?:of|from)\s+(?:the\s+)?"
)
# A town said to be near a town lies within this many km of it: reporters' "near" stretches far
# ("Springfield, near St. Louis"), but not across an ocean. A distance given is taken with a margin.
SAID_NEAR_KM = 300.0
_KM_PER_MILE = 1.609
# After such a distance, the story's own town, not named again: "at Nantes, about 11 kilometres west of
# town", "20 miles north of here".
_OF_TOWN = re.compile(r"(?:town|here|city|village)\b(?!\s+of\s)")
# A country or first-level division, which a distance from a town says is a town of its name.
_WHOLE_AREAS = frozenset({"PCLI", "ADM1"})


def _said_within_km(gap: str) -> float | None:
    """How far from the next name the words between say a town lies, at most (km); None when they
    say nothing of it."""
    if _NEAR_GAP.fullmatch(gap):
        return SAID_NEAR_KM
    distance = _DISTANCE_GAP.fullmatch(gap)
    if distance is None:
        return None
    km = float(distance.group(1).replace(",", "")) * (
        1.0 if distance.group(2).startswith("k") else _KM_PER_MILE
    )
    return 1.5 * km + 30.0


def near_what_it_is_near(text: str, hits: list[PlaceHit]) -> set[int]:
    """A town the text places near a town ("at Pomona, near Old Trafford", "Tal Afar near Mosul",
    "Valencia, 160 km west of Caracas") is the namesake near it, when it has one. Returns the hits (ids)
    that have none, picked in another country than that town, the story's most named: a place the
    gazetteer lacks (Manchester's Pomona is no Pomona, California), better left out than put on another
    continent. (Not when the town near is itself a stray pick, or the same country's: "the road to Sanaa
    near the Kilo 16 junction", "Highway 11 near Rosthern".)"""
    unplaced: set[int] = set()
    named = Counter(h.best.country for h in hits if h.best is not None and not h.demonym and h.best.country)
    for left, right in itertools.pairwise(hits):
        best, anchor = left.best, right.best
        if (
            best is None
            or anchor is None
            or left.demonym
            or right.demonym
            or left.dateline
            or _qualified(left)
            or not (best.feature_code.startswith("PPL") or best.feature_code in _WHOLE_AREAS)
            or not (anchor.feature_code.startswith("PPL") or anchor.feature_code == "ADM2")
        ):
            continue
        gap = text[left.end : right.start]
        within = _said_within_km(gap)
        if within is None or (best.feature_code in _WHOLE_AREAS and not _DISTANCE_GAP.fullmatch(gap)):
            continue  # (a country or state is no distance from a town: "near Mexico, about 35 miles
            # northeast of Columbia" is Mexico, Missouri; but "Lebanon, near Tripoli" may be the country)
        near = math.log10(1.0 + within) / 4.0  # (on scaled_distance's scale)
        point = [to_point(anchor.lat, anchor.lon)]
        if scaled_distance(best, point) <= near:
            continue
        close = [
            c
            for c in left.candidates
            if c.feature_code.startswith("PPL") and scaled_distance(c, point) <= near
        ]
        if close:
            left.best = max(close, key=lambda c: c.population)
        elif (
            best.feature_code.startswith("PPL")
            and best.country != anchor.country
            and named.most_common(1)[0][0] == anchor.country
        ):
            unplaced.add(id(left))
    return unplaced | _near_the_story_town(text, hits, named)


def _near_the_story_town(text: str, hits: list[PlaceHit], named: Counter[str]) -> set[int]:
    """Towns said to lie a distance from the story's own town ("at Nantes, about 11 kilometres west of
    town") but picked in another country than the story's most named, with no namesake there: a place the
    gazetteer lacks (Nantes, Quebec, is no Nantes, France)."""
    unplaced: set[int] = set()
    for hit in hits:
        best = hit.best
        if (
            best is None
            or hit.demonym
            or hit.dateline
            or _qualified(hit)
            or not best.feature_code.startswith("PPL")
            or (distance := _DISTANCE_GAP.match(text, hit.end)) is None
            or not _OF_TOWN.match(text, distance.end())
        ):
            continue
        others = named.copy()  # (the story's places but this one)
        if best.country:
            others[best.country] -= 1
        home = others.most_common(1)
        if home and home[0][0] != best.country and not any(c.country == home[0][0] for c in hit.candidates):
            unplaced.add(id(hit))
    return unplaced


def qualifiers_named_again(text: str, hits: list[PlaceHit]) -> None:
    """A division that qualifies a town ("St. Stephen, New Brunswick") is that division in the story's
    bare mentions of its name too, where they were picked in another country: "a New Brunswick man" in a
    story of the border at Calais, Maine, is the province's, not a man of New Brunswick, New Jersey."""
    qualifying: dict[int, Candidate] = {}
    for hit in hits:
        qualifier = hit.qualifier
        if qualifier is None or qualifier.best is None or qualifier.demonym:
            continue
        if qualifier.best.feature_code == "ADM1":  # (not a country: "Juárez, Mexico" and Mexico, Mo.)
            qualifying.setdefault(qualifier.key_id, qualifier.best)
    if not qualifying:
        return
    for hit in hits:
        division = qualifying.get(hit.key_id)
        if division is None or hit.best is None or hit.best is division or hit.demonym or hit.namesake:
            continue
        # (only a pick in another country: "Salvador, Bahia … Bahia" may name the city all the same)
        if (
            hit.qualifier is None
            and not hit.dateline
            and hit.best.country != division.country
            and division in hit.candidates
        ):
            hit.best = division


# A bare town this small, picked outside the dateline's division, gives way to a namesake inside it.
DATELINE_NAMESAKE_POPULATION = 50_000


def datelines_named_again(text: str, hits: list[PlaceHit]) -> None:
    """A dateline's town named again bare is that town, not the country of its name: "BENIN — … conveyed
    by bus to Benin" is Benin City, where the story names no town or division of the Republic of Benin
    (a story of Cusco keeps "the Andes of Peru" Peru's). A country whose capital the dateline is keeps
    its name ("LUXEMBOURG — … Luxembourg's finance minister")."""
    dateline = next((h for h in hits if h.dateline and h.best is not None), None)
    if dateline is None or dateline.best is None or _qualified(dateline):
        return
    town = dateline.best
    if not town.feature_code.startswith("PPL"):
        return
    for hit in hits:
        best = hit.best
        if (
            hit.key_id != dateline.key_id
            or best is None
            or best.feature_code not in COUNTRY_FEATURES
            or best.country == town.country
            or _qualified(hit)
        ):
            continue
        if any(
            o.best is not None
            and o.best.country == best.country
            and o.best.feature_code not in COUNTRY_FEATURES
            and not (o.demonym or o.namesake)
            for o in hits
        ):
            continue
        hit.best = town


def towns_of_the_dateline(text: str, hits: list[PlaceHit]) -> None:
    """A story filed from a town ("HALIFAX —") that names a small town bare means the namesake in the
    dateline's own division, if it has one: "Yarmouth" is Nova Scotia's, not Maine's, though the story
    also names Portland, Maine. A big town keeps its pick ("Paris" in a story filed from Austin)."""
    dateline = next((h for h in hits if h.dateline and h.best is not None), None)
    if dateline is None or dateline.best is None or not dateline.best.feature_code.startswith("PPL"):
        return
    home = (dateline.best.country, dateline.best.admin1)
    if home[1] is None:
        return
    for hit in hits:
        best = hit.best
        if (
            hit is dateline
            or best is None
            or hit.demonym
            or hit.namesake
            or hit.qualifier is not None
            or hit.qualifier_admin1 is not None
            or not best.feature_code.startswith("PPL")
            or best.population >= DATELINE_NAMESAKE_POPULATION
            or (best.country, best.admin1) == home
        ):
            continue
        keys = _town_keys(text[hit.start : hit.end])
        local = [
            c
            for c in hit.candidates
            if (c.country, c.admin1) == home
            and c.feature_code.startswith("PPL")
            and normalize(c.name) in keys
        ]
        if local:
            hit.best = max(local, key=lambda c: c.population)


# Places other than towns whose full names a story shortens to their first words.
_WHOLE_NAMED = frozenset({"ISL", "ISLS", "ADM2"})


# Words before a city's name that make it the name of the whole city ("Greater Sudbury", "Metro Manila").
_WIDER_CITY = frozenset({"Greater", "Metro", "Metropolitan"})


def short_names_of_towns(text: str, hits: list[PlaceHit]) -> None:
    """A town named bare by the first words of a town, islands or county the story named in full before
    is that place: "Portage la Prairie … Portage" (not Portage, Michigan), "the Matsu islands … Matsu"
    (not Matsue); and so is a city named bare anywhere in a story of "Greater Sudbury" (not Sudbury,
    Suffolk). Only a town's pick is moved, and only from far away ("Kansas City … Kansas"
    keeps the state; "West Palm Beach … Palm Beach", a neighbour, keeps its own)."""
    longer: list[tuple[str, int, Candidate]] = []
    for hit in hits:
        best = hit.best
        if best is None or hit.demonym or hit.namesake:
            continue
        surface = text[hit.start : hit.end]
        if " " in surface and (best.feature_code.startswith("PPL") or best.feature_code in _WHOLE_NAMED):
            longer.append((surface, hit.start, best))
    for hit in hits:
        best = hit.best
        if best is None or hit.demonym or hit.namesake:
            continue
        surface = text[hit.start : hit.end]
        if " " in surface:
            continue
        if (
            hit.qualifier is not None
            or hit.qualifier_admin1 is not None
            or not best.feature_code.startswith("PPL")
            or any(c.feature_code in _AREA_CODES for c in hit.candidates)
        ):
            continue  # (nor a country's or a state's name: "Mexico City … Mexico, Missouri")
        for name, start, town in longer:
            head, _, tail = name.partition(" ")
            if (
                (start < hit.start and name.startswith(f"{surface} "))
                or (head in _WIDER_CITY and tail == surface)  # (before it or after)
            ) and town.index != best.index:
                if scaled_distance(best, [to_point(town.lat, town.lon)]) >= _NEAR_SCALED:  # (NEAR_KM or more)
                    hit.best = town
                break


def outliers(hits: list[PlaceHit], text: str = "") -> set[int]:
    """Hits resolved to a small town far from everything else the story names, in a country it names
    nowhere else, on no word of the text that it is a place: most often a namesake of a place the
    gazetteer lacks ("Conklin", Alberta, read as Conklin, New York).

    Found again without the outliers already found, so that a story's local places the gazetteer lacks do
    not vouch for each other ("Scottsville", "Pelham" and "Northdale" of Pietermaritzburg, read as three
    American towns a thousand miles apart)."""
    out: set[int] = set()
    for _ in range(3):
        found = _outliers([h for h in hits if id(h) not in out], text)
        if not found:
            break
        out |= found
    return out


def features_at_home(hits: list[PlaceHit], out: set[int]) -> bool:
    """An outlier (`out`, of `outliers`) that names an island, lake, river or mountain of a country the
    story names twice or more is that feature: "Skye" in a story of Lewis, read as a town of Australia, is
    the Isle of Skye; "Loch Lomond" a Scottish loch, not its namesake town abroad. (Not another town: a
    town the ranker passed over is as often a third namesake as the story's.) True when a pick changed,
    so that the outliers are to be found again."""
    if not out:
        return False
    changed = False
    names: dict[str | None, set[int]] = {}
    for hit in hits:
        if hit.best is not None and not hit.demonym and id(hit) not in out:
            names.setdefault(hit.best.country, set()).add(hit.key_id)
    home = {country for country, keys in names.items() if country is not None and len(keys) >= 2}
    for hit in hits:
        if id(hit) not in out or hit.best is None:
            continue
        there = [
            c
            for c in hit.candidates
            if c.country in home and c.country != hit.best.country and c.feature_code in _NATURAL_CODES
        ]
        if there:
            hit.best = max(there, key=lambda c: c.population)
            changed = True
    return changed


def _outliers(hits: list[PlaceHit], text: str) -> set[int]:
    placed = [(h, h.best) for h in hits if h.best is not None and not h.demonym]
    out: set[int] = set()
    if len(placed) < 3:
        return out
    for hit, best in placed:
        # (a name the text vouches for is a place, but not this one when only one of its other names
        # matches: "near Kalam" in a story of Swat is not Kallam, India)
        other_name = bool(text) and normalize(best.name) != normalize(text[hit.start : hit.end])
        if hit.dateline or _qualified(hit):
            continue
        if not best.feature_code.startswith("PPL") and not _lone_feature(best):
            continue
        if _supported(hit, best, placed, other_name):
            continue
        others = [o for h, o in placed if h.key_id != hit.key_id and o.country != best.country]
        if not others:
            continue
        points = [to_point(o.lat, o.lon) for o in others]
        if other_name and _mostly_one_country(hit, placed):
            # Only another name of a town abroad, in a story of one other country: a local place the
            # gazetteer lacks ("Kurla and Sion" in a Mumbai story are not Korla, China, or Zion for
            # Jerusalem), however large the town.
            if scaled_distance(best, points) >= OUTLIER_DISTANCE:
                out.add(id(hit))
            continue
        if best.feature_code == "PPLC":
            continue
        far = OUTLIER_DISTANCE
        if hit.vouched and not other_name:
            # A name the text calls a place is dropped only as a small town abroad in a story of one
            # other country ("from Masonville in the north end" of London, Ontario: the gazetteer
            # has only Masonville, Kentucky).
            # (of one other country by its places of weight, three names in four: other small bare towns
            # abroad may be more of the story's local places that the gazetteer lacks, and a country named
            # in passing does not make it a story of two: "crossings from the United States" in Ontario)
            weighty = {
                h.key_id: o.country
                for h, o in placed
                if h.key_id != hit.key_id and o.country != best.country and not _small_bare_town(h, o)
            }
            top = Counter(weighty.values()).most_common(1)
            one_country = (
                bool(top) and top[0][1] >= 0.75 * len(weighty) and len({h.key_id for h, _ in placed}) >= 4
            )
            if not one_country or best.population >= VOUCHED_OUTLIER_POPULATION:
                continue
            # (in a story of one other country, a small town across its border is far enough: "in Byron"
            # of London, Ontario, is not Byron, New York)
            far = NEIGHBOUR_DISTANCE
        elif best.population >= OUTLIER_POPULATION:
            continue
        if scaled_distance(best, points) >= far:
            out.add(id(hit))
    return out


def _lonely_kind(hit: PlaceHit, best: Candidate) -> bool:
    """A pick that lonely_towns may leave out: a small town or division, not a capital, named bare."""
    return not (
        hit.dateline
        or _qualified(hit)
        or not (best.feature_code.startswith("PPL") or best.feature_code in ("ADM1", "ADM2"))
        or best.feature_code == "PPLC"
        or best.population >= LONELY_POPULATION
    )


def lonely_towns(hits: list[PlaceHit], out: set[int]) -> set[int]:
    """Hits resolved to a small town or division in a country that nothing else in the story is in, when
    the story's places lie mostly in one other country: most often the story's own place that the
    gazetteer lacks, read as a namesake abroad, however near ("Thorndale" of Ontario as Thorndale,
    Pennsylvania; "Kanyama" of Lusaka as a town of Congo; "the Lakes" of New Zealand as South Sudan's Lakes
    state). No record is better than one in the wrong country. `out` are the hits already left out."""
    placed = [
        (h, h.best)
        for h in hits
        if h.best is not None and not h.demonym and not h.namesake and id(h) not in out
    ]
    # (a country's adjective names it too: "Thai authorities in Narathiwat" in a story of Kelantan)
    adjectives = {h.best.country for h in hits if h.demonym and h.best is not None}
    lonely: set[int] = set()
    for hit, best in placed:
        if not _lonely_kind(hit, best):
            continue
        # (nor does one more such town of its country vouch for it: "Mirpur" and "Rampura" of Dhaka read
        # as two villages of Indian Punjab, "Skye" and "Armadale" as two suburbs of Melbourne)
        # (nor a lake or river of its country far from it, which may lie on the border: "Lake St. Clair"
        # does not make "Thorndale" of Ontario a town of Pennsylvania)
        point = [to_point(best.lat, best.lon)]
        far_features = {
            h.key_id
            for h, o in placed
            if o.country == best.country
            and o.feature_code in _NATURAL_CODES
            and scaled_distance(o, point) > NEIGHBOUR_DISTANCE
        }
        fellows = {
            h.key_id
            for h, o in placed
            if h.key_id != hit.key_id and o.country == best.country and h.key_id not in far_features
        }
        # (judged by its picks in that country: "St James", the parish elsewhere in a Jamaican story, once
        # read as Saint-James of Normandy, does not make "Granville" the French one)
        weak = len(fellows) == 1 and all(
            _lonely_kind(h, o) for h, o in placed if h.key_id in fellows and o.country == best.country
        )
        others = Counter(
            o.country
            for h, o in placed
            if h.key_id != hit.key_id
            and o.country
            and not (weak and h.key_id in fellows)
            and h.key_id not in far_features
        )
        if not others or best.country in others or best.country in adjectives:
            continue
        _, most = others.most_common(1)[0]
        if most >= LONELY_OTHERS and most >= LONELY_SHARE * sum(others.values()):
            lonely.add(id(hit))
    return lonely


def list_outliers(text: str, hits: list[PlaceHit]) -> set[int]:
    """Items of a list of towns resolved to a town abroad, far from the others, all of one division
    of another country where the item's name has no candidate: "Residents of Lively, Chelmsford,
    Val Caron and Capreol" in Greater Sudbury, where the gazetteer has only Chelmsford, Essex and
    Chelmsford, Massachusetts. A list of places is a list of neighbours; the item is a local place the
    gazetteer lacks, and no record is better than a wrong one."""
    lists = _lists(text, hits)
    placed = [(h, h.best) for h in hits if h.best is not None and not h.demonym]
    out: set[int] = set()
    for items in lists:
        for hit in items:
            best = hit.best
            if best is None or hit.qualifier is not None or hit.dateline or best.feature_code == "PPLC":
                continue
            # (a big city is no local place the gazetteer lacks: "Toronto or Seattle" in a story of
            # Vancouver)
            if not best.feature_code.startswith("PPL") or best.population >= BIG_CITY_POPULATION:
                continue
            others = [h.best for h in items if h.key_id != hit.key_id and h.best is not None]
            divisions = {(o.country, o.admin1) for o in others}
            if (
                not others
                or len(divisions) != 1
                or not all(o.feature_code.startswith("PPL") for o in others)
                or len(others) != len([h for h in items if h is not hit])
            ):
                continue
            country, _ = next(iter(divisions))
            if best.country == country or any(c.country == country for c in hit.candidates):
                continue
            story = Counter(o.country for h, o in placed if h.key_id != hit.key_id)
            # (the countries a story names as trade partners or sources do not make it less one country's:
            # "Wynyard and Watson" in a story of Saskatchewan's potash sold to China, India and Brazil)
            inside = [(h, o) for h, o in placed if o.feature_code not in _COUNTRIES_AND_WIDER]
            one_country = (
                _mostly_one_country(hit, placed) or _mostly_one_country(hit, inside)
            ) and story.most_common(1)[0][0] == country
            if len(others) < 2 and not one_country:
                continue  # (one neighbour in the list: the story must be of that country too)
            if scaled_distance(best, [to_point(o.lat, o.lon) for o in others]) >= OUTLIER_DISTANCE:
                out.add(id(hit))
    return out


def _supported(
    hit: PlaceHit, best: Candidate, placed: list[tuple[PlaceHit, Candidate]], other_name: bool
) -> bool:
    """Another name of the story lies in the hit's country. (A country named does not make a small
    town's other name local: "Nineveh" beside "the U.S.-led coalition" is no Calcutta, Ohio; but
    "Peking" in a story of China is its capital.)"""
    small = best.feature_code != "PPLC" and best.population < OUTLIER_POPULATION
    point = [to_point(best.lat, best.lon)]
    return any(
        h.key_id != hit.key_id
        and o.country == best.country
        and not (other_name and small and o.feature_code == "PCLI")
        # (another small bare town vouches only from nearby: two namesakes of local places the gazetteer
        # lacks may well lie in one country, but not in one corner of it)
        and (not _small_bare_town(h, o) or scaled_distance(o, point) < NEIGHBOUR_DISTANCE)
        for h, o in placed
    )


def _small_bare_town(hit: PlaceHit, best: Candidate) -> bool:
    """A town under OUTLIER_POPULATION that the text names with no division, country or dateline."""
    return (
        best.feature_code.startswith("PPL")
        and best.feature_code != "PPLC"
        and best.population < OUTLIER_POPULATION
        and not _qualified(hit)
        and hit.qualifier_admin1 is None
        and not hit.dateline
    )


# Natural features of one country that a story's own river, lake, hill or island may be a namesake of.
_FEATURE_CODES = frozenset({"STM", "LK", "MT", "MTS", "ISL", "VAL"})


def _lone_feature(best: Candidate) -> bool:
    """A river, lake, mountain, island or valley of one country: "the Musi" of a Hyderabad story, which
    the gazetteer lacks, is not the Musi of Sumatra."""
    return best.feature_code in _FEATURE_CODES and best.country is not None


def _qualified(hit: PlaceHit) -> bool:
    """The text names the hit's division or country right after it ("Kent, Ohio"), or its country's
    adjective around it ("the English town of Kingston upon Thames", "Perth, the Scottish city"); the next
    name of a list ("robberies in Blairgowrie, Aberfeldy and Alyth") is no qualifier."""
    qualifier = hit.qualifier.best if hit.qualifier is not None else None
    return qualifier is not None and (
        qualifier.feature_code in ("ADM1", "ADM2", "PCLI")
        or (
            qualifier.feature_code == DEMONYM
            and hit.best is not None
            and qualifier.country == hit.best.country
        )
    )


_COUNTRIES_AND_WIDER = COUNTRY_FEATURES | {"CONT", "RGN"}


def _mostly_one_country(hit: PlaceHit, placed: list[tuple[PlaceHit, Candidate]]) -> bool:
    """Three in four of the story's other names (four at least) lie in one country."""
    countries = {h.key_id: o.country for h, o in placed if h.key_id != hit.key_id}
    if len(countries) < 4:
        return False
    top = Counter(countries.values()).most_common(1)[0][1]
    return top >= 0.75 * len(countries)


def seat_of(division: Candidate, candidates: list[Candidate], key: str) -> Candidate | None:
    """The town a division is named after, when the text names it bare: "fighting in Kunduz" is the
    city, not Kunduz province (outside the US, where "New York" is as often the state). `key` is the
    name as the text gives it: a division of its very name is no town's of another ("Bihar" is the
    state, whose town Bihar Sharif is also called Bihar)."""
    if division.country == "USA":
        return None
    if same_name(normalize(division.name), key):
        # (a town whose own name only starts so and that is a small part of the division, "Bihar Sharif"
        # of Bihar; not one spelt another way, "Kyiv", nor the seat, "Santa Cruz de la Sierra")
        words = len(key.split())
        candidates = [
            c
            for c in candidates
            if len(normalize(c.name).split()) <= words
            or division.population < DIVISION_OVER_SEAT * c.population
        ]
    seat = [to_point(division.lat, division.lon)]
    towns = [
        c
        for c in candidates
        if c.feature_code.startswith("PPL")
        and c.country == division.country
        and c.population >= SEAT_POPULATION
        and scaled_distance(c, seat) <= SEAT_SCALED_KM
    ]
    return max(towns, key=lambda c: c.population, default=None)


def picks_key(hits: list[PlaceHit]) -> tuple[int, ...]:
    """The hits' current picks as gazetteer indexes (-1 for none)."""
    return tuple(-1 if hit.best is None else hit.best.index for hit in hits)


def coherence(hits: list[PlaceHit]) -> None:
    """Set each hit's support: per candidate, how many other mentions could lie in its division."""
    support: dict[tuple[str | None, str], set[int]] = {}
    for number, hit in enumerate(hits):
        if hit.namesake:
            continue
        for cand in hit.candidates:
            division = cand.name if cand.feature_code == "ADM1" else cand.admin1
            if division:
                support.setdefault((cand.country, division), set()).add(number)
    for number, hit in enumerate(hits):
        hit.support = {}
        if len(hit.candidates) <= 1:
            continue
        for cand in hit.candidates:
            division = cand.name if cand.feature_code == "ADM1" else cand.admin1
            others = support.get((cand.country, division), set()) if division else set()
            same_name = {i for i in others if hits[i].key_id == hit.key_id}
            hit.support[cand.index] = len(others - same_name - {number})


# Within this distance, a candidate of another name supports a candidate ("Athens" and "Henderson County"
# both in east Texas): how same-name towns are told apart by the places around them.
NEAR_KM = 50.0
# Feature codes too large for a point to say where they are.
_AREA_CODES = frozenset({"PCLI", "CONT", "RGN", "ADM1"})


Cells = dict[tuple[int, int], list[tuple[int, Point]]]


def _cells(hits: list[PlaceHit]) -> Cells:
    """Every point candidate of the hits (not demonyms or namesakes), as (key id, point), by 1° cell."""
    cells: Cells = {}
    for hit in hits:
        if hit.demonym or hit.namesake:
            continue
        for cand in hit.candidates:
            if cand.feature_code not in _AREA_CODES:
                cell = (math.floor(cand.lat), math.floor(cand.lon))
                cells.setdefault(cell, []).append((hit.key_id, to_point(cand.lat, cand.lon)))
    return cells


_NEAR_LIMIT = math.sin(NEAR_KM / (2 * 6371.0)) ** 2
_NEAR_SCALED = math.log10(1.0 + NEAR_KM) / 4.0  # on scaled_distance's scale


def _names_near(cells: Cells, cand: Candidate, key_id: int) -> set[int]:
    """Key ids of the other names with a candidate within NEAR_KM of cand."""
    lat, lon, cos_lat = to_point(cand.lat, cand.lon)
    row, col = math.floor(cand.lat), math.floor(cand.lon)
    names: set[int] = set()
    sin = math.sin
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for key, (p, q, c) in cells.get((row + dr, col + dc), ()):
                if key != key_id and key not in names:
                    term = sin((p - lat) / 2) ** 2 + cos_lat * c * sin((q - lon) / 2) ** 2
                    if term <= _NEAR_LIMIT:
                        names.add(key)
    return names


def nearby(hits: list[PlaceHit]) -> None:
    """Set each hit's near: per candidate, how many other names have a candidate within NEAR_KM."""
    cells = _cells(hits)
    for hit in hits:
        hit.near = {}
        if len(hit.candidates) <= 1 or hit.demonym:
            continue
        for cand in hit.candidates:
            if cand.feature_code in _AREA_CODES:
                continue
            hit.near[cand.index] = len(_names_near(cells, cand, hit.key_id))


# A town's namesake is meant when this many of the story's other names were placed near it (within
# NEAR_KM) and can lie nowhere near the pick, and at least twice as many as can lie near the pick and
# nowhere near the namesake.
SURROUNDED_NAMES = 3


def _town_keys(surface: str) -> set[str]:
    """The normalised names a mention gives its town: "London city" and "City of London" give "london"
    too."""
    key = normalize(surface)
    keys = {key}
    if key.endswith(" city"):
        keys.add(key[:-5])
    elif key.startswith("city of "):
        keys.add(key[8:])
    return keys


# An island is an area whose names lie around its centre, not at it: fewer of them surround it.
SURROUNDED_ISLAND_NAMES = 2


def _surrounding(cand: Candidate) -> int:
    """How many of the story's names must lie near a namesake to make it surrounded."""
    return SURROUNDED_ISLAND_NAMES if cand.feature_code == "ISL" else SURROUNDED_NAMES


def surrounded_namesakes(text: str, hits: list[PlaceHit]) -> None:
    """A town whose namesake the story's other names surround is the namesake: "London" in a story of
    Masonville, Byron, Old North and White Oaks is London, Ontario, whatever "Hyde Park" and "Richmond"
    (which both Londons have) say. Only names that can lie near one of the two and not the other count,
    whatever their picks, so a famous town's picked neighbours do not vouch for it in a circle."""
    cells: Cells | None = None
    placed: dict[tuple[int, int], Candidate] = {}
    moved: list[tuple[Candidate, Candidate]] = []
    # (a country the story names, or its people, keeps its town: "Saint-Denis" in a story of Brussels'
    # communes that names France and the French)
    countries = {
        h.best.country
        for h in hits
        if h.best is not None and (h.demonym or h.best.feature_code in COUNTRY_FEATURES)
    }
    for hit in hits:
        best = hit.best
        if (
            best is None
            or best.country in countries
            or hit.demonym
            or hit.namesake
            or hit.qualifier is not None
            or hit.dateline
            or not best.feature_code.startswith("PPL")
            or len(hit.candidates) < 2
        ):
            continue
        keys = _town_keys(text[hit.start : hit.end])
        # (or an island of the name: "Skye" among Portree, Broadford and Kyle of Lochalsh is the Isle of
        # Skye, not the suburb of Melbourne)
        islands = {f"isle of {key}" for key in keys} | {f"{key} island" for key in keys}
        namesakes = [
            c
            for c in hit.candidates
            if c.index != best.index
            and (
                (c.feature_code.startswith("PPL") and normalize(c.name) in keys)
                or (c.feature_code == "ISL" and normalize(c.name) in islands)
            )
            and hit.near.get(c.index, 0) >= _surrounding(c)
        ]
        if not namesakes or _beside_a_neighbour(text, hits, hit):
            continue
        if cells is None:
            cells = _cells(hits)
            placed = {
                (h.key_id, h.best.index): h.best
                for h in hits
                if h.best is not None
                and not h.demonym
                and not h.namesake
                and h.best.feature_code not in _AREA_CODES
            }
        own = _names_near(cells, best, hit.key_id)
        found: tuple[int, Candidate] | None = None
        for cand in namesakes:
            theirs = _names_near(cells, cand, hit.key_id)
            point = [to_point(cand.lat, cand.lon)]
            settled = {
                key
                for (key, _), pick in placed.items()
                if key in theirs and key not in own and scaled_distance(pick, point) <= _NEAR_SCALED
            }
            alone, rivals = len(settled), len(own - theirs)
            if alone >= max(_surrounding(cand), 2 * rivals) and (found is None or alone > found[0]):
                found = (alone, cand)
        if found is not None:
            moved.append((best, found[1]))
            hit.best = found[1]
    _neighbours_follow(text, hits, moved)


# A town near a moved town's old pick follows it to its namesake near the new one, within this distance
# of each (log10(1 + km) / 4 of 120 km).
FOLLOW_DISTANCE = math.log10(121.0) / 4.0


def _neighbours_follow(text: str, hits: list[PlaceHit], moved: list[tuple[Candidate, Candidate]]) -> None:
    """Towns picked near a town that surrounded_namesakes moved go with it, where they have namesakes near
    its new pick: with "London" moved to Ontario, "Stratford" and "Chatham" by the Thames are Ontario's
    too, not the London borough and the Kentish town that stood by London, England."""
    for old, new in moved:
        old_point, new_point = [to_point(old.lat, old.lon)], [to_point(new.lat, new.lon)]
        for hit in hits:
            best = hit.best
            if (
                best is None
                or best.country != old.country
                or best.index in (old.index, new.index)
                or hit.demonym
                or hit.namesake
                or hit.qualifier is not None
                or hit.dateline
                or not best.feature_code.startswith("PPL")
                or scaled_distance(best, old_point) > FOLLOW_DISTANCE
            ):
                continue
            keys = _town_keys(text[hit.start : hit.end])
            namesakes = [
                c
                for c in hit.candidates
                if c.country == new.country
                and c.feature_code.startswith("PPL")
                and normalize(c.name) in keys
                and scaled_distance(c, new_point) <= FOLLOW_DISTANCE
            ]
            if namesakes:
                hit.best = max(namesakes, key=lambda c: c.population)


# Features that several countries share (rivers, ranges, lakes, deserts, plains, valleys, passes): the
# gazetteer gives them no country, but a story's stretch of one is in the country of the story's places
# around it (`countries_of_shared_features`). Seas are left out (a story of one means the whole sea), and
# so are regions, islands and peninsulas, except those shared_regions.tsv lists with their countries: most
# regions without a country are the world's ("the Middle East"), not a border's.
SHARED_FEATURES = frozenset(
    {"STM", "MTS", "LK", "DSRT", "VLC", "FLLS", "DLTA", "DPR", "RSV", "PLN", "VAL", "PASS", "PLAT", "GLCR"}
)
# Around: this near the feature's point (log10(1 + km) / 4 of 1,500 km: a river's point is on its
# middle course), at least two names, and twice as many such names in one country as in all others.
SHARED_FEATURE_DISTANCE = math.log10(1501.0) / 4.0
SHARED_FEATURE_NAMES = 2
SHARED_FEATURE_OVER_OTHERS = 2
CONTESTED_FEATURES = "gazetteer/contested_features.tsv"
SHARED_REGIONS = "gazetteer/shared_regions.tsv"


@lru_cache(maxsize=1)
def contested_features() -> frozenset[str]:
    """Main names of shared features whose parts' sovereignty is contested (contested_features.tsv)."""
    return frozenset(row["name"] for row in resources.read_tsv(CONTESTED_FEATURES, ("name", "why")))


@lru_cache(maxsize=1)
def shared_regions() -> dict[str, frozenset[str]]:
    """Main name → the countries (alpha-3) of each region a story means one country's part of
    (shared_regions.tsv: "the Terai", "Silesia", Borneo, Lake Erie)."""
    where = resources.path(SHARED_REGIONS)
    regions: dict[str, frozenset[str]] = {}
    for row in resources.read_tsv(SHARED_REGIONS, ("name", "countries", "where")):
        countries = frozenset(row["countries"].split("|"))
        if not all(len(c) == 3 and c.isalpha() and c.isupper() for c in countries):
            raise ResourceError(
                f"{where}: {row['name']}: countries must be ISO alpha-3: {row['countries']!r}"
            )
        regions[row["name"]] = countries
    return regions


def countries_of_shared_features(hits: list[PlaceHit], left_out: set[int]) -> dict[int, str]:
    """The country of each shared feature the story places in one: id(hit) → alpha-3.

    "the Tagus" in a story of Toledo and Madrid is Spain's stretch of it, "the Red River" in a story of
    Winnipeg and Selkirk Canada's; "the Danube" in a story of Vienna and Budapest stays of no country, as
    does a contested feature (contested_features.tsv) whatever the story. `left_out` holds the ids of
    hits that give no place record."""
    placed = [
        (h.key_id, pick.country, pick)
        for h in hits
        if (pick := h.best) is not None
        and pick.country
        and not (h.demonym or h.namesake)
        and id(h) not in left_out
    ]
    contested = contested_features()
    regions = shared_regions()
    found: dict[int, str] = {}
    for hit in hits:
        best = hit.best
        if (
            best is None
            or best.country is not None
            or not (best.feature_code in SHARED_FEATURES or best.name in regions)
            or id(hit) in left_out
            or best.name in contested
        ):
            continue
        point = [to_point(best.lat, best.lon)]
        names: dict[str, set[int]] = {}
        for key_id, country, pick in placed:
            if key_id != hit.key_id and scaled_distance(pick, point) <= SHARED_FEATURE_DISTANCE:
                names.setdefault(country, set()).add(key_id)
        if not names:
            continue
        main, keys = max(names.items(), key=lambda item: len(item[1]))
        others = sum(map(len, names.values())) - len(keys)
        if (
            len(keys) >= SHARED_FEATURE_NAMES
            and len(keys) >= SHARED_FEATURE_OVER_OTHERS * others
            and main in regions.get(best.name, (main,))
        ):
            found[id(hit)] = main
    return found


# A pick this small gives way to a city of its name this large, in a story that names the city's country.
HAMLET_POPULATION = 1_000
SMALL_TOWN_POPULATION = 5_000
WORLD_CITY_POPULATION = 500_000
OTHER_CITY_POPULATION = 100_000


def _a_world_city_named_once(hit: PlaceHit, key: str, others: list[Candidate], mentions: int) -> bool:
    """Whether a small town's name, named once, is a world city's of a country whose other cities the
    story names: "shows in Dubai, Hong Kong and San Francisco … a new album in Los Angeles" in a story of
    Tacloban is no Mindanao town of 4,000. Not with two neighbours or more among the story's places: a
    story of its own small town names it again or names the towns around it ("Delhi" of Delaware County,
    N.Y.)."""
    best = hit.best
    if best is None or mentions != 1:
        return False
    if sum(scaled_distance(best, [to_point(o.lat, o.lon)]) <= CLUSTER_KM for o in others) >= 2:
        return False
    cities_of = {
        o.country
        for o in others
        if o.feature_code.startswith("PPL") and o.population >= OTHER_CITY_POPULATION
    }
    return any(
        c.feature_code.startswith("PPL")
        and c.population >= WORLD_CITY_POPULATION
        and normalize(c.name) == key
        and c.country != best.country
        and c.country in cities_of
        for c in hit.candidates
    )


_FIRM_BASE_AFTER = re.compile(r"-(?:based|headquartered)\b")
# A town this small, with fewer than two of the story's names this near (log10(1 + km) / 4 of 120 km),
# is no firm's base where a big city bears its name.
FIRM_TOWN_POPULATION = 10_000
FIRM_TOWN_NEIGHBOURS = math.log10(121.0) / 4.0


def firm_bases_in_cities(text: str, hits: list[PlaceHit]) -> None:
    """A firm's base named after a small town is the big city of the name (`_big_namesake`): "Hines, the
    Houston-based developer" in a Dublin story is of Houston, Texas, not of a Renfrewshire village of 6,000
    near the story's places. Firms are based in cities; a story of its own small town names the town's
    neighbours (two of the story's other names within FIRM_TOWN_NEIGHBOURS keep it: "a Houston-based
    trucker" in a story of Smithers and Telkwa, B.C.), and so does a qualifier."""
    for hit in hits:
        best = hit.best
        if (
            best is None
            or hit.qualifier is not None
            or best.population >= FIRM_TOWN_POPULATION
            or not _FIRM_BASE_AFTER.match(text, hit.end)
        ):
            continue
        city = _big_namesake(text, hit)
        if city is None:
            continue
        point = [to_point(best.lat, best.lon)]
        neighbours = {
            o.key_id
            for o in hits
            if o.key_id != hit.key_id
            and o.best is not None
            and scaled_distance(o.best, point) <= FIRM_TOWN_NEIGHBOURS
        }
        if len(neighbours) < 2:
            hit.best = city


def world_cities_over_hamlets(text: str, hits: list[PlaceHit]) -> None:
    """A hamlet picked for a world city's own name, in a story that names another place of the city's
    country, is the city: "a daily service to Boston" in a story of Shannon Airport that names New York and
    Chicago is Boston, Massachusetts, not the Clare hamlet of 570 people. A small town far from the story's
    places gives way likewise to a larger namesake in a country the story names as one ("a Norwegian rookie …
    of Alta" in a story of Alaska that names Norway is Alta, Norway, not a town of Iowa), or to a city of a
    million or more that bears the name in English ("a company based near Cologne" in a story of Decatur,
    Alabama is Köln, not a Minnesota town of 1,600). Not where the text qualifies the name, a dateline
    names it, or a list sets it beside a neighbour of the pick."""
    mentions = Counter(h.key_id for h in hits)
    for hit in hits:
        best = hit.best
        if (
            best is None
            or hit.demonym
            or hit.namesake
            or hit.qualifier is not None
            or hit.dateline
            or best.population >= SMALL_TOWN_POPULATION
            or not best.feature_code.startswith("PPL")
        ):
            continue
        others = [
            o.best
            for o in hits
            if o.key_id != hit.key_id and o.best is not None and not (o.demonym or o.namesake)
        ]
        hamlet = best.population < HAMLET_POPULATION
        key = normalize(text[hit.start : hit.end])
        if (
            not hamlet
            and (
                not others
                or scaled_distance(best, [to_point(o.lat, o.lon) for o in others]) < NEIGHBOUR_DISTANCE
            )
            and not _a_world_city_named_once(hit, key, others, mentions[hit.key_id])
        ):
            continue
        named = {o.country for o in others}
        countries = {o.country for o in others if o.feature_code == "PCLI"}
        cities = [
            c
            for c in hit.candidates
            if c.feature_code.startswith("PPL")
            and (
                (c.population >= WORLD_CITY_POPULATION and normalize(c.name) == key and c.country in named)
                or (
                    not hamlet
                    and (
                        c.population >= CAPITAL_POPULATION
                        or (
                            c.population > best.population
                            and normalize(c.name) == key
                            and c.country in countries
                        )
                    )
                )
            )
        ]
        if cities and not _beside_a_neighbour(text, hits, hit):
            hit.best = max(cities, key=lambda c: c.population)
