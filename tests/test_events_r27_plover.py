"""Classes of phrasing of the PLOVER typing round r27 (plover45), on sentences written for the
test (not the gold sentences or the brief's examples that prompted them): a withdrawal from a
body named only in apposition or by a name the parser calls a place ("the regional body X"),
a passive hand-over of a wanted person whose "wanted" the parser took for the main verb, a
sanction ordered by its noun ("ordered a freeze on the assets of"), a hardship eased ("easing
shortages"), and a treaty approved (ratified) by a legislature."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Malawi withdrew from the regional body SADC in protest at the ruling, a spokesman said.",
        "Argentina said it was pulling out of the grouping Unasur in protest over the choice of "
        "its secretary general.",
    ],
)
def test_events_r27_plover_leaving_a_named_body_in_protest_is_a_withdrawal(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "161")


def test_events_r27_plover_a_body_noun_without_a_name_is_no_body(resources):
    events = pipeline_events("The police left the body by the roadside, a witness said.", resources)
    assert all(e.plover_type != "SANCTION" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A former customs chief wanted in Zambia for fraud was handed over to Zambian police at "
        "the Kasumbalesa border post on Friday.",
        "A Nigerian pastor wanted in Ghana over a pyramid scheme was handed over to Ghanaian "
        "detectives in Lagos on Monday, officials said.",
    ],
)
def test_events_r27_plover_wanted_person_handed_over_in_the_passive_is_cooperation(resources, text):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == ("handed over", "COOPERATE", "063")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The central bank ordered a freeze on the assets of three Zambian mining firms on "
            "Monday.",
            "ordered",
        ),  # fmt: skip
        (
            "The African Union decreed an embargo on arms shipments to the junta in Niamey.",
            "decreed",
        ),  # fmt: skip
    ],
)
def test_events_r27_plover_a_sanction_ordered_by_its_noun_is_the_sanction(resources, text, trigger):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type) == (trigger, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The rains eased shortages of water in northern Kenya, officials said.",
        "The statement eased fears of a default among Ghana's creditors.",
    ],
)
def test_events_r27_plover_a_hardship_eased_is_no_concession(resources, text):
    assert all(e.plover_type != "CONCEDE" for e in pipeline_events(text, resources))


def test_events_r27_plover_restrictions_eased_stay_a_concession(resources):
    top = pipeline_top("Kenya eased restrictions on Somali traders on Monday.", resources)
    assert top.plover_type == "CONCEDE"


def test_events_r27_plover_a_deal_struck_parsed_as_the_deal_striking_is_no_assault(resources):
    events = pipeline_events(
        "The deal struck in Harare in May commits Zimbabwe to buying Mozambican gas for a decade.",
        resources,
    )
    struck = [e for e in events if e.trigger.startswith("struck")]
    assert struck and all(e.plover_type != "ASSAULT" for e in struck)


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian parliament approved a visa-free travel agreement with Armenia on Thursday.",
        "Kenya's cabinet approved a defence pact with Uganda on Tuesday, a spokesman said.",
    ],
)
def test_events_r27_plover_a_treaty_approved_is_ratified(resources, text):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == ("approved", "SUPPORT", "057")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A wave of shelling that residents blamed on Sudan's army killed at least nine villagers "
            "near El Obeid on Monday.",
            "army",
        ),  # fmt: skip
        (
            "An ambush that officials blamed on Boko Haram killed six soldiers near Maiduguri.",
            "Boko Haram",
        ),  # fmt: skip
    ],
)
def test_events_r27_plover_an_act_blamed_on_a_party_in_a_relative_clause_is_its_doing(
    resources, text, doer
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert any(doer in m.text for m in top.source)
