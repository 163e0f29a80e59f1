"""A body named with its portfolio in an "of" phrase before the state's own "of" phrase ("the
ministry of defence of Ukraine", "the minister of the interior of Iraq") is that state's: the
parser hangs the state on the portfolio, so the body had no country (lead, stop 68; probe
sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("The ministry of defence of Georgia accused Russian troops of moving the boundary "
         "markers overnight.", "accused", "GEO"),
        ("The minister of justice of Moldova met the Romanian ambassador in Chisinau on "
         "Wednesday.", "met", "MDA"),
    ],
)  # fmt: skip
def test_a_body_with_its_portfolio_before_a_states_of_phrase_is_the_states(
    resources, text, verb, country
):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.source] == [(country, "GOV")]


def test_a_single_of_phrase_keeps_its_reading(resources):
    # guard: the stop 67 form, one "of" phrase naming the state
    text = "The foreign ministry of Moldova summoned the Russian ambassador on Monday."
    e = _on(pipeline_events(text, resources), "summoned")
    assert [(m.country, m.sector) for m in e.source] == [("MDA", "GOV")]
