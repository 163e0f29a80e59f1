"""Round r24 (args28): attachment and the main event, from own53 tune misses and the round's
leftovers. Sentences written for these tests (none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The World Bank's lending arm signed a $120 million loan to Malawi on Tuesday for "
            "irrigation schemes along the Shire river.",
            None,
            "MWI",
        ),
        (
            "Spain signed a credit of 80 million euros with Senegal on Friday to build fishing "
            "ports, the Senegalese finance ministry said.",
            "ESP",
            "SEN",
        ),
    ],
)
def test_events_r24_a_signed_loan_or_credit_is_aid_to_its_borrower(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", top
    if source:
        assert countries_of(top.source) == {source}, top.source
    assert target in countries_of(top.target), top.target


@pytest.mark.parametrize(
    "text",
    [
        "Beijing imposed export controls on rare earth magnets sold to India on Wednesday.",
        "The Netherlands tightened export controls on lithography machines last month, a "
        "government spokesman said.",
    ],
)
def test_events_r24_export_controls_imposed_or_tightened_are_a_sanction(resources, text):
    assert pipeline_top(text, resources).plover_type == "SANCTION"


def test_events_r24_tightened_controls_on_people_stay_a_restriction(resources):
    top = pipeline_top("Chile tightened controls on migrants along its northern border.", resources)
    assert top.plover_type != "SANCTION", top


def test_events_r24_a_comma_relative_clause_on_the_subject_ranks_well_below_the_reported_pledge(
    resources,
):
    events = pipeline_events(
        "Switzerland, which has hosted several rounds of talks between Armenia and Azerbaijan, "
        "said on Tuesday it would provide $8 million to rebuild hospitals on Lebanon's southern "
        "coast.",
        resources,
    )
    hosted = event_with_trigger(events, "hosted")
    pledge = max(events, key=lambda e: e.confidence)
    assert countries_of(pledge.target) == {"LBN"}, pledge
    # the background penalty is on top of the modifier one: a clear margin, not a near tie
    assert hosted.confidence <= pledge.confidence - 0.1, (hosted, pledge)


def test_events_r24_a_relative_clause_on_an_object_is_not_background_on_the_subject(nlp):
    from realpolitik.events.coordination import background_on_subject

    doc = nlp("Police arrested the driver, who had attacked two officers, on Monday.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert not background_on_subject(attacked)
    doc = nlp("Chile, which hosted the summit last year, expelled two Peruvian diplomats.")
    hosted = next(t for t in doc if t.lower_ == "hosted")
    assert background_on_subject(hosted)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Sudan's army chief had four Egyptian traders detained in Port Sudan on Friday.",
            "SDN",
            "EGY",
        ),
        ("The Nigerien junta had two Beninese officials expelled from Niamey.", "NER", "BEN"),
    ],
)
def test_events_r24_a_causative_have_makes_the_causer_the_source(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert source in countries_of(top.source), top.source
    assert target in countries_of(top.target), top.target


def test_events_r24_a_causative_have_on_the_subjects_own_is_suffered(nlp):
    from realpolitik.events.arguments import _caused_patient

    doc = nlp("Farmers near Jos had their cattle seized by gunmen on Sunday.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert _caused_patient(seized) is None


def test_events_r24_a_state_readying_its_own_forces_has_no_target(resources):
    top = pipeline_top(
        "Vietnam raised the combat readiness of its forces on Thursday, state media reported.",
        resources,
    )
    assert top.plover_type == "MOBILIZE", top
    assert countries_of(top.source) == {"VNM"}, top.source
    assert "VNM" not in countries_of(top.target), top.target


def test_events_r24_a_readiness_aimed_at_a_named_party_keeps_it(resources):
    top = pipeline_top(
        "Greece placed its navy on alert on Monday after Turkish survey ships entered disputed "
        "waters south of Crete.",
        resources,
    )
    assert countries_of(top.source) == {"GRC"}, top.source
    assert "GRC" not in countries_of(top.target), top.target


def test_events_r24_a_passive_readying_reads_its_subject_as_source_and_the_after_doer_as_target(
    resources,
):
    top = pipeline_top(
        "Egypt's border guards were placed on high alert on Tuesday after Sudanese militiamen "
        "fired on a crossing near Wadi Halfa.",
        resources,
    )
    assert top.plover_type == "MOBILIZE", top
    assert countries_of(top.source) == {"EGY"}, top.source
    assert "SDN" in countries_of(top.target), top.target
