"""A ban on a party's boats, lorries or buses ("imposed a ban on Bolivian lorries entering Puno",
"banned Kenyan tour buses from the Serengeti") shuts its traffic out, a sanction (SANCTION,
CAMEO 160), as banning its ships from one's ports is; the bare noun and verb read a restriction
(stop 66, args50: own97 tune and stop 65's leftover)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_a_ban_on_a_neighbours_lorries_entering_a_town_is_a_sanction(resources):
    top = pipeline_top(
        "Peru's transport ministry imposed a ban on Bolivian lorries entering Puno on Friday, "
        "citing a fuel dispute, a ministry official said.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert "BOL" in countries_of(top.target)


def test_tour_buses_banned_from_a_park_are_sanctioned(resources):
    top = pipeline_top(
        "Tanzania banned Kenyan tour buses from the Serengeti on Wednesday, a tourism official "
        "said.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert "KEN" in countries_of(top.target)


def test_a_ban_on_gatherings_keeps_its_reading(resources):
    # guard: a ban on an activity, no party's craft, stays a restriction
    top = pipeline_top(
        "The city council imposed a ban on public gatherings in the old town on Friday, the "
        "mayor said.",
        resources,
    )
    assert top.plover_type == "COERCE"
