"""Classes of phrasing of the PLOVER typing round r37 (plover55), on sentences written for the
tests (not the gold sentences that prompted them): an official summoned "to hear" or "to
receive" a protest is an official complaint (ACCUSE), whatever the official's title, as an envoy
summoned "to protest" is; a protest whose verb only tells how long it has lasted ("a sit-in
... entered its second week, as their union called on the government to ...") is the news, the
clause that times it background, and the party that clause calls on is the protest's target."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian foreign ministry summoned the Russian liaison officer in Tallinn on Thursday "
        "to hear a formal protest over the airspace violation, a spokesman said.",
        "Hungary summoned a senior Ukrainian official in Budapest to receive a note of protest "
        "over the language law, the ministry said.",
        "Bolivia's foreign ministry called in the Chilean trade representative on Monday to "
        "receive a strongly worded protest about the seizure of a truck convoy.",
    ],
)
def test_events_r37_official_summoned_to_hear_a_protest_is_a_complaint(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text


@pytest.mark.parametrize(
    "text",
    [
        # the complaints heard are the residents', not the summoner's: a meeting
        "The governor summoned the police chief to hear complaints from residents about the "
        "curfew.",
        "The committee summoned the defence minister to testify about the procurement scandal.",
    ],
)
def test_events_r37_official_summoned_to_hear_others_stays_a_meeting(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "CONSULT", text


@pytest.mark.parametrize(
    "text",
    [
        "A sit-in by nurses outside the health ministry entered its second week, as their union "
        "called on the government to pay overdue wages.",
        "A hunger strike by jailed miners continued into its tenth day on Sunday, as their "
        "relatives urged the authorities to release them.",
        "A strike by bus drivers entered its third day as the transport minister invited union "
        "leaders to talks.",
    ],
)
def test_events_r37_protest_lasting_into_its_week_outranks_the_clause_beside_it(resources, text):
    # "entered its second week", "continued into its tenth day": the verb only tells how long
    # the protest in its subject has lasted; the protest is the news, the "as" clause background
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST", text


@pytest.mark.parametrize(
    ("text", "pressed"),
    [
        ("A sit-in by nurses outside the health ministry entered its second week, as their union "
         "called on the government to pay overdue wages.", "government"),
        ("A hunger strike by jailed miners continued into its tenth day on Sunday, as their "
         "relatives urged the authorities to release them.", "authorities"),
    ],
)  # fmt: skip
def test_events_r37_lasting_protest_presses_the_party_its_timing_clause_calls_on(
    resources, text, pressed
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST", text
    assert any(pressed in m.text for m in top.target), [m.text for m in top.target]


@pytest.mark.parametrize(
    "text",
    [
        # "ended" tells no duration: the concession that ended the sit-in is the news
        "The sit-in by teachers outside parliament ended on Friday after the ministry agreed to "
        "raise salaries.",
        # no act told in the subject lasts: the call is the news
        "Relatives of the missing sailors gathered at the port on Sunday as the union called on "
        "the government to resume the search.",
    ],
)
def test_events_r37_clause_beside_a_protest_not_lasting_keeps_its_rank(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type != "PROTEST", text
