"""Who did it to whom, classes of phrasing added in issue 9 item 1's thirteenth round, each on
sentences written for the test (not the tune sentences whose misses prompted them): a verbal act
under "told X" is aimed at X; an agreement under pressure answers whoever pressed; a joint act on
civilians keeps the coordinated doers as the pair; "hosted a round of talks" hosts the talks."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors, pipeline_events

pytestmark = pytest.mark.slow


def _parties(event) -> tuple[list[str], list[str]]:
    return [m.text for m in event.source], [m.text for m in event.target]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker", "actor", "told"),
    [
        ("Cuba's foreign minister told the OAS envoy that Havana would reject any new monitors.",
         "reject", ("Cuba's foreign minister", "CUB", "GOV"), "Havana", ("OAS", None, "IGO")),
        ("The Chilean president assured his Bolivian counterpart that Santiago would back "
         "the bid.", "back", ("Chilean president", "CHL", "GOV"), "Santiago",
         ("Bolivian", "BOL", "GOV")),
    ],
)  # fmt: skip
def test_events_round13_verbal_act_under_told_is_aimed_at_the_addressee(
    nlp, text, trigger, speaker, actor, told
):
    events = events_with_actors(nlp, text, speaker, (actor, speaker[1], "GOV"), told)
    assert _parties(event_on(events, trigger))[1] == [told[0]]


def test_events_round13_speakers_side_act_beside_the_telling_is_aimed_at_the_addressee(nlp):
    text = "The Moldovan premier told EU counterparts in Brussels, urging faster accession talks."
    events = events_with_actors(nlp, text, ("Moldovan premier", "MDA", "GOV"),
                                ("EU", None, "IGO"))  # fmt: skip
    assert _parties(event_on(events, "urging")) == (["Moldovan premier"], ["EU"])


@pytest.mark.parametrize(
    "text",
    [
        # an audience is whom the speaker tells, not whom the act is aimed at
        "The Peruvian minister told reporters that Lima would reject the offer.",
        # someone else's act in the told clause is not aimed at the addressee
        "The Peruvian minister told the Qatari envoy that Chile would reject the offer.",
    ],
)
def test_events_round13_told_clause_not_the_speakers_act_or_to_an_audience_gets_no_target(
    nlp, text
):
    actors = [("Peruvian minister", "PER", "GOV"), ("reporters", None, "MED", "generic")]
    if "Lima" in text:
        actors.append(("Lima", "PER", "GOV"))
    else:
        actors += [("Qatari envoy", "QAT", "GOV"), ("Chile", "CHL", "GOV")]
    actors = [a for a in actors if a[0] in text]
    events = events_with_actors(nlp, text, *actors)
    assert _parties(event_on(events, "reject"))[1] == []


def test_events_round13_agreement_under_pressure_answers_whoever_pressed(nlp):
    text = "Under pressure from the IMF, Malawi agreed to end fuel subsidies."
    events = events_with_actors(nlp, text, ("IMF", None, "IGO"), ("Malawi", "MWI", "GOV"))
    assert _parties(event_on(events, "agreed")) == (["Malawi"], ["IMF"])


@pytest.mark.parametrize(
    ("text", "trigger", "people"),
    [
        ("Greek and Turkish coastguards jointly rescued 40 migrants in the Aegean.", "rescued",
         "migrants"),
        ("Greek and Turkish coastguards carried out a joint search for missing fishermen.",
         "carried", "fishermen"),
    ],
)  # fmt: skip
def test_events_round13_joint_act_on_civilians_keeps_the_partners_as_the_pair(
    resources, text, trigger, people
):
    e = event_on(pipeline_events(text, resources), trigger)
    assert [m.country for m in e.source] == ["GRC"]
    assert [m.country for m in e.target[:1]] == ["TUR"]
    assert [m.text for m in e.target[1:]] == [people]


def test_events_round13_joint_act_on_an_armed_party_stays_aimed_at_it(nlp):
    text = "American and British warplanes jointly struck Houthi positions near Hodeidah."
    events = events_with_actors(nlp, text, ("American", "USA", None),
                                ("British warplanes", "GBR", "MIL"), ("Houthi", "YEM", "REB"))
    assert _parties(event_on(events, "struck"))[1] == ["Houthi"]


def test_events_round13_hosting_a_round_of_talks_hosts_the_talks(nlp):
    text = "Kenya hosted a second round of talks between the Ethiopian government and the OLA."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"),
                                ("Ethiopian government", "ETH", "GOV"), ("OLA", "ETH", "REB"))
    assert event_on(events, "hosted").plover_type == "CONSULT"
