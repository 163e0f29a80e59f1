"""Round r27 (issue 9, helper "acled30"): classes of phrasing read from the tune misses of own28
and the round's leftovers. A crowd at a feast or fireworks with no protest, violence or damage
told is no ACLED event, and a drum beaten or fireworks set off name no act. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_festivity import reads_festive_crowd

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Crowds packed the seafront of Zamboanga City on Sunday evening for the fiesta's last "
        "night, beating drums and dancing behind a brass band while children set off "
        "firecrackers, the city's tourism office said.",
        "Residents of Pemba gathered on the beach on New Year's Eve to watch fireworks launched "
        "from a barge, with the provincial police commander saying officers had been posted at "
        "every entrance.",
    ],
)
def test_a_crowd_at_a_feast_or_fireworks_is_no_acled_event(analyse, nlp, text):
    assert reads_festive_crowd(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_drums_beaten_at_a_welcome_name_no_assault(analyse):
    text = (
        "Hundreds of villagers beat drums and sang outside the chief's palace in Kumbo on "
        "Friday to welcome the new ruler, a local radio station reported."
    )
    assert not [e for e in analyse(text) if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Traders marched through Fada N'Gourma on Monday to protest a new levy, beating "
            "drums and waving placards, a local journalist said.",
            "Peaceful protest",
        ),
        (
            "Revellers at a carnival in Kumba smashed shop windows and looted two bars after "
            "the music stopped, police said.",
            None,
        ),
    ],
)
def test_a_feast_with_a_protest_or_damage_told_stays_an_event(analyse, nlp, text, label):
    assert not reads_festive_crowd(first_sentence(nlp, text))
    if label:
        assert snippet_type(analyse(text)) == label
