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


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Angered by Chile's fishing raids, Argentina deployed two frigates to the zone.",
            "ARG",
            "CHL",
        ),
        (
            "Worried by Uganda's troop build-up near the lake, Rwanda moved a battalion to the border.",
            "RWA",
            "UGA",
        ),
        (
            "Concerned about Iran's drills in the Gulf, Qatar put its air force on alert.",
            "QAT",
            "IRN",
        ),
    ],
)
def test_events_r21_a_fronted_feeling_names_whom_the_main_act_answers(
    resources, text, source, target
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "MOBILIZE", top
    assert countries_of(top.source) == {source}, top.source
    assert countries_of(top.target) == {target}, top.target


def test_events_r21_forces_sent_give_way_to_the_party_a_fronted_feeling_names(resources):
    text = "Stung by Malaysia's arrest of its fishermen, Indonesia sent warships to the strait."
    top = pipeline_top(text, resources)
    assert countries_of(top.target) == {"MYS"}, top.target
    top = pipeline_top("Rwanda moved a battalion to the border with Burundi.", resources)
    assert countries_of(top.target) == {"BDI"}, top.target
