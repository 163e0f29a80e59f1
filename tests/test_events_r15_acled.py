"""Round r15 (issue 9, helper "acled18"): classes of phrasing read from the tune misses of the
own sets. A state force telling that "it" or "they" retook a place is the retaking's subject,
and a taking told in a relative clause on the retaken place is the earlier loss, not the gain;
a proper name handed over in a sentence telling no fight is ground handed over (the recogniser
may tag a small town a person); a person held whose holders deny holding them is a forced
disappearance, not a protest's intervention or an arrest. And a word list naming a group twice
is an error. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_ground_retaken
from realpolitik.events.acled_custody_denied import reads_custody_denied
from realpolitik.events.acled_typing import (
    _earlier_losses,
    _names_ground,
    _tells_no_fight,
    reads_unopposed_transfer,
)
from realpolitik.events.wordlists import read_word_groups

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Government troops say they have recaptured the border town, the ministry reported.",
        "The army announced it had retaken the airport after two days of fighting.",
        "Soldiers said they regained control of the hill positions on Friday.",
    ],
)
def test_a_state_force_telling_its_own_retaking_is_its_subject(nlp, text):
    assert reads_ground_retaken(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they had retaken the town from the army.",
        "Residents say they regained their homes after the floods.",
    ],
)
def test_a_group_or_residents_telling_a_retaking_is_no_state_gain(nlp, text):
    assert not reads_ground_retaken(first_sentence(nlp, text))


def test_a_taking_in_a_relative_clause_under_a_retaking_is_the_earlier_loss(nlp):
    sent = first_sentence(
        nlp, "Troops recaptured the border town of Kiliba, which the rebels seized in March."
    )
    seized = next(t for t in sent if t.lower_ == "seized")
    assert seized.idx in _earlier_losses(sent)


def test_a_taking_in_a_relative_clause_without_a_retaking_decides_as_before(nlp):
    sent = first_sentence(nlp, "Residents fled the town, which the rebels seized in March.")
    assert _earlier_losses(sent) == set()


def test_a_retaking_of_ground_an_armed_group_had_overrun_is_the_government_gain(analyse):
    text = (
        "The defence ministry said its soldiers had retaken the district headquarters that "
        "insurgents captured two weeks ago."
    )
    types = acled_types(analyse, text)
    assert "Government regains territory" in types
    assert "Non-state actor overtakes territory" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The militia turned Bunagana over to the army on Friday and no fighting was reported.",
        "The rebels quietly handed Kamanyola over to the peacekeepers.",
    ],
)
def test_a_name_handed_over_without_a_fight_is_ground_handed_over(nlp, text):
    sent = first_sentence(nlp, text)
    assert _tells_no_fight(sent)
    assert _names_ground(sent)
    assert reads_unopposed_transfer(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Police handed Mr Okafor over to prosecutors on Monday.",
        "The fighters handed the two suspects over to the regional force peacefully.",
    ],
)
def test_a_person_handed_over_is_no_ground(nlp, text):
    assert not reads_unopposed_transfer(first_sentence(nlp, text))


def test_a_town_handed_over_quietly_is_typed_a_non_violent_transfer(analyse):
    text = "The militia turned Bunagana over to the army on Friday and no fighting was reported."
    assert "Non-violent transfer of territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The family of a journalist taken from his home say the police deny detaining him.",
        "Relatives say officers picked up the lawyer and that no station admits holding him.",
        "Security services have not acknowledged holding the two bloggers.",
    ],
)
def test_a_person_whose_holders_deny_holding_them_reads_as_custody_denied(nlp, text):
    assert reads_custody_denied(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed holding the two suspects for questioning.",
        "The ministry denied the reports of a curfew in the capital.",
        "Officers arrested the opposition leader on Tuesday, police said.",
    ],
)
def test_an_admitted_detention_or_another_denial_is_no_custody_denied(nlp, text):
    assert not reads_custody_denied(first_sentence(nlp, text))


def test_an_activist_picked_up_and_denied_is_typed_a_disappearance(analyse):
    text = (
        "Colleagues of a union organiser say men in plain clothes took him from his office "
        "on Monday and that no police station admits holding him."
    )
    assert "Abduction/forced disappearance" in acled_types(analyse, text)


def test_a_word_group_named_twice_is_an_error(tmp_path: Path):
    path = tmp_path / "groups.tsv"
    path.write_text("group\twords\nseize\ttake,grab\nseize\tcapture\n", encoding="utf-8")
    with pytest.raises(ValueError, match="named twice"):
        read_word_groups(path)
