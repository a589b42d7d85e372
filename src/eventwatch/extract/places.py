"""Place names: found with the gazetteer, checked with spaCy's hints, resolved with document context.

Finding is one Aho-Corasick pass over the folded text (see `gazetteer.fold`): every hit starts and
ends on a word boundary, overlapping hits keep the longest, and the parts of a hyphenated compound
("Lachin-Khankendi road") are kept next to the compound. spaCy's entities and part-of-speech tags
are hints, not the gate: a hit is kept when it is capitalised and spaCy calls it a proper noun or a
GPE/LOC/FAC, and dropped inside a longer person name ("Jeyhun Bayramov") or after a title ("Mr.").

Resolution scores each candidate by population, feature type (country > first-level division >
capital > town), whether the hit is its main name, a qualifier that follows (", Louisiana"), a cue
("the X region") and the document's context: countries and divisions that its other place names and
demonyms point to. Demonyms ("Azerbaijani") are context only, never place records.

Limits: no street addresses, no relative places ("50 km north of X"), no names missing from
GeoNames cities500 and additions.tsv; US counties and divisions outside the US have approximate
centres (see resources/gazetteer/SOURCE.md).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span

from eventwatch.extract.base import Extractor
from eventwatch.extract.gazetteer import DEMONYM, Candidate, Gazetteer, fold, normalize
from eventwatch.model import Document
from eventwatch.model.records import Place

# Points added to a candidate's score for its feature code (log10 population is the base).
FEATURE_BONUS = {
    "PCLI": 4.0,
    "CONT": 4.0,
    "ADM1": 1.5,
    "RGN": 2.5,
    "PPLC": 2.0,
    "ADM2": 1.0,
    "PPLA": 0.5,
    "MN": 1.0,
    "RD": 1.0,
}
ADMIN_CODES = frozenset({"PCLI", "CONT", "ADM1", "ADM2", "RGN"})
# Capitalised words that are names of divisions somewhere (Zambia's Southern Province) but in English
# text mostly start a longer name ("Southern California", "East Africa"): never a place on their own.
_GENERIC = (
    "north south east west central northern southern eastern western upper lower middle delta lake river "
    "mount island islands valley coast bay city county district region province state capital "
    "hospital airport university college church cathedral school station"
)
GENERIC_WORDS = frozenset(_GENERIC.split())
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Words after a name that say it is a division or region ("the Kherson region").
REGION_WORDS = frozenset(
    {"region", "province", "district", "state", "county", "oblast", "governorate", "prefecture", "territory"}
)
TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "lord", "lady", "gen", "sen", "rep", "gov", "st"})
CONTEXT_COUNTRY_BONUS = 1.5
CONTEXT_ADMIN1_BONUS = 2.5
QUALIFIER_BONUS = 8.0
# Per other mention (at most two) that could lie in the same first-level division.
COHERENCE_BONUS = 1.0
MAIN_NAME_BONUS = 1.0
CURATED_BONUS = 1.0
NEAR_KM = 150.0
NEAR_BONUS = 1.0
# A place that spaCy calls a PERSON is kept only if it is this prominent (or in context).
STRONG_POPULATION = 100_000
# A proper noun that spaCy did not call a place is kept only if it is this prominent.
WEAK_POPULATION = 5_000


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key_id: int
    entries: list[int]
    demonym: bool = False
    region_cue: bool = False
    qualifier: _Hit | None = None
    candidates: list[Candidate] = field(default_factory=list)
    best: Candidate | None = None
    support: dict[int, int] = field(default_factory=dict)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def find_hits(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, int]]:
    """Gazetteer names in `text` as (start, end, key_id), on word boundaries, longest first.

    Overlapping hits keep the longest; the parts of a hyphenated compound are kept too.
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
        if start >= last_end:
            chosen.append((start, end, key_id))
            last_end = end
            part_end = -1
            compound = (start, end, key_id) if ("-" in text[start:end] or "–" in text[start:end]) else None
        elif (
            compound is not None
            and end <= compound[1]
            and start >= part_end
            and _is_compound_part(text, start, end, compound)
        ):
            chosen.append((start, end, key_id))
            part_end = end
    return chosen


