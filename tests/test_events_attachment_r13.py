"""Who did it to whom and the main event, round r13, on sentences written for the test (not the
own held-out or PLOVER sentences whose misses prompted the classes): a person's apposition that
opens with a state's possessive, a summoned envoy who hears a complaint, and a warning (or other
message) "from" a capital."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Kenya expelled Marco Rossi, Italy's deputy envoy, over remarks about the election.",
         "expelled", "KEN", "ITA"),
        ("Anna Berg, Sweden's trade minister, criticised China for dumping cheap steel.",
         "criticised", "SWE", "CHN"),
    ],
)  # fmt: skip
def test_events_r13_a_person_apposed_with_a_states_possessive_role_takes_that_state(
    resources, text, trigger, source, target
):
    act = event_with_trigger(pipeline_events(text, resources), trigger)
    assert source in countries_of(act.source), act.source
    assert target in countries_of(act.target), act.target


@pytest.mark.parametrize(
    ("text", "envoy"),
    [
        ("Peru summoned the Chilean ambassador to protest the arrest of three Peruvian "
         "fishermen.", "CHL"),
        ("Ghana summoned Pierre Lemaire, Belgium's ambassador, to protest the treatment of "
         "Ghanaian students in Liege.", "BEL"),
    ],
)  # fmt: skip
def test_events_r13_a_summoned_envoy_not_the_grievance_is_the_complaints_target(
    resources, text, envoy
):
    act = event_with_trigger(pipeline_events(text, resources), "summoned")
    assert act.plover_type == "ACCUSE"
    assert countries_of(act.target) == {envoy}, act.target


def test_events_r13_a_warning_from_a_capital_is_sent_by_its_state(resources):
    text = (
        "A stern warning from Ankara that it would shoot down any Greek drone over its waters "
        "overshadowed the summit of Mediterranean leaders."
    )
    events = pipeline_events(text, resources)
    warning = event_with_trigger(events, "warning")
    assert warning.plover_type == "THREATEN"
    assert countries_of(warning.source) == {"TUR"}, warning.source
    assert countries_of(warning.target) == {"GRC"}, warning.target
    assert max(events, key=lambda e: e.confidence) is warning


def test_events_r13_a_capital_someone_travels_from_stays_a_place(resources):
    from realpolitik.actors.metonymy import message_from_nouns

    assert "warning" in message_from_nouns()
    assert "delegation" not in message_from_nouns()
    text = "A delegation from Nairobi arrived in Kampala for talks on the oil pipeline."
    events = pipeline_events(text, resources)
    assert all("Nairobi" not in m.text for e in events for m in e.source), events


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Two hundred French soldiers were pulled out of northern Mali on Friday.", "pulled",
         "FRA", "MLI"),
        ("Thirty German diplomats were evacuated from Sudan on Sunday.", "evacuated", "DEU",
         "SDN"),
        ("Forty Indian peacekeepers were withdrawn from the Congolese town of Goma after the "
         "clashes.", "withdrawn", "IND", "COD"),
    ],
)  # fmt: skip
def test_events_r13_own_people_withdrawn_in_an_agentless_passive_are_their_sides_act(
    resources, text, trigger, source, target
):
    act = event_with_trigger(pipeline_events(text, resources), trigger)
    assert countries_of(act.source) == {source}, act.source
    assert countries_of(act.target) == {target}, act.target


def test_events_r13_people_pulled_from_a_place_of_no_state_are_not_withdrawn(resources):
    act = event_with_trigger(
        pipeline_events("Two soldiers were pulled from the rubble after the storm.", resources),
        "pulled",
    )
    assert not act.source, act.source


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Canada's grant of 5 million dollars to Haiti's police was announced on Friday.",
         "grant", "CAN", "HTI"),
        ("Germany's donation of two field hospitals to Ukraine was confirmed by the defence "
         "ministry.", "donation", "DEU", "UKR"),
        ("Norway's grant to Nepal's schools will run until 2030.", "grant", "NOR", "NPL"),
    ],
)  # fmt: skip
def test_events_r13_a_noun_of_aid_with_giver_and_recipient_names_the_giving(
    resources, text, trigger, source, target
):
    events = pipeline_events(text, resources)
    act = event_with_trigger(events, trigger)
    assert act.plover_type == "AID"
    assert countries_of(act.source) == {source}, act.source
    assert countries_of(act.target) == {target}, act.target


@pytest.mark.parametrize(
    "text",
    [
        "The loan matures in 2030, the finance ministry said.",
        "Kenya's grant programme for farmers has been popular.",
    ],
)
def test_events_r13_a_noun_of_aid_without_both_parties_is_no_event(resources, text):
    events = pipeline_events(text, resources)
    assert not [e for e in events if e.trigger in {"loan", "grant"}], events
