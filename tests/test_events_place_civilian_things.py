"""An act of force on a thing of a place's people (a bus, a market, a home) in or near a place
with no party named hits the place's people, not its government (`place_target`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # needs the English parse


def _place_targets(analyse, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = [e for e in analyse(text) if e.trigger.startswith(trigger)]
    assert events, f"no event on {trigger!r}"
    return [(m.country, m.sector) for m in events[0].target if m.how == "place"]


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Bandits ambushed a minibus near Gusau on Thursday, an official said.", "ambushed", "NGA"),
        ("Gunmen opened fire on a taxi outside Kidal late on Friday.", "opened", "MLI"),
        ("An explosive device destroyed a shop in the centre of Mogadishu on Sunday.", "destroyed", "SOM"),
    ],
)
def test_a_civilian_thing_in_a_place_makes_its_people_the_target(analyse, text, trigger, country):
    assert _place_targets(analyse, text, trigger) == [(country, "CVL")]


def test_an_armed_forces_vehicle_in_a_place_keeps_its_government(analyse):
    # guard: a truck of the army is no thing of the town's people
    text = "Insurgents ambushed a military truck near Gusau on Thursday, a local official said."
    assert _place_targets(analyse, text, "ambushed") == [("NGA", "GOV")]


def test_a_place_hit_with_no_thing_named_keeps_its_government(analyse):
    # guard: shelling a town itself still hits the town's state
    text = "Rebel artillery shelled Kidal on Friday, residents said."
    assert _place_targets(analyse, text, "shelled") == [("MLI", "GOV")]
