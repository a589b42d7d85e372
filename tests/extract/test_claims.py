"""Tests for eventwatch.extract.claims: tables of short sentences we wrote and the claims they hold."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest

from eventwatch.config import Settings
from eventwatch.model import Claim, Document

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def run() -> Any:
    from eventwatch.analysis import load_nlp, parse
    from eventwatch.extract.claims import ClaimExtractor
    from eventwatch.pipeline import make_extractor

    try:
        nlp = load_nlp(Settings().spacy_model)
    except Exception:
        pytest.skip("spaCy model not installed")
    before = [make_extractor(n) for n in ("times", "places", "actors", "events")]
    claims = ClaimExtractor()

    def _run(text: str) -> Document:
        [doc] = list(parse(nlp, [Document("t", dt.date(2023, 2, 25), text)]))
        for extractor in before:
            extractor(doc)
        claims(doc)
        return doc

    return _run


def only(claims: list[Claim], cue: str) -> Claim:
    hits = [c for c in claims if c.cue == cue]
    assert len(hits) == 1, [(c.cue, c.content) for c in claims]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "mode", "content"),
    [
        (
            '"We will not accept any delay," the mayor said.',
            "said",
            "mayor",
            "direct",
            "We will not accept any delay",
        ),
        (
            'The spokesman said: "The talks were useful and we hope to continue them."',
            "said",
            "spokesman",
            "direct",
            "The talks were useful and we hope to continue them",
        ),
        (
            '"The bridge is closed," said Maria Lopez, the chief, "and it will stay closed until Friday."',
            "said",
            "Maria Lopez",
            "direct",
            "The bridge is closed and it will stay closed until Friday",
        ),
        (
            'Minister Anna Berg said the agreement was "a historic step for both sides" and would hold.',
            "said",
            "Anna Berg",
            "mixed",
            'the agreement was "a historic step for both sides" and would hold',
        ),
        (
            "Minister Olaf Kern told reporters that the border would reopen on Monday.",
            "told",
            "Olaf Kern",
            "indirect",
            "the border would reopen on Monday",
        ),
        (
            "Dozens of protesters were detained, police said.",
            "said",
            "police",
            "indirect",
            "Dozens of protesters were detained",
        ),
        (
            "According to the health ministry, at least 24 people were wounded in the attack.",
            "According to",
            "health ministry",
            "indirect",
            "at least 24 people were wounded in the attack",
        ),
        ("The company announced 10,000 job cuts.", "announced", "company", "indirect", "10,000 job cuts"),
    ],
)
def test_claims_speech_forms(run: Any, text: str, cue: str, speaker: str, mode: str, content: str) -> None:
    doc = run(text)
    claim = only(doc.claims, cue)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.mode == mode
    assert claim.content == content
    assert text[claim.content_start : claim.content_end].startswith(content.split()[0])
    assert claim.stance == "assert"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "It was reported that more than 500 families had left the valley.",
            "reported",
            "more than 500 families",
        ),
        ("Concern was expressed over the rising prices of bread.", "expressed", "rising prices of bread"),
        (
            "At the talks, the importance of a lasting ceasefire was also noted.",
            "noted",
            "importance of a lasting",
        ),
    ],
)
def test_claims_passive_speaker_is_unknown_but_present(run: Any, text: str, cue: str, content: str) -> None:
    claim = only(run(text).claims, cue)
    assert claim.speaker is None
    assert claim.to_dict()["speaker"] == {"entity_text": None, "name": None, "code": None, "sector": None}
    assert content in claim.content


@pytest.mark.parametrize(
    ("text", "outer", "denier", "inner", "claimant", "inner_content"),
    [
        (
            "The ministry rejected Ruritania's claim that its soldiers had shelled the village as baseless.",
            "rejected",
            "ministry",
            "claim",
            "Ruritania",
            "its soldiers had shelled the village",
        ),
        (
            "The allegations of the opposition that the vote was rigged are false, the commission said.",
            "said",
            "commission",
            "allegations",
            "opposition",
            "the vote was rigged",
        ),
    ],
)
def test_claims_rejected_claim_nests_in_the_denial(
    run: Any, text: str, outer: str, denier: str, inner: str, claimant: str, inner_content: str
) -> None:
    doc = run(text)
    rejecting, reported = only(doc.claims, outer), only(doc.claims, inner)
    assert rejecting.stance == "deny" and rejecting.speaker is not None and rejecting.speaker.name == denier
    assert reported.mode == "reported" and reported.nested_in == rejecting.id
    assert reported.speaker is not None and reported.speaker.name == claimant
    assert reported.content == inner_content


def test_claims_events_in_a_rejected_claim_are_alleged_and_disputed(run: Any) -> None:
    doc = run(
        "The ministry rejected Ruritania's claim that its soldiers had shelled the village as baseless."
    )
    reported = only(doc.claims, "claim")
    inside = [e for e in doc.events if e.id in reported.events]
    assert inside, [(e.event, e.event_text) for e in doc.events]
    for event in inside:
        assert event.status == "alleged"
        assert event.claimed_by == "Ruritania"
        assert "ministry" in event.disputed_by


def test_claims_denial_verb(run: Any) -> None:
    claim = only(run("The government denied that troops had fired on the demonstrators.").claims, "denied")
    assert claim.stance == "deny"
    assert claim.content == "troops had fired on the demonstrators"


@pytest.mark.parametrize(
    ("text", "cue", "quantity"),
    [
        (
            "Officials said more than 3,000 trucks had crossed.",
            "said",
            ("more than 3,000 trucks", 3000, ">", "trucks"),
        ),
        (
            "Police said at least 24 wounded were taken to hospital.",
            "said",
            ("at least 24 wounded", 24, ">=", "wounded"),
        ),
        (
            "Dozens of protesters were detained, police said.",
            "said",
            ("Dozens of protesters", 24, "~", "protesters"),
        ),
        (
            "Officials warned that nearly 2 million people could go hungry.",
            "warned",
            ("nearly 2 million people", 2e6, "~", "people"),
        ),
    ],
)
def test_claims_quantities(run: Any, text: str, cue: str, quantity: tuple[str, float, str, str]) -> None:
    claim = only(run(text).claims, cue)
    got = [(q.text, q.value, q.bound, q.unit) for q in claim.quantities]
    assert quantity in got


def test_claims_quantity_period_from_the_text(run: Any) -> None:
    claim = only(
        run("Officials said more than 500 families had left the valley in recent months.").claims, "said"
    )
    [quantity] = claim.quantities
    assert quantity.period is not None and quantity.period.enddate == "2023-02-25"


def test_claims_date_of_the_saying(run: Any) -> None:
    claim = only(run("The company announced 10,000 job cuts on Tuesday.").claims, "announced")
    assert claim.date == "2023-02-21"
    assert claim.quantities[0].period is None  # Tuesday dates the announcement, not the cuts


def test_claims_ids_are_stable(run: Any) -> None:
    text = "Officials said the border would reopen."
    assert [c.id for c in run(text).claims] == [c.id for c in run(text).claims]


def test_claims_no_claim_without_content(run: Any) -> None:
    assert run("The minister added five aircraft to the fleet.").claims == []


def test_claims_nesting_never_loops() -> None:
    """Two claims whose contents each hold the other's cue: the wider one stays on top."""
    from eventwatch.extract.claims import Found, _nest

    def found(cue: int, first: int, last: int) -> Found:
        return Found("said", 0, 4, cue, None, "indirect", "assert", first, last, "", 0, 0, cast(Any, None))

    wide, narrow = found(cue=5, first=0, last=20), found(cue=2, first=3, last=9)
    _nest([wide, narrow])
    assert wide.parent is None and narrow.parent is wide
    assert narrow.sources == [None, None]  # the source chain ends


