"""Classes the reader_own27 tune articles lacked (issue 9, round r28, reader32): a garrison,
posts or positions reinforced are forces put in place; a party sounded out is consulted, and
what it is sounded out about is only mooted; people or boats turned back in the passive are
still turned back; a present-tense "until" clause is awaited whatever its head's tense; a
meeting "due to take place" has not taken place; a live blog's time stamp does not hide the
subject that opens its entry. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _names(parties) -> set[str]:
    return {p.text for p in parties}


@pytest.mark.parametrize(
    "text",
    [
        "The militia reinforced its positions on the ridge above Bunia overnight.",
        "Mali's army has reinforced the garrison at Menaka with two armoured companies.",
        "Border guards reinforced their posts along the river after the raid.",
    ],
)
def test_a_reinforced_garrison_or_position_is_a_show_of_force(analyse, text):
    assert event_on(analyse(text), "reinforced").plover_type == "MOBILIZE"


def test_sounding_out_a_party_is_consulting_it(analyse):
    event = event_on(
        analyse("Senegal quietly sounded out Gambia's foreign minister in Dakar."), "sounded"
    )
    assert event.plover_type == "CONSULT" and "Senegal" in _names(event.source)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Nigeria has been sounding out its neighbours about a summit on the lake.", "summit"),
        ("Ghana approached Togo about a joint patrol of the coast road.", "patrol"),
    ],
)
def test_what_a_party_is_sounded_out_about_is_only_mooted(analyse, text, noun):
    assert event_on(analyse(text), noun).polarity != "asserted"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The migrants were turned back by gendarmes at the Niger crossing.", "migrants"),
        ("Two fishing boats had been turned back near the reef, the navy said.", ""),
    ],
)
def test_people_or_boats_turned_back_in_the_passive_are_expelled(analyse, text, target):
    event = event_on(analyse(text), "turned")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "deport")
    assert not target or any(target in name for name in _names(event.target))


def test_fishermen_turned_back_are_expelled(analyse):
    event = event_on(analyse("Coast guards turned back forty fishermen off Conakry."), "turned")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "deport")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Senators voted for a ban on cattle exports to Benin until the herders are released.",
            "released",
        ),
        ("The ministry suspended all flights to Bamako until the pilots are freed.", "freed"),
    ],
)
def test_a_present_tense_until_clause_is_awaited_under_a_past_head(analyse, text, word):
    assert event_on(analyse(text), word).polarity == "hypothetical"


def test_a_past_tense_until_clause_stays_told(analyse):
    text = "The dockers stayed off work until the two organisers were released."
    assert event_on(analyse(text), "released").polarity == "asserted"


def test_a_meeting_due_to_take_place_has_not_taken_place(analyse):
    text = "The bloc has called both envoys to a meeting due to take place in Accra on Friday."
    assert event_on(analyse(text), "meeting").polarity == "intended"


def test_a_meeting_already_held_stays_told(analyse):
    text = "The envoys held a meeting in Accra on Friday."
    assert event_on(analyse(text), "held").polarity == "asserted"


def test_a_live_blog_time_stamp_does_not_hide_the_subject_of_its_entry(analyse):
    text = "09:20 - Police in Bo have detained four Liberian traders at the market, officials say."
    assert "Police" in _names(event_on(analyse(text), "detained").source)


@pytest.mark.parametrize(
    "text",
    [
        "The freed herders were driven to Bo and handed over to their consulate.",
        "Senegal handed over the eight fishermen to their families at the Rosso ferry.",
    ],
)
def test_freed_people_handed_to_their_consulate_or_family_are_released(analyse, text):
    event = event_on(analyse(text), "handed")
    assert (event.plover_type, event.plover_mode) == ("RETREAT", "release")


def test_goods_handed_to_their_owners_stay_no_release(analyse):
    event = event_on(analyse("Customs handed over the seized lorries to their owners."), "handed")
    assert event.plover_type != "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes kept the herders from grazing their cattle near the river for a month.",
        "Coast guard patrols kept the Ghanaian fishermen ashore all week.",
    ],
)
def test_people_kept_from_their_work_or_ashore_are_restricted(analyse, text):
    event = event_on(analyse(text), "kept")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "restrict")


def test_a_thing_kept_secret_is_no_restriction(analyse):
    events = analyse("The ministry kept the report secret for a year.")
    assert not [e for e in events if e.trigger.startswith("kept") and e.plover_type == "COERCE"]


def test_weapons_bought_from_a_state_are_its_military_aid_to_the_buyer(analyse):
    event = event_on(analyse("Niger bought four attack drones from Turkey in March."), "bought")
    assert (event.plover_type, event.plover_mode) == ("AID", "military")
    assert "Turkey" in _names(event.source) and "Niger" in _names(event.target)


def test_weapons_described_as_bought_from_a_state_are_military_aid(analyse):
    text = "The gendarmes now patrol in armoured vehicles bought from Israel."
    assert event_on(analyse(text), "bought").plover_type == "AID"


def test_goods_bought_without_weapons_stay_trade(analyse):
    event = event_on(analyse("Traders bought maize from Zambia in July."), "bought")
    assert event.plover_type != "AID"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gendarmes threw tear gas canisters into the crowd outside the court.", "threw"),
        ("Smoke canisters were lobbed over the wall of the university.", "lobbed"),
    ],
)
def test_canisters_thrown_or_lobbed_are_crowd_control(analyse, text, word):
    event = event_on(analyse(text), word)
    assert (event.plover_type, event.plover_mode) == ("ASSAULT", "crowd-control")


def test_what_a_warrant_is_for_is_no_arrest_of_its_own(analyse):
    events = analyse("A court in Kano issued an arrest warrant for the former governor.")
    assert event_on(events, "issued").plover_type == "THREATEN"
    assert not [e for e in events if e.trigger == "arrest" and e.polarity == "asserted"]


def test_an_arrest_carried_out_stays_an_arrest(analyse):
    event = event_on(analyse("Police carried out the arrest of the former governor."), "carried")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "arrest")


def test_people_flown_somewhere_in_the_passive_make_no_visit(analyse):
    events = analyse("The released pilots were flown to Abuja on Sunday.")
    assert not [e for e in events if e.plover_type == "CONSULT"]


def test_a_leader_flying_somewhere_still_visits(analyse):
    event = event_on(analyse("The foreign minister flew to Abuja on Sunday."), "flew")
    assert (event.plover_type, event.plover_mode) == ("CONSULT", "visit")
