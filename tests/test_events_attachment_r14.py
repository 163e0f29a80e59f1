"""Who did it to whom and the main event, round r14 (args18), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): a protest told as
done in the street, workers named by a one-word trade compound, a high commission as a state's
premises, and individuals (not diplomats) expelled."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _countries(mentions):
    return {m.country for m in mentions}


def _by_trigger(events, trigger):
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of Tibetan exiles protested outside the Nepalese embassy over the killing of a monk.",
        "Thousands of nurses protested in front of the health ministry over the death of a colleague.",
        "Hundreds of fishermen protested over the shooting of a trawler captain.",
    ],
)  # fmt: skip
def test_events_r14_a_protest_in_the_street_over_a_death_is_a_demonstration(resources, text):
    act = _by_trigger(pipeline_events(text, resources), "protested")
    assert act.plover_type == "PROTEST"


def test_events_r14_a_protest_lodged_with_a_government_stays_a_complaint(resources):
    text = "Hundreds of officials protested to Manila over the death of a fisherman."
    act = _by_trigger(pipeline_events(text, resources), "protested")
    assert act.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Steelworkers at the Zenica plant walked out to protest the owner's plan to cut wages.",
        "Mineworkers in Rustenburg downed tools on Monday over a pay dispute.",
    ],
)  # fmt: skip
def test_events_r14_workers_named_by_a_trade_compound_are_the_protesting_party(resources, text):
    events = pipeline_events(text, resources)
    assert any(a.text.lower().endswith("workers") for e in events for a in e.source), [
        (e.trigger, e.source) for e in events
    ]


def test_events_r14_a_high_commission_stands_for_its_state(resources):
    text = "Dozens of traders rallied outside the Kenyan high commission in Kampala on Friday."
    act = _by_trigger(pipeline_events(text, resources), "rallied")
    assert "KEN" in _countries(act.target), act.target


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Zambia expelled four Congolese traders accused of smuggling copper.", "expelled"),
        ("Georgia expelled two Armenian police officers who had crossed the border.", "expelled"),
    ],
)  # fmt: skip
def test_events_r14_individuals_expelled_are_deported_not_diplomats(resources, text, trigger):
    act = _by_trigger(pipeline_events(text, resources), trigger)
    assert act.plover_type == "COERCE"


def test_events_r14_a_diplomat_expelled_is_still_a_sanction(resources):
    text = "Zambia expelled a Congolese diplomat accused of smuggling copper."
    act = _by_trigger(pipeline_events(text, resources), "expelled")
    assert act.plover_type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Greek fans left the stadium to protest a flag of Macedonia displayed by the organisers.",
         "protest", "organisers"),
        ("Students protested a ban on Kurdish songs imposed by the governor of Van.",
         "protested", "governor"),
        ("Farmers blocked the main highway to protest a land law passed by parliament.",
         "blocked", "parliament"),
    ],
)  # fmt: skip
def test_events_r14_a_protest_is_aimed_at_the_by_agent_of_what_it_objects_to(
    resources, text, trigger, target
):
    act = _by_trigger(pipeline_events(text, resources), trigger)
    assert any(target in a.text for a in act.target), act.target


def test_events_r14_a_walk_out_at_the_speakers_ruling_is_aimed_at_the_speaker(resources):
    text = "Independent senators walked out of the chamber in protest at the speaker's decision."
    events = pipeline_events(text, resources)
    assert any("speaker" in a.text for e in events for a in e.target), [
        (e.trigger, e.target) for e in events
    ]
