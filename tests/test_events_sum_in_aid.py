"""A pledge of a sum "in aid to X": the "in" phrase after the sum names what it is and holds the
receiver. The receiver hung on the aid noun under the sum was never read ("pledged $50 million
in aid to X" had no target), and where the parser hung "in aid" on the verb the sum was not read
as aid (AGREE). Lead, stop 70; probe sentences written as wire text, these are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("The United States pledged $45 million in aid to Haiti to support the police "
         "mission.", "pledged", "HTI"),
        ("Japan pledged 3 billion yen in aid to Cambodia for mine clearance.", "pledged", "KHM"),
        ("South Korea pledged 5 million dollars in aid to Myanmar after the earthquake.",
         "pledged", "MMR"),
        ("Australia pledged 10 million dollars in aid to Tonga.", "pledged", "TON"),
    ],
)  # fmt: skip
def test_a_sum_pledged_in_aid_is_given_to_the_receiver(resources, text, verb, target):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == "AID"
    assert [m.country for m in e.target] == [target]


def test_a_sum_pledged_with_no_aid_named_stays_a_promise(resources):
    # guard: nothing says the sum is help given to anyone
    text = "Canada pledged 40 million dollars in Ottawa for a new research centre."
    e = _on(pipeline_events(text, resources), "pledged")
    assert e.plover_type == "AGREE"
