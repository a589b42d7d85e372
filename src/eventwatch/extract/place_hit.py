"""A place mention being resolved: its span, the gazetteer entries it may name, and its pick."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwatch.extract.gazetteer import Candidate


@dataclass(slots=True)
class PlaceHit:
    start: int
    end: int
    key_id: int
    entries: list[int]
    demonym: bool = False
    namesake: bool = False  # "Memphis St.": not a place record, but a hint of the country the story is in
    vouched: bool = False  # the text itself says it is a place: "in X", "the town of X", a dateline
    division_named: bool = False  # "Kunduz province", "the province of Kunduz": the division is meant
    region_cue: bool = False
    dateline: bool = False
    # The name stands alone: no entity of spaCy's goes on past it ("Hydro" in "BC Hydro One" does), no
    # capitalised word comes before it ("President Marcos"), no brackets hold it ("(Xinhua)").
    alone: bool = True
    settlement: bool = False  # the start of a settlement's longer name: "Capitola Village"
    site: bool = False  # the start of a site's name: "Cairo Stadium", "Soweto Market" (see _SITE_AFTER)
    # A name the tagger took for a common noun opening a sentence ("Christchurch, still …"): kept only
    # when the story names another place of its country.
    opening: bool = False
    qualifier: PlaceHit | None = None
    qualifier_admin1: tuple[str, str] | None = None  # (country alpha-3, division) from an abbreviation
    candidates: list[Candidate] = field(default_factory=list)
    best: Candidate | None = None
    support: dict[int, int] = field(default_factory=dict)
    near: dict[int, int] = field(default_factory=dict)
