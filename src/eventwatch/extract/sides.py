"""Who speaks for whom: when an event reported by a speaker is the speaker's own side's act.

An act reported by the one who did it is an admission, not a contested claim: "Britain expelled 23
Russian diplomats, the prime minister told parliament", "Israeli troops completed their withdrawal,
the Israeli army said", "rebels shelled the town, a rebel spokesman said". Events and claims both use
this to decide whether a reported event is `alleged` (someone else's claim) or simply reported.
"""

from __future__ import annotations

from eventwatch.model import Actor

# Sectors of a state's own organs: one of them speaks for the state and for the others.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def speaks_for(speaker: Actor, actor: Actor) -> bool:
    """True when `speaker` reports as its own side's act what `actor` did.

    The same actor under two mentions; a state's organ for that state or another of its organs (same
    country, both the state itself or of STATE_ORGANS); an organisation's people for it (same IGO or
    NGO name or org); a group's spokesman for a group of the same sector and (possibly unknown) country.
    """
    if speaker.name == actor.name and speaker.code == actor.code:
        return True
    if speaker.code is None or actor.code is None:
        return speaker.code == actor.code and speaker.sector is not None and speaker.sector == actor.sector
    if speaker.code != actor.code:
        return False
    if speaker.code == "IGO" or "NGO" in (speaker.sector, actor.sector):
        return (speaker.org or speaker.name) == (actor.org or actor.name)
    state = {None} | STATE_ORGANS
    if speaker.sector in state and actor.sector in state:
        return True
    return speaker.sector == actor.sector
