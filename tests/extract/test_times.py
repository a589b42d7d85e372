"""Tests for eventwatch.extract.times: tables of short sentences and the values they resolve to."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwatch.extract.times import TimeExtractor, find_times, resolve
from eventwatch.model import Document, Time, TimeValue

PUB = dt.date(2023, 2, 25)  # a Saturday


def day(iso: str) -> TimeValue:
    return TimeValue(iso)


def month(first: str, last: str) -> TimeValue:
    return TimeValue(first, last, "month")


def days(first: str, last: str) -> TimeValue:
    return TimeValue(first, last, "day")


def approx(first: str, last: str) -> TimeValue:
    return TimeValue(first, last, "approximate")


def only(sentence: str, pub: dt.date = PUB, hints: list[tuple[int, int]] | None = None) -> Time:
    records = find_times(sentence, pub, "t", hints)
    assert len(records) == 1, [r.text for r in records]
    record = records[0]
    assert sentence[record.start : record.end] == record.text
    return record


@pytest.mark.parametrize(
    ("sentence", "text", "values"),
    [
        ("The talks were held on December 12, 2022.", "December 12, 2022", (day("2022-12-12"),)),
        ("Talks resumed on 12 Dec 2022 in the capital.", "12 Dec 2022", (day("2022-12-12"),)),
        ("The report is dated 2022-12-12 and signed.", "2022-12-12", (day("2022-12-12"),)),
        ("The aircraft is named after 7/8/07 in American notation.", "7/8/07", (day("2007-07-08"),)),
        ("Officials met on Dec. 12 in the capital.", "Dec. 12", (day("2022-12-12"),)),
        ("Officials met on the 3rd of February.", "3rd of February", (day("2023-02-03"),)),
        ("Prices fell in December 2022.", "December 2022", (month("2022-12-01", "2022-12-31"),)),
        ("The plant opened in 2022.", "2022", (TimeValue("2022-01-01", "2022-12-31", "year"),)),
        ("The 1986/87 crop was poor.", "1986/87", (TimeValue("1986-01-01", "1987-12-31", "year"),)),
        ("The 2010-11 season was long.", "2010-11", (TimeValue("2010-01-01", "2011-12-31", "year"),)),
        ("Output peaked in the 1990s.", "1990s", (TimeValue("1990-01-01", "1999-12-31", "year"),)),
        ("Sales slowed in early 2009.", "early 2009", (approx("2009-01-01", "2009-04-30"),)),
        ("The offer expires in mid-December.", "mid-December", (approx("2022-12-11", "2022-12-20"),)),
    ],
)
def test_times_absolute_and_partial(sentence: str, text: str, values: tuple[TimeValue, ...]) -> None:
    record = only(sentence)
    assert (record.text, record.values) == (text, values)


@pytest.mark.parametrize(
    ("sentence", "pub", "text", "values"),
    [
        (
            "Talks were held on December 3 and 7, 2022.",
            PUB,
            "December 3 and 7, 2022",
            (day("2022-12-03"), day("2022-12-07")),
        ),
        (
            "They met on March 3 and May 7, 2022 in the city.",
            PUB,
            "March 3 and May 7, 2022",
            (day("2022-03-03"), day("2022-05-07")),
        ),
        ("The fair ran 3-7 December.", PUB, "3-7 December", (TimeValue("2022-12-03", "2022-12-07", "day"),)),
        (
            "The fair ran December 3 to 7.",
            PUB,
            "December 3 to 7",
            (TimeValue("2022-12-03", "2022-12-07", "day"),),
        ),
        (
            "Protests went on between March and May.",
            dt.date(2023, 7, 1),
            "March and May",
            (TimeValue("2023-03-01", "2023-05-31", "month"),),
        ),
        (
            "Deliveries run from 2009 to 2011.",
            PUB,
            "2009 to 2011",
            (TimeValue("2009-01-01", "2011-12-31", "year"),),
        ),
        ("He left on Monday, Dec. 12 at noon.", PUB, "Monday, Dec. 12", (day("2022-12-12"),)),
    ],
)
def test_times_lists_and_ranges(
    sentence: str, pub: dt.date, text: str, values: tuple[TimeValue, ...]
) -> None:
    record = only(sentence, pub)
    assert (record.text, record.values) == (text, values)


@pytest.mark.parametrize(
    ("sentence", "text", "values"),
    [
        ("He spoke on Monday about the road.", "Monday", (day("2023-02-20"),)),
        ("They met last Tuesday in the capital.", "last Tuesday", (day("2023-02-21"),)),
        ("The court is set to rule on Wednesday.", "Wednesday", (day("2023-03-01"),)),
        ("The minister arrived yesterday.", "yesterday", (day("2023-02-24"),)),
        ("The minister arrives today.", "today", (day("2023-02-25"),)),
        ("Shots were heard last night.", "last night", (day("2023-02-24"),)),
        ("Fighting escalated last week.", "last week", (TimeValue("2023-02-13", "2023-02-19", "week"),)),
        ("Two days ago the road was closed.", "Two days ago", (day("2023-02-23"),)),
        (
            "Earlier this month the road reopened.",
            "Earlier this month",
            (approx("2023-02-01", "2023-02-25"),),
        ),
        ("Back in December 2022, aid was offered.", "December 2022", (month("2022-12-01", "2022-12-31"),)),
        ("Talks will resume next month.", "next month", (month("2023-03-01", "2023-03-31"),)),
        ("Growth slowed this year.", "this year", (TimeValue("2023-01-01", "2023-12-31", "year"),)),
        ("Growth slowed last year.", "last year", (TimeValue("2022-01-01", "2022-12-31", "year"),)),
        ("Profit rose in the fourth quarter.", "fourth quarter", (month("2022-10-01", "2022-12-31"),)),
        ("BAKU, Feb 24 (Reuters) - Talks ended.", "Feb 24", (day("2023-02-24"),)),
    ],
)
def test_times_relative_to_publication(sentence: str, text: str, values: tuple[TimeValue, ...]) -> None:
    record = only(sentence)
    assert (record.text, record.values) == (text, values)


@pytest.mark.parametrize(
    ("sentence", "text", "values"),
    [
        (
            "The protest has gone on since December 12, 2022.",
            "December 12, 2022",
            (TimeValue("2022-12-12", None, "day", ongoing=True),),
        ),
        (
            "Prices have risen since December.",
            "December",
            (TimeValue("2022-12-01", None, "month", ongoing=True),),
        ),
        ("The road was closed for three weeks.", "three weeks", (approx("2023-02-04", "2023-02-25"),)),
        ("Traffic grew over the past two years.", "past two years", (approx("2021-02-25", "2023-02-25"),)),
        ("Traffic rose in recent months.", "recent months", (approx("2022-11-25", "2023-02-25"),)),
        ("Talks are due in the coming weeks.", "coming weeks", (approx("2023-02-25", "2023-03-18"),)),
    ],
)
def test_times_open_intervals_and_durations(sentence: str, text: str, values: tuple[TimeValue, ...]) -> None:
    record = only(sentence)
    assert (record.text, record.values) == (text, values)


@pytest.mark.parametrize(
    ("sentence", "pub", "expected"),
    [
        ("Officials met on December 28.", dt.date(2023, 1, 5), "2022-12-28"),
        ("Officials will meet on January 5.", dt.date(2022, 12, 20), "2023-01-05"),
        ("Officials met on October 1.", dt.date(2023, 3, 10), "2022-10-01"),
        ("Officials meet on March 12.", dt.date(2023, 3, 10), "2023-03-12"),
    ],
)
def test_times_year_inference(sentence: str, pub: dt.date, expected: str) -> None:
    assert only(sentence, pub).values[0].date == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 3,000 vehicles used the road.",
        "Some 2000 people marched through the city.",
        "The company employs 1999 workers.",
        "Prices may rise again.",
        "Protesters march through the capital.",
        "May I ask a question?",
        "The Boeing 747 landed safely.",
        "It rose 2.5 pct to 1,850 dlrs a tonne.",
        "The score was 2,010 to 1,990 votes.",
        "The reading was 1990 GMT exactly.",
    ],
)
def test_times_no_false_hits(sentence: str) -> None:
    assert find_times(sentence, PUB) == []


def test_times_bare_may_needs_a_hint() -> None:
    sentence = "May was a hard month."
    assert find_times(sentence, PUB) == []
    record = only(sentence, dt.date(2023, 7, 1), hints=[(0, 3)])
    assert record.values == (month("2023-05-01", "2023-05-31"),)


def test_times_bare_year_keeps_its_own_day_and_month() -> None:
    record = only("The dam was built in 1998.", dt.date(2023, 7, 14))
    assert record.values[0].date == "1998-01-01"
    assert record.values[0].precision == "year"


def test_times_offsets_are_str_offsets() -> None:
    text = "Ünïcödé — «quoted» text. The mission ended on 3 March 2021 and left."
    record = only(text)
    assert text[record.start : record.end] == "3 March 2021"


@pytest.mark.parametrize(
    ("expression", "values"),
    [
        ("since December 12, 2022", (TimeValue("2022-12-12", None, "day", ongoing=True),)),
        ("last week", (TimeValue("2023-02-13", "2023-02-19", "week"),)),
        ("May 2020", (month("2020-05-01", "2020-05-31"),)),
        ("the weather", ()),
    ],
)
def test_times_resolve_one_expression(expression: str, values: tuple[TimeValue, ...]) -> None:
    assert resolve(expression, PUB) == values


def test_times_extractor_uses_spacy_date_hints() -> None:
    words = ["May", "was", "hard", ",", "and", "on", "December", "3", "talks", "ended", "."]
    spaces = [True, True, False, True, True, True, True, True, True, False, False]
    ents = ["B-DATE", "O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O"]
    spacy_doc = Doc(Vocab(), words=words, spaces=spaces, ents=ents)
    doc = Document(id="d1", date=PUB, text=spacy_doc.text, spacy_doc=spacy_doc)
    extractor = TimeExtractor()
    assert (extractor.name, extractor.requires, extractor.assigns) == ("times", ("spacy_doc",), ("times",))
    extractor(doc)
    assert [t.text for t in doc.times] == ["May", "December 3"]
    assert doc.times[1].values == (day("2022-12-03"),)
    assert all(t.doc_id == "d1" for t in doc.times)


def test_times_record_to_dict_matches_contract() -> None:
    record = only("Talks were held on December 3 and 7, 2022.")
    out = record.to_dict()
    assert out["kind"] == "time"
    assert out["values"] == [
        {"date": "2022-12-03", "enddate": None, "precision": "day"},
        {"date": "2022-12-07", "enddate": None, "precision": "day"},
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published 2024-03-14: a past verb puts a yearless month or day before it, "will" after it
        ("Washington withdrew from the deal in May.", "2023-05-01"),
        ("He visited Kenya on May 3.", "2023-05-03"),
        ("The rebels have held the town since May 12.", "2023-05-12"),
        ("The president will visit Kenya in January.", "2025-01-01"),
        ("The minister visited Kenya in January.", "2024-01-01"),
        ("Elections are due in May.", "2024-05-01"),  # no tense to go by: the nearest May
    ],
)
def test_times_the_clause_tense_decides_a_missing_year(nlp, text: str, expected: str) -> None:
    doc = Document(id="t", date=dt.date(2024, 3, 14), text=text)
    doc.spacy_doc = nlp(text)
    TimeExtractor()(doc)
    assert [t.values[0].date for t in doc.times] == [expected]


def test_times_since_a_yearless_date_is_in_the_past() -> None:
    [since] = find_times("The protest has gone on since May 12.", dt.date(2024, 3, 14))
    assert since.values[0].date == "2023-05-12"
    assert since.values[0].ongoing
