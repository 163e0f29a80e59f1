"""Who did it to whom, issue 9 item 1's fourteenth round, on sentences written for the test (not
the own held-out sentences whose misses prompted the classes): a passive deportation, expulsion
or seizure with no agent, off or out of a place, is done by the place's state; receiving a
visiting party is hosting its visit, the visitor the target; armed gangs are parties."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text
from event_helpers import event_on, events_with_actors

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, Place, PlaceMention

pytestmark = pytest.mark.slow


def _mention(text: str, phrase: str, actor_id: str, country: str | None, sector: str | None):
    start = text.index(phrase)
    return ActorMention("d", start, start + len(phrase), phrase, actor_id, phrase, country, sector,
                        None, "kb")  # fmt: skip


def _events(nlp, text: str, actors: list[ActorMention], places: list[PlaceMention] = ()):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, list(places))


@pytest.mark.parametrize(
    ("text", "trigger", "victim", "state"),
    [
        ("A Ghanaian trawler was seized off Togo's coast on Monday.", "seized",
         ("Ghanaian", "GHA"), ("Togo", "TGO")),
        ("A Russian tanker was ordered out of Norway's waters on Friday.", "ordered",
         ("Russian", "RUS"), ("Norway", "NOR")),
        ("Three Afghan families were deported from Pakistan on Sunday.", "deported",
         ("Afghan", "AFG"), ("Pakistan", "PAK")),
        ("Two Belgian aid workers were expelled from Mali last week.", "expelled",
         ("Belgian", "BEL"), ("Mali", "MLI")),
    ],
)  # fmt: skip
def test_events_round14_agentless_passive_removal_from_a_state_is_that_states_act(
    nlp, text, trigger, victim, state
):
    actors = [
        _mention(text, victim[0], victim[1], victim[1], None),
        _mention(text, state[0], state[1], state[1], None),
    ]
    e = event_on(_events(nlp, text, actors), trigger)
    assert [(m.text, m.country) for m in e.source] == [state]


def test_events_round14_agentless_removal_from_a_place_is_its_states_act(nlp):
    text = "Twelve Eritrean migrants were deported from Sabha on Thursday."
    at = text.index("Sabha")
    where = PlaceMention("d", at, at + 5, "Sabha", Place("Sabha", "LBY", 0.0, 0.0, None, "city"))
    migrants = _mention(text, "Eritrean migrants", "x:migrants", "ERI", "REF")
    e = event_on(_events(nlp, text, [migrants], [where]), "deported")
    assert [(m.text, m.country) for m in e.source] == [("Sabha", "LBY")]


def test_events_round14_a_group_named_in_the_place_left_is_no_acting_state(nlp):
    # the camp's group is where they were expelled from, not a state that expelled them
    text = "Two aid workers were expelled from an ADF camp in the forest."
    actors = [_mention(text, "ADF", "x:adf", "COD", "REB")]
    e = event_on(_events(nlp, text, actors), "expelled")
    assert e.source == []


def test_events_round14_removal_with_an_agent_keeps_the_agent(nlp):
    text = "Three Afghan families were deported from Pakistan by the border police."
    events = events_with_actors(nlp, text, ("Afghan", "AFG", None), ("Pakistan", "PAK", None),
                                ("border police", "PAK", "COP"))  # fmt: skip
    assert [m.text for m in event_on(events, "deported").source] == ["border police"]


@pytest.mark.parametrize(
    ("text", "host", "visitor"),
    [
        ("Ghana's president received a Malian delegation in Accra on Friday.", "president",
         "Malian"),
        ("The Thai premier received his Lao counterpart at Government House.", "premier", "Lao"),
    ],
)  # fmt: skip
def test_events_round14_receiving_a_visitor_is_hosting_its_visit(nlp, text, host, visitor):
    events = events_with_actors(nlp, text, (host, "GHA" if "Ghana" in text else "THA", "GOV"),
                                (visitor, "MLI" if visitor == "Malian" else "LAO", "GOV"))  # fmt: skip
    e = event_on(events, "received")
    assert e.plover_type == "CONSULT"
    assert [m.text for m in e.target] == [visitor]


def test_events_round14_receiving_a_loan_stays_aid(nlp):
    text = "Kenya received a loan from the World Bank on Monday."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"), ("World Bank", None, "IGO"))
    assert event_on(events, "received").plover_type == "AID"


def test_actors_round14_armed_gangs_are_armed_parties(nlp):
    mentions, _ = actors_in(nlp, "Riot police exchanged fire with gang members near the port.")
    assert by_text(mentions, "gang members").sector == "REB"
    mentions, _ = actors_in(nlp, "Gangs torched a police station overnight.")
    assert by_text(mentions, "Gangs").sector == "REB"


@pytest.mark.parametrize(
    ("text", "trigger", "plover_type", "source", "target"),
    [
        ("The United States on Friday imposed sanctions on three Sudanese companies.", "imposed",
         "SANCTION", "The United States", "Sudanese companies"),
        ("The United Kingdom on Tuesday imposed sanctions on two Iranian generals.", "imposed",
         "SANCTION", "The United Kingdom", "Iranian generals"),
    ],
)  # fmt: skip
def test_events_round14_verb_after_a_date_adverb_the_parser_misread_is_the_act(
    nlp, text, trigger, plover_type, source, target
):
    # the parser makes the name the root and the verb a modifier of its object
    assert nlp(text)[:].root.pos_ != "VERB"
    events = events_with_actors(nlp, text, (source, "USA" if "States" in text else "GBR", "GOV"),
                                (target, "SDN" if "Sudanese" in text else "IRN", None))  # fmt: skip
    e = event_on(events, trigger)
    assert e.plover_type == plover_type
    assert ([m.text for m in e.source], [m.text for m in e.target]) == ([source], [target])


def test_events_round14_a_well_parsed_dated_verb_is_read_as_before(nlp):
    text = "The Netherlands on Monday summoned the Chinese ambassador."
    events = events_with_actors(nlp, text, ("The Netherlands", "NLD", "GOV"),
                                ("Chinese ambassador", "CHN", "GOV"))  # fmt: skip
    e = event_on(events, "summoned")
    assert [m.text for m in e.source] == ["The Netherlands"]
