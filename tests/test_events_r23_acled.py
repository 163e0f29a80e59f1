"""Round r23 (issue 9, helper "acled26"): classes of phrasing read from the tune misses of own24.
A bomb set off on purpose by those making it safe, or a bombing foiled, is a disrupted weapons
use; an armed column told as advancing and held off or beaten back is an armed clash; a faction
breaking away from its group, or saying it no longer obeys its command, is a change to
group/activity; a deal that pledges a sum of money, no armed side signing and no ceasefire or
peace named, is aid, no ACLED agreement. Two probed classes of the weak sub-types: people
arrested who are told, in a clause, as gathered with a demand are a protest with intervention;
a crowd burning the house of a person told accused is mob violence; a protest whose "when"
clause tells some of its people smashing or throwing is a violent demonstration; arms recovered
or seized, none used, are a disrupted weapons use; a person shot dead during a protest by a state
force, or a force told accused of it, is excessive force against protesters; a deal brokered
whose clause tells its parties as having fought is an agreement. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    reads_assault_repelled,
    reads_lethal_force_on_protest,
    reads_mob_justice,
)
from realpolitik.events.acled_phrases import (
    reads_accord_of_fighting_sides,
    reads_arms_recovered,
    reads_bombing_stopped,
    reads_funding_deal,
    reads_group_change,
)
from realpolitik.events.acled_protest_force import reads_gatherers_arrested, reads_violent_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Police sappers safely detonated a roadside bomb found near a school in Garissa on Tuesday.",
        "Soldiers detonated the landmine in a controlled blast after herders reported it near Baidoa.",
    ],
)
def test_a_bomb_set_off_safely_by_those_clearing_it_is_a_disrupted_weapons_use(analyse, nlp, text):
    assert reads_bombing_stopped(first_sentence(nlp, text))
    assert acled_types(analyse, text) & {"Disrupted weapons use"}
    assert "Remote explosive/landmine/IED" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces foiled a bomb attack on a church in Kaduna on Sunday after finding "
        "explosives hidden in a car.",
        "Police thwarted a plot to bomb the market in Maiduguri on Monday, seizing two suicide vests.",
    ],
)
def test_a_bombing_foiled_is_a_disrupted_weapons_use(analyse, nlp, text):
    assert reads_bombing_stopped(first_sentence(nlp, text))
    assert "Disrupted weapons use" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside the police station in Kaduna on Sunday, killing three people.",
        "A roadside bomb blew up under an army truck near Baidoa, although sappers had tried to "
        "detonate it safely.",
        "Troops foiled an attack on their base near Diffa on Sunday, killing five assailants.",
    ],
)
def test_a_bomb_that_went_off_or_an_attack_fought_off_is_no_bombing_stopped(nlp, text):
    assert not reads_bombing_stopped(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they beat back an army convoy advancing on their positions near Beni on Monday.",
        "Villagers and militiamen fought off a column of gunmen moving toward Kalehe on Friday.",
    ],
)
def test_an_advancing_armed_column_held_off_is_an_armed_clash(analyse, nlp, text):
    assert reads_assault_repelled(first_sentence(nlp, text))
    assert "Armed clash" in acled_types(analyse, text)


def test_police_holding_off_a_marching_crowd_is_no_armed_column_repelled(nlp):
    text = (
        "Police held off a column of protesters marching toward parliament in Nairobi on Tuesday."
    )
    assert not reads_assault_repelled(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Nyatura faction announced on Tuesday that it had broken away from the coalition and "
        "would operate under its own command.",
        "Commanders of the Eastern Front said they would no longer take orders from the "
        "movement's leadership in exile.",
        "A wing of the rebel movement said it no longer answers to its founder.",
    ],
)
def test_a_faction_breaking_away_or_disowning_its_command_is_a_change_to_group(analyse, nlp, text):
    assert reads_group_change(first_sentence(nlp, text))
    assert "Change to group/activity" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander said his fighters still answer to the movement's leadership.",
        "The militia broke the ceasefire on Friday, a spokesman said.",
    ],
)
def test_obedience_kept_or_a_truce_broken_is_no_split(nlp, text):
    assert not reads_group_change(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The European Union signed a deal with Chad on Monday pledging 20 million euros to help "
        "families displaced by fighting around Lake Chad.",
        "Norway and Sudan signed an agreement on Wednesday committing $30 million to rebuild "
        "hospitals destroyed in the war in Darfur, where militias have killed thousands.",
    ],
)
def test_a_deal_pledging_a_sum_of_money_is_no_acled_agreement(analyse, nlp, text):
    assert reads_funding_deal(first_sentence(nlp, text))
    assert "Agreement" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the government signed a deal pledging $5 million to reintegrate former "
        "fighters.",
        "The army and the militia signed a truce on Friday worth $2 million in compensation to "
        "the families of the dead.",
        "The army and the rebels signed a ceasefire agreement in Addis Ababa on Friday.",
    ],
)
def test_a_deal_between_armed_sides_or_about_a_truce_stays_an_agreement(nlp, text):
    assert not reads_funding_deal(first_sentence(nlp, text))


def test_people_arrested_who_had_gathered_with_a_demand_are_a_protest_with_intervention(
    analyse, nlp
):
    text = (
        "Officers detained scores of union members who had gathered at the labour ministry in "
        "Eldoret on Monday to demand back pay, witnesses said."
    )
    assert reads_gatherers_arrested(first_sentence(nlp, text))
    assert "Protest with intervention" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men who had gathered weapons in a house in Mombasa on Friday.",
        "Police detained dozens of supporters who had gathered outside the court, killing one.",
    ],
)
def test_arrests_of_people_gathering_no_crowd_or_with_a_death_are_no_intervention(nlp, text):
    assert not reads_gatherers_arrested(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of angry residents set fire to the house of a man accused of killing a child in "
        "Eldoret on Saturday.",
        "Villagers torched the shop of a trader suspected of selling poisoned flour near Kakamega.",
    ],
)
def test_a_crowd_burning_an_accused_persons_property_is_mob_violence(analyse, nlp, text):
    assert reads_mob_justice(first_sentence(nlp, text))
    assert "Mob violence" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Youths set fire to the house of the local chief in Kisii on Friday.",
        "Gunmen set fire to the house of a man accused of informing for the army near Kumba.",
    ],
)
def test_property_of_no_accused_or_burned_by_gunmen_is_no_mob_justice(nlp, text):
    assert not reads_mob_justice(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A march by nurses demanding unpaid allowances turned chaotic in Kakamega on Wednesday "
        "when some of them smashed the windows of the county assembly, before police dispersed "
        "them with tear gas.",
        "A rally of traders went on for hours in Kisumu as they threw stones at the council offices.",
    ],
)
def test_protesters_throwing_in_a_when_clause_make_a_violent_demonstration(analyse, nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))
    assert "Violent demonstration" in acled_types(analyse, text)


def test_a_when_clause_of_a_named_outsider_throwing_is_no_act_of_the_crowd(nlp):
    from realpolitik.events.acled_protest_force import _crowd_throws_in_clause

    text = "A march by nurses was under way in Kakamega when gunmen threw a grenade at the crowd."
    clauses = [t for t in first_sentence(nlp, text) if t.dep_ == "advcl"]
    assert clauses and not any(_crowd_throws_in_clause(c) for c in clauses)


def test_arms_recovered_and_none_used_are_a_disrupted_weapons_use(analyse, nlp):
    text = (
        "Troops recovered two rocket launchers and a stockpile of mortar shells abandoned by "
        "fleeing militants near Marawi on Friday, the military said."
    )
    assert reads_arms_recovered(first_sentence(nlp, text))
    assert "Disrupted weapons use" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed four militants and recovered their rifles near Marawi on Friday.",
        "Militants fired rockets at the base and seized two army trucks near Marawi.",
    ],
)
def test_arms_taken_in_a_fight_or_a_strike_are_no_mere_recovery(nlp, text):
    assert not reads_arms_recovered(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police in Bujumbura were accused on Saturday of shooting dead a teenager during a march "
        "against rising bread prices, a charge the interior ministry rejected.",
        "Rights groups accused the army of killing a farmer during a sit-in outside the governor's "
        "office in Kaduna.",
    ],
)
def test_a_state_force_killing_a_person_during_a_protest_is_excessive_force(analyse, nlp, text):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))
    assert "Excessive force against protesters" in acled_types(analyse, text)


def test_unknown_gunmen_killing_during_a_rally_are_no_state_force_at_a_protest(nlp):
    from realpolitik.events.acled_acts import _killed_at_protest_by_forces

    text = "Unknown gunmen killed a student during a rally against fuel prices in Goma on Monday."
    assert not _killed_at_protest_by_forces(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali elders brokered a deal on Tuesday under which two clans that have "
        "fought over water points near Elwak will share the wells and pay blood money for the dead.",
        "Church leaders brokered a truce under which the two villages that clashed over grazing "
        "land will return stolen cattle.",
    ],
)
def test_a_deal_whose_clause_tells_its_parties_fought_is_an_agreement(analyse, nlp, text):
    assert reads_accord_of_fighting_sides(first_sentence(nlp, text))
    assert "Agreement" in acled_types(analyse, text)


def test_a_deal_to_rebuild_what_fighting_destroyed_is_no_accord_of_fighters(nlp):
    text = "The EU signed a deal on Monday to rebuild schools destroyed in fighting near Elwak."
    assert not reads_accord_of_fighting_sides(first_sentence(nlp, text))
