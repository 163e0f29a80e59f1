"""Classes of phrasing of the PLOVER typing round r50 (plover68), on sentences written for the
tests (not the gold sentences that prompted them):

- "stayed away from their wards ... in a strike over unpaid allowances": an act told as part of
  a walkout with what it is over is the walkout (PROTEST, `framing._walkout_over`), as an act
  done "in protest at" is; the staying away read a refusal (REJECT).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Nurses in Kumasi stayed away from their wards on Monday in a strike over unpaid "
        "allowances, the health ministry said.",
        "Dockers in Durban stayed away from the quays on Friday in a walkout over a new shift "
        "system, the port authority said.",
    ],
)
def test_events_r50_an_act_in_a_strike_over_a_grievance_is_the_strike(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST", text


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # no grievance told: the staying away keeps its reading
        ("Nurses in Kumasi stayed away from their wards on Monday in a strike, the health "
         "ministry said.", "REJECT"),
        # "over" names a time: an air raid, no walkout
        ("Syrian jets destroyed an ammunition depot in a strike over the weekend near Idlib, the "
         "army said.", "COERCE"),
    ],
)  # fmt: skip
def test_events_r50_a_strike_without_a_grievance_frames_nothing(resources, text, plover_type):
    assert pipeline_top(text, resources).plover_type == plover_type

