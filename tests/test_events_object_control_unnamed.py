"""Under "urged X to ...", "called on X to ...", X does the act even when X names no party: the
act then has no source, not the one urging (`arguments.object_control_verbs`); an instrument
object ("used tear gas to ...") leaves the subject acting. Sentences written for the tests (stop
42, lead; the class came from probes with other sentences)."""

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
    ("text", "trigger"),
    [
        ("Norway urged the two delegations to resume negotiations in Oslo.", "resume"),
        ("The African Union called upon both sides to free the hostages.", "free"),
    ],
)
def test_the_urger_does_not_do_the_urged_act(resources, text, trigger):
    sources = _sources(text, resources)
    assert trigger not in sources or sources[trigger] == []


def test_a_named_party_urged_does_the_act(resources):
    text = "Ankara urged Baghdad to expel the militants."
    assert _sources(text, resources)["expel"] == ["Baghdad"]


def test_an_instrument_object_leaves_the_subject_acting(resources):
    text = "Riot police used water cannon to clear the square in Tbilisi."
    assert _sources(text, resources)["clear"] == ["Riot police"]
