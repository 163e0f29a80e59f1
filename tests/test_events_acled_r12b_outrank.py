"""Round r12b (issue 9, helper "acled15"): specific evidence outranks the classifier within its
family. A violent crowd or lethal force named at a protest takes the place of another protest or
riot sub-type the classifier ranked first, a dispersal (tear gas, rubber bullets) that of a
peaceful protest; a toxic agent used takes the place
of another sub-type of remote violence or of an attack. Outside the family the classifier's
ranking stands. Sentences written for these tests; the probabilities are made up."""

from __future__ import annotations

import pytest

from realpolitik.events.acled_model import best
from realpolitik.events.acled_typing import _decision_scores

pytestmark = pytest.mark.slow  # needs the English parse

LABELS = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Attack",
    "Arrests",
    "Air/drone strike",
    "Chemical weapon",
    "none",
)


def _sentence(nlp, text: str):
    return next(nlp(text).sents)


def _probs(top: str, top_p: float = 0.6) -> dict[str, float]:
    """The classifier's made-up reading: `top` far ahead, the rest low."""
    rest = (1.0 - top_p) / (len(LABELS) - 1)
    return {label: top_p if label == top else rest for label in LABELS}


def _decided(nlp, text: str, top: str) -> str:
    return best(_decision_scores(_probs(top), _sentence(nlp, text), [])).label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police fired tear gas and water cannon to scatter hundreds of marchers in the port city.",
            "Protest with intervention",
        ),
        (
            "Soldiers opened fire on demonstrators outside the governor's office, killing three of them.",
            "Excessive force against protesters",
        ),
        (
            "Protesters hurled stones at police and set a bank on fire during the rally against fuel prices.",
            "Violent demonstration",
        ),
    ],
)
def test_force_named_at_a_protest_outranks_a_peaceful_protest(nlp, text, expected):
    assert _decided(nlp, text, "Peaceful protest") == expected


def test_a_violent_crowd_outranks_mob_violence(nlp):
    text = "Demonstrators threw rocks at police and burned a company truck outside the mine."
    assert _decided(nlp, text, "Mob violence") == "Violent demonstration"


def test_a_dispersal_outranks_only_a_peaceful_protest(nlp):
    # the crowd may have been violent too: a dispersal does not unseat a riot reading
    text = "Police used rubber bullets to break up a protest by striking miners at the mine gates."
    assert _decided(nlp, text, "Peaceful protest") == "Protest with intervention"
    assert _decided(nlp, text, "Violent demonstration") == "Violent demonstration"
    assert _decided(nlp, text, "Mob violence") == "Mob violence"


def test_a_peaceful_march_keeps_the_classifier_reading(nlp):
    text = "Thousands of teachers marched peacefully through the capital to demand higher pay."
    assert _decided(nlp, text, "Peaceful protest") == "Peaceful protest"


def test_force_at_a_protest_does_not_outrank_another_family(nlp):
    text = "Riot police fired tear gas to scatter the marchers in the port city."
    assert _decided(nlp, text, "Attack") == "Attack"


def test_a_toxic_agent_used_outranks_an_air_strike(nlp):
    text = "Government helicopters dropped barrels of chlorine gas on the rebel-held town at dawn."
    assert _decided(nlp, text, "Air/drone strike") == "Chemical weapon"


def test_an_air_strike_without_a_toxic_agent_stays_an_air_strike(nlp):
    text = "Government helicopters dropped barrel bombs on the rebel-held town at dawn."
    assert _decided(nlp, text, "Air/drone strike") == "Air/drone strike"
