"""Classes of phrasing of the twenty-third typing round (issue 9 item 2, round r11; own26, wire
sentences over all PLOVER roots), on sentences written for the test (not the tune sentences that
prompted them): a hostile act hedged by "could", "might" or "may" with a condition of its own
("if ...", "unless ...") told by a verb of saying is a threat, where the hedge alone, the act
negated, or the act in the writer's voice keeps the act's reading; reaffirming or reiterating
ties, relations, friendship, a partnership or an alliance is support (SUPPORT), and outranks a
visit or talks in a phrase beside it."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.polarity import lexicon


def test_events_typing23_hedged_threat_and_reaffirmed_ties_rows_in_the_data():
    words = lexicon()
    assert {"could", "might", "may"} <= words.hedged_threat_modals
    assert words.threat_condition_marks == {"if", "unless"}
    lex = load_lexicon()
    assert lex.pattern("reaffirm", "", "ties").plover_type == "SUPPORT"
    assert lex.pattern("reiterate", "", "alliance").plover_type == "SUPPORT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The Honduran minister said Tegucigalpa might cut electricity sales to Nicaragua "
         "unless the debt was paid.", "THREATEN"),
        ("Officials said the navy could seize foreign trawlers if they entered the reserve "
         "again.", "THREATEN"),
        ("Kigali may expel the Burundian envoy if the raids continue, a spokesman said.",
         "THREATEN"),
        # the hedge alone, or the writer's own conditional, is speculation
        ("Analysts said Quito could expel the envoy.", "SANCTION"),
        ("Quito could expel the envoy if the row deepens.", "SANCTION"),
        ("Jordan's king reaffirmed the kingdom's alliance with Washington at a dinner during his "
         "trip to the United States.", "SUPPORT"),
        ("Oman reiterated its friendship with Iran during talks in Muscat with the Iranian "
         "foreign minister.", "SUPPORT"),
        ("Fiji and Tonga reaffirmed their close relations at the end of the forum.", "SUPPORT"),
    ],
)  # fmt: skip
def test_events_typing23_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing23_a_negated_hedged_act_is_no_threat(resources):
    events = pipeline_events(
        "The interior minister said police could not arrest the strikers if they stayed on "
        "private land.",
        resources,
    )
    assert events and not any(e.plover_type == "THREATEN" for e in events)
