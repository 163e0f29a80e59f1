"""Classes the reader_own28 tune articles (Spain and Morocco over Ceuta) and the round's leftovers
showed (issue 9, round r29, reader33): people taken back are received under a readmission deal;
standing in solidarity is support, not a protest; diplomacy by telephone or shuttle is
consulting; a vessel towed into port is seized; a participle set off with a "since" phrase is a
standing state; an agentless passive recall is the envoy's own state's act; naming an act "as"
something hostile criticises it; saying an act will not go unanswered or without consequences
is a veiled threat. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _countries(parties) -> set:
    return {p.country for p in parties}


@pytest.mark.parametrize(
    "text",
    [
        "Senegal took back 120 migrants from the Canary Islands last week.",
        "Mauritania has taken back its nationals stranded in Mali, officials said.",
    ],
)
def test_taking_back_people_is_receiving_them_under_readmission(analyse, text):
    event = event_on(analyse(text), "took" if "took" in text else "taken")
    assert event.plover_type == "COOPERATE"


def test_a_promise_to_take_back_people_is_not_asserted(analyse):
    event = event_on(analyse("Algeria agreed to take back its citizens held in Italy."), "take")
    assert event.plover_type == "COOPERATE" and event.polarity != "asserted"


def test_standing_in_solidarity_with_a_state_is_support(analyse):
    event = event_on(analyse("Latvia said it stood in solidarity with Finland."), "stood")
    assert event.plover_type == "SUPPORT" and "FIN" in _countries(event.target)


def test_a_strike_in_solidarity_stays_a_protest(analyse):
    event = event_on(analyse("Port workers went on strike in solidarity with the crew."), "went")
    assert event.plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Oman's shuttle diplomacy between Riyadh and Sanaa resumed in March.", "diplomacy"),
        ("Two days of telephone diplomacy by Ghana's president calmed the row.", "diplomacy"),
    ],
)
def test_diplomacy_by_shuttle_or_telephone_is_consulting(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "CONSULT"


def test_bare_diplomacy_names_no_act(analyse):
    events = analyse("Brazil's diplomacy in Africa has grown more ambitious.")
    assert not [e for e in events if e.trigger.split()[0] == "diplomacy"]


def test_a_vessel_towed_into_port_is_seized(analyse):
    text = "The Thai trawler was towed into port by a Malaysian patrol boat."
    event = event_on(analyse(text), "towed")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "seize")


def test_a_vessel_towed_to_safety_is_not_seized(analyse):
    events = analyse("The navy towed the drifting ferry to safety.")
    assert not [e for e in events if e.trigger.split()[0] == "towed" and e.plover_type == "COERCE"]


def test_a_participle_with_since_is_a_standing_state_not_a_deployment(analyse):
    events = analyse("Britain's troops, deployed in Estonia since 2017, will stay another year.")
    assert not [e for e in events if e.trigger.split()[0] == "deployed"]


def test_a_set_off_participle_without_since_still_tells_an_act(analyse):
    events = analyse("Ghana's envoy, recalled in June, will return to Lome next week.")
    assert event_on(events, "recalled").plover_type == "SANCTION"


def test_an_agentless_recall_is_the_envoys_own_states_act_on_its_host(analyse):
    text = "Colombia's ambassador to Caracas has been recalled to Bogota for consultations."
    event = event_on(analyse(text), "recalled")
    assert event.plover_type == "SANCTION"
    assert _countries(event.source) == {"COL"} and "COL" not in _countries(event.target)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peru described the seizure of the trawler as illegal.", "described"),
        ("It was a step that Athens labelled as opportunistic meddling.", "labelled"),
    ],
)
def test_naming_an_act_as_something_hostile_criticises_it(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "ACCUSE"


def test_naming_an_act_as_something_good_is_no_event(analyse):
    events = analyse("Chile described the talks as constructive.")
    assert not [e for e in events if e.trigger.split()[0] == "described"]


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said the arrests could not remain without consequences.",
        "Hanoi said the ramming of its trawler would not go unanswered.",
    ],
)
def test_saying_an_act_will_not_go_unanswered_is_a_veiled_threat(analyse, text):
    event = event_on(analyse(text), "said")
    assert event.plover_type == "THREATEN" and event.polarity == "asserted"


def test_saying_a_storm_will_have_consequences_is_no_threat(analyse):
    events = analyse("Officials said the drought would have consequences for the harvest.")
    assert not [e for e in events if e.plover_type == "THREATEN"]
