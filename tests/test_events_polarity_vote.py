"""An act a body votes to do is decided, not done (issue 9, round r7, reader_own6 tune: "the
chiefs vote to send a delegation"). Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def test_act_a_body_votes_to_do_is_decided_not_done(analyse):
    events = analyse("The regional council voted to close the two markets on the border.")
    assert event_on(events, "close").polarity == "intended"
