"""Round r34 (issue 9, helper "acled37"): classes of phrasing from own35's tune misses and the
brief's leftovers. A verb that only describes the doers of an act told elsewhere by their
language ("the gunmen spoke Hausa") names no act of its own; a published video or photograph
tells what it shows as a claim, no ACLED event, unless the act is told in a main clause beside
it; an act told as not done ("no town had fallen to the rebels") adds no ACLED event; police
told as holding back at a protest ("stood by but did not intervene") are no intervention; "army
units" (a unit under a bare state force word, "Army" even where tagged as a name) are a state
force, so their retaking is the government's.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_phrases import reads_shown_in_media
from realpolitik.events.acled_protest_force import reads_force_withheld

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "describing"),
    [
        (
            "Villagers said gunmen on motorbikes shot three herders at a well on Friday. "
            "Witnesses said the gunmen spoke Tamasheq.",
            "spoke",
        ),
        (
            "Bandits shot four cattle traders on the road to the market on Sunday. Survivors "
            "said the gunmen spoke Fulani and rode camels.",
            "spoke",
        ),
    ],
)
def test_a_verb_describing_the_doers_adds_no_event_of_its_own(analyse, text, describing):
    events = analyse(text)
    assert not [e for e in events if e.trigger == describing and e.acled_sub_event_type]
    assert snippet_type(events) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "The militia posted a video on Sunday showing its fighters raising a flag over what it "
        "said was the police station of a border town.",
        "The insurgents published photographs on Tuesday showing their men firing on an army "
        "base near the river crossing.",
    ],
)
def test_a_published_video_or_photograph_tells_a_claim_and_no_acled_event(nlp, analyse, text):
    assert reads_shown_in_media(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        # the act told in a main clause beside the video
        "Gunmen stormed a police post near the border on Monday and later posted a video of the "
        "burning building.",
        # a video that no one published: the act is the sentence's
        "Rebels shelled the town's market on Friday, wounding six traders.",
    ],
)
def test_an_act_told_beside_a_published_video_is_no_claim_only(nlp, text):
    assert not reads_shown_in_media(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The governor insisted that no town in the district had fallen to the rebels, and that "
        "the army still held every road.",
        "A spokesman said that no post on the frontier had fallen to the insurgents during the "
        "night.",
    ],
)
def test_a_gain_of_ground_told_as_not_done_gets_no_acled_type(analyse, text):
    assert snippet_type(analyse(text)) == "none"


def test_a_gain_of_ground_told_as_done_keeps_its_type(analyse):
    text = "Rebels seized the town of Kalemie on Sunday after the garrison fled."
    assert snippet_type(analyse(text)) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred nurses held a sit-in outside the health ministry on Tuesday over months "
        "of unpaid wages, chanting and waving banners. Riot police stood by but did not "
        "intervene, and the nurses went home at dusk.",
        "Dozens of retired teachers staged a sit-in in front of the pensions office on "
        "Wednesday, singing and holding placards over delayed payments. Police officers watched "
        "from across the street but did not intervene.",
    ],
)
def test_a_protest_where_police_held_back_stays_peaceful(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        # force told after the holding back: the force decides
        "Police did not intervene at first but later fired tear gas to disperse the marchers.",
        # the marchers, not the police, did not stop
        "The marchers did not stop at the police line and walked on to the governor's office.",
        # a force that tried and failed ("could not") did not hold back (the merge: a polarity
        # own set's tune item lost its event)
        "Gendarmes could not disperse the sit-in outside the town hall in Kaolack on Friday.",
        "Riot police could not stop the traders who marched on the customs office.",
    ],
)
def test_force_used_or_a_crowd_that_did_not_stop_is_no_force_withheld(nlp, text):
    assert not reads_force_withheld(first_sentence(nlp, text))


def test_police_that_did_not_intervene_is_force_withheld(nlp):
    text = "Riot police stood by but did not intervene as the crowd sang outside the ministry."
    assert reads_force_withheld(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Army units recaptured the village of Tamba from the rebels on Thursday after a two-day "
        "battle.",
        "Army units took back the hill town of Koro from the militia on Saturday.",
    ],
)
def test_army_units_retaking_a_place_are_the_government_regaining_it(analyse, text):
    assert snippet_type(analyse(text)) == "Government regains territory"


def test_units_of_a_named_armed_group_taking_a_place_stay_its_takeover(analyse):
    text = "Arakan Army units seized the town of Paletwa from the junta on Monday."
    assert snippet_type(analyse(text)) == "Non-state actor overtakes territory"
