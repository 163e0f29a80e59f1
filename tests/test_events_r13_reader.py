"""Classes the reader_own12 tune articles lacked (issue 9, round r13, reader17): naming a thing
untrue or a wrong where the parser glues the named noun to the complement ("called the decree
blackmail") or hangs the complement on the object ("called the charges fabricated"); a request
with its owner taken by another verb ("rejected the ministry's demand for compensation") is the
owner's request, told as made; preparing talks only plans them.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders called the decree blackmail.",
        "Moscow called the proposal blackmail on Monday.",
        "The ministry called the charges fabricated.",
        "Analysts in Lagos called the vote rigged.",
    ],
)
def test_naming_a_thing_untrue_or_a_wrong_criticises_it(analyse, text):
    assert event_on(analyse(text), "called").plover_type == "ACCUSE"


def test_naming_a_thing_with_a_neutral_complement_is_no_criticism(analyse):
    events = analyse("The court called the evidence admissible.")
    assert all(e.trigger.split()[0] != "called" or e.plover_type != "ACCUSE" for e in events)


@pytest.mark.parametrize(
    ("text", "verb", "noun", "owner"),
    [
        (
            "Ankara rejected the Greek foreign ministry's demand for an apology.",
            "rejected",
            "demand",
            "Greek",
        ),
        ("Hamas turned down the Israeli demand for a longer list.", "turned", "demand", "Israeli"),
        (
            "The government rejected a Turkish request for access to the site.",
            "rejected",
            "request",
            "Turkish",
        ),
    ],
)
def test_an_owned_request_taken_by_another_verb_is_the_owners_request_made(
    analyse, text, verb, noun, owner
):
    events = analyse(text)
    request = event_on(events, noun)
    assert request.plover_type == "REQUEST" and request.polarity == "asserted"
    assert any(owner in a.text for a in request.source)
    assert event_on(events, verb).plover_type == "REJECT"


def test_an_unowned_request_rejected_stays_the_rejections_object(analyse):
    events = analyse("The minister rejected the demand.")
    assert [e.plover_type for e in events] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys are preparing talks on the border in March.",
        "Kabul and Islamabad are preparing a fresh round of talks in Doha.",
    ],
)
def test_preparing_talks_plans_them_and_agrees_nothing(analyse, text):
    events = analyse(text)
    talks = event_on(events, "talks")
    assert talks.plover_type == "CONSULT" and talks.polarity != "asserted"
    assert not [e for e in events if e.plover_type == "AGREE" and e.polarity == "asserted"]


def test_an_owned_request_given_up_only_maybe_was_still_made(analyse):
    events = analyse("The union might drop its demand for a pay rise, an analyst said.")
    assert event_on(events, "demand").polarity == "asserted"
    assert event_on(events, "drop").polarity != "asserted"


def test_a_request_still_to_be_presented_is_not_told_as_made(analyse):
    events = analyse("The union will present its demands to the board next week.")
    assert all(e.polarity != "asserted" for e in events if e.trigger.startswith("demands"))


@pytest.mark.parametrize(
    "text",
    [
        "Border guards turned the lorries back at the crossing.",
        '"The soldiers turned us back every night," a farmer said.',
        "Police turned them away at the gate.",
    ],
)
def test_turning_vehicles_or_people_back_at_a_border_is_coercion(analyse, text):
    assert event_on(analyse(text), "turned").plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        (
            "A senior Turkish official said that Ankara expected Athens to pay for the repairs.",
            "Ankara",
            "Athens",
        ),
        ("The ministry expects Kyiv to return the ship by Friday.", "ministry", "Kyiv"),
    ],
)
def test_expecting_a_party_to_do_what_it_owes_is_the_expecters_demand(analyse, text, asker, asked):
    demand = event_on(analyse(text), text.split(asker)[1].split()[0])
    assert demand.plover_type == "REQUEST"
    assert [a.text for a in demand.source] == [asker] and [a.text for a in demand.target] == [asked]


def test_expecting_a_party_to_attack_is_a_forecast_not_a_demand(analyse):
    events = analyse("Analysts expect Russia to launch an offensive in spring.")
    assert not [e for e in events if e.plover_type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Almaty opened a criminal case against the two smugglers.",
        "Turkish prosecutors have opened cases against 40 journalists.",
    ],
)
def test_opening_a_case_against_someone_investigates_them(analyse, text):
    assert event_on(analyse(text), "opened").plover_type == "ACCUSE"
