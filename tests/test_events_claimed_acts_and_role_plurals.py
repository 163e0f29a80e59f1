"""Who claims responsibility for an act did it (`arguments._responsibility_claimers`), and role
nouns in the plural name people, not an act (`polarity._people_named_by_their_role`). Sentences
written for the tests, not the probes that prompted the classes."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "doer"),
    [
        ("Boko Haram claimed responsibility for the ambush near Maiduguri on Friday.", "ambush", "Boko Haram"),
        ("The Baloch Liberation Army accepted responsibility for a bombing on a train in Quetta.",
         "bombing", "Baloch Liberation Army"),
    ],
)  # fmt: skip
def test_who_claims_responsibility_for_an_act_did_it(resources, text, noun, doer):
    act = event_on(pipeline_events(text, resources), noun)
    assert doer in [a.text.removeprefix("The ") for a in act.source]


def test_who_denies_responsibility_is_no_doer(resources):
    events = pipeline_events("Hamas denied responsibility for the rocket attack on Sderot.", resources)
    act = event_on(events, "attack")
    assert "Hamas" not in [a.text for a in act.source]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers detained dozens of supporters of the opposition candidate in Lome.",
        "Critics of the military government were arrested in Niamey on Monday.",
    ],
)
def test_role_nouns_in_the_plural_name_people_not_an_act(resources, text):
    events = pipeline_events(text, resources)
    assert not [e for e in events if e.trigger.split()[0] in {"supporters", "Critics"}]
    assert any(e.plover_type == "COERCE" for e in events)


def test_a_role_held_in_the_singular_stays_an_act(resources):
    events = pipeline_events("Belarus has long been a loyal backer of the Kremlin.", resources)
    assert event_on(events, "backer").plover_type == "SUPPORT"
