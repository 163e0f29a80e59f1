"""A state named before a lower-case "river" names the river: no party of that name
(actors/not_actors.RIVER_WORDS, _in_feature_name; lead stop 58)."""

from __future__ import annotations

import pytest

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


def test_a_state_named_before_border_is_still_read(resources):
    # guard: "the Kenya border" is the state's edge: the state stays a party
    analysed = _analysed("Ugandan troops massed near the Kenya border on Monday.", resources)
    assert "KEN" in {m.country for m in analysed.actor_mentions}
