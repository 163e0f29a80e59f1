"""Classes the reader_own30 tune articles (Sudan and South Sudan over Abyei) showed (issue 9,
round r31, reader35): an act a subject "is said to have" done is hearsay, not told as done;
people kept in a container or a cell are detained; an act under a relative clause, told by a
gerund after "before"/"after", is done by the relative's noun; a plan floated is a proposal, and
what is floated is only proposed (the round's leftover "floated a joint patrol"). Every text here
was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def test_an_act_a_state_is_said_to_have_done_is_not_asserted(analyse):
    event = event_on(
        analyse("The junta is said to have asked Moscow for two helicopters last month."), "asked"
    )
    assert event.plover_type == "REQUEST" and event.polarity != "asserted"


def test_an_act_officials_said_was_done_stays_asserted(analyse):
    event = event_on(
        analyse("Officials said the junta asked Moscow for two helicopters last month."), "asked"
    )
    assert event.plover_type == "REQUEST" and event.polarity == "asserted"


def test_people_kept_in_a_container_are_detained(analyse):
    event = event_on(
        analyse("Guards kept the two fishermen in a shipping container for a week."), "kept"
    )
    assert event.plover_type == "COERCE" and event.polarity == "asserted"


def test_people_kept_in_a_cell_are_detained(analyse):
    event = event_on(analyse("Militiamen kept the mayor in a cell for three nights."), "kept")
    assert event.plover_type == "COERCE"


def test_a_floated_joint_exercise_is_a_proposal_not_the_exercise(analyse):
    events = analyse("Nairobi floated a joint naval exercise with Dar es Salaam in June.")
    floated = event_on(events, "floated")
    assert floated.plover_type == "REQUEST" and floated.polarity == "asserted"
    assert all(e.polarity != "asserted" for e in events if e.trigger.split()[0] == "exercise")


def test_a_proposal_floated_by_a_pronoun_is_a_proposal(analyse):
    event = event_on(analyse("Ghana first floated it in March, a diplomat said."), "floated")
    assert event.plover_type == "REQUEST"


def test_a_currency_floated_is_no_event(analyse):
    events = analyse("The central bank floated the currency in 2016.")
    assert not [e for e in events if e.trigger.split()[0] == "floated"]
