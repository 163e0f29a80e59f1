"""A verb of naming in a relative clause names the noun the clause hangs on: "a step Cairo
called a threat", "a move Ankara called a provocation". The parser takes the lone complement for
the verb's object; a disapproving one makes the verb a criticism (ACCUSE) of that noun's author,
not a phone call (CONSULT). The adjectives of CAMEO's verbs of disapproval (regret, deplore,
lament) disapprove as the verbs do (stop 73 lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _on(text, resources, word):
    return [e for e in pipeline_events(text, resources) if e.trigger.lower() == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Serbia's ban on Kosovo car plates, a measure Pristina called an act of aggression, "
         "took effect at midnight.", "XKX", "SRB"),
        ("Guyana's new oil licences, a step Caracas called a provocation, were signed on "
         "Friday.", "VEN", "GUY"),
    ],
)  # fmt: skip
def test_events_a_naming_relative_clause_criticises_the_nouns_author(
    resources, text, source, target
):
    found = _on(text, resources, "called")
    assert found and found[0].plover_type == "ACCUSE", text
    assert source in {m.country for m in found[0].source}, text
    assert target in {m.country for m in found[0].target}, text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Oslo called the decision to close the consulate deeply regrettable.",
        "Lima called the expulsion of its diplomats deplorable on Thursday.",
    ],
)
def test_events_a_regrettable_naming_is_a_criticism(resources, text):
    found = _on(text, resources, "called")
    assert found and found[0].plover_type == "ACCUSE", text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The accord, a step Hanoi called a good start, was signed in Vientiane.",
        "Rabat called the talks constructive.",
    ],
)
def test_events_an_approving_naming_is_no_criticism(resources, text):
    assert not [e for e in _on(text, resources, "called") if e.plover_type == "ACCUSE"], text
