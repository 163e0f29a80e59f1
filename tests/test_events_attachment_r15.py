"""Who did it to whom and the main event, round r15 (args19), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): a visitor who
arrives or is due in a place for a visit."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _countries(mentions):
    return {m.country for m in mentions}


def _consult(events):
    return next(e for e in events if e.plover_type == "CONSULT")


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("The Chilean president arrived in Canberra on Tuesday for a three-day visit.", "CHL", "AUS"),
        ("Mongolia's prime minister is due in Seoul on Friday for a two-day state visit.", "MNG", "KOR"),
        ("The Kenyan foreign minister landed in Addis Ababa for a one-day visit.", "KEN", "ETH"),
        ("The Peruvian foreign minister flew to Quito on Monday for a two-day visit.", "PER", "ECU"),
    ],
)  # fmt: skip
def test_events_r15_a_visitor_arriving_in_a_place_for_a_visit_visits_its_state(
    resources, text, guest, host
):
    visit = _consult(pipeline_events(text, resources))
    assert guest in _countries(visit.source), visit.source
    assert host in _countries(visit.target), visit.target


def test_events_r15_an_arrival_for_talks_names_no_host(resources):
    # a city where talks are held may be a venue, not a party
    text = "The Italian president arrived in Geneva for talks on Monday."
    visit = _consult(pipeline_events(text, resources))
    assert "CHE" not in _countries(visit.target), visit.target


@pytest.mark.parametrize(
    ("text", "group", "act"),
    [
        ("The ONLF, a rebel group in the Ogaden, said its fighters had killed twelve Ethiopian soldiers.", "ONLF", "killed"),
        ("The CNRD, an armed movement in southern Chad, said its men had ambushed a Chadian army convoy.", "CNRD", "ambushed"),
        ("The FNLC, a separatist movement on Corsica, said its fighters had bombed two French police stations.", "FNLC", "bombed"),
    ],
)  # fmt: skip
def test_events_r15_a_described_acronym_group_acts_through_its_fighters(
    resources, text, group, act
):
    events = pipeline_events(text, resources)
    hit = next(e for e in events if e.trigger == act)
    assert [a.text for a in hit.source] == [group], hit.source


def test_events_r15_a_states_own_soldiers_stay_the_actor(resources):
    text = "The Ugandan army said its soldiers had killed four rebels near the Congolese border."
    events = pipeline_events(text, resources)
    hit = next(e for e in events if e.trigger == "killed")
    assert {a.country for a in hit.source} == {"UGA"}, hit.source


@pytest.mark.parametrize(
    "text",
    [
        "Canada's extradition of a Chinese executive was completed on Thursday.",
        "The extradition of a Chinese executive by Canada was completed on Thursday.",
    ],
)  # fmt: skip
def test_events_r15_an_extradition_told_as_a_noun_is_judicial_cooperation(resources, text):
    events = pipeline_events(text, resources)
    act = next(e for e in events if e.trigger == "extradition")
    assert act.plover_type == "COOPERATE"
    assert {a.country for a in act.source} == {"CAN"}, act.source
    assert "CHN" in {a.country for a in act.target}, act.target


def test_events_r15_a_request_for_extradition_stays_the_main_event(resources):
    text = "Turkey sought the extradition of a Swedish-based journalist."
    events = pipeline_events(text, resources)
    top = max(events, key=lambda e: e.confidence)
    assert top.plover_type == "REQUEST"


@pytest.mark.parametrize("vessel", ["longliner", "purse seiner"])
def test_events_r15_boarding_a_fishing_vessel_is_coercion(resources, vessel):
    text = f"Fiji's navy boarded a Chinese {vessel} inside its waters."
    act = next(e for e in pipeline_events(text, resources) if e.trigger == "boarded")
    assert act.plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "verb", "ptype"),
    [
        ("Fiji's coast guard boarded a Chinese longliner hours after it was seen fishing without a licence inside the country's waters.", "boarded", "COERCE"),
        ("Italian police arrested a Tunisian smuggler days after he landed on Lampedusa.", "arrested", "COERCE"),
    ],
)  # fmt: skip
def test_events_r15_an_object_before_hours_after_keeps_its_verb_reading(
    resources, text, verb, ptype
):
    act = next(e for e in pipeline_events(text, resources) if e.trigger == verb)
    assert act.plover_type == ptype
    assert act.source and act.target, (act.source, act.target)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hundreds of Greenlanders marched through Nuuk against a uranium mine.", "GRL"),
        ("Dozens of Faroese fishermen protested outside the Norwegian embassy.", "FRO"),
        ("Hundreds of Comorians rallied in Moroni against the French presence on Mayotte.", "COM"),
    ],
)  # fmt: skip
def test_events_r15_a_crowd_named_by_a_territorys_demonym_is_the_protesting_party(
    resources, text, country
):
    act = next(e for e in pipeline_events(text, resources) if e.plover_type == "PROTEST")
    assert country in {a.country for a in act.source}, act.source
