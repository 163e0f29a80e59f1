"""Who did it to whom, issue 9 item 1's thirteenth round, on sentences written for the test:
"hosted a round of talks between A and B" hosts the talks (an event noun under the object's
"of"), so an armed group among the talks' parties does not make the hosting AID; "in protest
against X", "in response to X's act" names whom the act opposes or answers; a third party's
nominal between two sides is aimed at both; people sent to or recalled from a place are sent to
or recalled from its state."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, Place, PlaceMention

pytestmark = pytest.mark.slow


def test_events_round13_hosting_a_round_of_talks_hosts_the_talks(nlp):
    text = "Kenya hosted a second round of talks between the Ethiopian government and the OLA."
    events = events_with_actors(
        nlp,
        text,
        ("Kenya", "KEN", "GOV"),
        ("Ethiopian government", "ETH", "GOV"),
        ("OLA", "ETH", "REB"),
    )
    assert event_on(events, "hosted").plover_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "target"),
    [
        ("Truckers blocked the highway in protest against the government's fuel tax.", "blocked",
         (("Truckers", None, "CVL"), ("government", "PER", "GOV")), "government"),
        ("Estonia expelled two diplomats in response to Moscow's cyberattacks.", "expelled",
         (("Estonia", "EST", "GOV"), ("Moscow", "RUS", "GOV")), "Moscow"),
    ],
)  # fmt: skip
def test_events_round13_in_protest_at_x_names_whom_the_act_opposes(
    nlp, text, trigger, actors, target
):
    e = event_on(events_with_actors(nlp, text, *actors), trigger)
    assert [m.text for m in e.target] == [target]


def test_events_round13_in_phrase_of_no_stance_noun_stays_a_place(nlp):
    text = "Truckers blocked the highway in the heart of the government district."
    events = events_with_actors(nlp, text, ("Truckers", None, "CVL"), ("government", None, "GOV"))
    assert [m.text for m in event_on(events, "blocked").target] == []


def test_events_round13_third_partys_nominal_between_two_sides_is_aimed_at_both(nlp):
    text = "Kenya's mediation between the army and the rebels produced a truce."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"), ("army", "SSD", "MIL"),
                                ("rebels", "SSD", "REB"))  # fmt: skip
    e = event_on(events, "mediation")
    assert ([m.text for m in e.source], [m.text for m in e.target]) == (
        ["Kenya"],
        ["army", "rebels"],
    )
    # without a third party, the first side acts on the second
    text = "Talks between the army and the rebels stalled."
    events = events_with_actors(nlp, text, ("army", "SSD", "MIL"), ("rebels", "SSD", "REB"))
    e = event_on(events, "Talks")
    assert ([m.text for m in e.source], [m.text for m in e.target]) == (["army"], ["rebels"])


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "place", "place_country"),
    [
        ("Ghana recalled its ambassador from Ouagadougou on Monday.", "recalled",
         ("Ghana", "GHA", "GOV"), "Ouagadougou", "BFA"),
        ("Chad deployed 500 soldiers to Maiduguri to help fight the insurgents.", "deployed",
         ("Chad", "TCD", "GOV"), "Maiduguri", "NGA"),
    ],
)  # fmt: skip
def test_events_round13_people_sent_to_or_recalled_from_a_place_go_to_its_state(
    nlp, text, trigger, actor, place, place_country
):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    start = text.index(actor[0])
    mention = ActorMention("d", start, start + len(actor[0]), actor[0], actor[1], actor[0],
                           actor[1], actor[2], None, "kb")  # fmt: skip
    at = text.index(place)
    where = PlaceMention("d", at, at + len(place), place,
                         Place(place, place_country, 0.0, 0.0, None, "city"))  # fmt: skip
    e = event_on(extract_events(doc, nlp(text), [mention], [where]), trigger)
    assert [(m.text, m.country) for m in e.target] == [(place, place_country)]
    # where they go is not where the act happened
    assert e.location is None or e.location.name != place


def test_events_round13_aid_given_in_a_place_helps_its_state(nlp):
    text = "The Red Crescent distributed food parcels in Kassala on Monday."
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    giver = ActorMention("d", 4, 17, "Red Crescent", "x:red_crescent", "Red Crescent", None, "NGO",
                         None, "kb")  # fmt: skip
    at = text.index("Kassala")
    where = PlaceMention(
        "d", at, at + 7, "Kassala", Place("Kassala", "SDN", 0.0, 0.0, None, "city")
    )
    e = event_on(extract_events(doc, nlp(text), [giver], [where]), "distributed")
    assert [(m.text, m.country) for m in e.target] == [("Kassala", "SDN")]
