""""ethnic Hungarians", "ethnic Russians": people of an ethnic group, not the state of that name
(lead, stop 69; probe sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.model import Document

pytestmark = pytest.mark.slow


def _mentions(nlp, text: str):
    doc = Document("t", "t", text=text)
    mentions, _ = find_actors(doc, nlp(text), load_kb())
    return {m.text: m for m in mentions}


@pytest.mark.parametrize(
    ("text", "group", "state"),
    [
        ("Slovak police fined nine ethnic Hungarians for flying a banner at a football match.",
         "ethnic Hungarians", "HUN"),
        ("Ethnic Russians in the border town staged a sit-in outside the town hall.",
         "Ethnic Russians", "RUS"),
    ],
)  # fmt: skip
def test_an_ethnic_group_is_not_the_state_of_its_name(nlp, text, group, state):
    m = _mentions(nlp, text)[group]
    assert m.actor_id != state and m.country != state and m.sector == "CVL"


def test_a_nationality_alone_keeps_its_state(nlp):
    # guard: no "ethnic" before the name
    assert _mentions(nlp, "Hungarians voted in a referendum on Sunday.")["Hungarians"].actor_id == (
        "HUN"
    )
