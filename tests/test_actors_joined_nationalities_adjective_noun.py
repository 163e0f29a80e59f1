"""The second of two joined nationalities over a noun that begins with an adjective ("Cambodian
and Lao foreign ministers") names that body of its own state: it kept no sector, and the noun
was split off as a party of no state (stop 57 lead, probes of our own; these sentences are
others)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Cambodian and Lao foreign ministers will meet in Vientiane next week.",
         "Lao foreign ministers", "LAO.GOV"),
        ("Georgian and Armenian interior ministers signed a border accord on Friday.",
         "Armenian interior ministers", "ARM.GOV"),
    ],
)  # fmt: skip
def test_the_second_joined_nationality_takes_an_adjective_led_noun(nlp, text, phrase, actor_id):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).actor_id == actor_id


def test_an_adjective_led_noun_naming_no_body_leaves_the_states_bare(nlp):
    # guard: "naval exercises" name no body of either state
    mentions, _ = actors_in(nlp, "Thai and Malaysian naval exercises began off Langkawi.")
    assert all(m.sector is None for m in mentions if m.text in {"Thai", "Malaysian"})
