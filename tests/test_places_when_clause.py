"""An act that names no place of its own happened where the clause telling when it happened
says ("were wounded when a grenade went off at a bus stop in Goma"): stop 49 lead, wire reports of
casualties that tell the scene in a "when", "as" or "while" clause. The parties carry a country,
as the actors stage gives them: a sentence whose parties have none takes its last place anyway."""

from __future__ import annotations

import pytest
from locate_helpers import located_events


@pytest.mark.slow
def test_passive_casualties_take_the_place_of_their_when_clause(nlp):
    text = "Six Congolese traders were injured when a grenade went off at a bus stop in Goma."
    located = located_events(nlp, text, ("Congolese traders", "COD", "CVL"))
    assert located["injured"] is not None and located["injured"][0] == "Goma", located


@pytest.mark.slow
def test_killing_takes_the_place_of_a_while_clause(nlp):
    text = "Two Congolese rangers were shot dead while they patrolled a forest near Bukavu."
    located = located_events(nlp, text, ("Congolese rangers", "COD", "CVL"))
    assert located["shot"] is not None and located["shot"][0] == "Bukavu", located


@pytest.mark.slow
def test_act_with_a_place_of_its_own_keeps_it_over_the_when_clause(nlp):
    text = "Police arrested a student in Harare when he returned from a rally in Bulawayo."
    located = located_events(nlp, text)
    assert located["arrested"] is not None and located["arrested"][0] == "Harare", located


@pytest.mark.slow
def test_a_clause_of_cause_gives_no_place(nlp):
    text = "The minister resigned because troops had fired on protesters in Bulawayo."
    located = located_events(nlp, text)
    assert located.get("resigned") is None, located
