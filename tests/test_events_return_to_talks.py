"""Going back to talks is negotiating (CONSULT 046), not returning property (RETREAT 0842):
`own_triggers.tsv`'s "return to" rows. Sentences written for the tests (stop 42, lead; the class
came from probes with other sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _types(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return {e.trigger: (e.plover_type, e.cameo_code) for e in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Serbia and Kosovo returned to EU-led dialogue in Brussels on Monday.", "returned"),
        ("The unions and the government returned to negotiations on Thursday.", "returned"),
        ("Both delegations returned to the table after a two-month pause.", "returned"),
    ],
)
def test_returning_to_talks_is_negotiating(resources, text, trigger):
    assert _types(text, resources)[trigger] == ("CONSULT", "046")


def test_returning_seized_property_stays_a_return(resources):
    text = "Kenya returned the seized equipment to Somalia."
    assert _types(text, resources)["returned"] == ("RETREAT", "0842")
