"""Round r40 (reader44), a class left from stop 59 and met again in reader_own39 tune; every
sentence here is made up for the test: stones, rocks or bottles thrown by a state's force
("gendarmes had thrown stones at a bus", "soldiers hurled rocks at the fishermen") are an attack
on the ones aimed at (ASSAULT), not the riot a crowd's throwing is (PROTEST), and the force is its
source. A crowd throwing stones stays a violent protest."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb", "force"),
    [
        ("Togolese gendarmes had thrown stones at a Ghanaian bus near Aflao.", "thrown", "Togolese"),
        ("Soldiers hurled rocks at the fishermen on the beach at Keta.", "hurled", "Soldiers"),
        ("Police officers threw bottles at the striking dockers in Tema.", "threw", "Police officers"),
    ],
)
def test_stones_thrown_by_a_force_are_an_attack(analyse, text, verb, force):
    event = event_on(analyse(text), verb)
    assert event.plover_type == "ASSAULT"
    assert any(force.lower() in a.text.lower() for a in event.source)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Protesters had thrown stones at a police bus in Kayes.", "thrown"),
        ("Angry youths threw rocks at the governor's convoy.", "threw"),
    ],
)
def test_stones_thrown_by_a_crowd_stay_a_protest(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "PROTEST"
