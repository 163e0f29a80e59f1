"""A perfect tense the parser read as possession (`nlp.perfect_repair`), on sentences written for
the test (not the own polarity sentence whose miss prompted the class)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        ("Witnesses said the militia had tortured prisoners.", "tortured", "militia", "prisoners"),
        ("Prosecutors said the officers had tortured suspects in custody.", "tortured", "officers",
         "suspects"),
    ],
)  # fmt: skip
def test_perfect_repair_the_participle_becomes_the_verb_and_have_its_auxiliary(
    nlp, text, verb, subject, obj
):
    doc = nlp(text)
    participle = next(t for t in doc if t.lower_ == verb)
    assert participle.dep_ in {"ROOT", "ccomp"}
    children = {c.dep_: c.lower_ for c in participle.children}
    assert children["nsubj"] == subject
    assert children["dobj"] == obj
    assert children["aux"] == "had"


@pytest.mark.parametrize(
    "text",
    [
        "The user has limited privileges.",  # a participle that is an adjective of its own
        "The firm has skilled workers in three countries.",  # tagged an adjective
        "The rebels had captured soldiers in their camps.",  # already a perfect
    ],
)  # fmt: skip
def test_perfect_repair_leaves_possession_and_parsed_perfects_alone(nlp, text):
    doc = nlp(text)
    have = next(t for t in doc if t.lower_ in {"has", "had"})
    participle = doc[have.i + 1]
    assert (have.dep_ == "ROOT") == (participle.dep_ == "amod")


def test_perfect_repair_a_denied_perfect_is_a_denied_event(resources):
    text = "The interior ministry rejected accusations that the militia had tortured prisoners."
    events = pipeline_events(text, resources)
    torture = next(e for e in events if e.trigger == "tortured")
    assert torture.plover_type == "ASSAULT"
    assert torture.polarity == "denied"
