"""Acts that are no ACLED event, or not the one their words suggest (stop 64, lead): weapons
fired in a test or an exercise (a show of force), people sent out of a state, goods that are no
weapon seized, gatherings banned, goods handed over. Sentences written for these tests, not the
probes that prompted the classes."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence, pipeline_events

from realpolitik.events.acled_typing import _tells_only_shows_or_removals

pytestmark = pytest.mark.slow

SHELLING = "Shelling/artillery/missile attack"
DISRUPTED = "Disrupted weapons use"
TRANSFER = "Non-violent transfer of territory"


def acled_labels(analyse, text: str) -> set[str]:
    """The ACLED sub-event types read in `text`, no event left out."""
    return {t for t in acled_types(analyse, text) if t}


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang test-launched three short-range missiles off its east coast on Thursday.",
        "Marines fired rockets during a beach-landing exercise on the island of Hainan.",
        "Gunners fired howitzer shells at a firing range near Pokhran as part of winter exercises.",
    ],
)
def test_weapons_fired_in_a_test_or_an_exercise_are_no_acled_event(analyse, text):
    assert acled_labels(analyse, text) == set()


def test_shells_fired_at_a_side_stay_a_shelling(analyse):
    assert SHELLING in acled_labels(analyse, "Artillery fired shells at rebel trenches outside Goma on Sunday.")


def test_people_deported_by_a_state_are_no_acled_event(analyse):
    text = "Ugandan soldiers deported 30 Congolese refugees to Congo on Thursday, aid groups said."
    assert acled_labels(analyse, text) == set()


def test_goods_that_are_no_weapon_seized_are_no_disrupted_weapons_use(analyse):
    text = "Border police confiscated cash and passports from a bus near Zahedan."
    assert DISRUPTED not in acled_labels(analyse, text)


def test_rifles_and_grenades_seized_stay_a_disrupted_weapons_use(analyse):
    text = "Troops seized 12 rifles and two grenades from a house in Bunia."
    assert DISRUPTED in acled_labels(analyse, text)


def test_gatherings_banned_are_the_ban_not_a_protest(analyse):
    labels = acled_labels(analyse, "The city council banned marches and rallies near parliament for a week.")
    assert "Peaceful protest" not in labels
    assert "Other" in labels


def test_a_rally_held_despite_a_ban_stays_a_protest(analyse):
    assert "Peaceful protest" in acled_labels(analyse, "Thousands rallied in Nairobi despite a ban on marches.")


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers handed over tents and medicine to families at the border camp in Kakuma.",
        "A church group handed over 40 tonnes of flour to displaced families at the camp near Bunia.",
    ],
)
def test_goods_handed_over_are_no_transfer_of_ground(analyse, text):
    assert TRANSFER not in acled_labels(analyse, text)


def test_a_border_post_handed_over_without_a_fight_stays_a_transfer(analyse):
    text = "Rebels handed over the border post of Ishasha to regional troops without a fight."
    assert TRANSFER in acled_labels(analyse, text)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Police deported 40 Afghan migrants from Mashhad on Monday.", True),
        ("Police deported 40 Afghan migrants on Monday, hours after two mortar rounds landed near the camp.", False),
    ],
)  # fmt: skip
def test_a_removal_is_told_alone_only_with_no_word_of_violence_beside_it(resources, text, alone):
    # the decision sees the lexicon's events; a shelling the ACLED step would add itself is told
    # only by its words ("mortar rounds"), which keep the decision
    removals = [e for e in pipeline_events(text, resources) if e.plover_mode == "deport"]
    assert removals
    sent = first_sentence(resources.nlp, text)
    assert _tells_only_shows_or_removals(sent, removals) is alone
