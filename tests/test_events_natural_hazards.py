"""A natural hazard names no doer: a storm, flood or landslide that "destroyed hundreds of
homes", and homes "destroyed by a landslide", are no act of anyone (events/accidents.py,
round r41, plover59: the class left from stop 60)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow

HAZARDS = [
    "A tropical cyclone destroyed more than three hundred homes on the island of Taveuni overnight, the disaster office said.",
    "Heavy floods wrecked dozens of houses and a clinic in the Brakna region on Thursday, local officials told reporters.",
    "Scores of huts were flattened by a landslide above the village of Tari on Monday, a provincial official said.",
]


@pytest.mark.parametrize("text", HAZARDS)
def test_a_natural_hazard_and_its_damage_are_no_assault(text, resources):
    types = [e.plover_type for e in pipeline_events(text, resources)]
    assert "ASSAULT" not in types and "COERCE" not in types, types


def test_fighters_who_destroyed_homes_after_a_storm_still_attack(resources):
    # guard: the storm is told beside the act, the doer of the destruction is named
    text = "Days after the storm, militiamen destroyed dozens of homes in the village of Bula, residents said."
    assert "ASSAULT" in [e.plover_type for e in pipeline_events(text, resources)]


def test_a_storm_of_shells_stays_an_attack(resources):
    # guard: a hostile cause in the sentence (`hostile_causes`) makes the damage an attack's
    text = "A storm of mortar shells destroyed dozens of homes in the village of Bula on Monday, residents said."
    assert "ASSAULT" in [e.plover_type for e in pipeline_events(text, resources)]
