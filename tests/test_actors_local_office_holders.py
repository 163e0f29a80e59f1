"""Local office holders the role index lacks ("a councillor", "a village headman", "a local chief")
are their town's authority (GOV): the bare nouns named no party, so an act on them took the
town's government as its target, or none (stop 55 lead, probes of our own). These sentences are
others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_councillor_shot_dead_is_the_target(analyse):
    text = "Gunmen shot dead a ward councillor outside his home in Durban on Saturday."
    shot = event_on(analyse(text), "shot")
    assert [(m.text, m.sector) for m in shot.target] == [("ward councillor", "GOV")], shot


@pytest.mark.slow
def test_a_village_headman_seized_is_the_target(analyse):
    text = "Gunmen seized a village headman from his farm near Gusau on Friday."
    seized = event_on(analyse(text), "seized")
    assert any(m.text.endswith("headman") and m.sector == "GOV" for m in seized.target), seized


@pytest.mark.slow
def test_a_police_chief_is_still_the_police(analyse):
    text = "The police chief in Kano said officers had detained the men."
    said_or_detained = event_on(analyse(text), "detained")
    assert all(m.sector != "GOV" or m.text != "chief" for m in said_or_detained.source)
