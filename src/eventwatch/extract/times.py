"""Date expressions resolved against the publication date → Time records.

`find_times(text, pub_date)` is a pure function (no spaCy): a handful of precompiled regular
expressions find candidate expressions, each is resolved on the spot against the publication date, and
a small merge step joins lists ("December 3 and 7, 2022" → one record, two values) and ranges
("3-7 December", "between March and May" → one interval). `TimeExtractor` runs it over a parsed
Document and passes spaCy's DATE entities as hints: a weak candidate (a bare "May" or "March" with no
date word around it) is kept only inside a hint.

What it resolves (see tests/extract/test_times.py for the table):
- absolute and partial dates: "December 12, 2022", "12 Dec 2022", "2022-12-12", "7/8/07" (US order),
  "Dec. 12", "December 2022" (month), "2022" (year), "1986/87", "the 1990s", "early 2009" (approximate);
- relative to the publication date: today/yesterday/tomorrow, weekdays ("on Monday" is the most recent
  one unless the sentence points forward: "will", "set to" ...), "last week" (ISO week), "this year",
  "next month", "earlier this month" (approximate), "two days ago", quarters and halves;
- open intervals and durations: "since X" sets `ongoing` (the record covers the date words only),
  "for three weeks" / "over the past two years" (an approximate interval ending at the publication
  date), "in recent months" (approximate window, lengths in resources/times/vague.tsv: 3 months).

Year inference: a month (and day) without a year takes the year that puts it closest to the publication
date, a future date counting FUTURE_WEIGHT times its distance (so, normally, before).

Limits: English only; no times of day (a part of day after a weekday is kept in the text, the value is
the day); "now", "recently", "currently" and anaphoric dates ("that day") are not resolved; a date
range across years written without both years is read as one year's dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from eventwatch.extract.base import Extractor
from eventwatch.model import Document, Time, TimeValue
from eventwatch.resources import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_WEIGHT = 2.5  # a future month/day must be 2.5x closer than the past one to be chosen
WINDOW_UNITS = ("day", "week", "month", "year")

Rebuild = Callable[[int], tuple[TimeValue, ...] | None]


# --------------------------------------------------------------------------- lexicon (data files)


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    full_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    relative_days: dict[str, int]
    vague: dict[str, tuple[str, str, int]]
    parts: dict[tuple[str, str], tuple[int, int]]
    block_after: frozenset[str]
    block_before: frozenset[str]
    future_cues: tuple[str, ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    months: dict[str, int] = {}
    full: set[str] = set()
    for row in read_tsv("times/months.tsv", ("name", "month", "full")):
        months[row["name"]] = int(row["month"])
        if row["full"] == "yes":
            full.add(row["name"])
    after: set[str] = set()
    before: set[str] = set()
    for row in read_tsv("times/year_blockers.tsv", ("word", "side")):
        (after if row["side"] == "after" else before).add(row["word"])
    return _Lexicon(
        months=months,
        full_months=frozenset(full),
        weekdays={r["name"]: int(r["index"]) for r in read_tsv("times/weekdays.tsv", ("name", "index"))},
        numbers={r["word"]: int(r["value"]) for r in read_tsv("times/numbers.tsv", ("word", "value"))},
        relative_days={
            r["phrase"]: int(r["offset"]) for r in read_tsv("times/relative_days.tsv", ("phrase", "offset"))
        },
        vague={
            r["phrase"]: (r["direction"], r["unit"], int(r["amount"]))
            for r in read_tsv("times/vague.tsv", ("phrase", "direction", "unit", "amount"))
        },
        parts={
            (r["modifier"], r["unit"]): (int(r["first"]), int(r["last"]))
            for r in read_tsv("times/parts.tsv", ("modifier", "unit", "first", "last"))
        },
        block_after=frozenset(after),
        block_before=frozenset(before),
        future_cues=tuple(r["cue"] for r in read_tsv("times/future_cues.tsv", ("cue",))),
    )


def _alternation(words: list[str]) -> str:
    """Title-case and UPPER-case forms of lower-case words, longest first, as one regex alternation."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


