"""A town that is the object of an attack or a raid is ground struck, a place whatever the tagger
calls it ("gunmen attacked Kidal": PERSON), and where the attack was. Stop 49 lead, probes of our
own."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events
from place_helpers import places_by_text


@pytest.mark.slow
def test_attacked_town_is_where_the_attack_was(resources):
    events = pipeline_events("Insurgents attacked Diffa and Bosso on Tuesday.", resources)
    attack = next(e for e in events if e.trigger == "attacked")
    assert attack.location is not None and attack.location.name == "Diffa", attack


@pytest.mark.slow
def test_raided_town_is_a_place_whatever_the_tagger_calls_it(nlp):
    places = places_by_text(nlp, "Soldiers raided Gao on Friday, the army said.")
    assert "Gao" in places and places["Gao"].country == "MLI", places


@pytest.mark.slow
def test_attacked_person_is_no_place(nlp):
    assert "Boko" not in places_by_text(nlp, "Rivals attacked Adamu Boko at a rally in Kano.")