def _is_compound_part(text: str, start: int, end: int, outer: tuple[int, int, int]) -> bool:
    """True when text[start:end] is a hyphen-delimited part of the compound hit `outer`."""
    before = text[start - 1] if start > outer[0] else " "
    after = text[end] if end < len(text) else " "
    return (start == outer[0] or before in "-–") and (after in "-– " or end == outer[1])


class PlaceExtractor(Extractor):
    """Find place names in a parsed document and resolve them to gazetteer entries.

    gazetteer (Gazetteer | None): the gazetteer; `Gazetteer.load()` when None.
    min_score (float): candidates scoring below this are not emitted.
    """

    name = "places"
    requires = ("spacy_doc",)
    assigns = ("places",)

    def __init__(self, *, gazetteer: Gazetteer | None = None, min_score: float = 0.0) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self.min_score = min_score

    # -- finding -----------------------------------------------------------------------------

    def find(self, doc: Document) -> list[Place]:
        """Place records for every resolved place-name mention in `doc`, in text order."""
        text = doc.text
        sdoc = doc.doc
        hits = self._recognise(text, sdoc)
        if not hits:
            return []
        self._resolve(text, hits)
        places: list[Place] = []
        for hit in hits:
            best = hit.best
            if hit.demonym or best is None:
                continue
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
                    country_code=best.country,
                    admin1=best.admin1,
                    feature_code=best.feature_code,
                    also_known_as=_also_known_as(best),
                )
            )
        return places

    def annotate(self, doc: Document, found: list[Place]) -> None:
        """Set doc.places, sorted by start offset."""
        doc.places = sorted(found, key=lambda p: (p.start, -p.end))

    def _recognise(self, text: str, sdoc: SpacyDoc) -> list[_Hit]:
        gaz = self.gazetteer
        ent_of: dict[int, Span] = {}
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        hits: list[_Hit] = []
        for start, end, key_id in find_hits(gaz, text):
            first = text[start]
            if not first.isupper():
                continue
            surface = text[start:end]
            if len(surface) <= 3 and not surface.isupper():  # "US", "UK" but not "Us"
                continue
            if fold(surface).strip() in GENERIC_WORDS:
                continue
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            entries = list(gaz.entries_of(key_id))
            demonym = all(gaz.feature_code(i) == DEMONYM for i in entries)
            if not demonym:
                entries = [i for i in entries if gaz.feature_code(i) != DEMONYM]
            verdict = _hint_verdict(span, ent_of)
            if verdict == "no":
                continue
            hit = _Hit(start, end, key_id, entries, demonym=demonym)
            if verdict == "other" and not demonym and not self._strong(entries, STRONG_POPULATION):
                continue
            if verdict == "propn" and not demonym and not self._strong(entries, WEAK_POPULATION):
                continue
            hit.region_cue = _region_cue(text, start, end)
            hits.append(hit)
        # A qualifier: "Alexandria, Louisiana" / "Paris, France".
        for left, right in itertools.pairwise(hits):
            between = text[left.end : right.start]
            if between.strip() == "," and len(between) <= 3:
                left.qualifier = right
        return hits

    def _strong(self, entries: list[int], population: int) -> bool:
        gaz = self.gazetteer
        return any(
            gaz.feature_code(i) in ADMIN_CODES or gaz.population(i) >= population or gaz.entry(i).curated
            for i in entries
        )

    # -- resolving ---------------------------------------------------------------------------

    def _resolve(self, text: str, hits: list[_Hit]) -> None:
        gaz = self.gazetteer
        for hit in hits:
            hit.candidates = [gaz.entry(i) for i in hit.entries]
        # Pass 1: without context.
        for hit in hits:
            hit.best = self._pick(text, hit, Counter(), Counter(), [])
        # Context: the countries and divisions the other mentions point to.
        countries: Counter[str] = Counter()
        admin1s: Counter[str] = Counter()
        for hit in hits:
            if hit.best is None:
                continue
            if hit.best.country:
                countries[hit.best.country] += 1
            if hit.best.feature_code == "ADM1":
                admin1s[hit.best.name] += 1
            elif hit.best.admin1 and (
                len(hit.candidates) == 1 or hit.qualifier is not None or hit.best.feature_code == "ADM2"
            ):
                admin1s[hit.best.admin1] += 1
        anchors = [h.best for h in hits if h.best is not None and len(h.candidates) == 1 and not h.demonym]
        # Coherence: which (country, division) pairs each mention could lie in, over all its candidates.
        support: dict[tuple[str | None, str | None], set[int]] = {}
        for number, hit in enumerate(hits):
            for cand in hit.candidates:
                division = cand.name if cand.feature_code == "ADM1" else cand.admin1
                if division:
                    support.setdefault((cand.country, division), set()).add(number)
        # Pass 2: with the context of the other mentions.
        for number, hit in enumerate(hits):
            if len(hit.candidates) <= 1:
                continue
            hit.support = {}
            for cand in hit.candidates:
                division = cand.name if cand.feature_code == "ADM1" else cand.admin1
                others = support.get((cand.country, division), set()) if division else set()
                same_name = {i for i in others if hits[i].key_id == hit.key_id}
                hit.support[cand.index] = len(others - same_name - {number})
            own_country = Counter([hit.best.country]) if hit.best and hit.best.country else Counter()
            own_admin = Counter([hit.best.admin1]) if hit.best and hit.best.admin1 else Counter()
            hit.best = self._pick(text, hit, countries - own_country, admin1s - own_admin, anchors)

    def _pick(
        self,
        text: str,
        hit: _Hit,
        countries: Counter[str],
        admin1s: Counter[str],
        anchors: list[Candidate],
    ) -> Candidate | None:
        key = normalize(text[hit.start : hit.end])
        best: Candidate | None = None
        best_score = -math.inf
        qualifier = hit.qualifier.best if hit.qualifier is not None else None
        for cand in hit.candidates:
            score = math.log10(cand.population + 1) + FEATURE_BONUS.get(cand.feature_code, 0.0)
            if cand.curated:
                score += CURATED_BONUS
            if normalize(cand.name) == key:
                score += MAIN_NAME_BONUS
            if hit.region_cue and cand.feature_code in ADMIN_CODES:
                score += 3.0
            if cand.country and countries[cand.country]:
                score += CONTEXT_COUNTRY_BONUS
            if cand.admin1 and admin1s[cand.admin1]:
                score += CONTEXT_ADMIN1_BONUS
            score += COHERENCE_BONUS * min(2, hit.support.get(cand.index, 0))
            if qualifier is not None and (
                (qualifier.feature_code == "ADM1" and cand.admin1 == qualifier.name)
                or (qualifier.feature_code == "PCLI" and cand.country == qualifier.country)
            ):
                score += QUALIFIER_BONUS
            if anchors and cand.feature_code not in ADMIN_CODES:
                near = any(
                    a.index != cand.index and _haversine_km(a.lat, a.lon, cand.lat, cand.lon) < NEAR_KM
                    for a in anchors
                )
                if near:
                    score += NEAR_BONUS
            if score > best_score:
                best, best_score = cand, score
        if best_score < self.min_score:
            return None
        return best


