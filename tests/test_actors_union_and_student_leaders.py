"""Leaders and officials of unions and student bodies are the civilians they lead ("a union
leader", "union officials", "a student leader"): the bare head named no party, so an arrest or a
killing took its town as target, and "union officials" read a government's officials (stop 55
lead, probes of our own). These sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_student_leader_shot_dead_is_the_civilian_target(analyse):
    text = "Security forces shot dead a student leader in Mandalay on Friday."
    shot = event_on(analyse(text), "shot")
    assert [(m.text, m.sector) for m in shot.target] == [("student leader", "CVL")], shot


@pytest.mark.slow
def test_union_officials_detained_are_civilians_not_government(analyse):
    text = "Riot police detained three union officials outside the ministry in Harare."
    detained = event_on(analyse(text), "detained")
    assert [m.sector for m in detained.target] == ["CVL"], detained


@pytest.mark.slow
def test_a_union_boss_is_the_source_of_the_strike_call(analyse):
    text = "The union boss in Durban called on dockworkers to walk out on Monday."
    called = event_on(analyse(text), "called")
    assert any(m.text.endswith("union boss") and m.sector == "CVL" for m in called.source), called
