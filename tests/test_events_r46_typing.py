"""Classes of phrasing of the PLOVER typing round r46 (plover64), on sentences written for the
tests (not the gold sentences that prompted them):

- "hammered out a deal", "thrashed out a compromise": a deal worked out in talks is agreed
  (AGREE, `own_triggers.tsv`); the bare "hammer" read an attack.
- "bombed a camp used by a rival militia", "struck a compound used by ... fighters": a camp, hideout,
  compound or depot a party uses stands for that party as held ground does (`arguments.yaml`
  `held_ground_nouns`, `holding_participles`).

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
    ("text", "target"),
    [
        ("The army bombed a camp used by a rebel militia near Goma on Sunday.", "militia"),
        ("Jets struck a compound used by Houthi fighters near Saada on Monday.", "Houthi"),
        ("Helicopters fired rockets at a camp used by Janjaweed fighters in Darfur on Sunday.",
         "Janjaweed"),
        ("Turkish jets bombed a depot used by Kurdish militants in northern Iraq on Tuesday.",
         "Kurdish militants"),
    ],
)  # fmt: skip
def test_events_r46_a_site_used_by_a_party_stands_for_its_user(resources, text, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT", text
    assert any(target in a.text for a in top.target), (text, [a.text for a in top.target])


def test_events_r46_a_camp_for_displaced_people_keeps_its_people(resources):
    top = pipeline_top("Gunmen attacked a camp for displaced people in Darfur on Sunday.", resources)
    assert [a.text for a in top.target] == ["displaced people"]
