"""A capital's name inside a longer town name joined by a particle ("San Salvador de Jujuy",
"Praia da Vitoria", "Mocimboa da Praia") is part of that town's name: no seat of the capital's
state, which then gave its country to the sentence's unnamed parties (stop 55 lead, probes of our
own: "Protesters" in Argentina were Salvadoran, troops in Mozambique Cape Verdean). These
sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_capital_that_ends_a_town_name_gives_no_country_to_its_sentence(analyse):
    text = "Troops repelled insurgents near the town of Mocimboa da Praia at dawn on Saturday."
    repelled = event_on(analyse(text), "repelled")
    assert all(m.country != "CPV" for m in repelled.source + repelled.target), repelled


@pytest.mark.slow
def test_capital_that_opens_a_town_name_gives_no_country_to_its_sentence(analyse):
    text = "Riot police dispersed striking teachers in San Salvador de Jujuy on Wednesday."
    dispersed = event_on(analyse(text), "dispersed")
    assert all(m.country != "SLV" for m in dispersed.source + dispersed.target), dispersed


@pytest.mark.slow
def test_a_capital_named_alone_still_gives_its_country(analyse):
    text = "Riot police dispersed striking teachers in San Salvador on Wednesday."
    dispersed = event_on(analyse(text), "dispersed")
    assert any(m.country == "SLV" for m in dispersed.source + dispersed.target), dispersed
