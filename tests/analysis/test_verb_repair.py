"""The parse repair that gives back a clause its past-tense verb when the parser read it as an adjective."""

from __future__ import annotations

import pytest


def _arcs(doc, word: str) -> tuple[str, list[tuple[str, str]]]:
    tok = next(t for t in doc if t.text == word)
    return tok.dep_, [(c.dep_, c.text) for c in tok.children if c.dep_ in {"nsubj", "dobj"}]


@pytest.mark.parametrize(
    ("text", "verb", "dep", "subject", "obj"),
    [
        # (the parser reads each of these verbs as an adjective of the noun after it)
        (
            "Ukrainian artillery fired shells on Tuesday about the dam.",
            "fired",
            "ROOT",
            "artillery",
            "shells",
        ),
        ("Nepal and Bhutan fired shells.", "fired", "ROOT", "Nepal", "shells"),
        (
            "Turkish artillery fired shells near the border, officials said.",
            "fired",
            "ccomp",
            "artillery",
            "shells",
        ),
        (
            "Seoul raised its alert level after the North fired artillery shells across the border.",
            "fired",
            "pcomp",
            "North",
            "shells",
        ),
    ],
)
def test_verb_repair_makes_the_past_tense_its_clauses_verb(nlp, text, verb, dep, subject, obj) -> None:
    doc = nlp(text)
    assert _arcs(doc, verb) == (dep, [("nsubj", subject), ("dobj", obj)])
    assert len(list(doc.sents)) == 1


def test_verb_repair_reports_a_repaired_clause_to_the_speaker(nlp) -> None:
    doc = nlp("Nepal and Bhutan fired shells filled with chlorine at the trenches, Kyiv said.")
    fired = next(t for t in doc if t.text == "fired")
    assert (fired.dep_, fired.head.text) == ("ccomp", "said")
    assert [t.text for t in next(c for c in fired.children if c.dep_ == "nsubj").subtree] == [
        "Nepal",
        "and",
        "Bhutan",
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels freed 14 abducted schoolchildren on Sunday.", "abducted"),
        ("Warplanes bombed suspected militant positions on Tuesday.", "suspected"),
        ("Turkish troops and allied fighters took the town.", "allied"),
    ],
)
def test_verb_repair_leaves_real_modifiers_alone(nlp, text, word) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.dep_ == "amod"


def test_verb_repair_codes_the_event_it_gives_back(code_with_places) -> None:
    events = code_with_places("Turkish artillery fired shells near the border, officials said.")
    assault = next(e for e in events if e.event == "ASSAULT")
    assert [(a.code, a.sector) for a in assault.actor] == [("TUR", "MIL")]


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj", "prep", "its_object"),
    [
        # (the parser leaves these sentences with no verb: the participle is an adjective of the object,
        # itself the object of the preposition before it)
        (
            "Supporters of the opposition hurled stones at police in Dhaka on Monday.",
            "hurled",
            "Supporters",
            "stones",
            "of",
            "opposition",
        ),
        (
            "Unidentified attackers on a motorbike sprayed acid on four schoolgirls walking to class.",
            "sprayed",
            "attackers",
            "acid",
            "on",
            "motorbike",
        ),
    ],
)
def test_verb_repair_gives_a_verbless_sentence_its_participle(
    nlp, text, verb, subject, obj, prep, its_object
) -> None:
    doc = nlp(text)
    assert _arcs(doc, verb) == ("ROOT", [("nsubj", subject), ("dobj", obj)])
    first_prep = next(t for t in doc if t.text == prep)
    assert [c.text for c in first_prep.children if c.dep_ == "pobj"] == [its_object]


def test_verb_repair_leaves_a_sentence_with_a_verb_alone(nlp) -> None:
    doc = nlp("Police said supporters of the opposition threw stones.")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "said"


def test_verb_repair_reports_a_verbless_clause_to_the_speaker(nlp) -> None:
    doc = nlp("Supporters of the opposition hurled stones at police on Monday, witnesses said.")
    hurled = next(t for t in doc if t.text == "hurled")
    assert (hurled.dep_, hurled.head.text) == ("ccomp", "said")
    assert _arcs(doc, "hurled")[1] == [("nsubj", "Supporters"), ("dobj", "stones")]
    assert [c.text for c in hurled.head.children if c.dep_ == "nsubj"] == ["witnesses"]


def test_verb_repair_takes_a_past_tense_off_its_subject(nlp) -> None:
    # (the parser hangs "hurled" on "Residents" as a modifier, so "said" has two subjects)
    doc = nlp("Residents of the camp hurled rocks at soldiers on Friday, police said.")
    hurled = next(t for t in doc if t.text == "hurled")
    assert (hurled.dep_, hurled.head.text) == ("ccomp", "said")
    assert _arcs(doc, "hurled") == ("ccomp", [("nsubj", "Residents"), ("dobj", "rocks")])


def test_verb_repair_leaves_a_reduced_relative_alone(nlp) -> None:
    doc = nlp("The man arrested in Paris carried a fake passport, police said.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert arrested.dep_ == "acl"
