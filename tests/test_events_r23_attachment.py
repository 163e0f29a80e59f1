"""Round r23 (args27): attachment and the main event, from own51 tune misses and the round's
leftovers (an unnamed urged object, ground taken back)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The detention by Kenyan police of a Ugandan opposition activist drew protests.",
            "KEN",
            "UGA",
        ),
        ("The expulsion by Ghana of forty Nigerian traders angered Abuja.", "GHA", "NGA"),
    ],
)
def test_events_r23_an_of_party_after_the_by_doer_is_the_target(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert countries_of(top.source) == {source}, top.source
    assert target in countries_of(top.target), top.target


def test_events_r23_a_doer_named_of_its_own_state_keeps_its_name(resources):
    events = pipeline_events(
        "The ambush by soldiers of the Malian army of a convoy near Gao killed three men.",
        resources,
    )
    ambush = event_with_trigger(events, "ambush")
    assert "MLI" not in countries_of(ambush.target), ambush.target


def test_events_r23_a_sending_to_help_through_a_gerund_premodifier_is_aid(resources):
    top = pipeline_top(
        "Thailand said it would send two hundred soldiers and demining experts to help Cambodia "
        "clear landmines along the border.",
        resources,
    )
    assert top.plover_type == "AID", top
    assert countries_of(top.source) == {"THA"}, top.source
    assert countries_of(top.target) == {"KHM"}, top.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "An Iranian diplomat was declared persona non grata and given 72 hours to leave "
            "Azerbaijan on Monday.",
            "AZE",
            "IRN",
        ),
        ("A Chilean consul was declared persona non grata by Bolivia on Friday.", "BOL", "CHL"),
    ],
)
def test_events_r23_a_passive_declaration_reads_its_declarer(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SANCTION", top
    assert countries_of(top.source) == {source}, top.source
    assert countries_of(top.target) == {target}, top.target


def test_events_r23_a_participle_joined_to_a_passive_acts_on_the_subject(resources):
    events = pipeline_events(
        "Two Sudanese traders were arrested and deported by Egyptian police.", resources
    )
    deported = event_with_trigger(events, "deported")
    assert countries_of(deported.source) == {"EGY"}, deported.source
    assert countries_of(deported.target) == {"SDN"}, deported.target


def test_events_r23_both_sides_are_the_parties_named_between(resources):
    top = pipeline_top(
        "Days after fighting between Tajik police and Kyrgyz border guards, Moscow called on "
        "the two sides to resume dialogue.",
        resources,
    )
    assert top.plover_type == "REQUEST", top
    assert countries_of(top.source) == {"RUS"}, top.source
    assert countries_of(top.target) == {"TJK", "KGZ"}, top.target


def test_events_r23_both_sides_with_nothing_named_before_stay_unresolved(resources):
    top = pipeline_top("The UN envoy urged both sides to show restraint.", resources)
    assert not top.target, top.target


def test_events_r23_ground_regained_is_a_seizure_at_that_place(resources):
    top = pipeline_top("Iraqi troops regained control of Ramadi on Sunday.", resources)
    assert top.plover_type == "COERCE", top
    assert top.location is not None and top.location.name == "Ramadi", top.location
