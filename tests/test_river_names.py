"""A name followed by a lower-case "river" names the river: no town, country or party of that
name (places/recognize.RIVER_WORDS, actors/not_actors._in_feature_name; lead stop 58)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _analysed(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Militiamen attacked a ferry on the Congo river near Mbandaka on Tuesday.", "COG"),
        ("Israeli troops detained two shepherds near the Jordan river on Friday.", "JOR"),
    ],
)
def test_a_state_named_before_river_is_no_party(text, state, resources):
    analysed = _analysed(text, resources)
    assert state not in {m.country for m in analysed.actor_mentions}
    assert state not in {p.place.country for p in analysed.place_mentions}


def test_a_town_named_before_river_is_not_where_it_happened(resources):
    text = "Insurgents crossed the Kabul river near Jalalabad before dawn, police said."
    places = {e.location.name for e in pipeline_events(text, resources) if e.location}
    assert places and not any(name.startswith("Kabul") for name in places)


def test_a_state_named_before_border_is_still_read(resources):
    # guard: "the Kenya border" is the state's edge, and stays the state's
    analysed = _analysed("Ugandan troops massed near the Kenya border on Monday.", resources)
    assert "KEN" in {p.place.country for p in analysed.place_mentions}
