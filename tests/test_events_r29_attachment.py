"""Round r29 (args33): attachment and the main event, from own63 tune misses. A military target
destroyed (a convoy, a column) is an attack, not property destroyed; a participle the parser hangs
on the addressee of "written to X urging him to" is the writer's act; an official of a state's
region or of a town a demonym places takes that state; a relative clause on a part "of whom",
which the parser reads as a clause of its own, is no main act; a state's force named by its role
in a clause told by a teller placed in a state is that state's; rescuers searching rubble give
aid, not an accusation. Sentences written for these tests (none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, pipeline_events, pipeline_top


@pytest.mark.parametrize(
    "text",
    [
        "Chadian aircraft destroyed a rebel convoy near the Libyan border on Sunday, the army said.",
        "Nigerien drones destroyed a column of militants near Tillaberi on Friday.",
    ],
)
def test_events_r29_a_military_target_destroyed_is_an_attack(resources, text):
    event = event_holding(pipeline_events(text, resources), "destroyed")
    assert event.plover_type == "ASSAULT", event.plover_type


def test_events_r29_crops_destroyed_stay_property_destroyed(resources):
    text = "Police destroyed the farmers' crops near Mopti on Friday."
    event = event_holding(pipeline_events(text, resources), "destroyed")
    assert event.plover_type == "COERCE", event.plover_type


def test_events_r29_a_participle_on_the_addressee_is_the_writers_request(resources):
    text = (
        "The governor of Peru's Tumbes region said she had written to Ecuador's interior "
        "minister urging him to reopen the Aguas Verdes bridge."
    )
    event = event_holding(pipeline_events(text, resources), "urging")
    assert event.plover_type == "REQUEST", event.plover_type
    assert "PER" in countries_of(event.source), event.source
    assert "ECU" in countries_of(event.target), event.target
    assert not any("minister" in m.text for m in event.source), event.source


@pytest.mark.parametrize(
    ("text", "official", "country"),
    [
        (
            "The mayor of the Ecuadorean border town of Huaquillas accused Peruvian police of "
            "harassing traders on Monday.",
            "mayor",
            "ECU",
        ),
        (
            "The governor of Peru's Tacna region condemned the closure of the crossing by Chile "
            "on Monday.",
            "governor",
            "PER",
        ),
    ],
)
def test_events_r29_an_official_of_a_states_region_or_town_is_that_states(
    resources, text, official, country
):
    top = pipeline_top(text, resources)
    held = [m for m in top.source if official in m.text]
    assert held, top.source
    assert {m.country for m in held} == {country}, held


def test_events_r29_a_part_of_whom_clause_read_as_a_clause_is_no_main_act(resources):
    text = (
        "Serbia's consul in Tuzla was summoned to the security ministry in Sarajevo on Friday "
        "over the treatment of Bosnian lorry drivers held at the Raca crossing, many of whom had "
        "reportedly been made to wait two days without water, a ministry official said."
    )
    top = pipeline_top(text, resources)
    assert top.trigger == "summoned", top.trigger
    assert top.plover_type == "ACCUSE", top.plover_type
    assert "SRB" in countries_of(top.target), top.target


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "A police spokesman in Peru's Puno region said officers arrested three Bolivian "
            "smugglers on Monday.",
            "arrested",
            "PER",
        ),
        (
            "An army spokesman in Niger's Tillaberi region said soldiers killed twelve militants "
            "near the border with Mali.",
            "killed",
            "NER",
        ),
    ],
)
def test_events_r29_a_role_only_force_told_by_a_placed_teller_is_the_tellers_state(
    resources, text, trigger, country
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert countries_of(event.source) == {country}, event.source


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "A team of 40 Turkish rescuers was searching the rubble of a collapsed school in the "
            "Albanian town of Durres on Tuesday, the Albanian interior ministry said.",
            "searching",
            "TUR",
        ),
        (
            "Serbian rescuers were digging through the debris of flattened houses in the Bosnian "
            "village of Stolac on Sunday.",
            "digging",
            "SRB",
        ),
    ],
)
def test_events_r29_rescuers_searching_rubble_give_aid_not_an_accusation(
    resources, text, trigger, source
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert event.plover_type == "AID", event.plover_type
    assert source in countries_of(event.source), event.source


def test_events_r29_police_searching_a_house_stay_an_investigation(resources):
    text = "Police searched the house of a Serbian journalist in Novi Sad on Monday."
    event = event_holding(pipeline_events(text, resources), "searched")
    assert event.plover_type != "AID", event.plover_type