def _hint_verdict(span: Span, ent_of: dict[int, Span]) -> str:
    """What spaCy's hints say about a gazetteer hit.

    RETURNS (str): 'yes' (a place entity), 'no', 'other' (inside a person, organisation or other
    entity: kept only for prominent places) or 'propn' (a proper noun outside any entity).
    """
    doc = span.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_.rstrip(".") in TITLES and prev.text[:1].isupper() and not prev.lower_.startswith("st"):
            return "no"
    ents = {ent_of[t.i] for t in span if t.i in ent_of}
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > len(span) and "-" not in ent.text and "–" not in ent.text:
            return "no"
    if any(
        e.label_ in ("FAC", "ORG") and e.start <= span.start and span.end <= e.end and len(e) > len(span)
        for e in ents
    ):
        return "other"  # "Stade" in "Stade de France", "Pearson" in "Pearson International Airport"
    labels = {e.label_ for e in ents}
    if labels & PLACE_ENTS:
        return "yes"
    if not any(t.pos_ == "PROPN" for t in span):
        return "no"
    if labels:
        return "other"
    return "propn"


def _region_cue(text: str, start: int, end: int) -> bool:
    after = text[end : end + 16].lstrip(" ").lower()
    word = after.split(" ", 1)[0].strip(".,;:")
    return word in REGION_WORDS


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
