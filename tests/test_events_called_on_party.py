"""Under "called on X to ..." the party X does the act, as under "urged X to ..."
(`arguments._addressed_on`); an instrument object ("used tear gas to ...") leaves the subject
acting. Sentences written for the tests (stop 42, lead; the class came from probes with other
sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _sources(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return {e.trigger: [m.text for m in e.source] for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Ankara urged Baghdad to expel the militants.", "expel", "Baghdad"),
        ("The Arab League called upon Damascus to release the prisoners.", "release", "Damascus"),
    ],
)
def test_the_party_urged_or_called_on_does_the_act(resources, text, trigger, doer):
    assert _sources(text, resources)[trigger] == [doer]


def test_an_instrument_object_leaves_the_subject_acting(resources):
    text = "Riot police used water cannon to clear the square in Tbilisi."
    assert _sources(text, resources)["clear"] == ["Riot police"]
