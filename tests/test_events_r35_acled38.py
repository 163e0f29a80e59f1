"""Round r35 (issue 9, helper "acled38"): classes of phrasing from own36's tune misses and the
brief's leftovers. A voice or audio message an armed group put out tells a claim, no ACLED event,
as a published video does; the explosion told in the sentence after a road accident ("The blast
that followed ...") is the accident's, no bomb; fighters handing over or turning over their arms
change their group's activity (the codebook's disarmament), no territory changes hands.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_phrases import reads_shown_in_media

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The separatists released an audio tape on Friday in which a commander said his men had "
        "shot down an army helicopter.",
        "A rebel spokesman issued a voice message on Thursday in which he claimed fighters had "
        "killed thirty soldiers near the river.",
    ],
)
def test_an_audio_or_voice_message_put_out_tells_a_claim_and_no_acled_event(nlp, analyse, text):
    assert reads_shown_in_media(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents posted a video on Monday showing their men burning an army truck, "
        "security officials said.",
        "A militia released a voice message on Sunday in which its leader boasted of downing a "
        "drone; a regional official said the message was recorded months ago.",
    ],
)
def test_a_video_or_message_put_out_and_reported_by_a_teller_is_still_a_claim(nlp, text):
    sent = first_sentence(nlp, text)
    assert sent.root.lemma_ == "say"  # the parser makes the teller the root
    assert reads_shown_in_media(sent)


def test_pictures_posted_after_the_report_of_an_act_leave_the_act_told(nlp):
    text = (
        "Farmers in the valley said they had cleared three mines buried beside the irrigation "
        "canal, a month after one of them maimed a boy; the farmers, who blamed the rebels, "
        "posted pictures of the mines online."
    )
    assert not reads_shown_in_media(first_sentence(nlp, text))


def test_a_message_broadcast_after_a_storming_told_in_a_main_clause_keeps_the_storming(nlp):
    text = (
        "Gunmen stormed a radio station on Monday and broadcast a message calling for a revolt "
        "against the government."
    )
    assert not reads_shown_in_media(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A bus and a fuel lorry collided near the toll gate on Saturday night. The blast burned "
        "both vehicles and killed fourteen people, a hospital spokesman said.",
        "A minibus collided with a fuel truck outside the capital on Sunday, a hospital official "
        "said. The blast that followed burned both vehicles and killed eleven passengers.",
    ],
)
def test_the_blast_told_after_a_road_accident_is_the_accidents_and_no_bomb(analyse, text):
    assert snippet_type(analyse(text)) == "none"


def test_a_bomb_told_after_a_road_accident_is_still_a_bomb(analyse):
    text = (
        "A lorry overturned on the highway on Monday. Hours later a bomb exploded at the market, "
        "killing four traders, police said."
    )
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Twenty fighters of a rebel faction handed over their rifles to the army at a ceremony "
        "in the provincial capital on Saturday, an officer said.",
        "About forty militiamen turned over their weapons and ammunition to peacekeepers in the "
        "town of Bria on Monday, a United Nations official said.",
    ],
)
def test_fighters_handing_over_their_arms_change_their_groups_activity(analyse, text):
    assert snippet_type(analyse(text)) == "Change to group/activity"


def test_a_town_handed_over_stays_a_transfer_of_territory(analyse):
    text = "The rebels handed over the town of Kilo to the army on Friday under a deal brokered by elders."
    assert snippet_type(analyse(text)) == "Non-violent transfer of territory"
