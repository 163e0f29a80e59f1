"""An act a prohibition forbids is a kind of act, not one that took place: negated (stop 62 lead;
`polarity.yaml` `prohibiting_verbs`, `prohibition_nouns`). Sentences written for the test, not
the probe sentences that prompted the class."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The interior ministry prohibited all rallies in Niamey for three months.", "rallies"),
        ("Authorities in Lusaka imposed a ban on opposition rallies ahead of the vote.", "rallies"),
        ("A court in Dhaka upheld the prohibition on strikes by port workers.", "strikes"),
        ("The military government outlawed demonstrations across the country on Tuesday.", "demonstrations"),
    ],
)  # fmt: skip
def test_an_act_a_prohibition_forbids_is_negated(resources, text, act):
    events = pipeline_events(text, resources)
    assert next(e for e in events if act in e.trigger).polarity == "negated"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Police blocked the march in Lusaka and detained its organisers.", "detained"),
        ("Thousands defied a ban and marched through the centre of Niamey on Friday.", "marched"),
    ],
)  # fmt: skip
def test_acts_beside_a_ban_keep_their_reading(resources, text, act):
    events = pipeline_events(text, resources)
    assert next(e for e in events if e.trigger.startswith(act)).polarity == "asserted"
