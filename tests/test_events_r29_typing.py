"""Classes of phrasing of the PLOVER typing round r29 (plover47), on sentences written for the
test (not the gold sentences that prompted them): people dispersed or driven back "with" a
crowd-control weapon; transit or trade halted; an act in a relative clause on an apposition
(what the party is, not what the sentence reports); a passive release whose released people a
custody verb's "by" agent names (the holder frees them); an act noun whose doer a participle of
ordering names ("the expulsion of X, ordered by Y,")."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


def test_events_r29_a_crowd_dispersed_with_tear_gas_is_force_on_it(resources):
    top = pipeline_top(
        "Riot police dispersed hundreds of striking teachers with tear gas outside the "
        "education ministry in Lilongwe on Tuesday.",
        resources,
    )
    assert (top.plover_type, top.plover_mode) == ("ASSAULT", "crowd-control")
    assert any("police" in a.text.lower() for a in top.source)


def test_events_r29_people_driven_out_with_water_cannon_in_the_passive(resources):
    top = pipeline_top(
        "The market vendors were driven out of the central square with water cannon by "
        "municipal police in Blantyre.",
        resources,
    )
    assert top.plover_type == "ASSAULT"


def test_events_r29_a_dispersal_without_a_weapon_is_not_crowd_control(resources):
    from realpolitik.events.force_acts import crowd_pushed_with_weapon
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()("Police dispersed the vendors with a warning in Blantyre.")
    verb = next(t for t in doc if t.lower_ == "dispersed")
    assert not crowd_pushed_with_weapon(verb)


def test_events_r29_transit_or_trade_halted_is_an_embargo(resources):
    for text in (
        "Malawi halted the transit of Zambian copper through its territory on Monday.",
        "Namibia stopped all trade with Botswana after the border dispute flared.",
    ):
        assert pipeline_top(text, resources).plover_type == "SANCTION", text


def test_events_r29_an_act_in_a_clause_on_an_apposition_is_background(resources):
    text = (
        "Malawi's parliament voted on Tuesday to suspend the country's membership of the "
        "Southern African Customs Union, the trade bloc that Lilongwe accuses of unfair "
        "tariffs, officials said."
    )
    events = pipeline_events(text, resources)
    accuses = next(e for e in events if e.trigger == "accuses")
    assert pipeline_top(text, resources).plover_type == "SANCTION"
    assert accuses.confidence < pipeline_top(text, resources).confidence


def test_events_r29_a_clause_on_the_object_itself_is_no_apposition():
    from realpolitik.events.coordination import background_in_apposition
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()("Police arrested the two men who had attacked the convoy.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert not background_in_apposition(attacked)


def test_events_r29_a_passive_release_is_done_by_who_held_the_released(resources):
    top = pipeline_top(
        "Four Malawian herders held by Mozambican border guards since June were released on "
        "Thursday, a district official said.",
        resources,
    )
    assert top.plover_type == "RETREAT"
    assert any("border guards" in a.text for a in top.source)


def test_events_r29_a_release_with_its_own_agent_keeps_it(resources):
    from realpolitik.events.arguments import holders_of_released
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()(
        "Two sailors detained by the navy were released by a court in Beira on Monday."
    )
    released = next(t for t in doc if t.lower_ == "released")
    assert holders_of_released(released, None) == []  # type: ignore[arg-type]


def test_events_r29_an_object_after_the_infinitive_controls_nothing(resources):
    top = pipeline_top(
        "Malawi's parliament voted on Tuesday to suspend the country's membership of the "
        "Southern African Customs Union, the bloc that Lilongwe accuses of unfair tariffs.",
        resources,
    )
    assert any("parliament" in a.text for a in top.source)


def test_events_r29_participation_in_a_body_names_the_body_left(resources):
    top = pipeline_top(
        "Zambia suspended its participation in the Common Market for Eastern and Southern "
        "Africa on Monday.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert any("Common Market" in a.text for a in top.target)


def test_events_r29_an_act_noun_is_done_by_who_ordered_it(resources):
    top = pipeline_top(
        "The expulsion of three Beninese traders, ordered by Togo's interior ministry on "
        "Friday, came days after a market dispute in Aneho.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert any("interior ministry" in a.text for a in top.source)
