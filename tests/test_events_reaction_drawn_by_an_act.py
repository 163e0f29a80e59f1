"""A reaction an act drew ("The detention of three fishermen by the Sri Lankan navy drew a protest
from New Delhi") is aimed at the act's doers, named by its "by" phrase, not at those it was done
to (stop 56 lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "reaction", "doer"),
    [
        (
            "The detention of three fishermen by the Sri Lankan navy drew a protest from New Delhi.",
            "protest",
            "LKA",
        ),
        (
            "The seizure of a tanker by Iranian commandos drew condemnation from London on Monday.",
            "condemnation",
            "IRN",
        ),
    ],
)
def test_a_reaction_drawn_by_an_act_is_aimed_at_its_doers(analyse, text, reaction, doer):
    event = event_on(analyse(text), reaction)
    assert [m.country for m in event.target] == [doer], event.target


def test_a_reaction_drawn_by_a_party_keeps_that_party(analyse):
    # guard: with no act and its doers, the subject itself is the target
    text = "The defence minister drew sharp criticism from opposition lawmakers in Manila."
    event = event_on(analyse(text), "criticism")
    assert [m.text for m in event.target] == ["defence minister"], event.target
