""""Russian-backed separatists": a state glued to "-backed", "-funded" or "-armed" backs the party;
it is not the sentence's one country, which unknown parties take as their home (lead, stop 69;
probe sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.model import Document

pytestmark = pytest.mark.slow


def _countries(nlp, text: str):
    doc = Document("t", "t", text=text)
    mentions, _ = find_actors(doc, nlp(text), load_kb())
    return {m.text: m.country for m in mentions}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Emirati-funded fighters overran a coastal garrison after two days of clashes.",
         "fighters"),
        ("The Qatari-backed rebels ambushed a supply convoy on the desert road.", "rebels"),
    ],
)  # fmt: skip
def test_a_backed_party_does_not_take_its_backers_country(nlp, text, party):
    assert _countries(nlp, text)[party] is None


def test_a_led_party_keeps_its_leaders_country(nlp):
    # guard: "-led" makes the phrase the leader's
    assert _countries(nlp, "Kenyan-led troops patrolled the coastal garrison.")["troops"] == "KEN"