def _ci_alternation(words: list[str]) -> str:
    """Case-insensitive alternation, longest first, spaces matching any run of white space."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Patterns:
    iso: re.Pattern[str]
    slash: re.Pattern[str]
    mdy: re.Pattern[str]
    dmy: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    quarter: re.Pattern[str]
    weekday: re.Pattern[str]
    rel_day: re.Pattern[str]
    rel_unit: re.Pattern[str]
    ago: re.Pattern[str]
    span: re.Pattern[str]
    vague: re.Pattern[str]
    days_sep: re.Pattern[str]
    future: re.Pattern[str]
    since: re.Pattern[str]
    between: re.Pattern[str]
    range_gap: re.Pattern[str]
    weekday_gap: re.Pattern[str]
    list_gap: re.Pattern[str]
    may_context: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    abbreviations = [m for m in lex.months if m not in lex.full_months]
    month = (
        rf"(?:(?:{_alternation(sorted(lex.full_months))})(?![A-Za-z])"
        rf"|(?:{_alternation(abbreviations)})(?![A-Za-z])\.?)"
    )
    full_month = rf"(?:{_alternation(sorted(lex.full_months))})(?![A-Za-z])"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    year = r"(?:1[89]\d\d|20\d\d)(?![\d])"
    range_sep = r"\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*"
    days = rf"{day}(?:(?:\s*,\s*{day})*\s*,?\s*(?:and|or|&)\s*{day}|{range_sep}{day})?"
    year_mod = _ci_alternation([m for (m, u) in lex.parts if u == "year"])
    month_mod = _ci_alternation([m for (m, u) in lex.parts if u == "month"])
    weekday = _alternation(list(lex.weekdays))
    number = rf"(?:\d{{1,3}}|{_ci_alternation(list(lex.numbers))})"
    units = r"(?:day|week|month|year)s?"
    return _Patterns(
        iso=re.compile(r"(?<![\d-])(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
        slash=re.compile(r"(?<![\d/.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
        mdy=re.compile(
            rf"\b(?P<mon>{month})\s*(?P<days>{days})(?:\s*,?\s*(?P<year>{year}))?",
        ),
        dmy=re.compile(
            rf"(?<![\d.,$£€])\b(?P<days>{days})\s+(?:of\s+)?(?P<mon>{month})(?:\s*,?\s*(?P<year>{year}))?",
        ),
        month_year=re.compile(
            rf"\b(?:(?P<mod>{year_mod}|{month_mod})[\s-]+)?(?P<mon>{month})(?:\s+of)?\s*,?\s*(?P<year>{year})",
        ),
        month=re.compile(
            rf"\b(?:(?P<mod>{month_mod})[\s-]+|(?P<rel>(?i:last|next|this|coming))\s+)?(?P<mon>{full_month})"
        ),
        year=re.compile(
            rf"(?<![\d.,$£€#/-])\b(?:(?P<mod>(?i:{year_mod}))[\s-]+|(?P<fy>(?i:fiscal|calendar)\s+|FY\s*))?"
            rf"(?P<year>{year})(?:(?P<sep>\s*[-–/]\s*|\s+(?:to|through|and)\s+)(?P<year2>{year}|\d\d(?![\d.,])))?"
            rf"(?P<s>'?s\b)?(?![.,]\d|\s*%|-)"
        ),
        quarter=re.compile(
            rf"(?i:\b(?:(?P<y1>{year})\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
            rf"[\s-]+(?P<unit>quarter|qtr|half)(?:(?:\s+of|,)?\s+(?P<y2>{year})|\s+of\s+(?P<rel>this|last|next)\s+year)?"
            rf"|\bQ(?P<q>[1-4])(?:\s+(?P<y3>{year}))?\b)"
        ),
        weekday=re.compile(
            rf"\b(?:(?P<rel>(?i:last|next|this|this\s+coming|coming|past))\s+)?(?P<wd>{weekday})(?![A-Za-z])"
            rf"(?P<part>\s+(?:morning|afternoon|evening|night))?"
        ),
        rel_day=re.compile(rf"(?i:\b(?P<w>{_ci_alternation(list(lex.relative_days))})\b)"),
        rel_unit=re.compile(
            r"(?i:\b(?:(?P<pre>earlier|later|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
            r"[\s-]+)?(?P<rel>this|last|next|past|previous|coming|current|the)\s+"
            r"(?P<unit>weekend|week|month|year|quarter|decade)\b(?!\s*-?\s*(?:old|long)))"
        ),
        ago=re.compile(rf"(?i:\b(?P<num>{number})\s+(?P<unit>{units})\s+(?P<dir>ago|from\s+now)\b)"),
        span=re.compile(
            rf"(?i:\b(?P<prep>for|over|in|during|within)\s+(?P<the>the\s+)?(?P<body>(?:(?P<dir>past|last|previous|next|"
            rf"coming)\s+)?(?P<num>{number})\s+(?P<unit>{units}))\b(?!\s*-?\s*(?:old|long|ago)))"
        ),
        vague=re.compile(rf"(?i:\b(?P<phrase>{_ci_alternation(list(lex.vague))})\b)"),
        days_sep=re.compile(r"\s*(?:,|and|or|&|[-–—]|to|through|until|till)\s*"),
        future=re.compile(rf"(?i:(?:^|\W)(?:{_ci_alternation(list(lex.future_cues))})\W)"),
        since=re.compile(r"(?i:\b(?:ever\s+)?since\s*)$"),
        between=re.compile(r"(?i:\b(?:between|from)\s+)$"),
        weekday_gap=re.compile(r",?\s*(?:the\s+)?"),
        range_gap=re.compile(r"\s*(?:[-–—]|to|through|until|till)\s*"),
        list_gap=re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*"),
        may_context=re.compile(
            r"(?i:\b(?:in|since|of|until|till|by|from|through|to|during|before|after|between|on|and|or|"
            r"early|mid|late|last|next|this|coming|end|beginning|start|middle)\s*-?)$"
        ),
    )


# --------------------------------------------------------------------------- date arithmetic


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(date.day, calendar.monthrange(year, month + 1)[1]))


def _shift(date: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "day":
        return date + dt.timedelta(days=amount)
    if unit == "week":
        return date + dt.timedelta(weeks=amount)
    if unit == "month":
        return _add_months(date, amount)
    return _add_months(date, 12 * amount)


def _day(date: dt.date) -> TimeValue:
    return TimeValue(date.isoformat())


def _month_value(year: int, month: int) -> TimeValue:
    return TimeValue(dt.date(year, month, 1).isoformat(), _month_end(year, month).isoformat(), "month")


def _year_value(year: int, last: int | None = None) -> TimeValue:
    return TimeValue(f"{year:04d}-01-01", f"{last or year:04d}-12-31", "year")


def _week_value(date: dt.date) -> TimeValue:
    monday = date - dt.timedelta(days=date.weekday())
    return TimeValue(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")


def _window(start: dt.date, end: dt.date, precision: str = "approximate") -> TimeValue:
    return TimeValue(start.isoformat(), end.isoformat(), precision)


def _quarter_value(year: int, quarter: int) -> TimeValue:
    first = 3 * (quarter - 1) + 1
    return TimeValue(dt.date(year, first, 1).isoformat(), _month_end(year, first + 2).isoformat(), "month")


def _closest(candidates: list[dt.date], pub: dt.date) -> dt.date:
    """The candidate closest to pub, future ones counting FUTURE_WEIGHT times their distance."""

    def cost(d: dt.date) -> float:
        delta = (d - pub).days
        return -delta if delta <= 0 else delta * FUTURE_WEIGHT

    return min(candidates, key=cost)


def _infer_year(month: int, day: int | None, pub: dt.date) -> int:
    """The year for a month (and day) written without one: closest to pub, normally before it."""
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        if day is None:
            # compare months as wholes: the current month costs nothing
            options.append(dt.date(year, month, pub.day if (year, month) == (pub.year, pub.month) else 15))
        elif day <= calendar.monthrange(year, month)[1]:
            options.append(dt.date(year, month, day))
    return _closest(options, pub).year if options else pub.year


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    values: tuple[TimeValue, ...]
    calendar: bool = False  # a calendar date (mergeable into lists and ranges)
    year_given: bool = True
    rebuild: Rebuild | None = None  # recompute the values with a year taken from a neighbour
    weak: bool = False  # kept only inside a hint (spaCy DATE entity)
    weekday: bool = False  # a weekday name, joined with a date right after it ("Monday, Dec. 12")


def _day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _split_days(p: _Patterns, days: str) -> tuple[list[int], bool]:
    """Day numbers of '3 and 7' / '3-7' and whether it is a range."""
    numbers = [_day_number(t) for t in p.days_sep.split(days) if t.strip() and t.strip()[0].isdigit()]
    is_range = len(numbers) == 2 and not re.search(r"\b(?:and|or)\b|,|&", days)
    return numbers, is_range


def _day_values(year: int, month: int, numbers: list[int], is_range: bool) -> tuple[TimeValue, ...] | None:
    last = calendar.monthrange(year, month)[1]
    if any(n < 1 or n > last for n in numbers):
        return None
    dates = [dt.date(year, month, n) for n in numbers]
    if is_range:
        if dates[1] <= dates[0]:
            return None
        return (_window(dates[0], dates[1], "day"),)
    return tuple(_day(d) for d in dates)


def _month_name(lex: _Lexicon, token: str) -> int:
    return lex.months[token.rstrip(".").lower()]


def _part_window(mod: str, unit: str, year: int, month: int | None = None) -> TimeValue | None:
    key = (re.sub(r"^the\s+|\s+", " ", mod.lower()).strip(), unit)
    bounds = _lexicon().parts.get(key)
    if bounds is None:
        return None
    first, last = bounds
    if unit == "year":
        return _window(dt.date(year, first, 1), _month_end(year, last))
    assert month is not None
    end = min(last, calendar.monthrange(year, month)[1])
    return _window(dt.date(year, month, first), dt.date(year, month, end))


def _sentence_prefix(text: str, start: int) -> str:
    prefix = text[max(0, start - 120) : start]
    cut = max(prefix.rfind(". "), prefix.rfind("\n"), prefix.rfind("? "), prefix.rfind("! "))
    return prefix[cut + 1 :]


def _scan(text: str, pub: dt.date) -> list[_Candidate]:
    p = _patterns()
    lex = _lexicon()
    found: list[_Candidate] = []

    for m in p.iso.finditer(text):
        try:
            date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        found.append(_Candidate(m.start(), m.end(), (_day(date),), calendar=True))

    for m in p.slash.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        year = y if y >= 100 else (2000 + y if 2000 + y <= pub.year + 10 else 1900 + y)
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        found.append(_Candidate(m.start(), m.end(), (_day(date),), calendar=True))

    for pattern in (p.mdy, p.dmy):
        for m in pattern.finditer(text):
            month = _month_name(lex, m["mon"])
            numbers, is_range = _split_days(p, m["days"])
            if not numbers:
                continue

            def rebuild(
                year: int, month: int = month, numbers: list[int] = numbers, is_range: bool = is_range
            ) -> tuple[TimeValue, ...] | None:
                return _day_values(year, month, numbers, is_range)

            if m["year"]:
                year, given = int(m["year"]), True
            else:
                year, given = _infer_year(month, numbers[0], pub), False
            values = rebuild(year)
            if values is None:
                continue
            found.append(
                _Candidate(m.start(), m.end(), values, calendar=True, year_given=given, rebuild=rebuild)
            )

    for m in p.month_year.finditer(text):
        month, year = _month_name(lex, m["mon"]), int(m["year"])
        value: TimeValue | None = _month_value(year, month)
        if m["mod"]:
            value = _part_window(m["mod"], "month", year, month)
        if value is not None:
            found.append(_Candidate(m.start(), m.end(), (value,), calendar=True))

    for m in p.month.finditer(text):
        month = _month_name(lex, m["mon"])
        rel = (m["rel"] or "").lower()
        mod = m["mod"]
        weak = False
        if m["mon"].lower() in ("may", "march") and not (rel or mod):
            weak = not p.may_context.search(text[max(0, m.start() - 20) : m.start()])
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel in ("next", "coming"):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "this":
            year = pub.year
        else:
            year = _infer_year(month, None, pub)

        def rebuild_month(
            year: int, month: int = month, mod: str | None = mod
        ) -> tuple[TimeValue, ...] | None:
            value = _part_window(mod, "month", year, month) if mod else _month_value(year, month)
            return (value,) if value else None

        values = rebuild_month(year)
        if values:
            found.append(
                _Candidate(
                    m.start(),
                    m.end(),
                    values,
                    calendar=True,
                    year_given=bool(rel),
                    rebuild=rebuild_month,
                    weak=weak,
                )
            )

    for m in p.year.finditer(text):
        first = int(m["year"])
        before = re.search(r"([A-Za-z]+)\W*$", text[max(0, m.start() - 20) : m.start()])
        after = re.match(r"\W{0,2}([A-Za-z]+)", text[m.end() : m.end() + 20])
        if m["mod"] is None and m["fy"] is None:
            if before and before[1].lower() in lex.block_before:
                continue
            if after and after[1].lower() in lex.block_after:
                continue
        if m["s"]:
            if first % 10:
                continue
            found.append(_Candidate(m.start(), m.end(), (_year_value(first, first + 9),), calendar=True))
            continue
        if m["year2"]:
            raw = m["year2"]
            second = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
            sep = m["sep"].strip()
            if second <= first or second - first > 50 or (sep == "and" and len(raw) != 4):
                continue
            if sep == "and" and not p.between.search(text[max(0, m.start() - 15) : m.start()]):
                found.append(_Candidate(m.start(), m.end(), (_year_value(first), _year_value(second))))
                continue
            found.append(_Candidate(m.start(), m.end(), (_year_value(first, second),), calendar=True))
            continue
        value = _part_window(m["mod"], "year", first) if m["mod"] else _year_value(first)
        if value is not None:
            found.append(_Candidate(m.start(), m.end(), (value,), calendar=True))

    for m in p.quarter.finditer(text):
        if m["q"]:
            unit, index = "quarter", int(m["q"])
            explicit = m["y3"]
        else:
            unit = "half" if m["unit"].lower() == "half" else "quarter"
            ordinal = m["ord"].lower()
            explicit = m["y1"] or m["y2"]
            count = 4 if unit == "quarter" else 2
            index = {
                "first": 1,
                "1st": 1,
                "second": 2,
                "2nd": 2,
                "third": 3,
                "3rd": 3,
                "fourth": 4,
                "4th": 4,
            }.get(ordinal, count)
            if ordinal == "last" and not (explicit or m["rel"]):
                # "the last quarter": the quarter (half) before the current one
                current = (pub.month - 1) // (12 // count) + 1
                index, year = (current - 1, pub.year) if current > 1 else (count, pub.year - 1)
                explicit = str(year)
            if index > count:
                continue
        if explicit:
            year = int(explicit)
        elif m["rel"]:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        else:
            # the most recent such period that has begun (a fourth quarter read in February is last year's)
            months_per = 3 if unit == "quarter" else 6
            year = pub.year if (index - 1) * months_per + 1 <= pub.month else pub.year - 1
        if unit == "quarter":
            qvalue = _quarter_value(year, index)
        else:
            first_month = 1 if index == 1 else 7
            qvalue = TimeValue(
                dt.date(year, first_month, 1).isoformat(),
                _month_end(year, first_month + 5).isoformat(),
                "month",
            )
        found.append(_Candidate(m.start(), m.end(), (qvalue,)))

    for m in p.weekday.finditer(text):
        target = lex.weekdays[m["wd"].lower()]
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        back = (pub.weekday() - target) % 7
        ahead = (target - pub.weekday()) % 7
        if rel in ("last", "past"):
            date = pub - dt.timedelta(days=back or 7)
        elif rel in ("next", "coming", "this coming"):
            date = pub + dt.timedelta(days=ahead or 7)
        elif rel == "this":
            date = pub + dt.timedelta(days=target - pub.weekday())
        elif back and p.future.search(_sentence_prefix(text, m.start())):
            date = pub + dt.timedelta(days=ahead)
        else:
            date = pub - dt.timedelta(days=back)
        found.append(_Candidate(m.start(), m.end(), (_day(date),), weekday=True))

    for m in p.rel_day.finditer(text):
        offset = lex.relative_days[re.sub(r"\s+", " ", m["w"].lower())]
        start = m.start()
        if text[start : start + 4].lower() == "the ":
            start += 4
        found.append(_Candidate(start, m.end(), (_day(pub + dt.timedelta(days=offset)),)))

    for m in p.rel_unit.finditer(text):
        unit_value = _relative_unit(m["pre"], m["rel"].lower(), m["unit"].lower(), pub)
        if unit_value is not None:
            start = m.start()
            if text[start : start + 4].lower() == "the ":
                start += 4
            found.append(_Candidate(start, m.end(), (unit_value,)))

    for m in p.ago.finditer(text):
        amount = _number(m["num"])
        unit = m["unit"].lower().rstrip("s")
        if amount is None:
            continue
        sign = -1 if m["dir"].lower() == "ago" else 1
        date = _shift(pub, unit, sign * amount)
        value = {
            "day": _day(date),
            "week": _week_value(date),
            "month": _month_value(date.year, date.month),
            "year": _year_value(date.year),
        }[unit]
        found.append(_Candidate(m.start(), m.end(), (value,)))

    for m in p.span.finditer(text):
        amount = _number(m["num"])
        unit = m["unit"].lower().rstrip("s")
        if amount is None or (m["num"].isdigit() and unit == "year" and amount > 200):
            continue
        direction = (m["dir"] or "").lower()
        prep = m["prep"].lower()
        if m["the"] and not direction:
            continue  # "for the six months ended ...": a reporting period anchored elsewhere
        if prep == "in" and not direction:
            if unit == "day" and amount == 1:
                continue
            # "in two weeks": a point that far ahead, approximate
            date = _shift(pub, unit, amount)
            found.append(_Candidate(m.start("body"), m.end(), (_window(date, date),)))
            continue
        if direction in ("next", "coming") or (
            not direction and (prep == "within" or p.future.search(_sentence_prefix(text, m.start())))
        ):
            window = _window(pub, _shift(pub, unit, amount))
        else:
            window = _window(_shift(pub, unit, -amount), pub)
        found.append(_Candidate(m.start("body"), m.end(), (window,)))

    for m in p.vague.finditer(text):
        direction, unit, amount = lex.vague[re.sub(r"\s+", " ", m["phrase"].lower())]
        if direction == "back":
            window = _window(_shift(pub, unit, -amount), pub)
        else:
            window = _window(pub, _shift(pub, unit, amount))
        found.append(_Candidate(m.start(), m.end(), (window,)))

    return found


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _lexicon().numbers.get(token.lower())


def _relative_unit(pre: str | None, rel: str, unit: str, pub: dt.date) -> TimeValue | None:
    """'last week', 'this year', 'earlier this month', 'the end of the year', 'next quarter' ..."""
    if rel == "the" and not (pre and "of" in pre.lower()):
        return None
    if rel == "the":
        rel = "this"
    if rel in ("past", "previous") and unit in ("week", "month", "year", "decade") and pre is None:
        amount = {"week": 7, "month": 30, "year": 365, "decade": 3652}[unit]
        return _window(pub - dt.timedelta(days=amount), pub)
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    pre_l = re.sub(r"\s+", " ", pre.lower()) if pre else None
    if unit == "week":
        value = _week_value(pub + dt.timedelta(weeks=step))
    elif unit == "weekend":
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=step)
        return _window(saturday, saturday + dt.timedelta(days=1), "day")
    elif unit == "month":
        first = _add_months(pub.replace(day=1), step)
        value = _month_value(first.year, first.month)
        if pre_l:
            return _relative_part(pre_l, value, pub, "month")
    elif unit == "year":
        value = _year_value(pub.year + step)
        if pre_l:
            return _relative_part(pre_l, value, pub, "year")
    elif unit == "quarter":
        index = (pub.year * 12 + pub.month - 1) // 3 + step
        value = _quarter_value(index // 4, index % 4 + 1)
    else:  # decade
        start = pub.year // 10 * 10 + 10 * step
        value = _year_value(start, start + 9)
    if pre_l in ("earlier", "later"):
        return _relative_part(pre_l, value, pub, unit)
    return value


def _relative_part(pre: str, value: TimeValue, pub: dt.date, unit: str) -> TimeValue | None:
    start, end = dt.date.fromisoformat(value.date), dt.date.fromisoformat(value.enddate or value.date)
    if pre == "earlier":
        return _window(start, min(pub, end)) if start <= pub else value
    if pre == "later":
        return _window(max(pub, start), end) if pub <= end else value
    pre = re.sub(r"^the\s+", "", pre)
    return _part_window(pre, unit, start.year, start.month if unit == "month" else None)


# --------------------------------------------------------------------------- selection and merging


def _select(found: list[_Candidate], hints: list[tuple[int, int]] | None) -> list[_Candidate]:
    """Longest non-overlapping candidates, left to right; weak ones only inside a hint."""
    chosen: list[_Candidate] = []
    taken_until = -1
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if cand.start < taken_until:
            continue
        if cand.weak and not (hints and any(s <= cand.start and cand.end <= e for s, e in hints)):
            continue
        chosen.append(cand)
        taken_until = cand.end
    return chosen


def _with_year(cand: _Candidate, year: int) -> _Candidate:
    if cand.year_given or cand.rebuild is None:
        return cand
    values = cand.rebuild(year)
    return replace(cand, values=values, year_given=True) if values else cand


def _year_of(cand: _Candidate) -> int:
    return int(cand.values[0].date[:4])


def _merge(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Join 'December 3 and May 7, 2022' (list) and 'March to May' / 'between March and May' (range)."""
    p = _patterns()
    out: list[_Candidate] = []
    for cand in chosen:
        if (
            out
            and out[-1].weekday
            and cand.calendar
            and len(cand.values) == 1
            and cand.values[0].enddate is None
            and p.weekday_gap.fullmatch(text[out[-1].end : cand.start])
        ):
            out[-1] = replace(cand, start=out[-1].start)  # the date decides; the weekday is part of the text
            continue
        if out and out[-1].calendar and cand.calendar:
            prev = out[-1]
            gap = text[prev.end : cand.start]
            is_range = bool(p.range_gap.fullmatch(gap))
            is_list = (
                not is_range and bool(p.list_gap.fullmatch(gap)) and bool(re.search(r"\b(?:and|or)\b|&", gap))
            )
            if is_range or is_list:
                if not prev.year_given and cand.year_given:
                    prev = _with_year(prev, _year_of(cand))
                if (
                    is_list
                    and gap.strip() == "and"
                    and p.between.search(text[max(0, prev.start - 15) : prev.start])
                ):
                    is_range = True
                if is_range and len(prev.values) == 1 and len(cand.values) == 1:
                    start = prev.values[0].date
                    end = cand.values[0].enddate or cand.values[0].date
                    if end > start:
                        precision = prev.values[0].precision
                        if precision != cand.values[0].precision or precision == "approximate":
                            precision = (
                                "approximate"
                                if "approximate" in (precision, cand.values[0].precision)
                                else "day"
                            )
                        value = TimeValue(start, end, precision)
                        out[-1] = _Candidate(prev.start, cand.end, (value,), calendar=False)
                        continue
                elif is_list:
                    out[-1] = _Candidate(
                        prev.start,
                        cand.end,
                        prev.values + cand.values,
                        calendar=True,
                        year_given=cand.year_given,
                    )
                    continue
        out.append(cand)
    return out


