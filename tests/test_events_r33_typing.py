"""Classes of phrasing of the PLOVER typing round r33 (plover51), on sentences written for the
tests (not the gold sentences that prompted them): property destroyed by an attack or a weapon
("the shelling destroyed a clinic", "a school was destroyed in an air strike") is the attack
(ASSAULT), while a demolition by a party keeps its reading (COERCE destroy)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The overnight shelling of the village by government artillery destroyed a clinic and a "
        "mosque, residents said.",
        "A grain silo was destroyed in an air strike near Kherson on Sunday, the governor said.",
        "Two rockets fired from across the border destroyed a warehouse in Kiryat Shmona.",
    ],
)
def test_events_r33_property_destroyed_by_an_attack_is_an_assault(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"


def test_events_r33_demolition_by_a_party_stays_coercion(resources):
    top = pipeline_top(
        "Municipal bulldozers destroyed eleven shops built without permits in Tirana, the city "
        "hall said.",
        resources,
    )
    assert (top.plover_type, top.plover_mode) == ("COERCE", "destroy")


@pytest.mark.parametrize(
    "text",
    [
        "Serbia said it would not renew its oil supply contract with the Hungarian refiner.",
        "Bahrain has decided not to renew the fishing licences of two Qatari firms, officials said.",
        "Malta will not extend the lease on the former naval dock when it expires next year.",
    ],
)
def test_events_r33_negated_renewal_of_an_agreement_is_a_refusal(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT"
    assert top.polarity == "asserted"


def test_events_r33_a_deadline_not_extended_is_no_refused_agreement(resources):
    top = pipeline_top(
        "The court said it would not extend the deadline for filing the appeal.", resources
    )
    assert top is None or top.trigger != "extend" or top.plover_type != "REJECT"


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("School desks donated by Canada arrived in Jacmel on Monday, the mayor said.", "CAN"),
        ("A shipment of bicycles gifted by Japan arrived in Vientiane on Thursday.", "JPN"),
        ("Forty tractors sent by India reached Kathmandu at the weekend.", "IND"),
    ],
)
def test_events_r33_given_goods_arriving_are_the_givers_aid(resources, text, giver):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID"
    assert giver in {m.country for m in top.source}


def test_events_r33_a_delegation_arriving_stays_a_visit(resources):
    top = pipeline_top("A Bolivian trade delegation arrived in Asuncion on Monday.", resources)
    assert top.plover_type == "CONSULT"


def test_events_r33_security_agents_are_the_party_that_detains(resources):
    top = pipeline_top(
        "Security agents in Dushanbe detained two students on Friday, a rights group said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert [m.text for m in top.source] == ["Security agents"]


@pytest.mark.parametrize(
    "text",
    [
        "The expulsion of three Belarusian diplomats was completed on Thursday, a week after "
        "Vilnius accused them of espionage.",
        "The expulsion of the Malian ambassador was completed on Monday, two weeks after Algiers "
        "accused his government of hostile acts.",
    ],
)
def test_events_r33_act_told_completed_outranks_the_act_that_times_it(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The handover of 60 tonnes of flour and cooking oil to flood victims in Sylhet ended on "
         "Monday.", "AID"),
        ("The handover of the airfield to the Malian army took place on Sunday.", "RETREAT"),
        ("The handover of three suspects to Italian police took place at the Ventimiglia "
         "crossing.", "COOPERATE"),
    ],
)  # fmt: skip
def test_events_r33_a_handover_is_typed_by_what_is_handed_over(resources, text, plover_type):
    top = pipeline_top(text, resources)
    assert top.plover_type == plover_type
