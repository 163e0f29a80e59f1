"""Classes the reader_own10 tune articles lacked (issue 9, round r11): a seat of government that
is not the GeoNames capital ("La Paz") stands for its state; a meeting or talks proposed are an
event of their own, not yet held; "will not accept", "would never recognise" are a refusal told
(REJECT), unless a condition of their own holds them back, while "did not accept" stays as read;
a church group or a charity is a party; a seat of government the tagger reads as a person ("La
Paz") is not whom a later "He" names; "the UN refugee agency" is UNHCR, not "the UN"; "its
threat to cut exports" is a threat told, "a threat to stability" none.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("seat", "country"), [("La Paz", "BOL"), ("Putrajaya", "MYS"), ("Cotonou", "BEN")]
)
def test_a_seat_of_government_that_is_not_the_capital_acts_for_its_state(analyse, seat, country):
    text = f"{seat} rejected the fishing quota on Monday."
    (source,) = event_on(analyse(text), "rejected").source
    assert source.country == country


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ecuador's foreign minister proposed talks in Quito next month.", "talks"),
        ("The mediator proposed a summit of the three presidents, officials said.", "summit"),
    ],
)
def test_a_meeting_proposed_is_an_event_not_yet_held(analyse, text, noun):
    meeting = event_on(analyse(text), noun)
    assert meeting.plover_type == "CONSULT" and meeting.polarity != "asserted"
    assert event_on(analyse(text), "proposed").polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The farmers' union will not accept a new water tax, its leader said.", "accept"),
        ("Brazil is ready to host the round but will not accept a refugee quota.", "accept"),
        ("Quito said it would never recognise the new maritime line.", "recognise"),
        ("The ministry won't accept the census results, a spokeswoman said.", "accept"),
    ],
)
def test_a_stance_of_not_accepting_is_a_refusal_told(analyse, text, verb):
    refusal = event_on(analyse(text), verb)
    assert (refusal.plover_type, refusal.polarity) == ("REJECT", "asserted")


def test_a_refusal_under_its_own_condition_is_not_told(analyse):
    text = "If the militia attacks again, the council will not accept any truce."
    assert event_on(analyse(text), "accept").polarity != "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The council did not accept the mayor's proposal on Tuesday.",
        "The envoy could not accept the invitation because of the storm.",
        "Most states have never recognised the breakaway republic.",
    ],
)
def test_an_acceptance_that_did_not_or_could_not_happen_stays_as_read(analyse, text):
    (event,) = [e for e in analyse(text) if e.trigger.startswith(("accept", "recogn"))]
    assert event.plover_type != "REJECT"


@pytest.mark.parametrize(
    ("text", "verb", "group"),
    [
        ("A church group from the port town delivered blankets to the shelter on Sunday.", "delivered",
         "church group"),
        ("A local charity delivered tents to the flooded village.", "delivered", "charity"),
    ],
)
def test_a_church_or_aid_group_is_the_party_that_acts(analyse, text, verb, group):
    (source,) = event_on(analyse(text), verb).source
    assert source.text.endswith(group)


def test_a_seat_the_tagger_takes_for_a_person_is_not_whom_he_names(analyse):
    text = (
        "Interior Minister Pablo Vera spoke to reporters in Quito on Monday. La Paz rejected his "
        "plan within hours. He accused the Bolivian police of taking bribes."
    )
    (source,) = event_on(analyse(text), "accused").source
    assert source.text.endswith("Pablo Vera")


@pytest.mark.parametrize(
    ("text", "verb", "agency"),
    [
        ("The UN refugee agency urged both governments to let asylum seekers in.", "urged", "org:unhcr"),
        ("The UN children's agency delivered vaccines to the camp on Tuesday.", "delivered", "org:unicef"),
    ],
)
def test_a_un_agency_named_by_what_it_does_is_that_agency(analyse, text, verb, agency):
    (source,) = event_on(analyse(text), verb).source
    assert source.actor_id == agency


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Quito repeated its threat to cut gas exports to Peru on Monday.", "ECU"),
        ("The threat to close the port worried traders in the city.", None),
    ],
)
def test_a_threat_named_with_what_it_threatens_is_a_threat(analyse, text, party):
    events = analyse(text)
    threat = event_on(events, "threat")
    assert (threat.plover_type, threat.polarity) == ("THREATEN", "asserted")
    assert [m.country for m in threat.source] == ([party] if party else [])
    threatened = [e for e in events if e.trigger in {"cut", "close"}]
    assert threatened and threatened[0].polarity != "asserted"


def test_a_threat_to_something_is_a_danger_not_a_threat(analyse):
    text = "Terrorism remains a threat to stability in the region, the minister said."
    assert not [e for e in analyse(text) if e.trigger == "threat"]
