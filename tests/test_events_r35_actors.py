"""Issue 9, stop 55 (fuse34): people or craft a state's party acts on do not take that state's
country from their sentence ("porters detained by Spanish gendarmes": the porters are not Spanish
unless said); a place the sentence names still places them. Every sentence is made up for the
test (made-up numbers, real places)."""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events


def _target_countries(text: str, trigger: str, resources) -> set[str | None]:
    event = event_holding(pipeline_events(text, resources), trigger)
    return {a.country for a in event.target}


def test_migrants_deported_by_a_state_are_not_its_nationals(resources) -> None:
    text = "In 2030 Botswana deported 90 migrants, officials said."
    assert "BWA" not in _target_countries(text, "deported", resources)


def test_fishermen_held_by_a_states_coastguards_are_not_its_nationals(resources) -> None:
    text = "The detention of nine fishermen by Senegalese coastguards on Monday angered their families."
    assert "SEN" not in _target_countries(text, "detention", resources)


def test_people_acted_on_in_a_named_place_keep_that_places_country(resources) -> None:
    text = "Kenyan police arrested 40 protesters in Nairobi on Monday."
    assert _target_countries(text, "arrested", resources) == {"KEN"}


def test_protesters_arrested_by_a_states_police_keep_its_country(resources) -> None:
    text = "Kenyan police arrested 40 protesters on Monday."
    assert _target_countries(text, "arrested", resources) == {"KEN"}
