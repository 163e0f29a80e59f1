"""A transliterated name the recogniser tags as a person ("... al-...", "... bin ..."), right
after a person's title ("Iraq's navy chief", "commander"), is the titled person: the run of name
words joined by a connector was taken for an unknown organisation, so the event's party had no
state (lead, stop 69; probe sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "party"),
    [
        ("Oman's navy chief Salim Nasser al-Harthy met Indian naval officers in Muscat on "
         "Tuesday.", "met", ("OMN", "MIL")),
        ("Syria's interior minister Adnan Khalil al-Masri accused smugglers of arming gangs "
         "in the south.", "accused", ("SYR", "GOV")),
    ],
)  # fmt: skip
def test_a_titled_transliterated_name_is_the_titled_person(resources, text, verb, party):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.source] == [party]
    assert e.source[0].actor_id.startswith("new:") and "al_" in e.source[0].actor_id


def test_a_group_named_after_a_group_noun_stays_a_group(resources):
    # guard: the recogniser tags such groups PERSON too; a group noun is no title
    text = "The militant group Ansar al-Furqan attacked an army post near the border."
    e = _on(pipeline_events(text, resources), "attacked")
    assert [m.sector for m in e.source] == ["REB"]
