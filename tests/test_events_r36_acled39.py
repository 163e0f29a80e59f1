"""Round r36 (issue 9, helper "acled39"): classes of phrasing from own37's tune misses. A gathering
or crowd broken up or dispersed by a state force whose people are then taken to a station is the
codebook's protest with intervention, no plain arrest, though no protest word is told; an
explosive blown up or detonated by a bomb-disposal unit (sappers, a bomb squad, deminers) is a
controlled blast, the codebook's disrupted weapons use, though no "safely" or "controlled" is told;
ground taken after its holders withdrew "under fire" changed hands by a fight, no non-violent
transfer; an armed group that would no longer enforce, or would stop enforcing, its lockdown or
shutdown changes its activity. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_phrases import reads_bombing_stopped, reads_group_change
from realpolitik.events.acled_protest_force import reads_gathering_broken_up
from realpolitik.events.acled_typing import reads_withdrawal_under_fire

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed a crowd of traders outside the town hall in Kisumu on Friday and "
        "detained nine of them overnight.",
        "Soldiers broke up an assembly of villagers in the main square of Kaya on Tuesday and "
        "arrested four of its organisers.",
    ],
)
def test_a_gathering_broken_up_and_its_people_taken_is_a_protest_with_intervention(
    nlp, analyse, text
):
    assert reads_gathering_broken_up(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Police cleared the road near the border post on Friday and arrested two men smuggling "
        "fuel in jerrycans.",
        "Police arrested three men on Sunday who had broken up a wedding party with sticks in "
        "the village.",
    ],
)
def test_a_road_cleared_or_a_party_broken_up_by_others_is_no_gathering_dispersed(nlp, text):
    assert not reads_gathering_broken_up(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "An anti-tank mine found buried on the road to Kalemie was blown up by army sappers on "
        "Tuesday, a local official said.",
        "A bomb squad detonated two roadside bombs discovered near the market in Bardera on "
        "Monday, police said.",
    ],
)
def test_an_explosive_set_off_by_a_bomb_disposal_unit_is_a_disrupted_weapons_use(
    nlp, analyse, text
):
    assert reads_bombing_stopped(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded as a bomb squad tried to reach it near Bardera on Monday, "
        "wounding two policemen.",
        "Militants blew up a bridge on the road to Kalemie on Tuesday, cutting the town off.",
    ],
)
def test_a_bomb_gone_off_near_a_bomb_squad_or_blown_up_by_militants_is_no_controlled_blast(
    nlp, text
):
    assert not reads_bombing_stopped(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Government soldiers said on Monday they were back in control of Dolo after gunmen who "
        "had held it for a month withdrew under fire.",
        "Police and soldiers took charge of the border town of Ruhwa on Sunday after separatists "
        "holding it pulled out under fire, the governor said.",
    ],
)
def test_ground_taken_after_its_holders_withdrew_under_fire_is_no_non_violent_transfer(
    nlp, analyse, text
):
    assert reads_withdrawal_under_fire(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers moved back into Kalehe on Saturday after the rebels pulled out overnight, a "
        "local official said.",
        "The rebels withdrew from Kalehe under pressure from church leaders, and police took over "
        "the town on Saturday.",
    ],
)
def test_a_withdrawal_overnight_or_under_pressure_of_talks_stays_a_non_violent_transfer(
    nlp, analyse, text
):
    assert not reads_withdrawal_under_fire(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "The armed group that controls the hills around Kitchanga said on Monday it would no "
        "longer enforce the weekly lockdown it imposed on traders last year.",
        "Fighters of a separatist movement announced on Friday that they would stop enforcing "
        "the Monday shutdown of schools and markets in the region.",
    ],
)
def test_an_armed_group_no_longer_enforcing_its_lockdown_changes_its_activity(nlp, analyse, text):
    assert reads_group_change(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "A rebel spokesman said the fighters would keep enforcing the lockdown on the town until "
        "the army left.",
        "The separatists imposed a two-day lockdown on the town of Kumbo on Monday, warning that "
        "anyone on the streets would be punished.",
    ],
)
def test_a_lockdown_kept_or_imposed_by_an_armed_group_is_no_change_of_its_activity(nlp, text):
    assert not reads_group_change(first_sentence(nlp, text))
