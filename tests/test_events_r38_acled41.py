"""Round r38 (issue 9, helper "acled41"): classes of phrasing from own39's tune misses and the
leftovers of stop 57. The losers' withdrawal told in a sentence of its own, next to a sentence
that tells the ground taken back after a fight, is the same change of hands won by the fight: a
government gain, no non-violent transfer. People told by the demand or protest they are making
("pickers demanding unpaid wages") who smash or set fire to property are demonstrators turned
violent, no property destruction by a group. Militiamen or gunmen "of" or "from" two rival clans
who trade fire are two armed sides, an armed clash, also where a sentence-initial "Militiamen" is
tagged a proper noun. People who stop work, or who answer a call to stop work, are on strike, a
peaceful protest. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import reads_armed_fight
from realpolitik.events.acled_crowd_damage import reads_aggrieved_people_wrecking
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Government troops recaptured Kitenge after two days of fighting, officials said. The "
        "insurgents said they withdrew from the town to spare civilians.",
        "The national army said on Friday it had restored control of the river town of Gambela "
        "after four days of fighting with rebel fighters. The rebels said their men left the town "
        "to protect its residents.",
        "The army said on Sunday it had regained control of the town of Mbandaka after two days "
        "of fighting with militiamen, who had occupied it since March. The militia said its men "
        "left the town to protect civilians.",
    ],
)
def test_a_withdrawal_told_beside_ground_retaken_after_a_fight_is_a_government_gain(
    analyse, text
):
    assert snippet_type(analyse(text)) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "The militia handed the town of Dimbo over to the army on Monday after a week of talks. "
        "Its fighters withdrew to their camps in the hills, a spokesman said.",
        "Rebels pulled out of the town of Kalima on Sunday under a deal brokered by elders. "
        "Soldiers entered the next morning without a shot being fired.",
    ],
)
def test_a_withdrawal_beside_ground_handed_over_without_a_fight_stays_a_transfer(analyse, text):
    assert snippet_type(analyse(text)) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers protesting against unpaid salaries smashed the windows of the port "
        "authority office in Matadi on Thursday and burned a company car.",
        "Tea pluckers demanding a pay rise set fire to three tractors of the estate near Kericho "
        "on Tuesday, the manager said.",
    ],
)
def test_people_told_by_their_demand_who_wreck_property_are_a_violent_demonstration(
    nlp, analyse, text
):
    assert reads_aggrieved_people_wrecking(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Men demanding a ransom set fire to two houses in the village of Kware on Sunday, "
        "residents said.",
        "Gunmen demanding a levy set fire to a shop in the village of Dansadau on Sunday, "
        "residents said.",
    ],
)
def test_armed_or_unnamed_men_making_a_demand_who_burn_property_are_no_demonstrators(nlp, text):
    assert not reads_aggrieved_people_wrecking(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen of two rival clans traded fire near the Gedo market for several hours on "
        "Friday, and six fighters were killed, elders said.",
        "Gunmen from two rival gangs traded fire in the Cite Soleil district for most of Friday, "
        "and residents said five bodies lay in the street.",
    ],
)
def test_militiamen_or_gunmen_of_two_rival_groups_trading_fire_are_an_armed_clash(
    nlp, analyse, text
):
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen fired on a bus near Beledweyne overnight, killing two passengers, elders said.",
        "Gunmen from the village traded insults with the police at the market on Friday.",
    ],
)
def test_militiamen_firing_on_a_bus_or_trading_insults_are_no_armed_fight(nlp, text):
    assert not reads_armed_fight(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Minibus drivers in Kano stopped work on Monday over a new toll on the ring road, leaving "
        "commuters stranded at bus stops, a union official said.",
        "Traders in Bouake answered a call by their association to stop work over new stall fees, "
        "and most of the central market stayed shut on Tuesday.",
    ],
)
def test_people_who_stop_work_or_answer_a_call_to_are_a_peaceful_protest(nlp, analyse, text):
    assert reads_unnamed_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain stopped work on the new bridge in Kisumu on Tuesday, the contractor said.",
        "The union issued a call to stop work over the new fees, but most traders in Bouake opened "
        "their shops on Tuesday.",
    ],
)
def test_work_stopped_by_rain_or_a_call_only_issued_is_no_strike(nlp, text):
    assert not reads_unnamed_protest(first_sentence(nlp, text))
