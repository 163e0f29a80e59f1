"""Actor classes of issue 9 item 1's thirteenth round, on sentences written for the test: armed
groups of today's conflicts named by acronym or full name (the Phoenix dictionaries lack them);
a role word the tagger reads as an adjective where only a noun phrase can stand ("The junta
rejected ..."); trades that strike ("bus drivers", "dockworkers") are civilians."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name", "actor_id", "country"),
    [
        ("The RSF shelled a market in Nyala on Monday.", "RSF", "org:rapid_support_forces", "SDN"),
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


def test_actors_round13_role_word_tagged_adjective_is_a_party(nlp):
    mentions, _ = actors_in(nlp, "The junta rejected the mediators' plan, state radio said.")
    assert by_text(mentions, "junta").sector == "GOV"
    # an adjective used as a noun that is no role word names no party
    mentions, _ = actors_in(nlp, "The poor rejected the plan.")
    assert not any(m.text == "poor" for m in mentions)


@pytest.mark.parametrize("phrase", ["bus drivers", "dockworkers", "truckers"])
def test_actors_round13_striking_trades_are_civilians(nlp, phrase):
    mentions, _ = actors_in(nlp, f"Striking {phrase} blocked the highway outside Lima.")
    m = next(m for m in mentions if phrase.split()[-1] in m.text)
    assert (m.sector, m.how.startswith("generic")) == ("CVL", True)
