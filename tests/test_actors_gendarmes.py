"""Gendarmes are a party, police of the state the text names, and peacekeepers after a state's name
are that state's troops (role words in `data/actors/curated.yaml`, stop 45 lead). Sentences
written for the tests, not the probes that showed the class."""

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
        ("Malian gendarmes detained two truck drivers near Sikasso on Monday.", "detained",
         ("Malian gendarmes", "MLI")),
        ("In Yaounde, the gendarmerie arrested a blogger over a post about the president.",
         "arrested", ("gendarmerie", "CMR")),
    ],
)  # fmt: skip
def test_gendarmes_are_the_police_of_the_state_named(resources, text, trigger, source):
    assert source in _sources(text, resources)[trigger]


def test_a_states_name_before_peacekeepers_names_their_state(resources):
    # stop 44 put peacekeepers in the generic list only, where "Nepalese peacekeepers" was
    # "Nepalese" alone: the role index now holds the word, so the state's troops act
    text = "Nepalese peacekeepers escorted a food convoy to Bentiu on Thursday."
    assert ("Nepalese peacekeepers", "NPL") in _sources(text, resources)["escorted"]
