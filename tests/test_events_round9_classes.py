"""Classes of phrasing of issue 9's ninth round, on sentences written for the test (not the
held-out sentences that prompted them): a verb typed by its particle, object or prepositional
object ("sat down with", "teamed up with", "threw its weight behind", "came to the defence of",
"cut" or "raised" tariffs, "called off" drills, "walked off the job", "backed away from"); a
verb of paying out money is aid; "run" and "organize" carry their event noun; "behind X" names the party backed; a hosted or brokered event's parties ("talks
between A and B") are whom the host acts for; a generic party takes the state of its possessor
or of the seat its own phrase places it in."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow


def _countries(actors):
    return [m.country for m in actors]


@pytest.mark.parametrize(
    ("text", "verb", "plover_type"),
    [
        ("The Kenyan foreign minister sat down with Somali officials in Nairobi on Friday.",
         "sat", "CONSULT"),
        ("Chad's customs service teamed up with Cameroonian police to stop fuel smuggling.",
         "teamed", "COOPERATE"),
        ("Brazil threw its weight behind Argentina's bid to host the summit.", "threw", "SUPPORT"),
        ("Norway came to the defence of the Swedish government during the dispute.", "came",
         "SUPPORT"),
        ("Chile came to the aid of Peru after the earthquake.", "came", "AID"),
        ("India lowered tariffs on Bangladeshi textiles last month.", "lowered", "CONCEDE"),
        ("Canada raised tariffs on Chinese steel on Tuesday.", "raised", "SANCTION"),
        ("South Korea called off naval exercises near the disputed islands.", "called", "RETREAT"),
        ("Nurses in Lagos walked off the job to demand back pay.", "walked", "PROTEST"),
        ("Colombia backed away from its plan to expel the Venezuelan envoy.", "backed",
         "RETREAT"),
        ("The Asian Development Bank disbursed $400 million to Sri Lanka.", "disbursed", "AID"),
        ("Unions in Bolivia organized a general strike against the fuel price rise.", "organized",
         "PROTEST"),
    ],
)  # fmt: skip
def test_events_round9_verb_typed_by_its_particle_or_object(resources, text, verb, plover_type):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == plover_type


def test_events_round9_cut_stays_a_sanction_on_ties_and_tariffs_a_concession(resources):
    ties = _on(pipeline_events("Mali cut diplomatic ties with Algeria.", resources), "cut")
    tariffs = _on(pipeline_events("Mali cut tariffs on Algerian dates.", resources), "cut")
    assert (ties.plover_type, tariffs.plover_type) == ("SANCTION", "CONCEDE")


def test_events_round9_run_carries_its_event_noun(resources):
    text = "Greek and Italian coast guards ran joint patrols in the Ionian Sea."
    e = _on(pipeline_events(text, resources), "ran")
    assert "patrols" in e.trigger
    assert e.plover_type == "COOPERATE"


def test_events_round9_behind_names_the_party_backed(resources):
    text = "Angola stood firmly behind Namibia in the border row."
    events = pipeline_events(text, resources)
    assert any("NAM" in _countries(e.target) for e in events)


def test_events_round9_a_hosted_event_between_parties_is_aimed_at_them(resources):
    text = "Qatar hosted a second round of talks between Chad and Niger on Monday."
    e = _on(pipeline_events(text, resources), "hosted")
    assert "QAT" in _countries(e.source)
    assert {"TCD", "NER"} <= set(_countries(e.target))


def test_events_round9_a_generic_party_takes_its_possessor_state(resources):
    text = "Germany criticised Hungary's nationalist government over the media law."
    e = _on(pipeline_events(text, resources), "criticised")
    assert "HUN" in _countries(e.target)


def test_events_round9_a_generic_party_takes_the_seat_it_is_placed_in(resources):
    text = "Students in Kabul marched against the Pakistani airstrikes."
    e = _on(pipeline_events(text, resources), "marched")
    assert "AFG" in _countries(e.source)


@pytest.mark.parametrize(
    ("text", "verb", "plover_type"),
    [
        ("Georgia handed over two suspected smugglers to Armenia.", "handed", "COOPERATE"),
        ("Burundi turned down a Rwandan offer of talks.", "turned", "REJECT"),
        ("Azerbaijan handed back the detained soldiers to Armenia.", "handed", "RETREAT"),
        ("Police in Caracas raided the homes of two opposition activists.", "raided", "COERCE"),
        ("Nicaraguan police arrested three journalists in Managua.", "arrested", "COERCE"),
        ("Riot police broke up a student demonstration in Dhaka.", "broke", "COERCE"),
        ("The Ethiopian government shut down the internet in Tigray.", "shut", "COERCE"),
        ("Jordan reopened the border crossing with Syria.", "reopened", "CONCEDE"),
        ("The Egyptian president welcomed the Greek prime minister to Cairo.", "welcomed",
         "CONSULT"),
    ],
)  # fmt: skip
def test_events_round9_verb_typed_by_its_object_second_set(resources, text, verb, plover_type):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == plover_type


def test_events_round9_a_handed_over_partys_recipient_is_a_target(resources):
    text = "Georgia handed over two suspected smugglers to Armenia."
    e = _on(pipeline_events(text, resources), "handed")
    assert "ARM" in _countries(e.target)


def test_events_round9_a_domestic_cut_is_no_event(resources):
    events = pipeline_events("Ghana cut taxes on imported rice.", resources)
    assert all(e.trigger.split()[0] != "cut" for e in events)


def test_events_round9_an_instrument_object_does_not_control(resources):
    text = "Kenyan police used water cannon to disperse students in Nairobi."
    e = _on(pipeline_events(text, resources), "disperse")
    assert "KEN" in _countries(e.source)


@pytest.mark.parametrize(
    ("text", "verb", "plover_type"),
    [
        ("Austria blocked Romania's bid to join the Schengen area.", "blocked", "REJECT"),
        ("Beijing slapped sanctions on two American defence firms.", "slapped", "SANCTION"),
        ("Malaysia halted exports of chicken to Singapore.", "halted", "SANCTION"),
        ("Militiamen took over the regional parliament building in Benghazi.", "took",
         "COERCE"),
        ("Chile joined calls for an inquiry into the shooting.", "joined", "REQUEST"),
    ],
)  # fmt: skip
def test_events_round9_verb_typed_by_its_object_third_set(resources, text, verb, plover_type):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == plover_type


def test_events_round9_warning_of_a_hazard_is_no_threat_warning_a_party_is(resources):
    hazard = pipeline_events("The WFP chief warned of a looming famine in Sudan.", resources)
    party = pipeline_events("Egypt warned Ethiopia against filling the dam.", resources)
    assert all(e.trigger.split()[0] != "warned" for e in hazard)
    assert _on(party, "warned").plover_type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("Hundreds of students protested outside the Danish embassy in Jakarta.", "protested",
         "DNK"),
        ("Farmers gathered in front of the French consulate in Dakar.", "gathered", "FRA"),
    ],
)  # fmt: skip
def test_events_round9_an_act_at_a_states_premises_is_aimed_at_it(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert country in _countries(e.target)


def test_events_round9_a_visa_ban_on_officials_is_a_sanction(resources):
    e = _on(pipeline_events("Britain imposed travel bans on Iranian officials.", resources),
            "imposed")  # fmt: skip
    assert e.plover_type == "SANCTION"


def test_events_round9_a_sum_names_its_object_in_its_in_phrase(resources):
    text = "After meeting Somali officials, the EU envoy announced $50 million in aid for Somalia."
    top = top_event(pipeline_events(text, resources))
    assert "aid" in top.trigger
