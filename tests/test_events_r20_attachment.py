"""Round r20 (args24): attachment and the main event, from own45 and PLOVER tune misses."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Nairobi protested to Kampala on Monday over the seizure of two boats.", "KEN", "UGA"),
        ("Lima complained to Santiago about the treatment of its truck drivers.", "PER", "CHL"),
        ("Hanoi lodged a complaint to Beijing over a rammed fishing boat.", "VNM", "CHN"),
    ],
)
def test_events_r20_a_capital_a_complaint_is_addressed_to_is_its_state(
    resources, text, source, target
):
    events = pipeline_events(text, resources)
    main = max(events, key=lambda e: e.confidence)
    assert main.plover_type == "ACCUSE", main
    assert countries_of(main.source) == {source}, main.source
    assert countries_of(main.target) == {target}, main.target


def test_events_r20_a_capital_someone_flies_to_stays_a_place(resources):
    from realpolitik.actors.metonymy import addressed_to_words

    assert "protest" in addressed_to_words()
    assert "fly" not in addressed_to_words()
    text = "The Kenyan foreign minister flew to Kampala on Monday for talks on the oil pipeline."
    events = pipeline_events(text, resources)
    assert all("Kampala" not in m.text for e in events for m in e.source), events


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Kenya's expulsion of two Somali journalists drew criticism from rights groups.", "COERCE"),
        ("Kenya's expulsion of two Somali diplomats drew criticism from Mogadishu.", "SANCTION"),
    ],
)
def test_events_r20_a_removal_noun_is_typed_by_whom_it_removes(resources, text, plover_type):
    events = pipeline_events(text, resources)
    main = max(events, key=lambda e: e.confidence)
    assert main.plover_type == plover_type, main
    assert countries_of(main.source) == {"KEN"}, main.source
    assert countries_of(main.target) == {"SOM"}, main.target
