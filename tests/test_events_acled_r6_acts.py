"""Round r6 (issue 9): explosives hidden under a bomber's clothes are a suicide bomb, a toxic gas
dropped or fired is a chemical weapon, a protest told with the verb "demonstrate" can meet
excessive force, an armed group's one-sided killing of civilians read as an armed clash is
an attack, an armed group levying taxes is an "Other" development, the police telling the news
are no armed actor of an accident, and smuggling told in the next sentence makes an arrest
crime."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_acts import (
    reads_lethal_force_on_protest,
    reads_suicide_bombing,
    reads_toxic_gas_use,
)
from realpolitik.events.acled_model import best
from realpolitik.events.acled_phrases import reads_armed_levy, reads_attack_on_civilians
from realpolitik.events.acled_typing import _contraband_told, _decision_scores, _reads_accident

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "A woman hid a bomb beneath her robe and set it off at the checkpoint.",
        "The attacker detonated explosives concealed under his jacket in the queue.",
        "A man wearing explosives walked into the mosque during prayers.",
    ],
)
def test_explosives_under_the_clothes_or_worn_read_as_a_suicide_bombing(nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police found explosives hidden under a bridge near the market.",
        "A bomb hidden under a parked car exploded outside the ministry.",
    ],
)
def test_explosives_hidden_under_a_thing_do_not(nlp, text):
    assert not reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said helicopters dropped barrels filled with chlorine on the town.",
        "Government forces fired rockets carrying a nerve agent into the suburb.",
        "The villagers said aircraft released a poisonous gas over their fields.",
    ],
)
def test_a_toxic_gas_dropped_or_fired_reads_as_a_chemical_weapon(nlp, text):
    assert reads_toxic_gas_use(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at the crowd.",
        "Farmers sprayed the fields with a toxic pesticide.",
        "A chlorine leak at a water plant sent twelve workers to hospital.",
    ],
)
def test_tear_gas_a_pesticide_or_a_leak_does_not(nlp, text):
    assert not reads_toxic_gas_use(first_sentence(nlp, text))


def test_lethal_fire_into_a_crowd_demonstrating_is_force_on_a_protest(nlp):
    sent = first_sentence(
        nlp, "Three people died when troops shot into a crowd demonstrating against food prices."
    )
    assert reads_lethal_force_on_protest(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Militants raided a village in the north overnight, killing eleven farmers.",
        "Gunmen stopped a bus on the highway and shot dead four passengers.",
    ],
)
def test_an_armed_group_killing_civilians_reads_as_an_attack_on_civilians(nlp, text):
    assert reads_attack_on_civilians(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed six soldiers in an ambush on the highway.",
        "Insurgents attacked an army outpost and killed three villagers nearby.",
        "Militants clashed with troops near the village, killing two farmers.",
    ],
)
def test_a_fight_with_an_armed_side_does_not(nlp, text):
    assert not reads_attack_on_civilians(first_sentence(nlp, text))


def test_an_armed_clash_read_on_civilians_killed_yields_to_attack(nlp):
    probs = {"Armed clash": 0.3, "Attack": 0.2, "none": 0.1}
    raid = first_sentence(
        nlp, "Militants raided a village in the north overnight, killing eleven farmers."
    )
    assert best(_decision_scores(probs, raid, [])).label == "Attack"
    fight = first_sentence(nlp, "Rebels killed six soldiers in an ambush on the highway.")
    assert best(_decision_scores(probs, fight, [])).label == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels collected taxes from traders at the river crossing.",
        "Insurgents extorted tolls from drivers at makeshift checkpoints.",
    ],
)
def test_an_armed_group_levying_taxes_reads_as_an_armed_levy(nlp, text):
    assert reads_armed_levy(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The government raised taxes on fuel.",
        "Rebels collected their wounded from the battlefield.",
    ],
)
def test_a_state_tax_or_another_collection_does_not(nlp, text):
    assert not reads_armed_levy(first_sentence(nlp, text))


def test_the_police_telling_the_news_is_no_armed_actor_of_an_accident(nlp):
    told = first_sentence(nlp, "A boiler exploded at a dye factory, injuring nine workers, police said.")
    assert _reads_accident(told)
    hit = first_sentence(nlp, "A gas cylinder exploded at a police post, wounding two officers.")
    assert not _reads_accident(hit)


def test_smuggling_told_in_the_next_sentence_makes_an_arrest_crime(nlp):
    doc = nlp(
        "Coast guards detained 40 people on a fishing boat off the island. "
        "Officials said the boat belonged to a ring of migrant smugglers."
    )
    arrest = next(doc.sents)
    assert _contraband_told(arrest)
    armed = nlp(
        "Coast guards detained 40 people on a fishing boat off the island with rifles aboard. "
        "Officials said the boat belonged to a ring of migrant smugglers."
    )
    assert not _contraband_told(next(armed.sents))
