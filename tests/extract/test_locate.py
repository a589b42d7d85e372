"""Which place is where the event happened (issue 5, event location)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.extract.locate import event_place
from eventwatch.extract.places import PlaceExtractor
from eventwatch.model import Document


@pytest.fixture(scope="module")
def locate(nlp):
    places = PlaceExtractor()

    def run(text: str, verb: str) -> str | None:
        doc = Document(id="t", date=dt.date(2024, 1, 1), text=text)
        doc.spacy_doc = nlp(text)
        places(doc)
        start = text.index(verb)
        span = doc.doc.char_span(start, start + len(verb), alignment_mode="expand")
        assert span is not None
        trigger = span.root
        chosen = event_place(trigger, trigger.sent, doc.places)
        return chosen.text if chosen else None

    return run


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Police arrested three men in Nairobi after the talks in Geneva.", "arrested", "Nairobi"),
        ("U.S. troops detained two suspects in Kandahar.", "detained", "Kandahar"),
        ("Gunmen killed a guard in Mogadishu's Wadajir district on Monday.", "killed", "Wadajir"),
        ("Protesters marched through the town of Gyumri, Armenian media said.", "marched", "Gyumri"),
        ("France's president visited Dakar.", "visited", "Dakar"),
        # the finer of two places in one phrase, whichever way round the phrase puts them
        ("Gunmen attacked a checkpoint in Pakistan's northwestern city of Peshawar.", "attacked", "Peshawar"),
        ("Two people were killed in the Karrada district of Baghdad on Sunday.", "killed", "Karrada"),
        ("Police shot two men in Muuri village in Lower Shabelle region.", "shot", "Muuri"),
        # a place inside an organisation's name, or the dateline, is not the scene
        ("The Islamic State of Iraq and Al-Sham attacked army posts near Homs.", "attacked", "Homs"),
        ("BAGHDAD -- A bomber struck a market in Mosul on Tuesday.", "struck", "Mosul"),
        ("Thousands of people marched through the streets of Edinburgh.", "marched", "Edinburgh"),
        ("Troops arrested five suspects in raids north of Kandahar.", "arrested", "Kandahar"),
        ("A shell hit a pharmacy in the Souk Al-Hout area of Benghazi.", "hit", "Souk Al-Hout"),
        (
            "The fire destroyed ten houses in the suburbs of the city of Coimbra, north of Lisbon.",
            "destroyed",
            "Coimbra",
        ),
        ("Rebels captured Ndoumbala on Monday after heavy fighting.", "captured", "Ndoumbala"),
        ("Militants stormed the northern perimeter of Qaraqoyunlu overnight.", "stormed", "Qaraqoyunlu"),
        ("Two men were shot in the province of Kandahar.", "shot", "Kandahar"),
        (
            "Militants launched an assault on the Qaraqoyunlu Military Airport today.",
            "launched",
            "Qaraqoyunlu Military Airport",
        ),
        # the trigger's own phrase before its head verb's
        (
            "The army attacked in the countryside of Aleppo, targeting the village of Qaraqoyunlu.",
            "targeting",
            "Qaraqoyunlu",
        ),
        (
            "In the province of Kandahar, militants shelled the village of Qaraqoyunlu.",
            "shelled",
            "Qaraqoyunlu",
        ),
        (
            "Rebels launched an attack at the Al-Qaraqoyunlu Farms of northern Aleppo.",
            "launched",
            "Al-Qaraqoyunlu Farms",
        ),
        (
            "A soldier was killed by a bomb planted by rebels in Raqqa province, northeast Syria.",
            "killed",
            "Raqqa",
        ),
        ("KABUL  Gunmen killed two guards in Herat on Monday.", "killed", "Herat"),
        ("Several thousand students marched through Sudan's capital, Khartoum.", "marched", "Khartoum"),
        ("A patrol was ambushed near Kandahar in southern Afghanistan on Sunday.", "ambushed", "Kandahar"),
    ],
)
def test_locate_event_place(locate, text: str, verb: str, place: str) -> None:
    assert locate(text, verb) == place


def test_locate_unknown_toponym_comes_back_unresolved(nlp) -> None:
    text = "Soldiers shelled positions near Qaraqoyunlu Heights overnight."
    doc = Document(id="t", date=dt.date(2024, 1, 1), text=text)
    doc.spacy_doc = nlp(text)
    trigger = doc.doc[1]
    chosen = event_place(trigger, trigger.sent, [])
    assert chosen is not None and chosen.geonameid is None and chosen.lat is None
    assert "Qaraqoyunlu" in chosen.text


def test_locate_no_place_in_sentence(nlp) -> None:
    text = "The minister resigned on Friday."
    doc = Document(id="t", date=dt.date(2024, 1, 1), text=text)
    doc.spacy_doc = nlp(text)
    assert event_place(doc.doc[2], doc.doc[2].sent, []) is None


def test_locate_neighbouring_sentence_sets_the_scene(nlp) -> None:
    text = "Fighting broke out in Kismayo on Monday. Two soldiers were killed."
    doc = Document(id="t", date=dt.date(2024, 1, 1), text=text)
    doc.spacy_doc = nlp(text)
    PlaceExtractor()(doc)
    trigger = next(t for t in doc.doc if t.text == "killed")
    assert event_place(trigger, trigger.sent, doc.places) is None
    chosen = event_place(trigger, trigger.sent, doc.places, context=doc.doc[:])
    assert chosen is not None and chosen.text == "Kismayo"


def test_locate_a_titled_person_after_on_is_no_scene(locate) -> None:
    text = "The bloc imposed sanctions on President Ilham Kovac and six officials."
    assert locate(text, "imposed") is None
