"""Who did it to whom, issue 9 item 1's eighteenth attachment round, on sentences written for
the test (not the own held-out sentences whose misses prompted the classes): a fronted
subordinate clause the parser made the root is not the sentence's main act; whoever launched a
weapon that is the subject acts."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


@pytest.mark.parametrize(
    ("text", "main_trigger"),
    [
        ("Days after Boko Haram kidnapped the mayor of Zinder, Niger's government sent food aid "
         "to the town's families.", "sent"),
    ],
)  # fmt: skip
def test_events_round18_fronted_subordinate_clause_is_not_the_main_act(
    resources, text, main_trigger
):
    events = pipeline_events(text, resources)
    assert _main(events).trigger.split()[0] == main_trigger, [
        (e.trigger, e.confidence) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "launcher"),
    [
        ("A rocket fired by Hamas hit a kindergarten in Sderot.", "Hamas"),
        ("A drone launched by the Houthis struck a tanker off Hodeidah.", "Houthi"),
    ],
)  # fmt: skip
def test_events_round18_whoever_launched_the_weapon_acts(resources, text, launcher):
    main = _main(pipeline_events(text, resources))
    assert any(launcher in m.text for m in main.source), [m.text for m in main.source]


def test_events_round18_a_weapon_with_no_launcher_names_no_source(resources):
    main = _main(pipeline_events("A drone hit a Russian oil depot near Bryansk.", resources))
    assert not main.source


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Soldiers detained four young men near the checkpoint at dawn.", "men"),
        ("Militants abducted two Afghan women on the road to Herat.", "women"),
        ("The regime jailed five critics of the president after a televised trial.", "critics"),
        ("Cuba expelled three dissidents to Mexico on Friday.", "dissidents"),
    ],
)  # fmt: skip
def test_events_round18_men_women_and_opponents_are_the_acted_on_party(resources, text, party):
    events = pipeline_events(text, resources)
    assert any(party in m.text for e in events for m in e.target), [
        (e.trigger, [m.text for m in e.source], [m.text for m in e.target]) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "main_trigger"),
    [
        ("Turkey evicted hundreds of Syrian refugees from Izmir, and Germany offered them "
         "visas.", "evicted"),
    ],
)  # fmt: skip
def test_events_round18_a_later_coordinated_clause_is_not_the_main_act(
    resources, text, main_trigger
):
    events = pipeline_events(text, resources)
    assert _main(events).trigger.split()[0] == main_trigger, [
        (e.trigger, e.confidence) for e in events
    ]


def test_events_round18_a_conjunct_sharing_the_subject_is_not_a_later_clause(resources):
    # "rejected ... and accused ...": one party's two acts; the later one is not penalised
    events = pipeline_events(
        "Ghana rejected the proposal and accused Togo of sheltering smugglers.", resources
    )
    accused = [e for e in events if e.trigger.startswith("accused")]
    rejected = [e for e in events if e.trigger.startswith("rejected")]
    assert accused and rejected and accused[0].confidence >= rejected[0].confidence - 0.06


def test_events_round18_demonyms_read_as_proper_nouns_each_name_a_party(resources):
    # the tagger reads "Uzbek" as a proper noun here; both peoples are parties
    events = pipeline_events("Uzbek and Tajik border guards exchanged fire near Sokh.", resources)
    parties = {m.country for e in events for m in (*e.source, *e.target)}
    assert {"UZB", "TJK"} <= parties, parties


@pytest.mark.parametrize(
    ("text", "pressing"),
    [
        ("Peru's Congress scrapped the pension reform after a strike by teachers' unions.",
         "unions"),
        ("The ministry withdrew the new tax after weeks of protests by farmers.", "farmers"),
    ],
)  # fmt: skip
def test_events_round18_a_concession_after_protests_answers_the_protesters(
    resources, text, pressing
):
    main = _main(pipeline_events(text, resources))
    assert any(pressing in m.text for m in main.target), [m.text for m in main.target]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Italy seized two yachts owned by Russian businessmen in the port of Trieste.",
         "Russian"),
        ("Canada froze bank accounts held by two Haitian senators on Thursday.", "senators"),
    ],
)  # fmt: skip
def test_events_round18_an_act_on_owned_property_is_aimed_at_its_owner(resources, text, owner):
    main = _main(pipeline_events(text, resources))
    assert any(owner in m.text for m in main.target), [m.text for m in main.target]


def test_events_round18_a_role_noun_tagged_as_an_adjective_is_still_a_party(resources):
    # the tagger now and then reads "junta" after "The" as an adjective (set here by hand, as it
    # does in some sentences); in a subject's place, after a determiner, it heads a party
    from realpolitik.actors.generic import generic_mentions

    doc = resources.nlp("The junta refused the mediators' plan for a transition.")
    doc[1].pos_ = "ADJ"
    mentions = generic_mentions("t", doc, resources.kb, [])
    assert any(m.text == "junta" for m in mentions), [m.text for m in mentions]
