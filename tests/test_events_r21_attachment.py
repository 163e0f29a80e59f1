"""Round r21 (args25): attachment and the main event, from own47 tune misses."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Togo threatened to close the Kodjoviakope crossing unless Ghana released the detained traders.",
            "TGO",
            "GHA",
        ),
        (
            "Georgia threatened to shut the Lars checkpoint unless Russia stopped issuing passports.",
            "GEO",
            "RUS",
        ),
    ],
)
def test_events_r21_an_unknown_name_before_a_site_noun_is_the_site_not_the_target(
    resources, text, source, target
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "THREATEN", top
    assert countries_of(top.source) == {source}, top.source
    assert countries_of(top.target) == {target}, top.target


def test_events_r21_site_nouns_leave_an_owner_noun_out():
    from realpolitik.actors.not_actors import site_nouns

    assert {"crossing", "checkpoint", "bridge"} <= site_nouns()
    assert "camp" not in site_nouns() and "mine" not in site_nouns()
