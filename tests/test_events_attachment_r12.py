"""Who did it to whom and the main event, round r12, on sentences written for the test (not the
own held-out or PLOVER sentences whose misses prompted the classes): equipment sent beside one's
own forces, the state of a hyphenated participle of belonging, and help for people who name no
party."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Venezuela moved tanks and troops toward the disputed border with Colombia, officials "
         "said.", "moved", "VEN", "COL"),
        ("Russia deployed artillery and soldiers to its border with Finland on Monday.",
         "deployed", "RUS", "FIN"),
    ],
)  # fmt: skip
def test_events_r12_equipment_coordinated_with_own_forces_leaves_the_border_state_as_target(
    resources, text, trigger, source, target
):
    act = event_with_trigger(pipeline_events(text, resources), trigger)
    assert countries_of(act.source) == {source}, act.source
    assert countries_of(act.target) == {target}, act.target


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Fiji revoked fishing licences for 40 Chinese-flagged trawlers.", "revoked", "FJI",
         "CHN"),
        ("Fishing licences for 40 Chinese-flagged longliners were suspended by Fiji's ministry.",
         "suspended", "FJI", "CHN"),
        ("Greek coast guards seized cargo from two Turkish-owned ships near Lesbos.", "seized",
         "GRC", "TUR"),
    ],
)  # fmt: skip
def test_events_r12_a_hyphenated_participle_of_belonging_names_whose_the_thing_is(
    resources, text, trigger, source, target
):
    act = event_with_trigger(pipeline_events(text, resources), trigger)
    assert countries_of(act.source) == {source}, act.source
    assert target in countries_of(act.target), act.target


def test_events_r12_a_participle_of_making_does_not_count_as_belonging(resources):
    from realpolitik.events import arguments

    sdoc = resources.nlp("Police seized Chinese-made drones at the port.")
    made = next(t for t in sdoc if t.lower_ == "made")
    assert not arguments._hyphenated_owner(made)
    owned = resources.nlp("Police seized Chinese-owned drones at the port.")
    assert arguments._hyphenated_owner(next(t for t in owned if t.lower_ == "owned"))


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Italy pledged emergency relief for survivors of the landslide in northern Peru.",
         "pledged", "ITA", "PER"),
        ("Canada sent tents and blankets for families displaced by the floods in Libya.", "sent",
         "CAN", "LBY"),
        ("South Korea announced $2 million in humanitarian aid for victims of the cyclone in "
         "southern Malawi on Tuesday.", "announced $2 million in humanitarian aid", "KOR", "MWI"),
    ],
)  # fmt: skip
def test_events_r12_help_for_people_who_name_no_party_goes_to_the_state_they_are_in(
    resources, text, trigger, source, target
):
    act = event_with_trigger(pipeline_events(text, resources), trigger)
    assert countries_of(act.source) == {source}, act.source
    assert countries_of(act.target) == {target}, act.target

