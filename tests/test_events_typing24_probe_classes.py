"""Classes of the twenty-fourth typing round found on sentences written by the helper rather than
on tune misses (round r12): a loan, funds or backing sought from a party is an appeal; a match,
tour or visit called off reduces relations; a summit or meeting skipped or shunned is a refusal
to meet; people or goods let into or through one's ground are allowed in (a concession)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Malawi sought a bailout from the International Monetary Fund last month.", "REQUEST"),
        ("The opposition is seeking backing from the African Union for a recount.", "REQUEST"),
        ("Morocco called off a friendly match against Algeria after a row over the anthem.",
         "SANCTION"),
        ("New Zealand called off its rugby tour of Fiji, the union said.", "SANCTION"),
        ("Kosovo's prime minister skipped the meeting with Serbian officials in Brussels.",
         "REJECT"),
        ("Burundi shunned the regional summit on the Congo crisis.", "REJECT"),
        ("Egypt let fuel tankers into Gaza on Sunday.", "CONCEDE"),
        ("Croatia let the stranded refugees through its territory.", "CONCEDE"),
    ],
)  # fmt: skip
def test_events_typing24_probe_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
