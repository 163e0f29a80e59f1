"""A state's body described in lower case with the state in an "of" phrase ("the justice
ministry of Georgia", "the defence ministry of Azerbaijan") is that state's, as "Georgia's
justice ministry" is: the tagger reads the phrase as a name, so the body was no party and the
bare state, or nobody, acted (lead, stop 67; probe sentences written as wire text, these are
others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("The justice ministry of Georgia charged two opposition activists with treason on "
         "Thursday.", "charged", "GEO"),
        ("The foreign ministry of Kazakhstan summoned the Kyrgyz ambassador on Friday.",
         "summoned", "KAZ"),
        ("The defence ministry of Azerbaijan accused Armenian forces of firing on its positions "
         "overnight.", "accused", "AZE"),
    ],
)  # fmt: skip
def test_a_body_described_before_a_states_of_phrase_is_the_states(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.source] == [(country, "GOV")]


def test_a_possessive_naming_of_the_same_body_is_unchanged(resources):
    # guard: the possessive form already read the ministry as the state's
    e = _on(
        pipeline_events(
            "Kazakhstan's foreign ministry summoned the Kyrgyz ambassador on Friday.", resources
        ),
        "summoned",
    )
    assert [(m.country, m.sector) for m in e.source] == [("KAZ", "GOV")]


def test_a_place_in_an_of_phrase_makes_no_body(resources):
    # guard: "the outskirts of Almaty" is a place; the crowd stays the doer
    text = "Hundreds of farmers blocked the outskirts of Almaty on Friday."
    e = _on(pipeline_events(text, resources), "blocked")
    assert all(m.sector != "GOV" for m in e.source)
