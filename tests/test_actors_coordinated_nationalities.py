"""Two nationalities joined over one noun ("Thai and Cambodian troops") each name that noun's
body of their own state: the first kept no sector, since the second name stood between it and
the noun (stop 56 lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "first", "sector"),
    [
        ("Indian and Chinese soldiers scuffled on the ridge overnight.", "Indian", "MIL"),
        ("Peruvian and Ecuadorian officials will meet in Lima next week.", "Peruvian", "GOV"),
        ("Serbian and Kosovar police sealed the crossing on Sunday.", "Serbian", "COP"),
    ],
)
def test_the_first_of_two_joined_nationalities_takes_the_noun(nlp, text, first, sector):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, first).sector == sector


def test_a_state_joined_to_another_state_s_body_stays_the_state(nlp):
    # guard: "Sudan" is the state itself, not a body of it ("Chad's army" is Chad's)
    mentions, _ = actors_in(nlp, "Sudan and Chad's army clashed with rebels near the border.")
    assert by_text(mentions, "Sudan").sector is None
    assert by_text(mentions, "Chad's army").sector == "MIL"
