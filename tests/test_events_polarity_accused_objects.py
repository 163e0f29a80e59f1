"""A charge denied after the comma, when the act's object is described as accused ("detained a
lawyer charged with inciting violence, a charge his family denied"), denies the accusation, not
the act on the accused (`polarity._accused_object`, `accused_participles` in
`data/events/polarity.yaml`; stop 45 lead). Sentences written for the tests, not the probes
that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _polarities(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {e.trigger: e.polarity for e in analysis.event_mentions}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan police detained a lawyer charged with inciting violence, a charge his family "
         "denied.", "detained"),
        ("Turkish authorities arrested two Swedes suspected of links to a banned group, an "
         "allegation Stockholm rejected.", "arrested"),
    ],
)  # fmt: skip
def test_an_act_on_a_party_told_as_accused_stays_asserted(resources, text, trigger):
    assert _polarities(text, resources)[trigger] == "asserted"


def test_a_claimed_act_with_no_accused_object_is_still_denied(resources):
    text = "Police said they arrested the gang leader in a raid on Monday, a claim the gang denied."
    assert _polarities(text, resources)["arrested"] == "denied"
