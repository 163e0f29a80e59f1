"""Classes of phrasing of the PLOVER typing round r21 (plover39), on sentences written for the
test (not the gold sentences, nor the probes that found them): a crowd's, residents', students'
or activists' protest over a detention, an arrest or a jailing is a demonstration (PROTEST 141),
not CAMEO's object row "protest detention" (rallying support, 053); a state's protest over the
same stays a diplomatic protest (ACCUSE, round r20)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Several hundred farmers protested the arrest of their cooperative's chairman in Kisumu.",
        "A crowd of market traders protested the detention of a vendor outside the police station.",
        "Rights activists protested the jailing of a blogger in front of the courthouse in Hanoi.",
    ],
)
def test_events_r21_plover_crowd_protesting_a_detention_demonstrates(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("PROTEST", "141"), text


@pytest.mark.slow
def test_events_r21_plover_state_protesting_a_detention_still_complains(resources):
    top = pipeline_top("Italy protested the detention of an Italian aid worker in Libya.", resources)
    assert top.plover_type == "ACCUSE"
