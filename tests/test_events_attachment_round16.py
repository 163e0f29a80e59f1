"""Who did it to whom, issue 9 item 1's sixteenth attachment round, on sentences written for the
test (not the own held-out sentences whose misses prompted the classes): a capital after "on"
hung on a noun of pressure or of a measure is the party pressed, not a place; a capital opening
a sentence that the parser reads as an adverb of a subject-less verb is its subject."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

from realpolitik.actors.metonymy import seat_is_actor

pytestmark = pytest.mark.slow


def _seat_acts(nlp, sentence: str, capital: str) -> bool:
    doc = nlp(sentence)
    start = next(t.i for t in doc if t.text == capital)
    return seat_is_actor(doc[start : start + 1])


@pytest.mark.parametrize(
    ("sentence", "capital", "acts"),
    [
        ("Ankara stepped up pressure on Athens over the migrant boats.", "Athens", True),
        ("The bloc imposed fresh sanctions on Minsk after the vote.", "Minsk", True),
        ("The union lifted its embargo on Havana.", "Havana", True),
        ("London raised pressure on Tehran by freezing bank accounts.", "Tehran", True),
        ("A new ban on Kyiv flights took effect.", "Kyiv", False),  # a modifier: a place
        ("Rockets fell on Haifa overnight.", "Haifa", False),
        ("The ministers met on Friday in Vienna.", "Vienna", False),
    ],
)  # fmt: skip
def test_actors_capital_after_a_pressure_noun_on_is_the_party_pressed(nlp, sentence, capital, acts):
    assert _seat_acts(nlp, sentence, capital) is acts


@pytest.mark.parametrize(
    ("sentence", "capital", "acts"),
    [
        ("Washington increased pressure on Havana by blocking remittances.", "Washington", True),
        ("In Madrid, officials rejected the plan.", "Madrid", False),  # opens, but a place
    ],
)  # fmt: skip
def test_actors_capital_read_as_adverb_of_a_subjectless_opening_verb_acts(
    nlp, sentence, capital, acts
):
    assert _seat_acts(nlp, sentence, capital) is acts


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Washington increased pressure on Havana by blocking remittances.", "increased",
         "Washington", "Havana"),
    ],
)  # fmt: skip
def test_events_round16_opening_adverb_name_is_the_subject(nlp, text, trigger, source, target):
    names = [(source, None, None), (target, None, None)]
    event = event_on(events_with_actors(nlp, text, *names), trigger)
    assert [m.text for m in event.source] == [source]


@pytest.mark.parametrize(
    ("text", "means", "frame", "parties"),
    [
        ("Canberra increased pressure on Beijing by banning the export of iron ore.", "banning",
         "increased", ("Canberra", "Beijing")),
        ("The government answered the strike by arresting union leaders.", "arresting",
         "answered", ("government", "union leaders")),
    ],
)  # fmt: skip
def test_events_round16_act_done_through_a_by_gerund_is_the_act_reported(
    nlp, text, means, frame, parties
):
    events = events_with_actors(nlp, text, *[(p, None, None) for p in parties])
    # The frame verb is either a weaker event or, for a verb of answering (round r10's
    # `events/responding.py`: "answered ... by arresting"), no event at all.
    frames = [e for e in events if e.trigger.split()[0] == frame]
    assert all(event_on(events, means).confidence > f.confidence for f in frames)
