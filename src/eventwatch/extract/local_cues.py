"""The country a text reads as local news of, from words for local institutions (a prior for places).

A story about "the sheriff's office", "county commissioners" and "the school board" is set in the
United States: a "Paris" or an "Athens" in it is more likely the town in Texas or Georgia than the
capital abroad. `local_country(text)` returns the country whose cue words (resources/gazetteer/
local_cues.tsv) occur most, counting each distinct cue once, and a strength that reaches 1 at
`MIN_CUES` distinct cues. It looks at the text only, unlike the source prior (source_home.py), which
reads the document's url and source.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from eventwatch import resources
from eventwatch.errors import ResourceError

CUES = "gazetteer/local_cues.tsv"
# Distinct cue words for full strength: one "sheriff" can be a quote from abroad or a film; two set the scene.
MIN_CUES = 2


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    where = resources.path(CUES)
    by_country: dict[str, list[str]] = {}
    for row in resources.read_tsv(CUES, ("phrase", "country")):
        country = row["country"]
        if not (len(country) == 3 and country.isalpha() and country.isupper()):
            raise ResourceError(f"{where}: {row['phrase']}: country must be ISO alpha-3: {country!r}")
        by_country.setdefault(country, []).append(row["phrase"].lower())
    return [
        (re.compile("|".join(_whole(p) for p in sorted(phrases, key=len, reverse=True))), c)
        for c, phrases in by_country.items()
    ]


def _whole(phrase: str) -> str:
    """A pattern of `phrase` as whole words; a currency sign's edge needs no boundary ("A$5", "£40")."""
    left = r"(?<!\w)" if phrase[0].isalnum() else ""
    right = r"(?!\w)" if phrase[-1].isalnum() else ""
    return left + re.escape(phrase) + right


def local_country(text: str) -> tuple[str | None, float]:
    """The country (ISO alpha-3) whose local-institution words the text uses most, and how strongly:
    the number of its distinct cue words over MIN_CUES, at most 1; (None, 0.0) when there is none."""
    lowered = text.lower().replace("\u2019", "'")
    counts: Counter[str] = Counter()
    for pattern, country in _patterns():
        counts[country] = len({m.group() for m in pattern.finditer(lowered)})
    if not counts:
        return None, 0.0
    country, n = counts.most_common(1)[0]
    return (country, min(1.0, n / MIN_CUES)) if n else (None, 0.0)
