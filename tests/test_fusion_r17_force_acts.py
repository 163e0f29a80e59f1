"""Round r17 (fuse16), classes read from fusion_own10 and fusion_own11 tune misses; every sentence
here is made up for the test (made-up names, places and vessels): crowd-control weapons aimed at
people and vessels held or boarded are events, a judged act in the passive keeps no judge for its
doer, and an act noun owned by a pronoun ("his detention") points back."""

from __future__ import annotations

import pytest
from test_fusion_events import mention

from realpolitik.events.force_acts import (
    CROWD_WEAPON_AIMED,
    VESSEL_HELD,
    crowd_weapon_aimed,
    force_act_type,
    vessel_held,
)
from realpolitik.fusion.text_cues import is_definite_anaphor


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Gendarmes turned water cannon on the dockers outside the port on Friday.", "turned"),
        ("Security forces used tear gas on striking nurses in Lomaville.", "used"),
        ("Troops trained rubber bullets at the crowd near the bridge.", "trained"),
        ("The riot squad used batons against the students.", "used"),
    ],
)
def test_a_crowd_control_weapon_aimed_at_people_is_force_used_on_them(nlp, text, verb) -> None:
    assert crowd_weapon_aimed(_verb(nlp, text, verb))
    assert force_act_type(_verb(nlp, text, verb)) == CROWD_WEAPON_AIMED


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a purpose clause tells the act by its own verb (round r13's dropped family)
        ("Police used tear gas to disperse the farmers on Monday.", "used"),
        # no weapon: a cannon alone, or a turn of events
        ("The army turned the old cannon into a monument.", "turned"),
        ("The minister turned his attention on the budget.", "turned"),
    ],
)
def test_a_weapon_not_aimed_at_anyone_or_no_weapon_is_no_such_act(nlp, text, verb) -> None:
    assert not crowd_weapon_aimed(_verb(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Customs officers held a Panamanian cargo ship at Port Veldt on Sunday.", "held"),
        ("A navy corvette stopped the trawler Blue Marlin off the cape.", "stopped"),
        ("The coast guard boarded the Sea Lantern on Tuesday.", "boarded"),
        ("Border police halted two fishing boats in the bay.", "halted"),
    ],
)
def test_a_vessel_held_stopped_or_boarded_by_a_force_is_a_seizure(nlp, text, verb) -> None:
    assert vessel_held(_verb(nlp, text, verb))
    assert force_act_type(_verb(nlp, text, verb)) == VESSEL_HELD


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # passengers board a ferry: no act against it
        ("Passengers boarded the ferry Northern Star on Monday.", "boarded"),
        # held talks, stopped work: no vessel
        ("The two ministers held talks aboard the presidential yacht.", "held"),
        ("Dock workers stopped work at the harbour.", "stopped"),
    ],
)
def test_boarding_by_passengers_or_holding_no_vessel_is_no_seizure(nlp, text, verb) -> None:
    assert not vessel_held(_verb(nlp, text, verb))


def test_the_weapon_and_the_vessel_verbs_are_events_in_a_whole_article(analyse) -> None:
    text = (
        "Riot police turned water cannon on Farid Oyelaran's supporters on Monday. "
        "The bar association criticised the crackdown.\n\n"
        "On Tuesday a patrol boat also stopped the Lomarian longliner Grey Petrel off the cape."
    )
    events = {m.trigger: m for m in analyse(text)}
    assert events["turned"].plover_type == "ASSAULT"
    assert events["stopped"].plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the printing house was condemned by the journalists' union.",
        "The arrests were criticised by several opposition deputies.",
    ],
)
def test_a_judged_act_in_the_passive_does_not_take_its_judge_as_doer(analyse, text) -> None:
    acts = [m for m in analyse(text) if m.plover_type in {"ASSAULT", "COERCE"}]
    assert acts
    judges = {"journalists' union", "opposition deputies", "several opposition deputies"}
    assert all(not {a.text for a in m.source} & judges for m in acts)


def test_an_act_carried_out_by_an_agent_keeps_it_as_doer(analyse) -> None:
    (bombing,) = [
        m for m in analyse("The bombing was carried out by the rebels.") if m.trigger == "bombing"
    ]
    assert [a.text for a in bombing.source] == ["rebels"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Their expulsion drew a protest from the embassy.", "expulsion"),
        ("Her arrest was condemned by two rights groups.", "arrest"),
        ("Its seizure angered the ship's owners.", "seizure"),
    ],
)
def test_an_act_noun_owned_by_a_pronoun_points_back(sentence, trigger) -> None:
    assert is_definite_anaphor(mention("a", 0, "COERCE", sentence=sentence, trigger=trigger))
    # a noun without determiner still introduces one
    bare = sentence.split(" ", 1)[1].capitalize()
    assert not is_definite_anaphor(mention("a", 0, "COERCE", sentence=bare, trigger=trigger))


def _types_of(analyse, text: str, trigger: str) -> list[str]:
    return [m.plover_type for m in analyse(text) if m.trigger == trigger]


def test_a_bare_definite_strike_after_an_attack_told_by_strike_is_the_attack(analyse) -> None:
    text = "Government jets struck an ammunition dump near Kalvo on Sunday. The strike cut power to the town."
    assert _types_of(analyse, text, "strike") == ["ASSAULT"]
    text = "Rebels shelled the barracks at Oruma with mortars. The strike killed four soldiers."
    assert _types_of(analyse, text, "strike") == ["ASSAULT"]


def test_a_bare_definite_strike_after_a_walkout_stays_a_walkout(analyse) -> None:
    text = "Bus drivers went on strike in Marrow on Friday. The strike stranded commuters."
    assert _types_of(analyse, text, "strike") == ["PROTEST"]
    # a walkout told before decides, even with an attack after it
    text = (
        "Port workers went on strike on Monday. Police beat the strikers on Tuesday. "
        "The strike halted the ferries."
    )
    assert _types_of(analyse, text, "strike") == ["PROTEST"]
