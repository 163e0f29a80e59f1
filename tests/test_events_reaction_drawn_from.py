"""A reaction a state's act draws "from" another state is that state's act on the first: a
rebuke, a reprimand, a protest or a condemnation "drawn", "received", "sparked" or "prompted"
from a capital is the capital's government disapproving (ACCUSE) of the subject's party. The
capital after that "from" is a government, not a place; the protest is a diplomatic one, not a
crowd in the street; the verb of causing names no accusation of its own (stop 72 lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.events.lexicon import load_lexicon


def _events_on(text, resources, word):
    return [e for e in pipeline_events(text, resources) if e.trigger.lower().endswith(word)]


def _countries(mentions):
    return {m.country for m in mentions}


def test_events_nouns_of_disapproval_are_in_the_lexicon():
    lex = load_lexicon()
    for noun in ("rebuke", "reprimand", "censure", "denunciation"):
        hit = lex.noun(noun)
        assert hit is not None and hit.plover_type == "ACCUSE", noun


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Moldova's new customs rules drew a sharp reprimand from Kyiv on Wednesday.", "reprimand",
         "UKR", "MDA"),
        ("Armenia's arrest of two Iranian truckers drew a rebuke from Tehran.", "rebuke", "IRN",
         "ARM"),
        ("Cameroon's shelling of the island sparked condemnation from Abuja.", "condemnation",
         "NGA", "CMR"),
        ("Uganda's new levy on sugar provoked an angry denunciation from Nairobi.", "denunciation",
         "KEN", "UGA"),
    ],
)  # fmt: skip
def test_events_a_reaction_drawn_from_a_capital_is_its_disapproval(
    resources, text, word, source, target
):
    found = _events_on(text, resources, word)
    assert found and found[0].plover_type == "ACCUSE", text
    assert source in _countries(found[0].source) and target in _countries(found[0].target), text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Nepal received a formal protest from New Delhi over the new map.", "IND", "NPL"),
        ("Peru's closure of the Aguas Verdes crossing prompted a written protest from Quito.",
         "ECU", "PER"),
    ],
)  # fmt: skip
def test_events_a_protest_drawn_from_a_state_is_lodged_not_staged(resources, text, source, target):
    events = pipeline_events(text, resources)
    protest = [e for e in events if e.trigger.lower() == "protest"]
    assert protest and protest[0].plover_type == "ACCUSE", text
    assert source in _countries(protest[0].source) and target in _countries(protest[0].target)
    assert not any(e.plover_type == "PROTEST" for e in events), text
    assert not any(e.acled_sub_event_type == "Peaceful protest" for e in events), text


@pytest.mark.slow
def test_events_a_verb_of_causing_with_a_drawn_reaction_names_no_accusation(resources):
    events = pipeline_events("Rwanda's decree triggered condemnation from Kinshasa.", resources)
    assert not any(e.trigger.lower() == "triggered" for e in events)
    condemnation = [e for e in events if e.trigger.lower() == "condemnation"]
    assert condemnation and "COD" in _countries(condemnation[0].source)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The death of the driver sparked protests in Mombasa.",
        "The new tax drew protests from traders in the market.",
    ],
)
def test_events_protests_drawn_from_people_stay_demonstrations(resources, text):
    protests = _events_on(text, resources, "protests")
    assert protests and protests[0].plover_type == "PROTEST", text
