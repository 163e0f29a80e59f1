"""Round r24 (issue 9, helper "acled27"): classes of phrasing read from the tune misses of own25
and the round's leftovers. Protesters who "set fire to" something are a violent demonstration;
a deployment only urged or called for is no change to group/activity; a claim of
responsibility told as not made closes a bombing report and leaves it the bombing; a court's
verdict for earlier killings is no ACLED event; villagers fighting each other with machetes or
sticks, the police only the teller, are mob violence; roadblocks handed over to the army are a
non-violent transfer of territory; insurgents who round up and execute civilians attack them;
arms seized from people arrested leave the arrest the act; civilians blocking a road who burn or
smash something are a violent demonstration; a killing by a state force at a protest told by a
noun is excessive force against protesters; a smoke or cloud released, told by the symptoms it
caused, is a chemical weapon.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    reads_deployment,
    reads_lethal_force_on_protest,
    reads_toxic_gas_use,
)
from realpolitik.events.acled_phrases import (
    reads_arms_recovered,
    reads_claim_of_responsibility,
    reads_court_verdict,
    reads_crowd_clash,
)
from realpolitik.events.acled_protest_force import reads_damage_in_protest, reads_violent_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators set ablaze a police post in Kisumu on Tuesday after a boda boda rider "
        "died in custody, police said.",
        "Protesters set fire to the district office in Kasese on Monday over the sacking of "
        "the mayor, residents said.",
    ],
)
def test_protesters_setting_something_on_fire_are_a_violent_demonstration(analyse, nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))
    assert "Violent demonstration" in acled_types(analyse, text)


def test_gunmen_setting_a_post_on_fire_are_no_violent_protest(nlp):
    text = "Gunmen set fire to a police post in Kisumu on Tuesday, police said."
    assert not reads_violent_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raped three women in a village of Kebbi on Sunday, a councillor said, urging "
        "the federal government to deploy soldiers to the area.",
        "Elders in Tillabéri called on the government to send more troops after the raids, a "
        "local radio said.",
    ],
)
def test_a_deployment_only_urged_is_no_change_to_group(analyse, nlp, text):
    assert not reads_deployment(first_sentence(nlp, text))
    assert "Change to group/activity" not in acled_types(analyse, text)


def test_a_deployment_made_is_still_a_change_to_group(nlp):
    text = "The army deployed an additional battalion to the border town of Moyale on Friday."
    assert reads_deployment(first_sentence(nlp, text))


def test_a_claim_not_made_leaves_the_bombing_typed(analyse, nlp):
    text = (
        "A bomb hidden in a cart exploded in a bazaar in Bannu on Monday, killing two "
        "policemen, officials said; no group has claimed responsibility for the blast."
    )
    assert not reads_claim_of_responsibility(first_sentence(nlp, text))
    assert "Remote explosive/landmine/IED" in acled_types(analyse, text)


def test_a_claim_told_negated_is_no_claim_report(nlp):
    text = (
        "Militants have not claimed responsibility for the bomb that wrecked a police van in "
        "Chaman on Friday, killing three officers."
    )
    assert not reads_claim_of_responsibility(first_sentence(nlp, text))


def test_a_claim_made_is_still_a_claim(nlp):
    text = "The Islamic State group claimed responsibility for the bombing of a bus in Kabul."
    assert reads_claim_of_responsibility(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A military tribunal in Goma on Tuesday sentenced four soldiers to death for killing "
        "civilians during a raid on a village last year, a court official said.",
        "A court in Kaduna sentenced three policemen to life in prison on Monday for shooting "
        "dead protesters in 2020.",
    ],
)
def test_a_court_verdict_for_earlier_killings_is_no_acled_event(analyse, nlp, text):
    assert reads_court_verdict(first_sentence(nlp, text))
    assert acled_types(analyse, text) <= {None}


def test_a_killing_of_a_judge_is_no_verdict(nlp):
    text = "Gunmen shot dead a judge who had jailed several gang leaders in Port-au-Prince."
    assert not reads_court_verdict(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Youths from two neighbouring villages fought with machetes and sticks over a farm "
        "boundary near Wukari on Sunday, leaving two dead, police said.",
        "Residents of two villages near Kapenguria fought with clubs and stones over grazing "
        "land on Monday, according to police, who said four people were hurt.",
    ],
)
def test_villagers_fighting_with_the_police_only_telling_is_mob_violence(analyse, nlp, text):
    assert reads_crowd_clash(first_sentence(nlp, text))
    assert "Mob violence" in acled_types(analyse, text)


def test_villagers_fighting_soldiers_is_no_crowd_clash(nlp):
    text = "Soldiers and youths fought in the streets of Kasese on Monday, a police officer said."
    assert not reads_crowd_clash(first_sentence(nlp, text))


def test_roadblocks_handed_over_to_the_army_are_a_non_violent_transfer(analyse):
    text = (
        "Fighters of a local militia handed over their roadblocks on the main road to the army "
        "on Monday under a deal with the provincial governor, officials said."
    )
    assert "Non-violent transfer of territory" in acled_types(analyse, text)


def test_insurgents_rounding_up_and_executing_men_attack_them(analyse):
    text = (
        "Jihadists rounded up and executed seven men in a village near Djibo on Wednesday, "
        "residents said."
    )
    types = acled_types(analyse, text)
    assert "Attack" in types
    assert "Arrests" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a suspected gang leader and two of his associates at a hotel in "
        "Eldoret on Friday, a police spokesman said, adding that two pistols were seized.",
        "Detectives detained a former militia commander in Kisangani on Monday, recovering a "
        "rifle from his home, officials said.",
    ],
)
def test_arms_seized_from_people_arrested_leave_the_arrest(analyse, nlp, text):
    assert not reads_arms_recovered(first_sentence(nlp, text))
    assert "Arrests" in acled_types(analyse, text)
    assert "Disrupted weapons use" not in acled_types(analyse, text)


def test_a_cache_seized_with_no_one_held_is_still_arms_recovered(nlp):
    text = (
        "Police seized 40 rifles and a box of grenades hidden in a warehouse in Mombasa on "
        "Sunday, a police commander said."
    )
    assert reads_arms_recovered(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Cane farmers furious over late payments blocked the highway near Kisumu on Tuesday, "
        "setting three lorries on fire, police said.",
        "Motorcycle taxi drivers blocked the main road in Bouaké on Monday and torched a police "
        "car after a colleague was killed, witnesses said.",
    ],
)
def test_civilians_blocking_a_road_and_burning_are_a_violent_demonstration(analyse, nlp, text):
    assert reads_damage_in_protest(first_sentence(nlp, text))
    assert "Violent demonstration" in acled_types(analyse, text)


def test_gunmen_blocking_a_road_and_burning_buses_are_no_demonstration(analyse, nlp):
    text = (
        "Gunmen blocked the highway near Kaduna on Sunday, setting two buses on fire, police said."
    )
    assert not reads_damage_in_protest(first_sentence(nlp, text))
    assert "Violent demonstration" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The shooting of two teenagers by police during a march against land evictions in Kisii "
        "on Monday has drawn condemnation from rights groups, who called for an inquiry.",
        "Rights groups condemned the killing of a student by soldiers at a rally in Bamenda on "
        "Friday and demanded an inquiry.",
    ],
)
def test_a_killing_by_a_state_force_at_a_protest_told_by_a_noun_is_excessive_force(
    analyse, nlp, text
):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))
    assert "Excessive force against protesters" in acled_types(analyse, text)


def test_a_killing_by_gunmen_at_a_market_is_no_force_on_a_protest(nlp):
    text = "The killing of a student by gunmen at a market in Bamenda on Friday drew condemnation."
    assert not reads_lethal_force_on_protest(first_sentence(nlp, text))


def test_a_smoke_told_by_its_symptoms_is_a_chemical_weapon(analyse, nlp):
    text = (
        "Villagers in northern Shan said mortar rounds fired by the army released a yellow smoke "
        "that made dozens of people cough blood, an allegation the military rejected."
    )
    assert reads_toxic_gas_use(first_sentence(nlp, text))
    assert "Chemical weapon" in acled_types(analyse, text)


def test_tear_gas_that_made_protesters_cough_is_no_chemical_weapon(analyse, nlp):
    text = (
        "Police fired tear gas that left dozens of protesters coughing outside parliament in "
        "Nairobi on Tuesday, witnesses said."
    )
    assert not reads_toxic_gas_use(first_sentence(nlp, text))
    assert "Chemical weapon" not in acled_types(analyse, text)
