"""Who did it to whom and the main event, round r19 (args23), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): a passive harm whose
doer is named only in the "by" phrase of the attack it happened in; a person extradited or
handed over "to" a capital the actors stage left a place goes to its state; a person in apposition
with a body's role ("X, a United Nations envoy,") acts beside that body; a concession "following
pressure from X" or "after talks with X" answers X."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "doer", "harmed"),
    [
        ("Three Peruvian police officers were killed in an ambush by Shining Path rebels near "
         "Ayacucho on Monday.", "shining path", "officers"),
        ("Five Malian soldiers were wounded in an attack by jihadist fighters near Mopti.",
         "fighters", "soldiers"),
        ("Six Somali soldiers were killed in a raid by al-Shabaab militants on a base near "
         "Baidoa.", "shabaab", "soldiers"),
    ],
)  # fmt: skip
def test_events_r19_the_by_phrase_of_the_attack_a_harm_happened_in_names_the_doer(
    resources, text, doer, harmed
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert any(doer in m.text.lower() for m in top.source)
    assert any(harmed in m.text.lower() for m in top.target)


def test_events_r19_a_harm_with_its_own_by_agent_keeps_it(resources):
    top = pipeline_top(
        "Two Chadian herders were shot by border guards in a dispute over cattle.", resources
    )
    assert any("guards" in m.text.lower() for m in top.source)


def test_events_r19_a_place_in_phrase_names_no_doer(resources):
    top = pipeline_top("Four civilians were killed in a village held by rebels.", resources)
    assert not any("rebels" in m.text.lower() for m in top.source)


@pytest.mark.parametrize(
    ("text", "source", "receiver"),
    [
        ("Chile extradited a former colonel to Buenos Aires on Monday.", "CHL", "ARG"),
        ("Turkey handed over three suspects to Baghdad on Sunday.", "TUR", "IRQ"),
    ],
)
def test_events_r19_a_person_handed_over_to_a_capital_goes_to_its_state(
    resources, text, source, receiver
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COOPERATE"
    assert countries_of(top.source) == {source}
    assert receiver in countries_of(top.target)


def test_events_r19_people_deported_to_a_capital_keep_their_own_target(resources):
    top = pipeline_top("Kenya returned 40 Somali refugees to Mogadishu on Tuesday.", resources)
    assert top.plover_type == "COERCE"
    assert countries_of(top.target) == {"SOM"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Lena Dahl, the NATO Deputy Secretary General, urged Serbia to pull back its troops.",
         "nato"),
        ("Maria Lopez, a United Nations envoy, urged Sudan to open the roads.", "united nations"),
    ],
)  # fmt: skip
def test_events_r19_a_person_in_a_bodys_role_acts_beside_the_body(resources, text, body):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REQUEST"
    assert any(body in m.text.lower() for m in top.source)


def test_events_r19_a_bare_role_in_apposition_names_no_body(resources):
    top = pipeline_top(
        "Amina Yusuf, a local teacher, accused the police of beating her son.", resources
    )
    assert [m.text for m in top.source] == ["Amina Yusuf"]


def test_events_r19_a_groups_acronym_in_brackets_is_no_body_beside_it(resources):
    top = pipeline_top(
        "The rebel Patriotic Liberation Army (PLA) said it would hand back trucks seized from "
        "Red Cross workers.",
        resources,
    )
    assert not any(m.text == "PLA" for m in top.source + top.target)


@pytest.mark.parametrize(
    ("text", "presser"),
    [
        ("Peru's government dropped a planned mining tax following pressure from Canada.", "CAN"),
        ("Serbia backed away from its plan to close the crossings after talks with Kosovo.",
         "XKX"),
        ("Chile dropped its claim to the islets after negotiations with Argentina.", "ARG"),
    ],
)  # fmt: skip
def test_events_r19_a_concession_after_pressure_or_talks_answers_the_other_side(
    resources, text, presser
):
    top = pipeline_top(text, resources)
    assert top.plover_type in {"CONCEDE", "RETREAT"}
    assert countries_of(top.target) == {presser}


def test_events_r19_a_request_on_a_participle_of_the_object_is_not_the_concessions(resources):
    top = pipeline_top(
        "Georgia cancelled naval drills scheduled near the Russian coast after a request from "
        "OSCE observers.",
        resources,
    )
    assert not any("osce" in m.text.lower() for m in top.target)