def _mark_since(text: str, cand: _Candidate) -> _Candidate:
    p = _patterns()
    if len(cand.values) != 1 or not p.since.search(text[max(0, cand.start - 12) : cand.start]):
        return cand
    value = cand.values[0]
    return replace(cand, values=(TimeValue(value.date, None, value.precision, ongoing=True),))


# --------------------------------------------------------------------------- public API


def _by_tense(cand: _Candidate, pub: dt.date, tense: str | None, text: str = "") -> _Candidate:
    """A month or day of no stated year, put on the side of the publication date its clause's tense
    says: 'withdrew from the deal in May' (published in March) is last May, 'will visit in January'
    next January; and a bare weekday (its words in `text`) in a past clause is the last one."""
    if (
        cand.weekday
        and tense == "past"
        and len(cand.values) == 1
        and cand.values[0].date > pub.isoformat()
        and text[cand.start : cand.end].strip().lower() in _lexicon().weekdays
    ):
        # A bare weekday in a past clause is the last one, whatever word before it looked ahead ("a UN
        # plan to reunify Cyprus was rejected … on Saturday")
        day = dt.date.fromisoformat(cand.values[0].date) - dt.timedelta(days=7)
        return replace(cand, values=(_day(day),))
    if cand.year_given or cand.rebuild is None or tense not in {"past", "future"}:
        return cand
    first = cand.values[0].date
    last = cand.values[-1].enddate or cand.values[-1].date
    year = _year_of(cand)
    if tense == "past" and first > pub.isoformat():
        values = cand.rebuild(year - 1)
    elif tense == "future" and last < pub.isoformat():
        values = cand.rebuild(year + 1)
    else:
        return cand
    return replace(cand, values=values) if values else cand


