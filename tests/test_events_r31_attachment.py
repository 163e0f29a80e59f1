"""Round r31 (args35) attachment classes, on sentences written for these tests (in no gold set):
people held in a place and released or deported with no agent are let go or sent off by that
place's state (a relative clause of custody as well as a participle); a passive subject the parser
labelled active is repaired; people held in custody who are flown or sent back are deported, not
given aid."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        ("Six Nepali porters who had been held in Shanghai for two months were "
         "released on Monday, a charity in Kathmandu said.", "released", "CHN"),
        ("Two Latvian truckers who were detained in Minsk last autumn were freed on Friday, "
         "their employer said.", "freed", "BLR"),
    ],
)  # fmt: skip
def test_release_of_people_a_relative_clause_holds_in_a_place_is_that_place_state(
    analyse, text: str, trigger: str, holder: str
) -> None:
    assert countries_of(event_holding(analyse(text), trigger).source) == {holder}


@pytest.mark.parametrize(
    ("text", "trigger", "holder", "deported"),
    [
        ("Forty Guatemalans held at a shelter in Tapachula were sent back to Guatemala City "
         "on Monday, officials said.", "sent back", "MEX", "GTM"),
        ("Migrants held for weeks at a camp in Tripoli were flown back to Niamey on Sunday, "
         "an aid group said.", "flown back", "LBY", None),
    ],
)  # fmt: skip
def test_people_held_in_a_place_flown_or_sent_back_are_deported_by_that_place_state(
    analyse, text: str, trigger: str, holder: str, deported: str | None
) -> None:
    event = event_holding(analyse(text), trigger)
    assert event.plover_type == "COERCE"
    assert countries_of(event.source) == {holder}
    assert deported in countries_of(event.target)


def test_nationals_flown_back_with_no_custody_told_are_not_deported(analyse) -> None:
    # an evacuation or a return home: the "@held" slot needs a custody participle
    events = analyse("Sixty Canadian tourists were flown back from Cancun on Monday.")
    assert not any(e.plover_type == "COERCE" for e in events)


def test_passive_subject_labelled_active_is_repaired() -> None:
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()(
        "Seventy Eritreans held at a camp near Kassala since their lorry was stopped at the "
        "border last month were flown back to Asmara on Friday, officials said."
    )
    flown = next(t for t in doc if t.lower_ == "flown")
    subjects = {c.dep_ for c in flown.children if c.dep_ in {"nsubj", "nsubjpass"}}
    assert subjects == {"nsubjpass"}


def test_active_subjects_are_left_alone() -> None:
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()("Police in Lusaka arrested two Malawian traders on Tuesday.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert any(c.dep_ == "nsubj" for c in arrested.children)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's ban on sugar imports has left thousands of cane cutters stranded near the "
        "border, a union leader said.",
        "The fighting has left dozens of families homeless in the old town, aid workers in Goma "
        "said.",
    ],
)  # fmt: skip
def test_leaving_people_of_an_object_in_a_state_is_no_act(analyse, text: str) -> None:
    # "left hundreds of drivers stranded": the state hangs on the "of" noun of the object
    assert not any(e.trigger.startswith("left") for e in analyse(text))


def test_a_withdrawal_from_the_town_of_a_place_is_still_read(analyse) -> None:
    event = event_holding(
        analyse("Malian troops left the town of Kidal on Sunday, residents said."), "left"
    )
    assert event.plover_type == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania expelled a Kenyan bus company manager it accused of tax fraud, police said.",
        "Ghana expelled two Togolese trawler captains on Monday for fishing without licences.",
    ],
)  # fmt: skip
def test_expelled_individual_named_by_trade_is_deported_not_sanctioned(analyse, text: str) -> None:
    assert event_holding(analyse(text), "expelled").plover_type == "COERCE"


def test_expelled_diplomat_stays_a_sanction(analyse) -> None:
    text = "Tanzania expelled a Kenyan diplomat it accused of spying, police said."
    assert event_holding(analyse(text), "expelled").plover_type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "helped"),
    [
        ("Venezuela said it would send 60 nurses and paramedics to Bolivia to fight the "
         "outbreak.", "send", "BOL"),
        ("Spain will fly firefighters to Portugal to help contain the blazes, officials said.",
         "fly", "PRT"),
    ],
)  # fmt: skip
def test_people_sent_to_a_country_as_help_are_not_its_target(
    analyse, text: str, trigger: str, helped: str
) -> None:
    event = event_holding(analyse(text), trigger)
    assert countries_of(event.target) == {helped}
