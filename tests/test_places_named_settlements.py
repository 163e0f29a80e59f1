"""A town named by a settlement noun's "of" phrase or in apposition to it, where the noun is the
act's where ("in Nigeria's northern town of Gusau", "in the capital Bamako"), is where the act
happened, over a larger place named in the same phrase. Stop 51 lead, probes of our own; these
sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_with_trigger, pipeline_events
from locate_helpers import located_events

BANDITS = ("Bandits", "NGA", "REB")


@pytest.mark.slow
def test_town_of_phrase_after_a_possessive_country_places_the_act(nlp):
    text = "Bandits looted shops in Nigeria's northern town of Gusau on Monday."
    located = located_events(nlp, text, BANDITS)
    assert located["looted"] is not None and located["looted"][0] == "Gusau", located


@pytest.mark.slow
def test_town_of_phrase_beats_the_region_that_modifies_the_noun(nlp):
    text = "Troops demolished a house in the Gaza town of Khan Younis overnight."
    located = located_events(nlp, text, ("Troops", "ISR", "MIL"))
    assert located["demolished"] is not None and located["demolished"][0] == "Khān Yūnis", located


@pytest.mark.slow
def test_capital_named_in_apposition_places_the_act(resources):
    # whole pipeline: the capital is also read as a seat of government there
    text = "Police detained three opposition lawmakers in the capital Kinshasa on Monday."
    arrest = event_with_trigger(pipeline_events(text, resources), "detained")
    assert arrest.location is not None and arrest.location.name == "Kinshasa", arrest.location


@pytest.mark.slow
def test_capital_of_a_country_keeps_the_country(nlp):
    text = "Police detained a journalist in the capital of Mali on Thursday."
    located = located_events(nlp, text, ("Police", "MLI", "COP"))
    assert located["detained"] is not None and located["detained"][0] == "Mali", located
