"""A noun for other states in a relation to a possessor ("Georgia's allies", "the neighbours of
Mali", "its creditors") names a group of states that are not the possessor: the possessor must
not become the party (lead, stop 65; probe sentences written as wire text, these are others).
A state's own leaders or officials stay the state."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "actor_id"),
    [
        ("Georgia's allies offered to monitor the ceasefire line, diplomats said.", "offered",
         "new:allies_of_geo"),
        ("Sri Lanka's creditors agreed to restructure 12 billion dollars of debt.", "agreed",
         "new:creditors_of_lka"),
        ("The neighbours of Mali suspended flights to Bamako on Thursday.", "suspended",
         "new:neighbours_of_mli"),
    ],
)
def test_states_related_to_a_possessor_are_not_the_possessor(resources, text, verb, actor_id):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.actor_id, m.country) for m in e.source] == [(actor_id, None)]


def test_a_states_own_officials_stay_the_state(resources):
    # guard: "leaders" is no relation to other states
    e = _on(pipeline_events("Serbia's leaders rejected the proposal on Friday.", resources), "rejected")
    assert [m.country for m in e.source] == ["SRB"]


def test_relational_heads_leave_out_a_states_own_people():
    from realpolitik.actors.generic import _relational_heads

    assert {"allies", "neighbours", "creditors"} <= _relational_heads()
    assert not {"leaders", "officials", "ministers", "governments"} & _relational_heads()


@pytest.mark.parametrize(
    ("text", "verb", "actor_id"),
    [
        ("The creditors of Colombo agreed to a new repayment schedule on Monday.", "agreed",
         "new:creditors_of_lka"),
        ("The neighbours of Niamey closed their airspace to its flights.", "closed",
         "new:neighbours_of_ner"),
    ],
)  # fmt: skip
def test_a_seat_in_the_of_phrase_of_related_states_names_their_state(
    resources, text, verb, actor_id
):
    # lead, stop 66: "the allies of Kyiv" named no party, where "Kyiv's allies" did
    e = _on(pipeline_events(text, resources), verb)
    assert [m.actor_id for m in e.source] == [actor_id]


def test_a_seat_in_the_of_phrase_of_a_place_noun_stays_a_place(resources):
    # guard: "the streets of Tbilisi" is the town
    events = pipeline_events("Thousands marched through the streets of Tbilisi on Sunday.", resources)
    assert not [m for e in events for m in [*e.source, *e.target] if m.text == "Tbilisi"]
