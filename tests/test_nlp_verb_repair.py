"""A clause's verb the parser hung on its object as a modifier (`nlp.verb_repair`), on sentences
written for the test (not the own held-out sentence whose miss prompted the class)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's military deployed soldiers to its border with Venezuela on Friday.",
        "Russia's military deployed troops and tanks near the border with Ukraine.",
        "The Chilean military deployed troops to the northern border.",
        "Peru's military deployed soldiers to its border with Ecuador, officials said.",
    ],
)  # fmt: skip
def test_verb_repair_a_past_verb_read_as_the_objects_modifier_becomes_the_root(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "deployed")
    assert verb.dep_ in {"ROOT", "ccomp"}
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}
    assert next(c for c in verb.children if c.dep_ == "nsubj").lower_ == "military"


@pytest.mark.parametrize(
    "text",
    [
        "Iran's armed forces on high alert",  # a headline, no stop
        "The Chilean armed forces.",
        "Peru's newly deployed troops near the border.",
        "The newly deployed troops patrolled the border.",  # has its verb
    ],
)  # fmt: skip
def test_verb_repair_leaves_headlines_and_sentences_with_a_verb_alone(nlp, text):
    doc = nlp(text)
    assert all(t.dep_ != "ROOT" or t.lower_ in {"forces", "troops", "patrolled"} for t in doc)


def test_verb_repair_the_repaired_deployment_has_its_mover_and_border_state(resources):
    text = "Colombia's military deployed soldiers to its border with Venezuela on Friday."
    events = pipeline_events(text, resources)
    move = next(e for e in events if e.plover_type == "MOBILIZE")
    assert {a.country for a in move.source} == {"COL"}
    assert {a.country for a in move.target} == {"VEN"}
