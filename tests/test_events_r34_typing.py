"""Classes of phrasing of the PLOVER typing round r34 (plover52), on sentences written for the
tests (not the gold sentences that prompted them): a renewal of an agreement or a granted right
told as not done ("did not renew the mandate", "has not extended the lease") is a refusal, as the
stated one ("will not renew") is."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council did not renew the mandate of the observer mission in Western Sahara "
        "last year, diplomats said.",
        "Estonia did not extend the permit of the Russian survey ship, the maritime office said.",
        "Kenya has not renewed the licence of the Chinese trawler fleet, the fisheries ministry said.",
    ],
)
def test_events_r34_renewal_not_done_is_a_refusal(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT"
    assert top.polarity == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # an inability stays as read: no refusal is told
        "Estonia could not renew the permit of the Russian survey ship before it expired.",
        # a deadline is no agreement
        "The court did not extend the deadline for filing the appeal, lawyers said.",
    ],
)
def test_events_r34_renewal_not_done_without_an_agreement_or_by_inability_is_no_refusal(
    resources, text
):
    top = top_event(pipeline_events(text, resources))
    assert top is None or top.plover_type != "REJECT"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Three Kenyan herders were beaten and their cattle driven off by militiamen from "
            "across the Ethiopian border, local officials said.",
            "militiamen",
        ),
        (
            "Two journalists were beaten and their cameras smashed by supporters of the ruling "
            "party in Harare, their union said.",
            "ruling party",
        ),
    ],
)
def test_events_r34_by_phrase_of_a_gapped_passive_names_the_doer_of_both(resources, text, doer):
    top = pipeline_top(text, resources)
    assert top.trigger == "beaten"
    assert any(doer in m.text for m in top.source)


@pytest.mark.parametrize(
    "text",
    [
        "A Czech businessman wanted in the United States for exporting night-vision goggles to "
        "Iran was extradited by Slovakia on Friday, prosecutors in Bratislava said.",
        "A Polish broker wanted in the Netherlands for supplying chemicals to Syria was "
        "extradited by Germany on Monday, prosecutors said.",
    ],
)
def test_events_r34_the_act_a_person_is_wanted_for_is_background(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COOPERATE"
    assert top.trigger == "extradited"


def test_events_r34_a_charge_stated_keeps_its_accusation(resources):
    # the charge itself, a typed act, stays the main event
    top = pipeline_top(
        "Prosecutors in Prague charged a Czech businessman with exporting night-vision goggles to "
        "Iran, the court said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The army handed the captured soldiers to the Red Cross on Monday, a spokesman said.",
        "Rebels in the north handed six kidnapped engineers to a church delegation at the weekend.",
    ],
)
def test_events_r34_captives_handed_without_over_are_released(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.trigger) == ("RETREAT", "handed")


def test_events_r34_people_handed_without_a_captive_modifier_stay_as_read(resources):
    # goods handed keep their aid reading
    top = pipeline_top(
        "The army handed forty tonnes of flour to displaced families on Monday.", resources
    )
    assert top.plover_type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The military council completed the handover of power to an elected president on Sunday.",
        "The transitional junta in Conakry handed over power to a civilian prime minister on "
        "Friday, state radio said.",
    ],
)
def test_events_r34_power_handed_over_is_stepping_down(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("RETREAT", "resign")


def test_events_r34_goods_in_a_handover_stay_aid(resources):
    top = pipeline_top(
        "The handover of forty tonnes of flour to displaced families took place in Kassala.",
        resources,
    )
    assert top.plover_type == "AID"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Exiled Nicaraguan journalist Ramiro Solis said police in Managua had detained his "
            "relatives on Sunday.",
            "relatives",
        ),
        (
            "Exiled Nicaraguan journalist Ramiro Solis said police in Managua had detained his two "
            "brothers on Sunday.",
            "brothers",
        ),
        (
            "A Mongolian herders' leader said security agents arrested his wife and daughter at "
            "their home in Darkhan.",
            "wife",
        ),
    ],
)
def test_events_r34_kin_a_body_holds_are_its_target(resources, text, held):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE"
    assert any(held in m.text for m in top.target)


def test_events_r34_a_persons_own_people_stay_no_target(resources):
    # a person named by title acting on "his" people: they are the doer's own
    top = pipeline_top(
        "Ukraine's president dismissed his chief of staff on Friday, his office said.", resources
    )
    assert not any("chief of staff" in m.text for m in top.target)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("A Chilean banker wanted in Spain was extradited by Argentina on Friday, prosecutors "
         "said.", "ESP"),
        ("A Czech businessman wanted in the United States for exporting night-vision goggles to "
         "Iran was extradited by Slovakia on Friday, prosecutors in Bratislava said.", "USA"),
    ],
)  # fmt: skip
def test_events_r34_the_state_a_person_is_wanted_in_receives_a_passive_extradition(
    resources, text, receiver
):
    top = pipeline_top(text, resources)
    assert top.trigger == "extradited"
    assert receiver in {m.country for m in top.target}
    assert receiver not in {m.country for m in top.source}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Residents said the shelling by Eritrean troops destroyed a school in the Ethiopian town "
         "of Zalambessa.", "ETH"),
        ("Villagers said the airstrike by Sudanese jets destroyed a school in the South Sudanese "
         "town of Renk.", "SSD"),
    ],
)  # fmt: skip
def test_events_r34_a_building_destroyed_is_the_side_of_the_town_it_stands_in(
    resources, text, side
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert side in {m.country for m in top.target}
