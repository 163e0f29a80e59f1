"""A state, or one of its branches, does not act on the state itself: when a generic force takes
its country from the first of a list of states ("troops from A, B and C"), A is not among the
parties acted on (`extract._not_own_state`). Sentences written for the tests (stop 41, lead; the
class came from a seed article's exercise sentence, which is not used here)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _parties(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return [([m.country for m in e.source], [m.text for m in e.target]) for e in events]


def test_the_first_state_of_a_force_list_is_not_its_own_partner(resources):
    text = "The joint exercise involving soldiers from Kenya, Uganda and Rwanda was launched."
    assert _parties(text, resources) == [(["KEN"], ["Uganda", "Rwanda"])]


def test_a_state_acting_on_other_states_keeps_them(resources):
    text = "Kenya sent troops to Somalia."
    assert any("Somalia" in targets for _, targets in _parties(text, resources))