def find_times(
    text: str,
    pub_date: dt.date,
    doc_id: str = "",
    hints: list[tuple[int, int]] | None = None,
    tense: Callable[[int, int], str | None] | None = None,
) -> list[Time]:
    """Date expressions in `text`, resolved against `pub_date`, sorted by start.

    text (str): the document body; offsets in the records are Python str offsets into it.
    pub_date (datetime.date): the publication date relative expressions are resolved against.
    doc_id (str): copied into every record.
    hints (list[tuple[int, int]] | None): character spans of spaCy DATE entities; a weak candidate
        (a bare "May"/"March" with no date word before it) is kept only inside one.
    tense (callable | None): given an expression's character span, "past", "future" or None: the tense
        of the clause it belongs to, which decides the year of a month or day written without one.
    RETURNS (list[Time]): one record per expression; a list of dates is one record with several values.
    """
    if isinstance(pub_date, dt.datetime):
        pub_date = pub_date.date()
    chosen = _merge(text, _select(_scan(text, pub_date), hints))
    since = _patterns().since
    chosen = [
        # ("since May 12" has begun: it is past, whatever the verb)
        _by_tense(c, pub_date, "past")
        if since.search(text[max(0, c.start - 12) : c.start])
        else _by_tense(c, pub_date, tense(c.start, c.end) if tense is not None else None, text)
        for c in chosen
    ]
    return [
        Time(doc_id, text[c.start : c.end], c.start, c.end, c.values)
        for c in (_mark_since(text, c) for c in chosen)
    ]


