"""Who speaks for whom: when an event reported by a speaker is the speaker's own side's act.

An act reported by the one who did it is an admission, not a contested claim: "Britain expelled 23
Russian diplomats, the prime minister told parliament", "Israeli troops completed their withdrawal,
the Israeli army said", "rebels shelled the town, a rebel spokesman said". Events and claims both use
this to decide whether a reported event is `alleged` (someone else's claim) or simply reported.
An outlet that speaks for a government or an armed group (mouthpieces.tsv; or named as "state
television", "the state-run news agency") reports its principal's acts as the principal's own account.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventwatch.model import Actor
from eventwatch.resources import read_tsv

# Sectors of a state's own organs: one of them speaks for the state and for the others.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


# "state television", "the state-run news agency", "official media": a state's own outlet, unlisted.
STATE_OUTLET = re.compile(r"\b(?:state|state-run|state-owned|state-controlled|official)\b", re.IGNORECASE)
# "Tehran radio", "Syrian television": a broadcaster named by its capital or country, the state's own.
STATE_BROADCASTER = re.compile(r"^(?:the )?[A-Z][\w.'-]+ (?:radio|television|TV)$")
# "the rebel-run Al-Masirah television", "Hamas-run media": an armed group's outlet.
GROUP_OUTLET = re.compile(
    r"\b(?:rebel|militia|insurgent|militant|group|Houthi|Hamas|Hezbollah|Taliban)-(?:run|controlled|owned)\b"
)


# A speaker named as the group just spoken of ("the group", "the separatist group", "a spokesman for
# the bloc", "organisers"): the actor's own side, reporting what it did.
BACK_TO_THE_ACTOR = re.compile(
    r"(?:\bthe (?:[\w-]+ )?(?:group|bloc|alliance|movement|organi[sz]ation|rebels|militants|insurgents|"
    r"guerrillas|coalition|militia|front|agency|body|mission|programme|program|fund)|^(?:the )?organi[sz]ers"
    r"|^the (?:two|both) (?:sides|delegations|parties|governments|countries|leaders))$",
    re.IGNORECASE,
)

# "…, the dissident said" after "Cuban dissident Guillermo Fariñas": the actor again, by the title the
# text gave them ("the presidency" speaks for the president).
_THE_TITLE = re.compile(r"the ([a-z][\w-]+)", re.IGNORECASE)
# "…, a commission spokeswoman said" after "The European Commission …": the body's own voice.
_ITS_SPOKESPERSON = re.compile(
    r"(?:a|an|the) ([a-z][\w-]+) (?:spokesman|spokeswoman|spokesperson)", re.IGNORECASE
)
_OFFICE_OF = {"presidency": "president", "premiership": "prime minister"}


# Adjectives that make a group one of several states or of none: "Western governments", "Arab
# diplomats", "international donors" belong to no single country of their sentence or place.
BLOC_WORDS = frozenset({
    "western", "arab", "european", "african", "asian", "latin", "nordic", "baltic", "balkan", "gulf",
    "international", "multinational", "world", "global", "regional", "allied",
})  # fmt: skip


# Parties that "foreign" puts outside the country a story is about: "foreign donors", "foreign creditors".
OUTSIDE_PARTIES = frozenset({"donors", "creditors", "lenders", "governments", "powers", "investors", "banks"})
# What "foreign" names of the home state itself: "the foreign minister", "the Foreign Ministry".
HOME_FOREIGN_WORDS = frozenset({
    "minister", "ministers", "ministry", "ministries", "secretary", "secretaries", "office", "affairs",
    "service", "policy", "relations", "correspondent", "desk", "department",
})  # fmt: skip


def of_several_states(actor: Actor) -> bool:
    """A group named by a bloc adjective ("Western governments", "the international donors")."""
    words = actor.entity_text.lower().split()
    if words and words[0] in {"the", "a", "some", "many", "several"}:
        words = words[1:]
    if len(words) >= 2 and words[0] in {"foreign", "other"} and words[-1] in OUTSIDE_PARTIES:
        return True  # "foreign donors", "other foreign creditors": not the home country's
    if (
        len(words) >= 2
        and words[0] == "foreign"
        and words[-1] not in HOME_FOREIGN_WORDS
        and f" {words[0]} " in f" {actor.entity_text} "  # (not a title: "Foreign Minister Kuranari")
    ):
        return True  # "foreign oil companies", "foreign troops" (but "the foreign minister" is home's)
    return len(words) >= 2 and words[0] in BLOC_WORDS


@cache
def _mouthpieces() -> dict[str, Actor]:
    """Outlet name → whom it speaks for, from mouthpieces.tsv."""
    out: dict[str, Actor] = {}
    for row in read_tsv("actors/mouthpieces.tsv", ("outlet", "code", "sector", "group"), required=3):
        name = row["group"] or row["outlet"]
        out[row["outlet"]] = Actor(name, name, row["code"], row["sector"], row["group"] or None)
    return out


def principal(speaker: Actor) -> Actor:
    """Whom the speaker speaks for: a government or group for its own outlet, else the speaker."""
    if speaker.sector != "JRN":
        return speaker
    listed = _mouthpieces().get(speaker.name)
    if listed is not None:
        return replace(listed, entity_text=speaker.entity_text)
    if GROUP_OUTLET.search(speaker.entity_text):
        return replace(speaker, sector="REB")
    if speaker.code is not None and (
        STATE_OUTLET.search(speaker.entity_text) or STATE_BROADCASTER.match(speaker.entity_text)
    ):
        return replace(speaker, sector="GOV")
    return speaker


def speaks_for(speaker: Actor, actor: Actor) -> bool:
    """True when `speaker` reports as its own side's act what `actor` did.

    The same actor under two mentions; a state's organ for that state or another of its organs (same
    country, both the state itself or of STATE_ORGANS); an organisation's people for it (same IGO or
    NGO name or org); a group's spokesman for a group of the same sector and (possibly unknown) country;
    an outlet for what its principal (see `principal`) speaks for.
    """
    speaker = principal(speaker)
    if speaker.name == actor.name and speaker.code == actor.code:
        return True
    if (
        speaker.sector == "JRN"
        and speaker.code is None
        and STATE_OUTLET.search(speaker.entity_text)
        and actor.code not in {None, "IGO"}
        and actor.sector in {None} | STATE_ORGANS
    ):
        return True  # "…, state media said" of no named state: the acting state's own outlet
    if (
        speaker.code is None
        and speaker.sector in {None, actor.sector}
        and BACK_TO_THE_ACTOR.search(speaker.entity_text)
    ):
        return True  # "…, the separatist group said", "a spokesman for the group said", "the bloc said"
    voice = _ITS_SPOKESPERSON.fullmatch(speaker.entity_text)
    if voice is not None and re.search(rf"\b{re.escape(voice.group(1))}", actor.entity_text, re.IGNORECASE):
        return True
    title = _THE_TITLE.fullmatch(speaker.entity_text)  # (a country it has was guessed, not stated)
    if title is not None:
        word = title.group(1).lower()
        if re.search(rf"\b{re.escape(_OFFICE_OF.get(word, word))}\b", actor.entity_text, re.IGNORECASE):
            return True
    if speaker.sector == "CVL":
        return False  # witnesses and residents tell what others did; civilians have no spokesman
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
