"""When an act is a protest: obstructing passage is one when people do it and coercion when soldiers
or police do it, whichever road word names what is blocked (round r8's rows typed highways,
bridges and streets by their object; round 4's convention for forces must hold for them too); a
cut in relations done "in protest" stays a sanction. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import events_with_actors as _events

pytestmark = pytest.mark.slow


def test_forces_blocking_a_road_word_coerce_and_people_blocking_it_protest(nlp):
    text = "Riot police blocked the bridge into Tbilisi on Saturday."
    e = _on(_events(nlp, text, ("Riot police", "GEO", "COP", "generic")), "blocked")
    assert e.plover_type == "COERCE"
    text = "Troops blocked the main road to Goma for a day."
    e = _on(_events(nlp, text, ("Troops", "COD", "MIL", "generic")), "blocked")
    assert e.plover_type == "COERCE"
    text = "Striking miners blocked the bridge into Oruro on Saturday."
    e = _on(_events(nlp, text, ("Striking miners", "BOL", "CVL", "generic")), "blocked")
    assert e.plover_type == "PROTEST"


def test_a_cut_in_relations_done_in_protest_stays_a_sanction(nlp):
    text = "Peru recalled its ambassador from Mexico in protest over the remarks."
    e = _on(_events(nlp, text, ("Peru", "PER", None, "kb"), ("Mexico", "MEX", None, "kb")),
            "recalled")  # fmt: skip
    assert e.plover_type == "SANCTION"
    text = "Ghana suspended military cooperation with Togo in protest over the raid."
    e = _on(_events(nlp, text, ("Ghana", "GHA", None, "kb"), ("Togo", "TGO", None, "kb")),
            "suspended")  # fmt: skip
    assert e.plover_type == "SANCTION"
    # people walking out in protest still protest
    text = "Teachers walked out in protest at the pay freeze."
    e = _on(_events(nlp, text, ("Teachers", None, "CVL", "generic")), "walked")
    assert e.plover_type == "PROTEST"
