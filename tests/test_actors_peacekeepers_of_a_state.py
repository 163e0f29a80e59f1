"""Peacekeepers after a state's name are that state's troops (a role word of the role index,
`data/actors/curated.yaml`; stop 44 put the word in the generic list only, where "Kenyan
peacekeepers" was "Kenyan" alone). Stop 45 lead; sentences written for the tests, not the probes
that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _sources(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {e.trigger: [(m.text, m.country) for m in e.source] for e in analysis.event_mentions}


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Nepalese peacekeepers escorted a food convoy to Bentiu on Thursday.", "escorted",
         ("Nepalese peacekeepers", "NPL")),
        ("Ghanaian blue helmets disarmed two militiamen near Bunia.", "disarmed",
         ("Ghanaian blue helmets", "GHA")),
    ],
)  # fmt: skip
def test_a_states_name_before_peacekeepers_names_their_state(resources, text, trigger, source):
    assert source in _sources(text, resources)[trigger]
