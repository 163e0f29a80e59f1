"""Round r38 (reader42), a class read from a reader_own37 tune miss; every sentence here is made
up for the test: a force searching or inspecting a vessel ("coast guard officers searched two
trawlers", "police may begin inspecting fishing boats") is force short of a seizure (COERCE,
CAMEO 170), where the verbs read an investigation (ACCUSE). The doer must be a force (read on a
verb of beginning when the search is its complement); safety inspectors inspecting a ferry and
anyone searching a place or a file stay as read."""

from __future__ import annotations

import pytest

from realpolitik.events.force_acts import VESSEL_SEARCHED, force_act_type


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Greek coast guard officers searched two Turkish trawlers off Lesbos on Monday.", "searched"),
        ("Tunisian police may begin inspecting Italian fishing boats in the strait.", "inspecting"),
        ("The Italian fishing boat was searched by Tunisian navy sailors near Lampedusa.", "searched"),
    ],
)
def test_force_searching_or_inspecting_a_vessel_is_coercion(nlp, text, verb):
    assert force_act_type(_verb(nlp, text, verb)) == VESSEL_SEARCHED


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Safety inspectors inspected the ferry before it left Bari.", "inspected"),
        ("Police searched the house of the mayor on Monday.", "searched"),
        ("The owners searched the boat for the missing keys.", "searched"),
    ],
)
def test_safety_inspection_or_search_of_a_place_is_no_vessel_search(nlp, text, verb):
    assert force_act_type(_verb(nlp, text, verb)) != VESSEL_SEARCHED
