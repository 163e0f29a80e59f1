"""Classes of phrasing read from reader_own49's tune misses and stop 69's list (round r50,
reader54). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, token_named

from realpolitik.events.polarity import polarity_of

DENIED_CLAIMS = [
    (
        "A local radio station reported that border guards had beaten two herders. The interior ministry denied the report.",
        "beaten",
        "denied",
    ),
    ("Residents said soldiers had burned a granary near the lake. The army rejected the claim on Friday.", "burned", "denied"),
    ("The fishermen's union says the coast guard sank three canoes. Officials dismissed these allegations.", "sank", "denied"),
    # guards: a claim noun that names another claim, an object that is no claim, a new paragraph
    (
        "Villagers said troops had shelled the market. The army denied the report of a second attack.",
        "shelled",
        "asserted",
    ),
    ("The ministry said police had arrested two smugglers. The judge rejected the request for bail.", "arrested", "asserted"),
    ("A local radio station reported that border guards had beaten two herders.\nThe ministry denied the report.", "beaten", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "expected"), DENIED_CLAIMS)
def test_events_reader_own49_a_reported_act_is_denied_by_the_claim_named_in_the_next_sentence(nlp, text, word, expected):
    # "reported that the crewmen had been kicked ... The police directorate denied the report": a
    # denial whose object is the claim told just before ("the report", "the claim", "these
    # allegations") denies the reported act as "denied it" does; it stayed asserted
    assert polarity_of(token_named(nlp(text), word)) == expected


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards made dozens of lorry drivers unload their trailers in the rain.",
        "The soldiers made hundreds of villagers sit in the square for hours.",
        "Police made the protesters surrender their banners at the gate.",
    ],
)
def test_events_reader_own49_people_counted_or_made_to_surrender_their_things_are_coerced(resources, text):
    # "made scores of ... day traders surrender their entry cards": the people made to act may be
    # the "of" object of a count ("dozens of", "scores of") and the act a surrender of their
    # things; only "surrender" read, a RETREAT by the traders
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("made") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own49_counted_people_made_to_act_by_no_force_are_no_coercion(resources):
    # guard: a teacher is no party holding or stopping anyone
    events = pipeline_events("The teacher made dozens of pupils sit in the hall.", resources)
    assert not any(e.trigger.startswith("made") for e in events), _read(events)
