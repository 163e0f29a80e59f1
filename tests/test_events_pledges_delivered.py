"""A pledge of help told with a participle clause of its subject giving goods now is aid given
(round r12c; docs/plover-conventions.md: aid with named goods is AID, a bare pledge AGREE);
sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # the giving told beside the pledge: AID
        ("Germany promised aid to Chad, sending a field hospital to Abeche.", "AID"),
        ("Norway pledged emergency aid to Malawi's flood victims on Friday, flying 30 tonnes of "
         "tents and blankets to Blantyre.", "AID"),
        # a bare pledge, or one told with another act: AGREE
        ("Spain pledged help to Morocco.", "AGREE"),
        ("Japan offered help to Vanuatu, warning that more storms were coming.", "AGREE"),
    ],
)  # fmt: skip
def test_pledge_told_with_its_giving_is_aid(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
