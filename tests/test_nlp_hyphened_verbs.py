"""A verb written with its instrument ("tear-gassed", "baton-charged", "water-cannoned"): the
clause's verb even where the parser read it as its object's modifier (`nlp.verb_repair`), with
its subject and its passive subject (`nlp.passive_repair`), typed as crowd control
(`triggers._hyphened_noun_type`, own_triggers.tsv). Lead, stop 66; probe sentences written as
wire text, these are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Riot police tear-gassed hundreds of nurses outside the health ministry in Accra.",
         "gassed", "police"),
        ("Officers lathi-charged the sugarcane growers near the mill in Meerut.",
         "charged", "Officers"),
        ("Municipal police water-cannoned the crowd that had gathered near the port in Dakar.",
         "cannoned", "police"),
    ],
)  # fmt: skip
def test_a_verb_hyphened_to_its_instrument_heads_its_clause(nlp, text, verb, subject):
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    assert head.pos_ == "VERB"
    assert [c.text for c in head.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("Albanian police pepper-sprayed the crowd in front of the embassy in Tirana on Friday.",
         "sprayed", "ALB.COP"),
        ("Kenyan police tear-gassed traders who had blocked the highway in Nakuru on Monday.",
         "gassed", "KEN.COP"),
        ("Serbian police water-cannoned the students outside the broadcaster in Novi Sad.",
         "cannoned", "SRB.COP"),
    ],
)  # fmt: skip
def test_a_hyphened_crowd_control_verb_is_force_by_its_subject(resources, text, word, source):
    event = event_on(pipeline_events(text, resources), word)
    assert event.plover_type == "ASSAULT"
    assert [a.actor_id for a in event.source] == [source]


def test_the_passive_subject_of_a_hyphened_verb_is_its_target(resources):
    text = "Striking dockworkers were tear-gassed by Bangladeshi police in Chittagong."
    event = event_on(pipeline_events(text, resources), "gassed")
    assert [a.text for a in event.target] == ["dockworkers"]


def test_a_gas_attack_without_the_instrument_keeps_its_reading(resources):
    text = "Syrian government helicopters gassed the rebel-held town of Kafr Zita, monitors said."
    event = event_on(pipeline_events(text, resources), "gassed")
    assert event.plover_type == "ASSAULT" and event.plover_mode != "crowd-control"
