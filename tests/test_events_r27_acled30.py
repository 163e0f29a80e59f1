"""Round r27 (issue 9, helper "acled30"): classes of phrasing read from the tune misses of own28
and the round's leftovers. A crowd at a feast or fireworks with no protest, violence or damage
told is no ACLED event, and a drum beaten or fireworks set off name no act; protesters beaten "to
death" by a state force, or who "died after" one beat them, met excessive force; an act
coordinated onto a parenthetical attribution (", an official said, but torched ...") has the
report's doer as its subject, not the teller; armed men's one-sided killing stays an attack when
"the men" name them again or a relative clause on the victim names the army; an explosive
thrown, tossed or lobbed by hand is a grenade; vigilantes and kidnappers trading fire are two
armed sides; a violent act only threatened or vowed, none told done, is no ACLED event; a vigil
or a picket makes a sentence an ACLED candidate. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    _subjects,
    reads_armed_fight,
    reads_hand_thrown_explosive,
    reads_lethal_force_on_protest,
)
from realpolitik.events.acled_festivity import reads_festive_crowd
from realpolitik.events.acled_phrases import reads_armed_attackers, reads_attack_on_civilians
from realpolitik.events.acled_threat_only import reads_threat_only

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Crowds packed the seafront of Zamboanga City on Sunday evening for the fiesta's last "
        "night, beating drums and dancing behind a brass band while children set off "
        "firecrackers, the city's tourism office said.",
        "Residents of Pemba gathered on the beach on New Year's Eve to watch fireworks launched "
        "from a barge, with the provincial police commander saying officers had been posted at "
        "every entrance.",
    ],
)
def test_a_crowd_at_a_feast_or_fireworks_is_no_acled_event(analyse, nlp, text):
    assert reads_festive_crowd(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_drums_beaten_at_a_welcome_name_no_assault(analyse):
    text = (
        "Hundreds of villagers beat drums and sang outside the chief's palace in Kumbo on "
        "Friday to welcome the new ruler, a local radio station reported."
    )
    assert not [e for e in analyse(text) if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Traders marched through Fada N'Gourma on Monday to protest a new levy, beating "
            "drums and waving placards, a local journalist said.",
            "Peaceful protest",
        ),
        (
            "Revellers at a carnival in Kumba smashed shop windows and looted two bars after "
            "the music stopped, police said.",
            None,
        ),
    ],
)
def test_a_feast_with_a_protest_or_damage_told_stays_an_event(analyse, nlp, text, label):
    assert not reads_festive_crowd(first_sentence(nlp, text))
    if label:
        assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Police beat three demonstrators to death in Buea on Tuesday after they marched to the "
        "governor's office to demand the release of a teacher, a rights group said.",
        "Soldiers clubbed two marchers to death in Monywa on Sunday as a procession against "
        "conscription reached the market, witnesses said.",
        "Three students who had taken part in a rally against fee rises in Bamenda died in "
        "hospital on Wednesday after soldiers chased the crowd through the campus and beat them "
        "with rifle butts, their families said.",
    ],
)
def test_protesters_beaten_to_death_by_a_state_force_met_excessive_force(analyse, nlp, text):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen beat two marchers to death in Kumbo on Sunday after a rally against "
        "kidnappings, residents said.",
        "Officers beat two traders to death in a cell in Pemba on Monday, relatives said.",
    ],
)
def test_a_beating_to_death_by_gunmen_or_of_no_protesters_is_no_force_on_a_protest(nlp, text):
    assert not reads_lethal_force_on_protest(first_sentence(nlp, text))


def test_an_act_coordinated_onto_an_attribution_keeps_the_reports_doer(nlp):
    sent = first_sentence(
        nlp,
        "Fighters who rode into Gayéri on Tuesday harmed no one, a local official said, but "
        "torched the health centre and the town hall before leaving.",
    )
    torched = next(t for t in sent if t.lower_ == "torched")
    assert [t.lower_ for t in _subjects(torched)] == ["fighters"]


def test_armed_men_looting_and_burning_without_harm_is_property_destruction(analyse):
    text = (
        "Gunmen who entered the village of Mitande on Sunday did not harm anyone, a councillor "
        "said, but looted the shops and burned down the clinic before leaving."
    )
    assert snippet_type(analyse(text)) == "Looting/property destruction"


def test_the_men_naming_the_gunmen_again_are_no_crowd(analyse, nlp):
    text = (
        "Gunmen stormed a hamlet near Mocímboa da Praia on Sunday and shot dead a village "
        "chief, and the men then burned his house, a resident said."
    )
    assert reads_armed_attackers(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


def test_a_victim_accused_of_helping_the_army_is_no_armed_side_hit(nlp):
    text = (
        "Militants stormed a village near Ancuabe and killed a pastor they accused of helping "
        "the army, residents said."
    )
    assert reads_attack_on_civilians(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A man on a motorcycle tossed an explosive device into the yard of a councillor's house "
        "in Cotabato City on Tuesday night, wounding his nephew, police said.",
        "Three people were hurt when an explosive lobbed over the gate of a school in Jolo went "
        "off in the courtyard, the provincial police said.",
    ],
)
def test_an_explosive_thrown_by_hand_is_a_grenade(analyse, nlp, text):
    assert reads_hand_thrown_explosive(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Grenade"


def test_an_explosive_planted_stays_a_remote_bomb(analyse, nlp):
    text = (
        "An explosive device planted under a culvert went off as a military truck passed near "
        "Datu Piang on Monday, wounding two soldiers, the army said."
    )
    assert not reads_hand_thrown_explosive(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


def test_vigilantes_and_kidnappers_trading_fire_are_an_armed_clash(analyse, nlp):
    text = (
        "Vigilantes and kidnappers exchanged gunfire for an hour near Tsafe on Saturday, "
        "leaving three kidnappers dead, a resident said."
    )
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab threatened in a radio broadcast on Thursday to kill any clan elder who takes "
        "part in the regional elections in Marka.",
        "A separatist commander vowed on Sunday to burn down any school that reopens in Kumbo, "
        "in a video shared online.",
    ],
)
def test_a_violent_act_only_threatened_is_no_acled_event(analyse, nlp, text):
    assert reads_threat_only(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_a_threat_beside_violence_done_is_no_threat_only(nlp):
    text = (
        "Militants who killed three soldiers near Macomia on Monday threatened to attack more "
        "army posts, residents said."
    )
    assert not reads_threat_only(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Widows of miners held a candle-lit vigil outside the company's offices in Tete on "
        "Thursday evening, a local radio station reported.",
        "Nurses mounted a picket outside the district hospital in Kumbo on Monday over unpaid "
        "allowances, their union said.",
    ],
)
def test_a_vigil_or_a_picket_alone_is_a_peaceful_protest(analyse, nlp, text):
    from realpolitik.events.acled_typing import is_candidate

    assert is_candidate(first_sentence(nlp, text), [])
    assert snippet_type(analyse(text)) == "Peaceful protest"