@pytest.mark.parametrize(
    ("text", "cue", "vehicle"),
    [
        ('The mayor said in a statement, "The bridge stays closed."', "said", "statement"),
        ("In her speech, the senator praised the volunteers for their work.", "praised", "speech"),
        ("A report by the auditors said that the budget was overspent.", "said", "report"),
        ("The governor said that the bridge stays closed.", "said", None),
        ("The governor said in May that the bridge stays closed.", "said", None),
    ],
)
def test_claims_vehicle_of_the_words(run: Any, text: str, cue: str, vehicle: str | None) -> None:
    from eventwatch.extract.claims import ClaimExtractor

    doc = run(text)
    [found] = [f for f in ClaimExtractor().find(doc) if f.cue == cue]
    got = doc.text[found.vehicle_start : found.vehicle_end] if found.vehicle_start >= 0 else None
    assert got == vehicle


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Farmers sued the company over claims of poisoning wells.", "claims", "poisoning wells"),
        ('The judge wrote: "I conclude that the contract was never signed."', "conclude", "the contract"),
    ],
)
def test_claims_noun_and_verb_cues(run: Any, text: str, cue: str, content: str) -> None:
    claim = only(run(text).claims, cue)
    assert claim.content.startswith(content)


def test_claims_quoted_someone_as_saying_is_a_claim(run: Any) -> None:
    # a person named before is a mention when repeated; "quoted X as saying" still reports X's words
    # (where "citing X" only names a source)
    doc = run(
        "Finance Minister Sri Mulyani spoke on Monday. The ban stays, Reuters quoted Mulyani as saying."
    )
    assert only(doc.claims, "quoted").content


def test_claims_an_adjective_of_a_side_owns_its_claims(run) -> None:
    doc = run("Baku has repeatedly denied Armenian claims that the road is blocked.")
    nested = only(doc.claims, "claims")
    assert nested.speaker is not None and nested.speaker.code == "ARM"


def test_claims_an_accusation_holds_the_charge(run) -> None:
    doc = run("Armenia accused Azerbaijan of blockading the Lachin corridor.")
    assert only(doc.claims, "accused").content == "Azerbaijan of blockading the Lachin corridor"
