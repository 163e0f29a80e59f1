"""A proposal compounded on "government" ("voted down a government bill", "rejected a government
proposal") is the government's: the act on it is aimed at the government (actors/generic.py
`_camp_modifier`, round r41, plover59: the class left from stop 60)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian senate voted down a government bill on Wednesday that would have raised fuel prices.",
        "Lawmakers in Vanuatu rejected a government proposal on Tuesday that would have doubled the tax on kava.",
    ],
)
def test_an_act_on_a_government_proposal_is_aimed_at_the_government(text, resources):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT"
    assert any("government" in a.text.lower() for a in top.target), top.target


def test_government_critics_arrested_are_no_government(resources):
    # guard: people named by a role against the government are not the government
    text = "Police in Suva arrested two government critics on Monday, a rights group said."
    top = pipeline_top(text, resources)
    assert not any(a.text.lower() == "government" for a in top.target), top.target
