"""A state leaving a body named by its acronym or with its noun before the name is a withdrawal
from a group (SANCTION 161, `left_ground._is_body`), as leaving "the bloc" was: "withdrew from
IGAD" (the parser tags the acronym a common noun) and "pulled out of the trade bloc Mercosur"
read as troops leaving ground (RETREAT). Stop 46, lead. Sentences written for the tests, not
the probes that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _event(text, resources, trigger):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return next(e for e in analysis.event_mentions if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Guyana withdrew from the trade bloc Caricom in 2024.", "withdrew"),
        ("Sudan suspended its membership and withdrew from IGAD on Tuesday.", "withdrew"),
        ("Bolivia pulled out of the trade bloc Mercosur after the vote.", "pulled"),
    ],
)
def test_leaving_a_named_body_is_a_withdrawal_from_a_group(resources, text, trigger):
    assert _event(text, resources, trigger).plover_type == "SANCTION"


def test_troops_leaving_a_town_still_retreat(resources):
    event = _event("Ukrainian troops withdrew from Avdiivka on Saturday.", resources, "withdrew")
    assert event.plover_type == "RETREAT"
