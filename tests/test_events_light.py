"""A light verb and its event noun are one event (issue 9, item 4): typed by a pattern over both
or by the noun, its trigger naming both ("carried out the raid"), its source the verb's subject
and its polarity the verb's; conflict acts the lexicon lacked ("laid mines", "planted a bomb")
come from `own_triggers.tsv`. Each class is pinned with its contrast. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

from realpolitik.events.lexicon import load_lexicon


def test_events_light_verbs_of_conflict_acts_are_light():
    lex = load_lexicon()
    assert {"mount", "wage", "perpetrate", "lay", "plant"} <= lex.light
    assert {"mount", "launch", "carry"} <= lex.support
    assert "follow" not in lex.support
    assert lex.pattern("lay", "", "mine") is not None
    assert lex.pattern("plant", "", "bomb") is not None


LIGHT = [
    # pattern over verb and noun (CAMEO's or ours)
    ("The militia carried out a raid on the depot.", "carried", "carried out a raid", "ASSAULT"),
    ("Kenya and Somalia held talks in Nairobi.", "held", "held talks", "CONSULT"),
    ("The militia laid mines along the river bank.", "laid", "laid mines", "ASSAULT"),
    ("Two men planted a bomb under the minister's car.", "planted", "planted a bomb", "ASSAULT"),
    # no pattern knows the pair: the noun types it
    ("The army mounted an offensive against the rebel camps.", "mounted", "mounted an offensive",
     "ASSAULT"),
    ("The rebels launched an offensive on the northern towns.", "launched",
     "launched an offensive", "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verb", "trigger", "plover_type"), LIGHT)
def test_events_light_verb_and_event_noun_are_one_event_named_by_both(
    nlp, text, verb, trigger, plover_type
):
    events = events_with_actors(nlp, text)
    event = event_on(events, verb)
    assert event.trigger == trigger
    assert event.plover_type == plover_type
    assert event.trigger_start == text.index(verb)
    # one span of the sentence, so a highlight at the trigger's offset covers it
    assert text[event.trigger_start : event.trigger_start + len(event.trigger)] == event.trigger
    noun = trigger.split()[-1]
    # the noun is no second event of its own
    assert [e for e in events if e.trigger.split()[0] == noun] == []


def test_events_light_verb_source_is_the_verbs_subject(nlp):
    text = "The militia carried out a raid on the depot."
    events = events_with_actors(nlp, text, ("The militia", "SDN", "REB"))
    assert [m.text for m in event_on(events, "carried").source] == ["The militia"]


NO_EVENT = [
    # the same verbs with an object that names nothing done
    "The farmers planted trees along the river bank.",
    "The minister laid a wreath at the memorial.",
    "The opposition mounted a display of old posters.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_events_light_verb_without_an_event_noun_or_not_doing_it_is_no_event(nlp, text):
    verb = text.split()[2]
    assert [e for e in events_with_actors(nlp, text) if e.trigger.split()[0] == verb] == []


def test_events_light_verb_relating_an_event_leaves_the_noun_its_own_event(nlp):
    # "followed" does not do the clashes: they stay an event of their own, on their noun
    events = events_with_actors(nlp, "The ceremony followed heavy clashes near the stadium.")
    assert event_on(events, "clashes").plover_type == "ASSAULT"
    assert not [e for e in events if "clashes" in e.trigger and e.trigger != "clashes"]


def test_events_light_verb_passive_subject_stays_its_own_noun_event(nlp):
    # "the ambush was carried out by": the noun before the verb is a reference as often as not
    text = "The police said the ambush was carried out by a rebel unit."
    events = events_with_actors(nlp, text)
    assert event_on(events, "ambush").plover_type == "ASSAULT"
    assert not [e for e in events if "ambush" in e.trigger and e.trigger != "ambush"]


POLARITY = [
    ("The militia denied carrying out the raid on the depot.", "carrying", "denied"),
    ("The militia carried out the raid on the depot.", "carried", "asserted"),
    ("The rebels denied laying mines near the border post.", "laying", "denied"),
    ("The council plans to hold elections after the harvest.", "hold", "intended"),
]


@pytest.mark.parametrize(("text", "verb", "polarity"), POLARITY)
def test_events_light_verb_event_takes_the_verbs_polarity(nlp, text, verb, polarity):
    event = event_on(events_with_actors(nlp, text), verb)
    assert event.polarity == polarity
    assert len(event.trigger.split()) > 1  # the noun is named with it
