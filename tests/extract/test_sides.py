"""Who speaks for whom (eventwatch.extract.sides)."""

from __future__ import annotations

import pytest

from eventwatch.extract.sides import principal, speaks_for
from eventwatch.model import Actor


@pytest.mark.parametrize(
    ("speaker", "actor", "own"),
    [
        (Actor("the army", "army", "ISR", "MIL"), Actor("Israeli troops", "troops", "ISR", "MIL"), True),
        (
            Actor("the prime minister", "prime minister", "GBR", "GOV"),
            Actor("Britain", "United Kingdom", "GBR"),
            True,
        ),
        (
            Actor("Ukrainian officials", "officials", "UKR", "GOV"),
            Actor("Russian forces", "forces", "RUS", "MIL"),
            False,
        ),
        (Actor("a rebel spokesman", "spokesman", None, "REB"), Actor("rebels", "rebels", None, "REB"), True),
        (Actor("an opposition leader", "leader", "RUS", "OPP"), Actor("Russia", "Russia", "RUS"), False),
        (
            Actor("a WFP spokeswoman", "WFP", "IGO", "IGO", org="WFP"),
            Actor("WFP", "WFP", "IGO", "IGO", org="WFP"),
            True,
        ),
        (
            Actor("a UN envoy", "UN", "IGO", "IGO", org="UN"),
            Actor("NATO", "NATO", "IGO", "IGO", org="NATO"),
            False,
        ),
        (Actor("officials", "officials", None, "GOV"), Actor("gunmen", "gunmen", None, "REB"), False),
        # a state's outlet speaks for the state; an independent one does not
        (
            Actor("KCNA", "Korean Central News Agency", "PRK", "JRN"),
            Actor("the army", "army", "PRK", "MIL"),
            True,
        ),
        (Actor("TASS", "TASS", "RUS", "JRN"), Actor("Ukrainian forces", "forces", "UKR", "MIL"), False),
        (
            Actor("Syrian state television", "television", "SYR", "JRN"),
            Actor("the army", "army", "SYR", "MIL"),
            True,
        ),
        (Actor("Reuters", "Reuters", "GBR", "JRN"), Actor("British troops", "troops", "GBR", "MIL"), False),
        (Actor("Al-Manar", "Al-Manar", "LBN", "JRN"), Actor("Hezbollah", "Hezbollah", "LBN", "REB"), True),
    ],
)
def test_sides_speaks_for(speaker: Actor, actor: Actor, own: bool) -> None:
    assert speaks_for(speaker, actor) is own


def test_sides_principal_of_an_outlet() -> None:
    assert principal(Actor("KCNA", "Korean Central News Agency", "PRK", "JRN")).sector == "GOV"
    assert principal(Actor("Al-Manar", "Al-Manar", "LBN", "JRN")).name == "Hezbollah"
    independent = Actor("the BBC", "BBC", "GBR", "JRN")
    assert principal(independent) == independent
