"""Classes of phrasing of the PLOVER typing round r46 (plover64), on sentences written for the
tests (not the gold sentences that prompted them):

- "hammered out a deal", "thrashed out a compromise": a deal worked out in talks is agreed
  (AGREE, `own_triggers.tsv`); the bare "hammer" read an attack.
- "handed a former minister a seven-year prison term", "gave the mayor a six-year sentence": a
  court's sentence handed or given to a person is the sentencing (COERCE arrest, `own_triggers.tsv`),
  also when the parser hangs the second object on the first as an appositive
  (`triggers._second_object_as_appositive`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Chad and Niger hammered out a deal on Monday to reopen their shared border to herders.",
        "Kenyan and Somali negotiators hammered out a compromise on Tuesday over the fishing zone.",
        "Bolivia and Chile thrashed out a deal on Friday on the use of the port of Arica.",
    ],
)
def test_events_r46_a_deal_hammered_out_is_agreed(resources, text):
    assert pipeline_top(text, resources).plover_type == "AGREE", text


def test_events_r46_a_town_hammered_with_fire_stays_an_attack(resources):
    top = pipeline_top("Rebels hammered the town of Kidal with mortar fire on Sunday.", resources)
    assert top.plover_type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "A court in Lusaka on Monday handed a former Zambian energy minister a seven-year prison "
        "term for fraud.",
        "A Harare court handed the opposition activist a twelve-year sentence on Thursday.",
        "A court in Quito gave the former mayor a six-year sentence for bribery.",
    ],
)
def test_events_r46_a_sentence_handed_to_a_person_is_the_sentencing(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COERCE", "arrest"), text


def test_events_r46_goods_handed_to_a_party_stay_aid(resources):
    top = pipeline_top(
        "The Red Cross handed the displaced families ten tonnes of flour on Monday.", resources
    )
    assert top.plover_type == "AID"


def test_events_r46_a_second_term_handed_by_voters_is_no_sentencing(resources):
    from event_helpers import pipeline_events

    events = pipeline_events("Voters handed the president a second term on Sunday.", resources)
    assert all(e.plover_type != "COERCE" for e in events)
