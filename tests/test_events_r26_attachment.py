"""Round r26 (args30): attachment and the main event, from own57 tune misses and the round's
leftovers. Sentences written for these tests (none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, pipeline_events


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "An Armenian border post near Jermuk came under heavy fire on Sunday from positions "
            "held by Azerbaijani troops, the defence ministry in Yerevan said.",
            "fire",
            "AZE",
            "ARM",
        ),
        (
            "A Malian army convoy came under mortar fire from areas controlled by Algerian "
            "forces, a spokesman in Bamako claimed on Friday.",
            "fire",
            "DZA",
            "MLI",
        ),
    ],
)
def test_events_r26_fire_from_ground_held_by_a_party_comes_from_that_party(
    resources, text, trigger, source, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r26_fire_from_ground_with_no_holder_has_no_source(resources):
    text = "A Georgian police post came under fire from positions near the boundary line overnight."
    event = event_holding(pipeline_events(text, resources), "fire")
    assert not event.source, event.source


@pytest.mark.parametrize(
    "text",
    [
        "In a letter sent to Kenya's high commission on Monday, Tanzania's foreign ministry said "
        "it would reopen the Namanga crossing to lorries from Nairobi next week.",
        "In a note delivered to the Hungarian embassy in Kyiv, Ukraine said it rejected "
        "Budapest's call for a new language law.",
    ],
)
def test_events_r26_a_note_delivered_names_no_act_of_its_own(resources, text):
    triggers = [e.trigger for e in pipeline_events(text, resources)]
    assert not any(t.startswith(("sent", "delivered")) for t in triggers), triggers


def test_events_r26_a_letter_delivered_by_a_party_is_still_read(resources):
    text = "Russia delivered a letter to the Finnish embassy in Moscow on Monday."
    event = event_holding(pipeline_events(text, resources), "delivered")
    assert "RUS" in countries_of(event.source), event.source


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Acting on an Interpol notice, Zambian police on Monday handed a businessman accused "
            "of laundering money for a poaching ring to Malawian detectives at the Mchinji border.",
            "ZMB",
            "MWI",
        ),
        (
            "Ghanaian immigration officers handed two suspected fraudsters to Nigerian police in "
            "Accra on Friday, a spokesman said.",
            "GHA",
            "NGA",
        ),
        (
            "Burundian police handed the fugitive to Tanzanian officers at the Kobero crossing.",
            "BDI",
            "TZA",
        ),
    ],
)
def test_events_r26_a_suspect_handed_to_a_party_without_over_is_a_handover(
    resources, text, source, target
):
    event = event_holding(pipeline_events(text, resources), "handed")
    assert event.plover_type == "COOPERATE", event
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r26_documents_handed_to_a_party_are_no_handover(resources):
    text = "Zambian officials handed the trade documents to Malawian customs at the border."
    events = pipeline_events(text, resources)
    assert not any(e.plover_type == "COOPERATE" and "handed" in e.trigger for e in events), events


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Indian border guards detained seven farmers from Bangladesh near Agartala on "
            "Saturday, the local police chief said.",
            "detained",
            "BGD",
        ),
        (
            "Thai police arrested 14 workers from Myanmar at a rubber plantation in Ranong.",
            "arrested",
            "MMR",
        ),
    ],
)
def test_events_r26_people_from_a_state_are_that_states_people(resources, text, trigger, target):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert target in countries_of(event.target), event.target


def test_events_r26_people_from_a_place_gain_no_state(resources):
    text = "Senegalese police detained 23 fishermen from the harbour of Ziguinchor on Saturday."
    event = event_holding(pipeline_events(text, resources), "detained")
    assert countries_of(event.target) <= {None, "SEN"}, event.target
