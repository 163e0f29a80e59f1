"""Round r22 (args26): attachment and the main event, from own49 tune misses."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Morales told the Chilean envoy that Bolivia would not permit foreign warships to "
            "enter Lake Titicaca.",
            "BOL",
            "CHL",
        ),
        (
            "The prime minister told Nepal's ambassador that India would not allow the "
            "dam's construction to resume.",
            "IND",
            "NPL",
        ),
    ],
)
def test_events_r22_a_refusal_told_to_someone_targets_the_party_told(
    resources, text, source, target
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT", top
    assert countries_of(top.source) == {source}, top.source
    assert countries_of(top.target) == {target}, top.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Canada pledged $25 million in flood relief to Pakistan on Monday.", "CAN", "PAK"),
        ("Norway pledged 30 million dollars in emergency aid to Sudan.", "NOR", "SDN"),
    ],
)
def test_events_r22_a_pledged_sum_of_help_to_a_recipient_is_aid(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", top
    assert countries_of(top.source) == {source}, top.source
    assert countries_of(top.target) == {target}, top.target


def test_events_r22_a_broad_promise_of_aid_stays_agree(resources):
    top = pipeline_top("Germany promised military aid to Poland.", resources)
    assert top.plover_type == "AGREE", top
