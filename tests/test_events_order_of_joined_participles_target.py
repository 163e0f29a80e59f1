"""An order whose complement is two joined participles, the first on a thing and the second on
a party ("ordered the trucks searched and twenty Congolese drivers detained"): whom the second
acts on is the order's target; the order had none (stop 67, args51: own99 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_trucks_searched_and_drivers_detained(resources):
    top = pipeline_top(
        "Zambia's home affairs minister ordered the trucks searched and twenty Congolese drivers "
        "detained at Kasumbalesa on Monday.",
        resources,
    )
    assert "ZMB" in countries_of(top.source)
    assert "COD" in countries_of(top.target)


def test_market_closed_and_traders_arrested(resources):
    top = pipeline_top(
        "The Guinean army chief ordered the market closed and forty Malian traders arrested in "
        "Siguiri on Friday.",
        resources,
    )
    assert "GIN" in countries_of(top.source)
    assert "MLI" in countries_of(top.target)


def test_one_participle_order_keeps_its_reading(resources):
    # guard: the participle's own subject is the target, as before
    top = pipeline_top(
        "The Kenyan governor ordered twelve Somali traders deported on Monday.", resources
    )
    assert top.plover_type == "COERCE"
    assert "SOM" in countries_of(top.target)
