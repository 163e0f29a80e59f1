""""Kyrgyz and Tajik border guards": when the parser makes the first nationality a noun and the
second's noun phrase its conjunct, the first still shares the noun: its state's body, not the
whole state (lead, stop 69; probe sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.model import Document

pytestmark = pytest.mark.slow


def _mentions(nlp, text: str):
    doc = Document("t", "t", text=text)
    mentions, _ = find_actors(doc, nlp(text), load_kb())
    return {m.text: (m.actor_id, m.sector) for m in mentions}


@pytest.mark.parametrize(
    ("text", "first", "party"),
    [
        ("Tajik and Afghan police arrested eleven traders at the river crossing on Tuesday.",
         "Tajik", ("TJK.COP", "COP")),
        ("Kazakh and Uzbek security forces detained dozens of traders near the crossing.",
         "Kazakh", ("KAZ.MIL", "MIL")),
    ],
)  # fmt: skip
def test_the_first_of_two_nationalities_shares_the_second_ones_noun(nlp, text, first, party):
    assert _mentions(nlp, text)[first] == party


def test_two_peoples_named_alone_stay_their_states(nlp):
    # guard: no shared noun after the second name
    mentions = _mentions(nlp, "The Lao and the Thais have long traded across the river.")
    assert mentions["Lao"] == ("LAO", None)
