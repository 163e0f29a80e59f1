"""Round r25 (issue 9, helper "acled28"): classes of phrasing read from the tune misses of own26
and the round's leftovers. A protest action (a boycott, a strike) only called for or urged is no
protest held, so no ACLED event.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import reads_protest_called_for

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties called for a boycott of Sunday's council elections in the eastern "
        "province, saying the voters' roll had been rigged, and officials said turnout was low.",
        "Turnout was under twenty percent in the provincial vote after armed groups urged "
        "residents to boycott the polls, the election body said.",
        "The dockers' union demanded a general strike from next week over unpaid wages, a "
        "spokesman said on Tuesday, as talks with the port authority broke down.",
    ],
)
def test_a_protest_only_called_for_is_no_acled_event(analyse, nlp, text):
    assert reads_protest_called_for(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_a_protest_held_after_a_call_stays_a_peaceful_protest(analyse):
    text = (
        "Thousands of traders marched through the capital on Monday after the chamber of "
        "commerce called for a boycott of the new tax, police said."
    )
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_a_boycott_observed_is_no_call(nlp):
    text = (
        "Shopkeepers in the old town kept their shutters down on Friday, observing a boycott of "
        "the market fees called by their association."
    )
    assert not reads_protest_called_for(first_sentence(nlp, text))
