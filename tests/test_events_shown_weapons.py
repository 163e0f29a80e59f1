"""A weapon fired in a test or into open water at no one is a show of force, PLOVER MOBILIZE
'weapons' (CAMEO 150), and the party a sea is named after is no target; fired at something it
is an assault (`events/shown_weapons.py`, pattern families "a missile or rocket launched" and
"a weapon tested", own_triggers "test" nouns). Sentences written for the tests (stop 41, lead;
the class came from probes with other sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _events(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    return [
        (e.plover_type, e.cameo_code, [m.text for m in e.target])
        for e in analyse_documents([doc], resources)[0].event_mentions
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The North fired two short-range ballistic missiles into the sea off its east coast.",
        "India test-fired an Agni missile from an island off Odisha.",
        "Beijing launched an intercontinental missile into the Pacific Ocean.",
        "Iran lobbed missiles into the Gulf of Oman.",
    ],
)
def test_a_weapon_fired_at_no_one_is_a_show_of_force(resources, text):
    assert _events(text, resources)[:1] == [("MOBILIZE", "150", [])]


def test_a_weapon_test_named_by_a_noun_is_a_show_of_force(resources):
    events = _events("The army carried out a rocket test near the border.", resources)
    assert [(t, c) for t, c, _ in events] == [("MOBILIZE", "150")]


@pytest.mark.parametrize(
    "text",
    ["Militants fired rockets at a police station.", "Rebels launched missiles at the airport."],
)
def test_a_weapon_fired_at_something_is_an_assault(resources, text):
    assert [(t, c) for t, c, _ in _events(text, resources)] == [("ASSAULT", "194")]


def test_the_party_around_the_water_is_faced(resources):
    # "waters around Taiwan": Taiwan is the party the show of force faces
    text = "The People's Liberation Army fired missiles into waters around Taiwan."
    assert _events(text, resources)[:1] == [("MOBILIZE", "150", ["Taiwan"])]
