"""The spaCy pipeline as eventwatch loads it: a wire dateline ends before the story's first sentence."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("GOMA, Congo, March 4 (AP) - Rebels seized the town on Monday.", "Rebels"),
        ("KHARTOUM (Reuters) \u2014 The army said it had repelled an attack.", "The"),
        ("BEIRUT: Jets struck a building in the southern suburbs.", "Jets"),
    ],
)
def test_nlp_a_dateline_ends_before_the_story(nlp, text: str, first_word: str) -> None:
    doc = nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert first_word in starts


def test_nlp_no_dateline_no_forced_boundary(nlp) -> None:
    doc = nlp("The UN said on Monday that talks would resume in Geneva.")
    assert [t.text for t in doc if t.is_sent_start] == ["The"]


def test_nlp_the_subject_after_a_dateline_is_parsed_as_such(nlp) -> None:
    doc = nlp("GOMA, Congo, March 4 (AP) - Rebels seized the town on Monday.")
    rebels = next(t for t in doc if t.text == "Rebels")
    assert rebels.dep_ == "nsubj" and rebels.head.text == "seized"


def test_lemmas_the_lexicons_need_are_corrected() -> None:
    from eventwatch.analysis.nlp import load_nlp
    from eventwatch.config import Settings

    doc = load_nlp(Settings().spacy_model)("Farmers staged a sit-in and were slated to march.")
    assert {t.lower_: t.lemma_ for t in doc}["staged"] == "stage"


def test_english_words_are_the_lemmatizers_and_none_without_one(nlp) -> None:
    import spacy

    from eventwatch.analysis import english_words

    words = english_words(nlp)
    assert {"oak", "festival", "police", "market"} <= words
    assert not {"maung", "towne", "azahara"} & words
    assert english_words(spacy.blank("en")) == frozenset()


def test_english_words_of_one_part_of_speech(nlp) -> None:
    from eventwatch.analysis import english_words

    adjectives = english_words(nlp, ("adj",))
    assert {"federal", "military", "royal"} <= adjectives
    assert "toronto" not in adjectives and "toronto" in english_words(nlp)


def test_nlp_a_line_break_starts_a_sentence(nlp) -> None:
    doc = nlp("Workers walked out at the plant in Bristol, Pa.\n\nUnion officials said talks would go on.")
    union = next(t for t in doc if t.text == "Union")
    assert union.is_sent_start and union.head.text != "in"


def test_nlp_an_entity_across_a_line_break_is_split(nlp) -> None:
    from spacy.tokens import Span

    from eventwatch.analysis.nlp import split_entities_at_breaks

    doc = nlp.make_doc("Ferries stopped at Tai O.\n\nMacau closed its casinos.")
    start = next(t.i for t in doc if t.text == "Tai")
    end = next(t.i for t in doc if t.text == "Macau") + 1
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert [(e.text, e.label_) for e in split_entities_at_breaks(doc).ents] == [
        ("Tai O.", "PERSON"),
        ("Macau", "PERSON"),
    ]
