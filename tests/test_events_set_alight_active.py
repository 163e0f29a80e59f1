"""The active "set <property> alight" reads as the passive does ("set fire to", CAMEO 1711,
COERCE destroy); the parser reads "alight" as a clause of its own, so the row never saw it and
the bare verb fell to a guess (stop 67, args51: stop 66's leftover)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_soldiers_set_market_stalls_alight(resources):
    top = pipeline_top(
        "Ugandan soldiers set the market stalls of Kenyan traders alight near Busia on Monday.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "UGA" in countries_of(top.source)
    assert "KEN" in countries_of(top.target)


def test_troops_set_grain_stores_alight(resources):
    top = pipeline_top(
        "Eritrean troops set the grain stores of Ethiopian farmers alight near Badme on Friday.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "ERI" in countries_of(top.source)


def test_soldiers_set_fuel_tankers_alight(resources):
    top = pipeline_top(
        "Nigerien soldiers set two Malian fuel tankers alight at Ayorou on Friday.", resources
    )
    assert top.plover_type == "COERCE"
    assert "NER" in countries_of(top.source)


def test_set_a_date_keeps_its_reading(resources):
    # guard: "set" with no fire state is no destruction
    top = pipeline_top("The government set the date for talks with the rebels on Monday.", resources)
    assert top.plover_type == "CONSULT"


def test_rammed_and_set_alight_keeps_the_ramming(resources):
    # guard: a passive conjunct "set alight" has no subject of its own; the ramming stays the act
    top = pipeline_top(
        "Two Congolese barges were rammed and set alight on Lake Kivu by Rwandan marines, a local "
        "official said.",
        resources,
    )
    assert top.plover_type == "ASSAULT"
