"""A removal ordered by name (round r12c) is typed by who is removed, as the removal's own verb
is: "ordered the expulsion of" a diplomat is a sanction (PLOVER 3.13, expel mode), of other
individuals a coercion (deportation); sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # diplomats: SANCTION (expel), as "expelled the consul" reads
        ("Hungary ordered the expulsion of the Ukrainian consul in Budapest.", "SANCTION"),
        ("Lithuania's foreign ministry ordered the expulsion of a Belarusian military attache "
         "on Tuesday.", "SANCTION"),
        # other individuals: COERCE (deport), as "expelled two reporters" reads
        ("The government ordered the expulsion of two Swiss reporters from the capital.",
         "COERCE"),
        ("Ghana's interior ministry ordered the deportation of 40 Nigerian traders.", "COERCE"),
    ],
)  # fmt: skip
def test_ordered_removal_is_typed_by_who_is_removed(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_order_of_another_act_keeps_its_own_reading(resources):
    top = top_event(
        pipeline_events("The court ordered the release of the detained activists.", resources)
    )
    assert top is not None and top.plover_type == "RETREAT"
