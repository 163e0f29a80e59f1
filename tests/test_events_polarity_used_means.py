"""An act done with what was used ("used pepper spray to disperse the crowd") is told as the use
is: the parser hangs the infinitive as a purpose clause after some objects and as a complement
after others, and only the complement read as done (stop 56 lead, probes of our own; these
sentences are others)."""

from __future__ import annotations

import pytest

from realpolitik.events.polarity import polarity_of

pytestmark = pytest.mark.slow  # needs the English parse


def _polarity(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    return polarity_of(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police used pepper spray to disperse the marchers in Quito.", "disperse"),
        ("Troops employed armoured bulldozers to demolish the houses.", "demolish"),
    ],
)
def test_an_act_done_with_what_was_used_is_told_as_the_use(nlp, text, word):
    assert _polarity(nlp, text, word) == "asserted"


def test_a_purpose_with_nothing_used_stays_intended(nlp):
    # guard: a purpose clause on another verb is still only what the act was for
    text = "The army moved two brigades north to secure the pass."
    assert _polarity(nlp, text, "secure") == "intended"


def test_a_use_to_come_keeps_its_act_to_come(nlp):
    # guard: the act is told as the use is, so a use to come is an act to come
    text = "The coast guard will use patrol boats to intercept the trawlers."
    assert _polarity(nlp, text, "intercept") != "asserted"
