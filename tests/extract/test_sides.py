"""Who speaks for whom (eventwatch.extract.sides)."""

from __future__ import annotations

import pytest

from eventwatch.extract.sides import speaks_for
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
    ],
)
def test_sides_speaks_for(speaker: Actor, actor: Actor, own: bool) -> None:
    assert speaks_for(speaker, actor) is own
