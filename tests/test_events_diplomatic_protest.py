"""A protest made by a state, its government, a parliament or an international body is a
diplomatic protest, ACCUSE disapprove (PLOVER manual 3.12); people in the street protesting keep
PROTEST (`extract._acting_sector`, `own_triggers.tsv` "protest @source"). Sentences written for
the tests (stop 41, lead; the class came from a probe with another sentence)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _protest_events(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return [(e.plover_type, e.cameo_code) for e in events if e.trigger.startswith("protest")]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt protested the closure of the border crossing.",
        "The African Union protested the coup in a statement on Friday.",
        "Nigeria's government protested the expulsion of its citizens.",
    ],
)
def test_a_state_or_international_body_protesting_accuses(resources, text):
    assert _protest_events(text, resources) == [("ACCUSE", "111")]


def test_people_protesting_hold_a_protest(resources):
    text = "Students protested against tuition fees outside parliament."
    assert _protest_events(text, resources) == [("PROTEST", "141")]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Moldovans protested outside the Russian embassy in Chisinau.",
        "Kenyan teachers protested against the new pay deal.",
    ],
)
def test_a_states_people_named_by_a_demonym_hold_a_protest(resources, text):
    # the demonym is read as the state, but the people, not the government, protest
    assert _protest_events(text, resources) == [("PROTEST", "141")]
