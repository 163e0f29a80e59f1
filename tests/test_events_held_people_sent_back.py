"""People sent back or home after someone took them into custody are deported (COERCE), not
given aid: "They were later sent back to X" after a detention. Lead, stop 60, probe sentences
of our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events


def _type(text: str, trigger: str, resources) -> str:
    return event_on(pipeline_events(text, resources), trigger).plover_type


@pytest.mark.slow
def test_they_sent_back_after_an_arrest_are_deported(resources):
    text = (
        "Ghanaian police arrested nine Togolese traders in Aflao on Monday. "
        "They were sent back to Togo the next day."
    )
    assert _type(text, "sent", resources) == "COERCE"


@pytest.mark.slow
def test_a_group_sent_back_after_an_interception_is_deported(resources):
    text = (
        "Mauritanian coast guards intercepted 60 migrants off Nouadhibou; "
        "the group was sent back to Senegal on Sunday."
    )
    assert _type(text, "sent", resources) == "COERCE"


@pytest.mark.slow
def test_goods_seized_and_sent_back_are_no_deportation(resources):
    text = (
        "Customs officers seized 40 crates of shoes at the port of Mersin. "
        "They were sent back to China on Friday."
    )
    assert _type(text, "sent", resources) != "COERCE"


@pytest.mark.slow
def test_staff_sent_home_with_no_custody_keep_the_verbs_reading(resources):
    text = "The ministry sent its engineers back to China after the contract ended."
    assert _type(text, "sent", resources) != "COERCE"
