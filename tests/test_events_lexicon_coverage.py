"""Verb classes the lexicon lacked or only guessed on unlabelled news (issue 9 item 2, round r7b),
on sentences written for the test: driving, chasing or hounding people out of a place and
ejecting them is expelling them (CAMEO 174, COERCE); pelting or throwing eggs, tomatoes, shoes or
paint at a party is a violent protest (CAMEO 145), as stones are; handcuffing, rounding up or
locking up people is arresting them (CAMEO 173); driving elsewhere is no expulsion."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

from realpolitik.events.lexicon import load_lexicon


def test_events_lexicon_coverage_rows_are_read():
    lex = load_lexicon()
    for verb in ("drive", "chase", "hound", "turf", "drum"):
        assert lex.pattern(verb, "out", "").cameo == "174", verb
    assert lex.verb("eject").plover_type == "COERCE"
    for missile in ("egg", "tomato", "shoe", "paint"):
        assert lex.pattern("pelt", "with", missile).plover_type == "PROTEST", missile
        assert lex.pattern("throw", "", missile).plover_type == "PROTEST", missile
    assert lex.verb("handcuff").mode == "arrest"
    assert lex.pattern("round", "up", "").mode == "arrest"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "plover_type", "mode"),
    [
        ("Armed herders drove the farmers out of three villages near Jos.", "drove", "COERCE",
         "deport"),
        # People driven out are expelled; armed men driven out are fought (round r10's "armed
        # men driven off" family, ASSAULT), so the passive case names street traders.
        ("The street traders were driven out of the port city by Ethiopian police.", "driven",
         "COERCE", "deport"),
        ("Riot police chased the striking miners out of the compound.", "chased", "COERCE",
         "deport"),
        ("Loyalist gangs hounded the Catholic families out of the estate.", "hounded", "COERCE",
         "deport"),
        ("Belarus ejected the OSCE observers before the vote.", "ejected", "COERCE", "deport"),
        ("Angry farmers pelted the agriculture minister with tomatoes in Lyon.", "pelted",
         "PROTEST", "riot"),
        ("A student threw a shoe at the visiting Chinese premier.", "threw", "PROTEST", "riot"),
        ("Gendarmes handcuffed two union organisers at the port gate.", "handcuffed", "COERCE",
         "arrest"),
        ("Militiamen rounded up forty men in the market of Beni.", "rounded", "COERCE", "arrest"),
    ],
)  # fmt: skip
def test_events_lexicon_coverage_verb_classes(resources, text, word, plover_type, mode):
    event = event_on(pipeline_events(text, resources), word)
    assert (event.plover_type, event.plover_mode) == (plover_type, mode), text


@pytest.mark.slow
def test_events_lexicon_coverage_driving_to_a_place_is_no_expulsion(resources):
    events = pipeline_events("The envoy drove to the border crossing on Monday.", resources)
    assert not any(e.plover_mode == "deport" for e in events)
