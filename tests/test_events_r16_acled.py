"""Round r16 (issue 9, helper "acled19"): classes of phrasing read from the tune misses of the
own sets. The speaker of a report ("residents said") is no doer of its violence; control of a
place handed over is a transfer also where the parser hangs "of the post" on the verb; a troop
deployment after killings, or under a state of emergency, is the deployment; people forced to
flee a fight are displaced, not abducted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_deployment, told_as_cause
from realpolitik.events.acled_phrases import reads_armed_attackers, reads_displacement_only
from realpolitik.events.acled_typing import phrase_votes, transfer_acts

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Militants hacked three farmers to death near Ndola and set their granaries alight, "
        "villagers said.",
        "Jihadists shot dead five herders at a watering point north of Kidal, residents told "
        "reporters.",
    ],
)
def test_the_speaker_of_a_report_is_no_crowd_among_the_attackers(nlp, text):
    assert reads_armed_attackers(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Villagers and militiamen beat two suspected thieves to death in the market.",
        "A mob lynched a man accused of witchcraft, police reported.",
    ],
)
def test_a_crowd_doing_the_violence_still_makes_no_armed_attack(nlp, text):
    assert not reads_armed_attackers(first_sentence(nlp, text))


def test_an_armed_groups_killing_told_by_residents_is_an_attack(analyse):
    text = (
        "Insurgents hacked six fishermen to death on the shore near Ancuabe on Tuesday, "
        "villagers said."
    )
    types = acled_types(analyse, text)
    assert "Attack" in types
    assert "Mob violence" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The militia handed control of a ridge outpost near Kalaa to the regional police under "
        "the ceasefire terms, and no shots were fired.",
        "Rebel commanders gave control of the hilltop checkpoint to peacekeepers on Friday.",
    ],
)
def test_control_of_a_place_handed_over_is_a_transfer_act(nlp, text):
    assert [t.lower_ for t in transfer_acts(first_sentence(nlp, text))] in (["handed"], ["gave"])


def test_control_of_something_else_handed_over_is_no_transfer_act(nlp):
    sent = first_sentence(nlp, "The minister handed control of the budget to his deputy on Monday.")
    assert transfer_acts(sent) == []


def test_a_hilltop_handed_to_a_committee_under_a_truce_is_a_non_violent_transfer(analyse):
    text = (
        "The army handed control of a hilltop position near Sabir to a tribal council on "
        "Sunday under a local truce; no shots were reported."
    )
    assert "Non-violent transfer of territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army sent two battalions to the district after the killings.", "killings"),
        ("Troops were deployed following clashes that killed nine.", "killed"),
    ],
)
def test_a_death_or_fight_named_under_after_or_following_is_told_as_a_cause(nlp, text, word):
    sent = first_sentence(nlp, text)
    assert told_as_cause(next(t for t in sent if t.lower_ == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops deployed to the town clashed with militants, killing nine.", "killing"),
        ("Soldiers were sent to the village after gunmen attacked it.", "attacked"),
    ],
)
def test_the_sentences_own_killing_or_an_attack_told_as_a_clause_is_no_cause(nlp, text, word):
    sent = first_sentence(nlp, text)
    assert not told_as_cause(next(t for t in sent if t.lower_ == word))
    assert not reads_deployment(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Chile declares state of emergency and deploys army to guard highways in Araucania "
        "after arson attacks on trucks.",
        "The president sent the military into the streets of the capital after the riots.",
    ],
)
def test_the_army_sent_in_after_violence_is_a_deployment(nlp, text):
    assert reads_deployment(first_sentence(nlp, text))


def test_a_deployment_under_a_state_of_emergency_votes_for_the_deployment_only(nlp):
    sent = first_sentence(
        nlp,
        "Authorities declared a curfew in Bamenda and deployed soldiers to the market after "
        "the killings.",
    )
    votes = phrase_votes(sent)
    assert "Change to group/activity" in votes
    assert "Other" not in votes


def test_a_state_of_emergency_alone_still_votes_other(nlp):
    sent = first_sentence(nlp, "The government imposed a state of emergency in Tigray on Monday.")
    assert "Other" in phrase_votes(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Ex-combatant dissidents clashed with the Gulf Clan along the Naya river, forcing 120 "
        "families to flee.",
        "Fighting between two militias displaced thousands of villagers from the valley.",
    ],
)
def test_people_forced_to_flee_are_displaced_not_taken(nlp, text):
    assert reads_displacement_only(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a priest and forced the villagers to flee.",
        "Residents fled after armed men took away three teachers.",
        "Gunmen stopped a bus and forced about 30 passengers to walk with them into the forest.",
    ],
)
def test_a_flight_beside_a_taking_of_people_is_no_displacement_only(nlp, text):
    assert not reads_displacement_only(first_sentence(nlp, text))


def test_armed_groups_battling_that_force_families_to_flee_is_an_armed_clash(analyse):
    text = (
        "Dissidents of the Segunda Marquetalia battled ELN fighters for a drug route in rural "
        "Tumaco on Monday, forcing dozens of families to abandon their homes."
    )
    types = acled_types(analyse, text)
    assert "Armed clash" in types
    assert "Abduction/forced disappearance" not in types
