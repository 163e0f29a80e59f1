"""Round r14 (issue 9, helper "acled17"): classes of phrasing read from the tune misses of the
own sets. An unorganised crowd wrecking or burning property is a riot (violent demonstration),
not property destruction; a protest met by tear gas, batons or a dispersal is no peaceful
protest; relatives of the missing marching with a demand tell a protest, not a disappearance;
white phosphorus dropped or fired is a chemical weapon. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_acts import reads_toxic_gas_use
from realpolitik.events.acled_crowd_damage import reads_crowd_rampage
from realpolitik.events.acled_typing import _decision_scores, _protest_by_the_missing

pytestmark = pytest.mark.slow  # needs the English parse


def _top(scores: dict[str, float]) -> str:
    return max(scores, key=lambda k: scores[k])


@pytest.mark.parametrize(
    "text",
    [
        "Villagers angry at the water cuts smashed the windows of the utility office.",
        "Traders set the market tax office on fire after the levy was doubled.",
        "Students ransacked the rector's building over the cancelled exams.",
    ],
)
def test_a_crowd_wrecking_property_reads_as_a_rampage(nlp, text):
    assert reads_crowd_rampage(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militants torched a village school during the night.",
        "Youths burned two cars, killing a driver trapped inside.",
        "Residents cleaned the market square after the festival.",
    ],
)
def test_an_armed_side_a_death_or_no_wrecking_is_no_rampage(nlp, text):
    assert not reads_crowd_rampage(first_sentence(nlp, text))


def test_a_rampage_read_as_property_destruction_becomes_a_violent_demonstration(nlp):
    sent = first_sentence(nlp, "Angry residents vandalised the water board's office and burned its van.")
    probs = {"Looting/property destruction": 0.3, "Violent demonstration": 0.1, "none": 0.1}
    assert _top(_decision_scores(probs, sent, [])) == "Violent demonstration"


def test_a_protest_dispersed_with_tear_gas_is_no_peaceful_protest(nlp):
    sent = first_sentence(nlp, "Nurses marching to the health ministry were scattered by tear gas.")
    probs = {"Peaceful protest": 0.3, "Protest with intervention": 0.1, "none": 0.1}
    assert _top(_decision_scores(probs, sent, [])) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Families of the disappeared walked to the governor's palace holding pictures of their "
        "sons and demanding answers.",
        "Wives of missing fishermen held a rally at the port asking the navy to keep searching.",
    ],
)
def test_relatives_of_the_missing_protesting_tell_a_protest(nlp, text):
    sent = first_sentence(nlp, text)
    assert _protest_by_the_missing(sent)
    probs = {"Abduction/forced disappearance": 0.3, "Peaceful protest": 0.1, "none": 0.1}
    assert _top(_decision_scores(probs, sent, [])) == "Peaceful protest"


def test_an_abduction_is_no_protest_by_the_missing(nlp):
    assert not _protest_by_the_missing(
        first_sentence(nlp, "Gunmen abducted three aid workers on the road to the camp.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Artillery units fired white phosphorus shells at the hillside hamlets.",
        "Jets dropped phosphorus munitions on the farms east of the river.",
    ],
)
def test_white_phosphorus_used_reads_as_a_chemical_weapon(nlp, text):
    assert reads_toxic_gas_use(first_sentence(nlp, text))
