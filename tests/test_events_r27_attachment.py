"""Round r27 (args31): attachment and the main event, from own59 tune misses and the round's
leftovers. A refusal told as no grounds seen for an act ("saw no reason to reopen"); fire named
as the "by" agent of a passive act, whose "from" phrase names who fired; a person held "at" a
post or station under a place, held by that place's state. Sentences written for these tests
(none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, pipeline_events


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Finland's interior ministry saw no reason to lift the entry ban on Russian tourists, "
            "a spokesman said on Friday.",
            "lift",
            "FIN",
            "RUS",
        ),
        (
            "Kingston said it found no grounds to return the impounded fishing boats to their "
            "Cuban owners.",
            "return",
            "JAM",
            "CUB",
        ),
        (
            "Norway's foreign ministry said it saw no grounds to resume fisheries talks with "
            "Russia before the quota dispute was settled.",
            "resume",
            "NOR",
            "RUS",
        ),
        (
            "Bhutan's foreign minister sees no need to renegotiate the hydropower deal with Nepal.",
            "renegotiate",
            "BTN",
            "NPL",
        ),
    ],
)
def test_events_r27_no_grounds_seen_for_an_act_is_the_seers_refusal(
    resources, text, trigger, source, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert event.plover_type == "REJECT", event.plover_type
    assert event.polarity == "asserted", event.polarity
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r27_a_negated_seeing_is_no_refusal(resources):
    text = "Sweden's government did not see any reason to expel the Estonian envoy."
    event = event_holding(pipeline_events(text, resources), "expel")
    assert event.plover_type != "REJECT", event.plover_type


def test_events_r27_grounds_found_for_an_act_are_no_refusal(resources):
    text = "Jordan's prosecutors found enough grounds to charge the Lebanese businessman."
    events = pipeline_events(text, resources)
    assert all(e.plover_type != "REJECT" for e in events), [e.plover_type for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "A Cameroonian fishing canoe was hit by gunfire from an Equatorial Guinean patrol "
            "boat near Campo on Friday, a fishermen's union said.",
            "hit",
            "GNQ",
            "CMR",
        ),
        (
            "Two Finnish fishermen were wounded by shots from a Russian border post, the coast "
            "guard said.",
            "wounded",
            "RUS",
            "FIN",
        ),
        (
            "A Lebanese village was hit by rockets fired from Israeli positions across the border "
            "overnight.",
            "hit",
            "ISR",
            "LBN",
        ),
    ],
)
def test_events_r27_fire_as_the_passive_agent_comes_from_its_from_party(
    resources, text, trigger, source, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r27_fire_with_no_from_party_names_no_source(resources):
    text = "A Jordanian army jeep was hit by gunfire near the border on Sunday."
    event = event_holding(pipeline_events(text, resources), "hit")
    assert not event.source, event.source


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Nine Cuban rafters were detained at a coast guard station in Jamaica's St Elizabeth "
            "parish on Monday, a church group said.",
            "detained",
            "JAM",
        ),
        (
            "Six Haitian fishermen have been held at a police barracks in Cuba's Guantanamo "
            "province since Tuesday, their families said.",
            "held",
            "CUB",
        ),
    ],
)
def test_events_r27_held_at_a_post_under_a_place_is_that_places_states_act(
    resources, text, trigger, source
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert source in countries_of(event.source), event.source


def test_events_r27_held_at_a_post_with_no_place_names_no_source(resources):
    text = "Two Swedish journalists were detained at a checkpoint, their editor said."
    event = event_holding(pipeline_events(text, resources), "detained")
    assert not event.source, event.source


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian border guards detained three shepherds near Ramtha on Sunday.",
        "Gunmen abducted two pastoralists and their camels north of the town, elders said.",
    ],
)
def test_events_r27_shepherds_and_pastoralists_are_the_party_acted_on(resources, text):
    events = pipeline_events(text, resources)
    targets = [m.text.lower() for e in events for m in e.target]
    assert any(t.endswith(("shepherds", "pastoralists")) for t in targets), targets


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        (
            "Guinea pulled out of the regional bloc ECOWAS on Monday, state radio said.",
            "pulled",
            "ECOWAS",
        ),
        (
            "Four lawmakers walked out of the ruling coalition in Kathmandu on Thursday.",
            "walked",
            "coalition",
        ),
    ],
)
def test_events_r27_a_body_left_out_of_is_the_withdrawals_target(resources, text, trigger, body):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert event.plover_type == "SANCTION", event.plover_type
    assert any(body in m.text for m in event.target), event.target


def test_events_r27_a_meeting_walked_out_of_is_no_target(resources):
    text = "The Lebanese delegation walked out of the meeting in Amman on Tuesday."
    event = event_holding(pipeline_events(text, resources), "walked")
    assert not any("meeting" in m.text for m in event.target), event.target


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A senior army officer in Jordan's northern command said four Syrian smugglers had "
            "been arrested near the Jaber crossing overnight.",
            "JOR",
        ),
        (
            "A senior police officer in Nepal's Jhapa district said two Bhutanese nationals had "
            "been arrested at a bus station on Friday.",
            "NPL",
        ),
    ],
)
def test_events_r27_a_role_teller_placed_in_a_state_tells_of_that_states_arrest(
    resources, text, source
):
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert countries_of(event.source) == {source}, event.source


def test_events_r27_a_role_teller_with_no_state_leaves_the_place_as_the_doer(resources):
    text = "A police officer said two Swedish students had been arrested in Oslo on Friday."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert countries_of(event.source) == {"NOR"}, event.source


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        (
            "Cameroonian troops shelled villages held by Ambazonian fighters west of Bamenda "
            "overnight, residents said.",
            "shelled",
            "fighters",
        ),
        (
            "Jordanian jets bombed a town controlled by Syrian government forces near the border "
            "on Tuesday.",
            "bombed",
            "forces",
        ),
    ],
)
def test_events_r27_a_village_or_town_held_by_a_party_stands_for_the_holder(
    resources, text, trigger, holder
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert any(holder in m.text for m in event.target), event.target


def test_events_r27_a_village_with_no_holder_keeps_its_own_reading(resources):
    text = "Gunmen attacked a village near Bamenda on Sunday, burning a school."
    event = event_holding(pipeline_events(text, resources), "attacked")
    assert not any("fighters" in m.text for m in event.target), event.target
