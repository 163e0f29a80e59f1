"""A handing over of people named by what they do is no transfer of ground (stop 62 lead;
`acled_typing._hands_people` reads `person_objects.names_a_person`). Sentences written for the
test, not the probe sentence that prompted the class."""

from __future__ import annotations

import pytest
from event_helpers import acled_types

pytestmark = pytest.mark.slow

TRANSFER = "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish authorities handed over two Iranian dissidents to Tehran, their lawyers said.",
        "Police in Kuala Lumpur handed over four Thai activists to Bangkok on Tuesday.",
        "The Kenyan authorities handed over three Ugandan opposition students to Kampala.",
    ],
)  # fmt: skip
def test_people_named_by_what_they_do_handed_over_are_no_transfer_of_ground(analyse, text):
    assert TRANSFER not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops handed over the town of Tessit to the army after the rebels left without a fight.",
        "Rebels handed over the border post of Bunagana to regional troops without resistance on Tuesday.",
    ],
)  # fmt: skip
def test_ground_handed_over_without_a_fight_stays_a_transfer(analyse, text):
    assert TRANSFER in acled_types(analyse, text)
