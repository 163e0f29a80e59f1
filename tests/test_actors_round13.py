"""Actor classes of issue 9 item 1's thirteenth round, on sentences written for the test: armed
groups of today's conflicts named by acronym or full name (the Phoenix dictionaries lack them)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name", "actor_id", "country"),
    [
        ("ISWAP fighters overran a base near Monguno on Monday.", "ISWAP", "org:iswap", "NGA"),
        ("JNIM fighters ambushed a convoy near Djibo.", "JNIM", "org:jnim", "MLI"),
        ("Villagers fled after CODECO gunmen raided Djugu.", "CODECO", "org:codeco", "COD"),
        ("The MILF handed over 500 rifles in Cotabato.", "MILF",
         "org:moro_islamic_liberation_front", "PHL"),
        ("The Houthis claimed a drone attack on Eilat.", "Houthis", "org:houthis", "YEM"),
    ],
)  # fmt: skip
def test_actors_round13_armed_groups_by_acronym_are_known(nlp, text, name, actor_id, country):
    mentions, _ = actors_in(nlp, text)
    m = next(m for m in mentions if m.text.startswith(name))
    assert (m.actor_id, m.country) == (actor_id, country)


def test_actors_round13_ambiguous_acronyms_are_left_out(nlp):
    # "SDF" is also Japan's Self-Defense Forces: only the full names stand for the groups
    mentions, _ = actors_in(nlp, "Japan's SDF sent two destroyers to the drill.")
    assert not any(m.actor_id.startswith("org:") and "SDF" in m.text for m in mentions)
