"""Leaders of a civil movement and defenders of land or nature named by that role ("a student
leader", "an environmental defender") are civilian parties: with no party for them a killing's
target fell to the place's government, and a "defender" of nature was read as an army's (stop 57
lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Two men on a motorbike shot dead a student leader outside his home in Popayan.",
         "student leader", "CVL"),
        ("A peasant leader was abducted from a bus near Tumaco on Friday.", "peasant leader",
         "CVL"),
        ("Unknown attackers killed an environmental defender in Atlantida province.",
         "environmental defender", "NGO"),
        ("Members of the indigenous guard detained two armed men near Jambalo.",
         "indigenous guard", "CVL"),
    ],
)  # fmt: skip
def test_a_civil_movement_leader_or_defender_is_a_civilian_party(nlp, text, phrase, sector):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).sector == sector


def test_a_bare_defender_of_ground_stays_a_force(nlp):
    # guard: defenders holding a line are still an army's
    mentions, _ = actors_in(nlp, "The defenders repelled a fresh assault on the airport.")
    assert by_text(mentions, "defenders").sector == "MIL"
