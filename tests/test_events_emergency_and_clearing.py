"""Emergency rule kept or proclaimed is imposed (COERCE 1724/1723), and clearing a blockade or a
protest camp is breaking up a gathering (COERCE 170), not a concession."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _types(text, resources) -> set[str]:
    return {e.plover_type for e in pipeline_events(text, resources)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Mali's transitional government extended the state of emergency by three months.",
        "Bangladesh's home ministry prolonged the curfew in Dhaka until Sunday.",
        "Ecuador's president proclaimed a state of emergency in three coastal provinces.",
    ],
)
def test_emergency_rule_kept_or_proclaimed_is_coercion(resources, text):
    types = _types(text, resources)
    assert "COERCE" in types and "MOBILIZE" not in types, types


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Bolivian police cleared a roadblock set up by coca growers on the highway to Oruro.",
        "Kenyan riot police dismantled a protest camp outside the electoral commission.",
    ],
)
def test_clearing_a_blockade_or_camp_is_coercion_not_a_concession(resources, text):
    types = _types(text, resources)
    assert "COERCE" in types and "CONCEDE" not in types, types


@pytest.mark.slow
def test_clearing_someone_of_charges_stays_a_concession(resources):
    assert "COERCE" not in _types(
        "A court in Lima cleared the former minister of bribery.", resources
    )
