"""Tests for src/eventwatch/extract/source_home.py: a news source's home from its web domain."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.extract.gazetteer import Gazetteer
from eventwatch.extract.source_home import NOWHERE, SourceHome, domain_of, load_outlet_homes, load_suffixes


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("meta", "host"),
    [
        ({"url": "https://www.example-daily.co.uk/news/2024/story.html"}, "www.example-daily.co.uk"),
        ({"url": "  http://News.Example.COM/a?b=c  "}, "news.example.com"),
        ({"url": "example.ca/story"}, "example.ca"),
        ({"source": "www.example.ie"}, "www.example.ie"),
        ({"url": "", "source": "https://example.com.au/x"}, "example.com.au"),
        ({"url": "not a url", "source": "example.org"}, "example.org"),
        ({"url": "http://short.ly/abc", "source": "www.example.ca"}, "www.example.ca"),  # source first
        ({"url": "http://www.example.ie/a", "source": "Example Times"}, "www.example.ie"),
        ({"source": "Example Wire"}, ""),  # a name, not a domain
        ({"source": "Reuters"}, ""),
        ({"url": 42}, ""),
        ({}, ""),
    ],
)
def test_domain_of(meta: dict[str, Any], host: str) -> None:
    assert domain_of(meta) == host


def test_suffixes_table_is_well_formed() -> None:
    table = load_suffixes()
    assert table["co.uk"] == "GBR" and table["uk"] == "GBR"
    assert table["com"] == "*" and table["ca"] == "CAN"
    assert all(v in ("*", "-") or (len(v) == 3 and v.isupper()) for v in table.values())


@pytest.mark.parametrize(
    ("url", "country", "generic"),
    [
        ("https://www.example.co.uk/a", "GBR", False),  # the longest suffix wins
        ("https://example.com.au/a", "AUS", False),
        ("https://www.example.ca/a", "CAN", False),
        ("https://www.example.com/a", None, True),
        ("https://www.example.org/a", None, True),
        ("https://www.example.zz/a", None, False),  # unknown suffix: nothing known
        ("https://www.dhakatribune.com/a", "BGD", False),  # a country's outlet on a generic suffix
        ("https://nation.africa/kenya/a", "KEN", False),
        ("https://www.rferl.org/a", None, False),  # an international outlet: no home, no US prior
    ],
)
def test_home_country_from_suffix(gaz: Gazetteer, url: str, country: str | None, generic: bool) -> None:
    home = SourceHome.of({"url": url}, gaz)
    assert (home.country, home.generic) == (country, generic)


def test_no_meta_is_nowhere(gaz: Gazetteer) -> None:
    assert SourceHome.of({}, gaz) is NOWHERE
    assert NOWHERE.country is None and not NOWHERE.generic and not NOWHERE.names


def test_town_names_in_the_domain(gaz: Gazetteer) -> None:
    assert "paris" in SourceHome.of({"url": "http://www.parisbugle.com/x"}, gaz).names
    assert "columbia" in SourceHome.of({"url": "http://thecolumbiabugle.com/x"}, gaz).names  # after "the"
    assert "athens" in SourceHome.of({"url": "http://onlineathens.com/x"}, gaz).names  # ends the label
    assert "springfield" in SourceHome.of({"url": "http://springfield-bugle.com/"}, gaz).names


def test_longest_name_wins(gaz: Gazetteer) -> None:
    home = SourceHome.of({"url": "http://www.kansascity.com/news"}, gaz)
    assert "kansas city" in home.names
    assert "kansas" not in home.names
    assert home.country is None  # Kansas City is a town, not a division


def test_short_word_tails_are_not_towns(gaz: Gazetteer) -> None:
    # "enger" ends "messenger" and is a German town; a five-letter tail of a word says nothing.
    home = SourceHome.of({"url": "http://www.messenger.com.ge/"}, gaz)
    assert home.country == "GEO"
    assert "enger" not in home.names


def test_no_names_inside_words(gaz: Gazetteer) -> None:
    home = SourceHome.of({"url": "http://www.dailybugleherald.com/"}, gaz)
    assert home.names == frozenset() and home.generic


def test_division_in_the_domain_gives_the_country(gaz: Gazetteer) -> None:
    home = SourceHome.of({"url": "https://www.texasbugle.com/news"}, gaz)
    assert ("USA", "Texas") in home.divisions
    assert home.country == "USA" and not home.generic


def test_the_most_populous_division_of_the_name(gaz: Gazetteer) -> None:
    # Puerto Rico has a municipality named Florida; the state is the division a paper means.
    home = SourceHome.of({"url": "https://www.floridabugle.com/news"}, gaz)
    assert home.divisions == frozenset({("USA", "Florida")}) and home.country == "USA"


@pytest.mark.parametrize("host", ["www.mexicobugle.com", "www.durangobugle.com", "www.victoriabugle.com"])
def test_a_us_town_before_a_division_abroad_behind_a_generic_suffix(gaz: Gazetteer, host: str) -> None:
    # Mexico, Missouri; Durango, Colorado; Victoria, Texas: not the Mexican or Australian states.
    home = SourceHome.of({"source": host}, gaz)
    assert home.generic and home.country is None and home.divisions == frozenset()
    assert len(home.names) == 1


def test_a_canadian_province_stays_behind_a_generic_suffix(gaz: Gazetteer) -> None:
    # Canadian papers use ".com" too; a country-code suffix abroad keeps its division as before.
    assert SourceHome.of({"source": "www.ontariobugle.com"}, gaz).country == "CAN"
    assert SourceHome.of({"source": "www.victoriabugle.com.au"}, gaz).country == "AUS"


def test_subdomains_and_www_are_read_too(gaz: Gazetteer) -> None:
    home = SourceHome.of({"url": "https://www.example.co.uk/x"}, gaz)
    assert home.names == frozenset()
    home = SourceHome.of({"url": "https://oxford.example.co.uk/x"}, gaz)
    assert home.country == "GBR" and "oxford" in home.names


def test_points_of_the_home_towns(gaz: Gazetteer) -> None:
    home = SourceHome.of({"source": "www.richmondbugle.com"}, gaz)
    assert any(abs(lat - 37.55) < 0.2 and abs(lon + 77.46) < 0.2 for lat, lon in home.points)  # Virginia
    home = SourceHome.of({"source": "www.richmondbugle.co.uk"}, gaz)
    assert home.points and all(50 < lat < 56 for lat, _ in home.points)  # only the British Richmond
    assert SourceHome.of({"source": "www.bugle.co.uk"}, gaz).points == ()


@pytest.mark.parametrize(
    ("host", "country", "generic"),
    [
        ("www.bbc.com", "GBR", False),  # an outlet's domain wins over its generic suffix
        ("bbc.com", "GBR", False),
        ("news.bbc.co.uk", "GBR", False),
        ("www.reuters.com", None, False),  # international: no home, and no generic-suffix prior either
        ("en.wikinews.org", None, False),
        ("www.notbbc.com", None, True),  # only whole labels match
        ("www.lfpress.com", "CAN", False),  # a Canadian daily on .com
        ("edmontonjournal.com", "CAN", False),  # its town's name alone would not say which country
        ("www.irishtimes.com", "IRL", False),
    ],
)
def test_outlet_domains(gaz: Gazetteer, host: str, country: str | None, generic: bool) -> None:
    home = SourceHome.of({"source": host}, gaz)
    assert (home.country, home.generic) == (country, generic)


def test_local_outlet_home_town(gaz: Gazetteer) -> None:
    home = SourceHome.of({"source": "www.pal-item.com"}, gaz)  # the domain does not spell Richmond
    assert home.generic and home.country is None  # still the generic-suffix (US) prior
    assert "richmond" in home.names
    assert any(abs(lat - 39.83) < 0.1 and abs(lon + 84.89) < 0.1 for lat, lon in home.points)  # Indiana
    home = SourceHome.of({"url": "https://news.postbulletin.com/x"}, gaz)  # a subdomain of the outlet
    assert "rochester" in home.names


def test_outlet_homes_are_well_formed() -> None:
    homes = load_outlet_homes()
    assert homes["lfpress.com"][0] == "london"
    assert homes["lex18.com"][0] == "lexington"  # a local TV station's market town
    assert homes["ktvz.com"][1:] == pytest.approx((44.06, -121.32), abs=0.05)  # Bend, Oregon
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for _, lat, lon in homes.values())


@pytest.mark.parametrize(
    ("url", "country", "generic", "names", "divisions"),
    [
        # a national outlet's world section: no home country
        ("http://www.bbc.com/news/world-us-canada-38090185", None, False, set(), set()),
        ("https://www.cnn.com/2016/12/10/europe/france-vote/index.html", None, False, set(), set()),
        # a country's or a province's section
        ("http://www.bbc.com/news/world-australia-38090185", "AUS", False, set(), set()),
        (
            "http://www.bbc.co.uk/news/uk-scotland-glasgow-west-1234",
            "GBR",
            False,
            set(),
            {("GBR", "Scotland")},
        ),
        (
            "http://www.cbc.ca/news/canada/manitoba/story-1.3902366",
            "CAN",
            False,
            set(),
            {("CAN", "Manitoba")},
        ),
        # a town's section: its name, and its point in the country
        ("http://www.cbc.ca/news/canada/london/story-1.39", "CAN", False, {"london"}, set()),
        # a US section of a generic site stays generic
        ("https://www.nytimes.com/2016/12/10/nyregion/story.html", None, True, {"new york city"}, set()),
        # no known section: the site's own home
        ("http://www.cbc.ca/1.3894000", "CAN", False, set(), set()),
        ("http://www.bbc.com/news/uk-38352178", "GBR", False, set(), set()),
    ],
)
def test_a_sites_section_says_where_its_stories_are(
    gaz: Gazetteer,
    url: str,
    country: str | None,
    generic: bool,
    names: set[str],
    divisions: set[tuple[str, str]],
) -> None:
    home = SourceHome.of({"url": url}, gaz)
    assert (home.country, home.generic, set(home.names), set(home.divisions)) == (
        country,
        generic,
        names,
        divisions,
    )
    if names:
        assert len(home.points) == 1  # London, Ontario's, not London, England's


def test_sections_table_is_well_formed() -> None:
    from eventwatch.extract.source_home import load_sections

    table = load_sections()
    assert "cbc.ca" in table and "bbc.com" in table
    for sections in table.values():  # longest first, so that "news/world-australia" beats "news/world"
        lengths = [len("/".join(segments)) for segments, _ in sections]
        assert lengths == sorted(lengths, reverse=True)
