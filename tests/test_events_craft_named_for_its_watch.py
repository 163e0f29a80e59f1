"""A craft named for the watch it keeps ("a patrol boat", "a surveillance plane") is a craft, not a
patrol made: "patrol" as the compound of a craft noun read a MOBILIZE with no parties beside the
craft's own act (stop 61 lead, probes of our own; `data/events/unit_heads.yaml` craft lists).
A patrol told as a noun of its own stays an act. These sentences are others than the probes."""

from __future__ import annotations

import pytest


def _types(analyse, text):
    return {(e.trigger, e.plover_type) for e in analyse(text)}


@pytest.mark.slow
def test_a_patrol_boat_that_rams_a_canoe_is_no_patrol(analyse):
    found = _types(analyse, "A Nigerian patrol boat rammed a fishing canoe near Bonny on Friday.")
    assert not any(t == "MOBILIZE" for _, t in found), found


@pytest.mark.slow
def test_a_surveillance_plane_shot_down_is_no_patrol(analyse):
    found = _types(analyse, "Rebels said they shot down a surveillance plane over Ituri.")
    assert not any(t == "MOBILIZE" for _, t in found), found


@pytest.mark.slow
def test_a_patrol_told_as_its_own_noun_stays_an_act(analyse):
    found = _types(analyse, "Guinean soldiers stepped up patrols along the border with Sierra Leone.")
    assert any(t == "MOBILIZE" for _, t in found), found
