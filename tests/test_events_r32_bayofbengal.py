"""Classes the reader_own31 tune articles (Bangladesh and Myanmar over shells fired across the
border) and the round's leftovers showed (issue 9, round r32, reader36): a force stated "on high
alert" by a copula is raised alert; "would not take part in" or "will not attend" talks is a
refusal; taking a matter to the UN Security Council is a complaint to a third party. Every text
here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def test_soldiers_stated_on_high_alert_are_mobilised(analyse):
    events = analyse("Kyrgyz border troops were on high alert near Batken on Sunday.")
    assert [e for e in events if e.plover_type == "MOBILIZE" and e.polarity == "asserted"]


def test_a_force_on_alert_told_in_reported_speech_is_mobilised(analyse):
    events = analyse("A spokesman said the navy's two frigates were on alert off Aden.")
    assert [e for e in events if e.plover_type == "MOBILIZE"]


def test_a_copula_with_on_and_no_alert_noun_is_no_event(analyse):
    events = analyse("The vote on the budget was on Thursday evening.")
    assert not [e for e in events if e.plover_type == "MOBILIZE"]


def test_would_not_take_part_in_talks_until_is_an_asserted_refusal(analyse):
    event = event_on(
        analyse("Tashkent said it would not take part in the water talks until the dam was shut."),
        "take",
    )
    assert event.plover_type == "REJECT" and event.polarity == "asserted"


def test_will_not_attend_a_summit_is_a_refusal(analyse):
    event = event_on(analyse("Honduras will not attend the summit in San Salvador."), "attend")
    assert event.plover_type == "REJECT"


def test_took_part_in_talks_is_no_refusal(analyse):
    events = analyse("Honduran diplomats took part in the talks in San Salvador on Monday.")
    assert not [e for e in events if e.plover_type == "REJECT"]


def test_taking_a_matter_to_the_security_council_is_a_complaint(analyse):
    event = event_on(
        analyse("Dushanbe took the water dispute to the UN Security Council on Monday."), "took"
    )
    assert event.plover_type == "ACCUSE" and event.polarity == "asserted"


def test_referring_a_dispute_to_the_security_council_is_a_complaint(analyse):
    event = event_on(
        analyse("Podgorica referred the fishing dispute to the Security Council."), "referred"
    )
    assert event.plover_type == "ACCUSE"


def test_taking_a_plan_to_a_city_council_is_no_complaint(analyse):
    events = analyse("The governor took the budget plan to the city council in May.")
    assert not [e for e in events if e.plover_type == "ACCUSE"]


def test_a_meeting_at_which_a_deal_was_agreed_was_held(analyse):
    events = analyse(
        "The swap, agreed at a meeting of police chiefs in Kigoma last month, began on Friday."
    )
    assert event_on(events, "meeting").polarity == "asserted"


def test_talks_agreed_on_are_still_to_come(analyse):
    events = analyse("Burundi and Tanzania agreed on talks about the lake border in June.")
    assert event_on(events, "talks").polarity != "asserted"


def test_people_a_group_picked_up_told_in_a_contact_relative_clause_were_detained(analyse):
    events = analyse("The militia freed two journalists it picked up near Gao in May.")
    assert event_on(events, "picked").plover_type == "COERCE"


def test_things_picked_up_told_in_a_contact_relative_clause_are_no_arrest(analyse):
    events = analyse("Volunteers sorted the plastic they picked up along the beach.")
    assert not [e for e in events if e.trigger.split()[0] == "picked"]


def test_an_unknown_named_army_is_named_back_as_the_group(analyse):
    events = analyse(
        "Fighters of the Chin Brotherhood Army took two police officers. "
        "The group said it would free them within a week."
    )
    assert [a.name for a in event_on(events, "free").source] == ["Chin Brotherhood Army"]


def test_the_groups_spokesman_speaks_for_the_group(analyse):
    events = analyse(
        "The Chin Brotherhood Army shelled a police post. "
        "The group's spokesman denied the charge on Monday."
    )
    assert [a.name for a in event_on(events, "denied").source] == ["Chin Brotherhood Army"]


def test_a_claim_neither_confirmed_nor_denied_stays_as_told(analyse):
    events = analyse(
        "Herders said militiamen torched three granaries, a claim the army neither confirmed nor "
        "denied."
    )
    assert event_on(events, "torched").polarity == "asserted"


def test_a_claim_that_was_denied_is_still_denied(analyse):
    events = analyse("Herders said militiamen torched three granaries, a claim the army denied.")
    assert event_on(events, "torched").polarity == "denied"
