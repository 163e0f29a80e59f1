"""Classes the reader_own8 tune articles lacked (issue 9, round r9): an act in a clause opened by
"as long as" / "so long as" is a condition, not a fact. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "The mayor said the town would reopen the market, as long as the militia withdrew "
            "its fighters from the square.",
            "withdrew",
        ),
        (
            "Northport will keep talking to the rebels so long as they release the hostages by "
            "Friday.",
            "release",
        ),
    ],
)
def test_act_after_as_long_as_is_a_condition_not_a_fact(analyse, text, condition):
    event = event_on(analyse(text), condition)
    assert event.polarity == "hypothetical"


@pytest.mark.parametrize(
    ("text", "act", "body", "country"),
    [
        (
            "Moldova's Supreme Security Council met on Monday. The council also asked the interior "
            "ministry to open a case against Romania.",
            "asked",
            "Supreme Security Council",
            "MDA",
        ),
        (
            "Ghana's National Peace Council held a meeting in Tamale on Sunday. Later that week "
            "the council urged Togo to reopen the border.",
            "urged",
            "National Peace Council",
            "GHA",
        ),
    ],
)
def test_the_council_names_back_the_body_named_before_and_keeps_its_country(
    analyse, text, act, body, country
):
    event = event_on(analyse(text), act)
    assert [a.name for a in event.source] == [body]
    assert event.source[0].country == country


def test_the_council_with_no_council_named_before_stays_unknown(analyse):
    text = "Moldova's president met the mayors on Monday. The council also asked Romania to help."
    event = event_on(analyse(text), "asked")
    assert all("Council" not in a.name for a in event.source)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Northport moved tanks and artillery to the river on Sunday.", "moved"),
        ("The rebels dug trenches around the airport overnight.", "dug"),
    ],
)
def test_moving_armour_and_digging_trenches_are_mobilisation(analyse, text, act):
    assert event_on(analyse(text), act).plover_type == "MOBILIZE"


def test_moving_a_meeting_is_no_mobilisation(analyse):
    events = analyse("The ministers moved the meeting to Friday.")
    assert all(e.plover_type != "MOBILIZE" for e in events)


@pytest.mark.parametrize(
    ("text", "act", "leaders"),
    [
        ("Tribal leaders in the north urged the army to leave the town.", "urged", "Tribal leaders"),
        ("Community leaders have asked the governor to reopen the clinic.", "asked", "Community leaders"),
    ],
)
def test_leaders_of_a_people_are_the_party_that_asks(analyse, text, act, leaders):
    event = event_on(analyse(text), act)
    assert [a.name for a in event.source] == [leaders]


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Lakeland accused Northport of shelling the port. Northport's defence minister said "
            "that no soldier had fired on the port.",
            "fired",
        ),
        ("The army said its soldiers had not shelled the village.", "shelled"),
    ],
)
def test_past_hostile_deed_told_as_not_done_is_a_denial_told(analyse, text, deed):
    events = analyse(text)
    assert event_on(events, deed).polarity == "negated"
    denial = event_on(events, "said")
    assert (denial.plover_type, denial.polarity) == ("REJECT", "asserted")


def test_future_hostile_act_told_as_not_to_be_done_is_no_denial(analyse):
    events = analyse("The army said its troops would not cross the river.")
    assert all(e.plover_type != "REJECT" for e in events)


@pytest.mark.parametrize(
    ("text", "act", "polarity"),
    [
        ("Both sides accepted the ruling of the tribunal.", "accepted", "asserted"),
        # a past refusal reports an agreement that did not happen; "will not accept" states a
        # refusal (REJECT, round r11: events/refusals.py, pinned in its own tests)
        ("Caracas did not accept the verdict.", "accept", "negated"),
    ],
)
def test_accepting_a_ruling_is_agreeing(analyse, text, act, polarity):
    event = event_on(analyse(text), act)
    assert (event.plover_type, event.polarity) == ("AGREE", polarity)
