"""A denial verb opening the next sentence of the same paragraph with a pronoun for its object
("The army denied it.") denies the act a teller reports in the sentence before, as a trailing
"something X denies" does inside one sentence (`polarity._denied_by_next_sentence`,
`next_sentence_denial_pronouns`, `act_telling_verbs`). Acts no teller reports (a request then
"denied it": refused) and denials negated stay asserted. Sentences written for the tests (issue 9,
stop 56, reader40; the class is reader_own34's chase denied the next sentence, left by stop 55,
and reader_own35 tune's warning shots told by a mayor and denied the next sentence)."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of

CASES = [
    ("Villagers say soldiers burned four huts near the river on Sunday. The army denied it.", "burned", "denied"),
    (
        "A fisherman told reporters that coast guard officers had seized his nets. The coast guard has denied this.",
        "seized",
        "denied",
    ),
    # guards: an act no teller reports, and a denial negated
    ("Officials asked Kenya for visas on Monday. Kenya denied it.", "asked", "asserted"),
    ("Villagers say soldiers burned four huts near the river on Sunday. The army did not deny it.", "burned", "asserted"),
    # a new paragraph tells something else
    ("Villagers say soldiers burned four huts near the river on Sunday.\nThe army denied it.", "burned", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_an_act_a_teller_reports_is_denied_by_a_pronoun_denial_in_the_next_sentence(nlp, text, word, expected):
    assert polarity_of(token_named(nlp(text), word)) == expected
