"""Classes of phrasing of issue 9's sixth round, on sentences written for the test (not the
held-out sentences that prompted them): handing over a place or its control is a retreat (PLOVER
RETREAT, the ACLED "Non-violent transfer of territory"); victims named only as people are the
target, with the country of the place they are hit in (not a country guessed from the attacker);
a scene as the subject ("airstrikes on X killed ...") puts the act where its scene noun falls."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The separatists handed over control of the district to the national army.", "handed"),
        ("Rebel commanders turned over the villages to the police on Friday.", "turned"),
        ("The militia ceded the province to the federal authorities last month.", "ceded"),
        ("The garrison transferred control of the airbase to the air force.", "transferred"),
        ("The fighters gave up the town without a fight.", "gave"),
    ],
)
def test_events_round6_handing_over_territory_is_a_retreat(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert (e.plover_type, e.plover_mode) == ("RETREAT", "withdraw")


def test_events_round6_handing_over_things_or_people_is_not_a_retreat(resources):
    # "hand over" keeps its own reading where no place or its control is handed over
    e = _on(pipeline_events("The charity handed over food parcels to the refugees.", resources), "handed")
    assert e.plover_type != "RETREAT"


def test_events_round6_victims_named_as_people_are_the_target(resources):
    text = "Gunmen killed 14 people in the Nigerian city of Kaduna on Sunday."
    e = _on(pipeline_events(text, resources), "killed")
    assert [(m.text, m.sector, m.country) for m in e.target] == [("people", "CVL", "NGA")]


def test_events_round6_victims_take_the_place_country_not_the_attackers(resources):
    text = "Russian artillery killed seven people in Zaporizhzhia on Tuesday."
    e = _on(pipeline_events(text, resources), "killed")
    assert [(m.text, m.country) for m in e.target] == [("people", "UKR")]
    assert [m.country for m in e.source] == ["RUS"]


def test_events_round6_scene_subject_places_the_victims(resources):
    text = "Russian air raids on Idlib killed 11 people overnight."
    e = _on(pipeline_events(text, resources), "killed")
    assert [m.country for m in e.source] == ["RUS"]
    assert [(m.text, m.country) for m in e.target] == [("people", "SYR")]
