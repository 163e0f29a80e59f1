"""A nationality on a noun our own list names as a state's force ("Latvian coastguards",
"Liberian guards") is that state's force: the role index lacks such nouns, and the bare state
was the party (stop 57 lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Latvian coastguards towed the disabled yacht to Liepaja on Monday.",
         "Latvian coastguards", "LVA.MIL"),
        ("Liberian guards fired warning shots at the crowd outside the prison.",
         "Liberian guards", "LBR.COP"),
        ("Ukrainian defenders pushed back an assault near the river crossing.",
         "Ukrainian defenders", "UKR.MIL"),
    ],
)  # fmt: skip
def test_a_nationality_on_a_force_noun_of_our_list_is_that_state_s_force(
    nlp, text, phrase, actor_id
):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).actor_id == actor_id


def test_a_nationality_on_a_civilian_noun_stays_civilian(nlp):
    # guard: our list's civilian nouns are not forces ("Estonian prisoners" are no state force)
    mentions, _ = actors_in(nlp, "Estonian prisoners went on hunger strike in Tartu.")
    assert all(m.sector not in {"MIL", "COP"} for m in mentions)
