"""Ground handed over, returned or ceded to a party: the receiving party is the target, the
ground is none, and a capital in the "to" phrase stands for its state
(`events/ground_handed.py`, `place_target.destination_place`). Sentences written for the tests
(stop 41, lead; the class came from probes with other sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _targets(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return [[(m.text, m.country) for m in e.target] for e in events]


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Russia handed two disputed islands back to Japan in the deal.", ("Japan", "JPN")),
        ("Uzbekistan transferred a border enclave to Kyrgyzstan last year.", ("Kyrgyzstan", "KGZ")),
    ],
)
def test_the_party_receiving_the_ground_is_the_target(resources, text, receiver):
    assert _targets(text, resources)[:1] == [[receiver]]


def test_a_capital_receiving_the_ground_stands_for_its_state(resources):
    text = "The rebels returned the occupied hilltop villages to Bangui."
    (first, *_) = _targets(text, resources)
    assert [country for _, country in first] == ["CAF"]


def test_ground_returned_to_no_one_named_keeps_the_verb_reading(resources):
    # no "to" phrase: nothing to read, the verb's own arguments stand
    assert _targets("The army returned the town.", resources) == [[]]


def test_the_receiver_after_the_grounds_own_phrase_is_the_target(resources):
    # "to" hangs on "airport", inside the ground's phrase; the town the airport is named after
    # is handed, not acted on
    text = "The militia handed over control of the Mogadishu airport to the African Union."
    (first, *_) = _targets(text, resources)
    assert [name for name, _ in first] == ["African Union"]
