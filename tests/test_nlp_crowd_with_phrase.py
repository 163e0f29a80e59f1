"""The "with" phrase of a public place told filled in the passive names who filled it and is
made the passive's agent (`nlp/crowd_with_repair.py`; lead, stop 68)."""

from __future__ import annotations

import pytest

from realpolitik.nlp.crowd_with_repair import FILLING_VERBS, PUBLIC_PLACES

pytestmark = pytest.mark.slow


def _with(nlp, text):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == "with")


def test_the_crowd_filling_a_square_is_the_agent(nlp):
    assert _with(nlp, "The old square was filled with pensioners on Saturday.").dep_ == "agent"


def test_a_vehicle_packed_with_things_is_left(nlp):
    assert _with(nlp, "The lorry was packed with rifles and ammunition.").dep_ != "agent"


def test_the_lists_hold_both_numbers_of_each_place():
    assert "filled" in FILLING_VERBS
    assert {"square", "squares", "street", "streets"} <= PUBLIC_PLACES
