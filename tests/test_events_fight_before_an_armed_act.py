"""A fight with a named side ("clashes with X", "days of fighting with X") that an armed party's
act comes after or amid was that party's: the fight named only its other side, so it had no
doer (lead, stop 67; probe sentences written as wire text, these are others). A subject that is
no armed party fought no one."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "doer"),
    [
        ("Chadian soldiers pulled back from the village of Tine on Friday after clashes with "
         "Sudanese militiamen.", "clashes", "soldiers"),
        ("Insurgents overran a police post near Mueda following hours of fighting with "
         "Rwandan troops.", "fighting", "Insurgents"),
    ],
)  # fmt: skip
def test_a_fight_before_an_armed_partys_act_was_that_partys(resources, text, noun, doer):
    e = _on(pipeline_events(text, resources), noun)
    assert doer in " ".join(m.text for m in e.source)
    assert e.target


def test_a_fight_before_an_unarmed_partys_act_keeps_no_doer(resources):
    text = "Herders abandoned their camps near Agadez after clashes with bandits on Sunday."
    e = _on(pipeline_events(text, resources), "clashes")
    assert not e.source
