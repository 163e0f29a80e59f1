"""Classes of phrasing of the twentieth typing round (issue 9 item 2, round r8; own20, news-wire
sentences written toward the rarer roots), on sentences written for the test (not the tune
sentences that prompted them): an act described as meeting a demand or bowing to pressure, or an
agreement given under pressure, is a concession, while a hostile act "meeting" something, a
meeting held under pressure and forces withdrawn under pressure keep their readings; blocking a
highway, bridge or street obstructs passage (a protest); conscription ordered readies forces;
people driven from their homes are expelled, while someone who drove from home made a journey;
pressure put, exerted or kept up on a party is coercion."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_typing20_roads_conscription_removals_and_pressure_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("block", "", "motorway").plover_type == "PROTEST"
    assert lex.pattern("block", "with", "tractor").plover_type == "PROTEST"
    assert lex.pattern("decree", "", "conscription").plover_type == "MOBILIZE"
    assert lex.pattern("chase", "from", "village").plover_type == "COERCE"
    assert lex.pattern("exert", "", "pressure").plover_type == "COERCE"
    assert lex.pattern("keep", "up", "pressure").plover_type == "COERCE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The health minister resigned on Tuesday, meeting a key demand of the striking nurses.",
         "CONCEDE"),
        ("The city council scrapped the parking fee, bowing to pressure from shop owners.",
         "CONCEDE"),
        ("The junta freed the detained reporters, giving in to the demands of their union.",
         "CONCEDE"),
        ("Under pressure from the fishermen's union, the cabinet agreed to shelve the new quotas.",
         "CONCEDE"),
        ("Rebels shelled the airport on Monday, meeting little resistance from the garrison.",
         "ASSAULT"),
        ("The prime minister met the opposition leader under pressure from his own party.",
         "CONSULT"),
        ("Ethiopia pulled its troops out of the border town under pressure from the African Union.",
         "RETREAT"),
        ("Taxi drivers blocked the main motorway into the capital on Thursday, police said.",
         "PROTEST"),
        ("Villagers blocked the bridge with tractors to protest the closure of their school.",
         "PROTEST"),
        ("The military government decreed the conscription of all men aged 18 to 35.",
         "MOBILIZE"),
        ("Armed settlers drove dozens of herders from their villages, a rights group said.",
         "COERCE"),
        ("Germany exerted pressure on Serbia to recognise the vote, diplomats said.", "COERCE"),
        ("The European Union kept up the pressure on Tbilisi with a freeze of funds.", "COERCE"),
    ],
)  # fmt: skip
def test_events_typing20_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing20_driving_from_home_is_no_expulsion(resources):
    events = pipeline_events(
        "The governor drove from her home to the airport on Friday.", resources
    )
    assert not any(e.plover_type == "COERCE" for e in events)
