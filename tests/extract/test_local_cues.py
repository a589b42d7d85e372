"""Tests for src/eventwatch/extract/local_cues.py, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwatch.extract.local_cues import MIN_CUES, local_country


def test_local_cues_two_distinct_cues_give_full_strength() -> None:
    text = "The Sheriff\u2019s Office said the man was taken to the county jail."
    assert local_country(text) == ("USA", 1.0)


def test_local_cues_one_cue_is_weaker_and_repeats_do_not_count() -> None:
    assert local_country("The sheriff said so. The sheriff said it again.") == ("USA", 1 / MIN_CUES)


def test_local_cues_whole_words_only() -> None:
    assert local_country("Sheriffs and interstates are not cues here; Paris is nice.") == (None, 0.0)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The OPP said the conservation authority had issued a flood watch.", "CAN"),
        ("Gardaí are investigating, a Fine Gael councillor said.", "IRL"),
        ("Waiting times at A&E rose again, the NHS trust said.", "GBR"),
        ("The Board of Selectmen will meet at the middle school.", "USA"),
        ("The Falcons lost in the state tournament, a game short of the state finals.", "USA"),
        ("Barangay officials asked the PNP for more patrols.", "PHL"),
        ("The gram panchayat wrote to the district collector.", "IND"),
        ("The Taoiseach opened the GAA grounds.", "IRL"),
        ("Plaid Cymru and the Lib Dems backed the Met Office warning.", "GBR"),
        ("The reeve of the rural municipality thanked the NDP member.", "CAN"),
        ("The Rural Fire Service and the Bureau of Meteorology warned residents.", "AUS"),
        ("The iwi opened its marae to KiwiSaver advisers.", "NZL"),
        ("The sarpanch met the block development officer of the taluk.", "IND"),
    ],
)
def test_local_cues_of_other_countries(text: str, country: str) -> None:
    assert local_country(text) == (country, 1.0)


def test_local_cues_the_country_with_most_distinct_cues_wins() -> None:
    text = "The RCMP and the sheriff's office met; the band council of the First Nation joined them."
    assert local_country(text) == ("CAN", 1.0)


def test_local_cues_a_currency_sign_is_a_cue_without_word_boundaries() -> None:
    assert local_country("Tickets cost £12 at the door, and the NHS paid for the rest.") == ("GBR", 1.0)
    assert local_country("The ferry fare rose to A$5 this week.") == ("AUS", 1 / MIN_CUES)
    # (a word that merely ends so is none: the US dollar is no Singapore dollar's sign)
    assert local_country("It cost US$5.") == (None, 0.0)
