"""A protest in a place with no party named is aimed at that place's state (issue 9, twelfth
round; `place_targets.yaml` `in_types`), on sentences written for the test."""

from __future__ import annotations

import re

import pytest
from event_helpers import event_on

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, Place, PlaceMention

pytestmark = pytest.mark.slow


def _mention(text: str, phrase: str, country, sector) -> ActorMention:
    start = re.search(rf"\b{re.escape(phrase)}\b", text).start()
    return ActorMention("d", start, start + len(phrase), phrase, "x:" + phrase.lower(),
                        phrase, country, sector, None, "generic")  # fmt: skip


def _place(text: str, name: str, country: str) -> PlaceMention:
    start = re.search(rf"\b{re.escape(name)}\b", text).start()
    return PlaceMention("d", start, start + len(name), name,
                        Place(name, country, 0.0, 0.0, None, "city"))  # fmt: skip


def _events(text: str, nlp, actor: tuple, place: tuple):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), [_mention(text, *actor)], [_place(text, *place)])


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "place"),
    [
        ("Hundreds of students protested in Dhaka on Monday.", "protested",
         ("students", None, "CVL"), ("Dhaka", "BGD")),
        ("Inmates rioted inside the old prison in Valparaiso overnight.", "rioted",
         ("Inmates", None, "CVL"), ("Valparaiso", "CHL")),
    ],
)  # fmt: skip
def test_protest_in_a_place_falls_on_that_places_state(nlp, text, trigger, actor, place):
    e = event_on(_events(text, nlp, actor, place), trigger)
    assert [m.text for m in e.target] == [place[0]]
    assert e.target[0].country == place[1]


def test_protest_against_a_named_party_keeps_that_party(nlp):
    text = "Farmers protested in Lyon against the European Commission."
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    actors = [_mention(text, "Farmers", None, "CVL"),
              _mention(text, "European Commission", None, "IGO")]  # fmt: skip
    e = event_on(extract_events(doc, nlp(text), actors, [_place(text, "Lyon", "FRA")]), "protested")
    assert [m.text for m in e.target] == ["European Commission"]
