"""A charge made on people or a position is force, not a court's charge (`own_triggers.tsv`
stop 63 rows, `triggers._hyphened_noun_type`, the `*` object of `triggers.ANY_OBJECT`), and a
verb of moving on someone the parser hung on its subject is the clause's verb
(`nlp.phrase_participle_repair`). Sentences written for the tests, not the probes that prompted
the class."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes charged into the students outside the university in Yaounde on Friday.",
        "Soldiers charged towards the striking dockers at the port gate in Mombasa.",
        "The riot squad charged the marchers with truncheons near the central mosque in Male.",
        "Police cane-charged the crowd outside the stadium in Multan.",
    ],
)
def test_a_charge_on_people_is_force(resources, text):
    events = pipeline_events(text, resources)
    charge = event_on(events, "charged")
    assert charge.plover_type == "ASSAULT"


def test_a_baton_charge_named_by_its_noun_is_force(resources):
    events = pipeline_events(
        "Officers used a baton charge to break up the sit-in outside the labour ministry.",
        resources,
    )
    assert event_on(events, "charge").plover_type == "ASSAULT"


def test_militants_charging_a_position_attack_it(resources):
    events = pipeline_events("Insurgents charged an army checkpoint north of Kismayo at night.", resources)
    assert event_on(events, "charged").plover_type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "A magistrate in Kampala charged two traders with fraud on Tuesday.",
        "Prosecutors charged the former governor with embezzlement.",
    ],
)
def test_a_court_charge_stays_an_accusation(resources, text):
    events = pipeline_events(text, resources)
    assert event_on(events, "charged").plover_type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Soldiers on horseback charged at the striking miners near Rustenburg.", "Soldiers"),
        ("Militiamen in canoes swept into the fishing village of Bolobo, residents said.", "Militiamen"),
    ],
)  # fmt: skip
def test_a_verb_of_moving_on_someone_hung_on_the_subject_has_its_doer(nlp, text, doer):
    doc = nlp(text)
    verb = next(t for t in doc if t.text in {"charged", "swept"})
    assert verb.dep_ in {"ROOT", "ccomp"}
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [doer]


def test_a_parked_convoy_is_left_a_phrase(nlp):
    # "parked" is no verb of moving on someone: the parser's reading stays
    doc = nlp("Troops in lorries parked near the stadium in Gulu.")
    parked = next(t for t in doc if t.text == "parked")
    assert not any(c.dep_ == "nsubj" for c in parked.children)
