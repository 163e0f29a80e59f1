"""Classes of the round on our fifth own article set (`reader_own5`, issue 9, r6): in a
government's press release "the Government", "the Ministry" and "the Minister" are the issuer
its letterhead names; a present-tense verb the tagger reads as a plural noun ("thanks") is still
the sentence's act, with its subject. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow

RELEASE = """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF GHANA

PRESS RELEASE

Accra, 3 May 2026

{body}
"""


def _sources(event):
    return {m.country for m in event.source}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "The Ministry condemns the shooting of two farmers near the border post at Aflao.",
            "condemns",
        ),
        ("The Government requests the Republic of Togo to return the seized trucks.", "requests"),
        ("The Minister received the Ambassador of Togo on Tuesday.", "received"),
    ],
)
def test_statement_issuer_nouns_are_the_letterhead_state(analyse, body, word):
    events = analyse(RELEASE.format(body=body))
    assert _sources(event_on(events, word)) == {"GHA"}


def test_statement_issuer_letterhead_on_two_lines(analyse):
    text = (
        "REPUBLIC OF ZAMBIA\nMINISTRY OF FOREIGN AFFAIRS\n\nCOMMUNIQUE\n\n"
        "The Government protests against the closure of the Kasumbalesa crossing by Kinshasa.\n"
    )
    assert _sources(event_on(analyse(text), "protests")) == {"ZMB"}


def test_statement_issuer_needs_a_statement_header(analyse):
    text = "Ghana and Togo\n\nThe Government requests the Republic of Togo to return the trucks.\n"
    assert "GHA" not in _sources(event_on(analyse(text), "requests"))


def test_statement_issuer_leaves_a_named_government_alone(analyse):
    events = analyse(RELEASE.format(body="The Government of Togo rejected the charge on Monday."))
    assert _sources(event_on(events, "rejected")) == {"TGO"}


def test_events_a_verb_read_as_a_plural_noun_is_the_act(nlp):
    events = events_with_actors(
        nlp, "The Government of Ghana thanks the Government of Nigeria for its help.",
        ("Government of Ghana", "GHA", "GOV"), ("Government of Nigeria", "NGA", "GOV"),
    )  # fmt: skip
    thanks = event_on(events, "thanks")
    assert thanks.plover_type == "SUPPORT"
    assert [m.country for m in thanks.source] == ["GHA"]


def test_events_a_plural_noun_without_an_object_stays_a_noun(nlp):
    events = events_with_actors(nlp, "Thanks to the rain, the talks went well.")
    assert not [e for e in events if e.trigger.split()[0] == "Thanks"]


def _source_names(event):
    return {m.name for m in event.source}


def test_group_named_back_as_the_coalition(analyse):
    text = (
        "Fighters from the Bondo Mayele coalition burned a clinic in Tshikapa on Monday. "
        "The coalition denied responsibility and blamed army deserters."
    )
    events = analyse(text)
    assert "Bondo Mayele" in _source_names(event_on(events, "denied"))


def test_unknown_name_before_armed_members_is_a_group(analyse):
    text = (
        "Bondo Mayele gunmen ambushed a convoy near Tshikapa on Monday. "
        "The group later rejected a call for talks."
    )
    events = analyse(text)
    assert "Bondo Mayele" in _source_names(event_on(events, "rejected"))


def test_a_town_is_no_antecedent_of_the_group(analyse):
    text = (
        "Bondo Mayele gunmen ambushed a convoy near Tshikapa on Monday. "
        "The group later rejected a call for talks."
    )
    events = analyse(text)
    assert "Tshikapa" not in _source_names(event_on(events, "rejected"))


def test_events_a_verb_joined_to_one_read_as_a_noun_shares_its_subject(nlp):
    events = events_with_actors(
        nlp,
        "The Government of Ghana thanks the Government of Nigeria and calls on donors to pay.",
        ("Government of Ghana", "GHA", "GOV"), ("Government of Nigeria", "NGA", "GOV"),
    )  # fmt: skip
    assert [m.country for m in event_on(events, "calls").source] == ["GHA"]


def test_the_ambassador_names_back_the_holder_introduced_with_the_title(analyse):
    text = (
        "The foreign minister received the Ambassador of Zambia on Monday in Lilongwe. "
        "The Ambassador rejected the charges over the border fence."
    )
    assert "ZMB" in _sources(event_on(analyse(text), "rejected"))


def test_a_title_never_introduced_names_no_one_back(analyse):
    text = "Zambia and Malawi met in Lilongwe. The Ambassador rejected the charges on Monday."
    assert "ZMB" not in _sources(event_on(analyse(text), "rejected"))
