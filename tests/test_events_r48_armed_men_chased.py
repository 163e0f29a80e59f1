"""Round r48 (fuse47): armed men chased or pursued by a force are fought off (ASSAULT, CAMEO
190), as "drove the insurgents out" reads (`pattern_families.yaml`, "armed men driven off").
Before, "chased" took the lexicon's CAMEO 020 appeal ("chase up"), so a force chasing attackers
was a request, and a pursuit told with one verb ("pursued") stayed apart from the same pursuit
told with the other (fusion_own42 tune). A chase of people who do not fight back, or of a debt,
keeps its reading. Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions, event_holding

PUBLISHED = date(2041, 6, 12)


def _type_of(resources, text: str, trigger: str) -> str:
    return event_holding(analysed_mentions(resources, {"d1": text}, PUBLISHED), trigger).plover_type


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Troops chased the assailants into the hills above Beni, an officer said.", "chased"),
        ("Soldiers chased the kidnappers toward the river after the raid.", "chased"),
        ("Gendarmes chased the rebels out of two villages near Diffa.", "chased"),
    ],
)  # fmt: skip
def test_armed_men_chased_by_a_force_are_fought(resources, text, trigger):
    assert _type_of(resources, text, trigger) == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        ("The tax office chased the company for its unpaid bills.", "chased", "REQUEST"),
        ("Police chased the demonstrators from the park on Sunday.", "chased", "REQUEST"),
    ],
)  # fmt: skip
def test_a_chase_of_unarmed_people_or_a_debt_keeps_its_reading(resources, text, trigger, kept):
    assert _type_of(resources, text, trigger) == kept
