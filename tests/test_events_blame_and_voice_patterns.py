"""Blame laid on a party and a voice lent to a cause (round r44, plover62).

"X laid the blame for Y on Z", "put the blame ... on", "placed the blame ... on" read no
accusation (only "pin the blame" had a row): they are blaming, ACCUSE (CAMEO 112), as the verb
"blame" reads. "X lent its voice to Y's campaign" and a fronted "Lending its voice to ..." read
joint action (CAMEO's block default for "lend", 060): they are voiced support (CAMEO 051), as
"lent its support" reads. Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Mongolian foreign ministry put the blame for the grass fires on Chinese herders on "
        "Tuesday, officials said.",
        "Bahrain on Sunday laid the blame for the pipeline blast squarely on Iran, the state news "
        "agency said.",
        "The Kuwaiti government placed the blame for the oil spill on a Liberian-flagged tanker, "
        "the environment ministry said.",
    ],
)
def test_blame_laid_on_a_party_is_accuse(resources, text):
    assert pipeline_top(text, resources).plover_type == "ACCUSE", text


@pytest.mark.slow
def test_mines_laid_stay_assault(resources):
    # guard: "lay" with another object keeps its reading
    top = pipeline_top("Malian soldiers laid mines along the road to Gao on Monday, residents said.", resources)
    assert top.plover_type == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Uruguay lent its voice on Tuesday to Paraguay's campaign for the regional post, the "
        "foreign ministry said.",
        "Lending its voice to the fishermen's cause, the Solomon Islands government said on "
        "Monday it would support their claim against the logging firm.",
    ],
)
def test_a_voice_lent_is_support(resources, text):
    assert pipeline_top(text, resources).plover_type == "SUPPORT", text


@pytest.mark.slow
def test_money_lent_stays_aid(resources):
    # guard: "lend" with money keeps its reading
    top = pipeline_top(
        "Japan lent Mongolia two hundred million dollars on Friday for a new railway, officials "
        "said.",
        resources,
    )
    assert top.plover_type == "AID"