def resolve(expression: str, pub_date: dt.date) -> tuple[TimeValue, ...]:
    """The values of one date expression ("since December 12, 2022", "last week"); () if not a date.

    The expression goes through the same rules as find_times; the longest record found is used. When
    nothing is found and the expression has a digit, dateparser is tried (past-preferring, relative to
    pub_date) as a fallback, and gives a day value.
    """
    records = find_times(expression, pub_date, hints=[(0, len(expression))])
    if records:
        best = max(records, key=lambda r: r.end - r.start)
        return best.values
    if not any(ch.isdigit() for ch in expression):
        return ()
    return _dateparser_fallback(expression, pub_date)


def _dateparser_fallback(expression: str, pub_date: dt.date) -> tuple[TimeValue, ...]:
    import dateparser  # imported lazily: slow to import, rarely needed

    base = dt.datetime(pub_date.year, pub_date.month, pub_date.day, 12)
    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": True},
    )
    return (_day(parsed.date()),) if parsed else ()


class TimeExtractor(Extractor):
    """Finds and resolves the date expressions of a parsed Document (spaCy DATE entities as hints)."""

    name: ClassVar[str] = "times"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc",)
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def find(self, doc: Document) -> list[Time]:
        if doc.spacy_doc is None:
            return find_times(doc.text, doc.date, doc.id)
        hints, tense = parse_cues(doc.spacy_doc)
        return find_times(doc.text, doc.date, doc.id, hints, tense)

    def annotate(self, doc: Document, found: list[Time]) -> None:
        doc.times = sorted(found, key=lambda t: (t.start, t.end))


def parse_cues(sdoc: Doc) -> tuple[list[tuple[int, int]], Callable[[int, int], str | None]]:
    """What the parse tells find_times: spaCy's DATE entities (as hints) and the tense of the clause
    at a character span."""
    hints = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "DATE"]

    def tense(start: int, end: int) -> str | None:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        return clause_tense(span.root) if span is not None and len(span) else None

    return hints, tense


FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})


def clause_tense(tok: Token) -> str | None:
    """'past' or 'future' for the clause a date word belongs to, when its verb says so plainly: a past
    form ('withdrew', 'was killed', 'has withdrawn'), or 'will'/'shall'; None otherwise ('would',
    present tense, no verb)."""
    verb = tok
    for _ in range(8):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxes):
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"  # "withdrew", "was killed", "had left"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"  # "has withdrawn"
    return None
