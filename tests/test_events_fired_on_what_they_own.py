"""A thing owned by "their" that an attack is aimed at ("fired on their houses", "shot at their
cattle") stands for its owners, the nearest party named before it by a plural noun other than
the attackers, as a thing seized does (`arguments._owner_named_before`): the attack had no
target (stop 61 lead, probes of our own). Only the prepositions an attack is aimed by; "returned
to their barracks" makes no target of the doers. These sentences are others than the probes."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_shots_at_their_homes_hit_the_villagers_who_own_them(analyse):
    text = "Georgian villagers said Ossetian gunmen had fired at their homes overnight."
    fired = event_on(analyse(text), "fired")
    assert [(m.country, m.sector) for m in fired.target] == [("GEO", "CVL")], fired


@pytest.mark.slow
def test_shots_on_their_canoes_hit_the_fishermen_who_own_them(analyse):
    text = "Beninese fishermen accused Nigerian marines of firing on their canoes near Seme."
    opening = [e for e in analyse(text) if e.plover_type == "ASSAULT"]
    assert opening and [m.country for m in opening[0].target] == ["BEN"], opening
