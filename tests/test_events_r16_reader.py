"""Classes the reader_own15 tune articles (and earlier reader sets' tune misses) lacked (issue 9,
round r16, reader20): money paid or granted for another party's needs is aid; people or lorries
turned back at a border are coerced; patrols stepped up are forces readied; local office-holders
by title (regent, prefect, ...) and kin of victims are parties, and a place after such a title is
no party; a capitalised role noun after page furniture is still a role noun. Every text here was
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _sources(mention) -> list[str]:
    return [a.text for a in mention.source]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The World Bank funds a clinic for displaced families in the north.", "funds"),
        ("The governor urged the donors to fund a new water pipeline.", "fund"),
        ("Protesters demanded that the mining company pay for the damaged houses.", "pay"),
        ("The ministry paid the medical bills of the injured miners.", "paid"),
    ],
)
def test_money_paid_or_granted_for_another_partys_needs_is_aid(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "AID"


def test_a_fine_paid_is_a_concession_not_aid(analyse):
    mention = event_on(analyse("The shipping firm paid the fine on Tuesday."), "paid")
    assert mention.plover_type == "CONCEDE"


def test_a_visit_paid_stays_a_visit(analyse):
    mention = event_on(analyse("The foreign minister paid a visit to Accra on Monday."), "paid")
    assert mention.plover_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Soldiers turned back a group of pilgrims at the checkpoint.", "turned"),
        ("The coast guard turned back the fishermen near the reef.", "turned"),
        ("Customs officers turned away forty lorries at the bridge on Friday.", "turned"),
    ],
)
def test_people_or_lorries_turned_back_at_a_border_are_coerced(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The gendarmerie stepped up night patrols along the river.", "stepped"),
        ("The navy has doubled its patrols near the islands.", "doubled"),
        ("The mayor asked the police to increase patrols in the market.", "increase"),
    ],
)
def test_patrols_stepped_up_are_forces_readied(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "MOBILIZE"


def test_joint_patrols_stay_cooperation(analyse):
    mention = event_on(analyse("The two armies launched joint patrols along the border."), "launched")
    assert mention.plover_type == "COOPERATE"


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("The prefect of Kayes met the union leaders on Monday.", "met", "prefect"),
        ("The regent of Sleman, Budi Santoso, met village heads on Friday.", "met", "Budi Santoso"),
        ("The district administrator warned the traders on Sunday.", "warned", "district administrator"),
    ],
)
def test_local_office_holders_by_title_are_the_party_not_their_place(analyse, text, verb, source):
    assert _sources(event_on(analyse(text), verb)) == [source]


def test_he_after_a_local_office_holder_is_that_office_holder(analyse):
    text = (
        '"Our goats were taken," said Musa Diallo, a herder. '
        "The prefect of Kayes met the elders on Monday. He asked the gendarmes to stay in the town."
    )
    assert _sources(event_on(analyse(text), "asked")) == ["prefect"]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the missing miners blocked the highway on Tuesday.",
        "By Ana Lopes, Baucau | 3 March\n\nRelatives of the detained students blocked the highway.",
    ],
)
def test_kin_who_act_are_the_party_not_the_people_they_are_kin_of(analyse, text):
    assert _sources(event_on(analyse(text), "blocked")) == ["Relatives"]


def test_parents_of_victims_are_the_party(analyse):
    mention = event_on(analyse("Parents of the kidnapped pupils marched to the police station."), "marched")
    assert _sources(mention) == ["Parents"]
