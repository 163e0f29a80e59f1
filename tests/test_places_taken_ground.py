"""A name taken or struck as ground ("captured Soledar", "the fall of Kupiansk") is a town however
the tagger labels it (PERSON, ORG, NORP): the places stage takes it when the gazetteer has a town
of PERSON_CITY_POPULATION or a division of that name, and the actors stage reads no new party in
it (`places.recognize.takes_ground`, `actors.not_actors.names_taken_ground`). Sentences written
for the tests (stop 40, lead)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _analysis(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Wagner fighters captured Soledar in January.", "Soledar", "UKR"),
        ("Militants stormed Marawi in May 2017.", "Marawi", "PHL"),
        ("Kyiv celebrated the liberation of Kupiansk.", "Kupiansk", "UKR"),
    ],
)
def test_a_town_taken_is_a_place_and_no_new_actor(resources, text, town, country):
    analysis = _analysis(text, resources)
    assert [(p.text, p.place.country) for p in analysis.place_mentions if p.text == town] == [
        (town, country)
    ]
    assert not [m for m in analysis.actor_mentions if m.text == town]


def test_the_object_of_a_verb_that_takes_no_ground_stays_as_tagged(resources):
    # "praised" takes no ground: a person's name that is also a town's stays a person
    analysis = _analysis("The general praised Marawi for his courage.", resources)
    assert not [p for p in analysis.place_mentions if p.text == "Marawi"]


def test_a_name_the_gazetteer_lacks_is_not_made_a_place_by_the_verb(resources):
    analysis = _analysis("Rebels seized Rubaya on Tuesday.", resources)
    assert not analysis.place_mentions
