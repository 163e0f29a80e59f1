"""Classes the reader_own11 tune articles lacked (issue 9, round r12): naming a party or an act
as a wrongdoer, a danger or a fraud criticises it, also where the parser reads the named party as
a second complement; "stopped the boat and ordered it back" is coercion twice, ordering one's own
troops back a withdrawal; boarding a tanker or a trawler is coercion, boarding a flight none;
talks "set for" a date are not yet held; a "he" or "she" after a person named by office ("the
mayor of X", "Foreign Minister Y") names that person; a craft named by its force ("a coast guard
boat") acts for the force.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian foreign minister called the dam a threat to his country.",
        "A senior Kenyan lawmaker called the Ugandan president a liar in a suit on Monday.",
        "She called the raid an act of piracy.",
        "He called the report an attempt to mislead the voters.",
    ],
)
def test_naming_an_act_or_party_a_wrong_criticises_it(analyse, text):
    assert event_on(analyse(text), "called").plover_type == "ACCUSE"


def test_naming_something_a_good_thing_is_no_criticism(analyse):
    events = analyse("The envoy called the ceasefire a good start.")
    assert all(e.trigger.split()[0] != "called" or e.plover_type != "ACCUSE" for e in events)


def test_stopping_a_boat_and_ordering_it_back_are_coercion(analyse):
    events = analyse(
        "A navy cutter stopped the fishing boat near the reef and ordered it back to port."
    )
    assert event_on(events, "stopped").plover_type == "COERCE"
    assert event_on(events, "ordered").plover_type == "COERCE"


def test_ordering_people_back_is_coercion_and_ones_own_troops_back_a_withdrawal(analyse):
    assert (
        event_on(
            analyse("Guards ordered the refugees back across the river."), "ordered"
        ).plover_type
        == "COERCE"
    )
    troops = event_on(analyse("The general ordered his troops back to their barracks."), "ordered")
    assert troops.plover_type == "RETREAT"


def test_boarding_a_tanker_is_coercion_and_boarding_a_flight_no_event(analyse):
    assert (
        event_on(analyse("The Danish navy boarded the tanker off Skagen."), "boarded").plover_type
        == "COERCE"
    )
    assert not [
        e
        for e in analyse("The minister boarded a flight to Paris.")
        if e.trigger.startswith("boarded")
    ]


def test_turning_away_trawlers_is_coercion(analyse):
    events = analyse("The navy turned away two trawlers from the bay.")
    assert event_on(events, "turned").plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "A new round of talks is set for May.",
        "A first round of talks between Rabat and Algiers is set for next week in Tunis, the ministry said.",
    ],
)
def test_talks_set_for_a_date_are_not_yet_held(analyse, text):
    talks = event_on(analyse(text), "talks")
    assert talks.plover_type == "CONSULT" and talks.polarity != "asserted"


@pytest.mark.parametrize(
    ("text", "verb", "word"),
    [
        (
            "Nurses in Tema protested on Monday. Their leader, Ama Owusu, spoke first. The mayor of"
            " Mombasa criticised the strike. He said the port depended on the dockers, and he urged"
            " the union to return to work.",
            "urged",
            "mayor",
        ),
        (
            "The governor of Kano visited the camp on Friday. He brought blankets and asked the army"
            " for trucks.",
            "asked",
            "governor",
        ),
    ],
)
def test_a_pronoun_after_a_person_named_by_office_names_that_person(analyse, text, verb, word):
    (source,) = event_on(analyse(text), verb).source
    assert word in source.text.lower()


def test_a_pronoun_after_a_titled_name_in_a_misparsed_clause_names_that_person(analyse):
    text = (
        "A spokeswoman for the Kenyan police said the road was open. Foreign Minister Amina Odhiambo"
        " summoned the Somali envoy in Nairobi, the two states having had no embassies since 1991,"
        " and handed him a letter. He warned that Kenya would close the border."
    )
    (source,) = event_on(analyse(text), "warned").source
    assert "odhiambo" in source.text.lower()


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("A coast guard boat stopped the trawler near the reef.", "coast guard"),
        ("A police helicopter shadowed the smugglers' boat for an hour.", "police"),
    ],
)
def test_a_craft_named_by_its_force_acts_for_the_force(analyse, text, force):
    events = analyse(text)
    act = next(e for e in events if e.trigger.split()[0] in {"stopped", "shadowed"})
    assert act.plover_type == "COERCE"
    (source,) = act.source
    assert force in source.text.lower()


def test_a_bare_craft_is_no_actor(analyse):
    (ramming,) = [
        e
        for e in analyse("A small boat rammed a navy cutter off the cape.")
        if e.trigger == "rammed"
    ]
    assert not ramming.source


def test_a_craft_named_by_its_trade_is_a_civilian_party_not_a_force(analyse):
    # round r12b (args16) lists vessels by trade as business parties; the craft rule above must
    # not read them as a force (reconciled at the merge of the two rounds)
    (ramming,) = [
        e
        for e in analyse("A fishing boat rammed a navy cutter off the cape.")
        if e.trigger == "rammed"
    ]
    (source,) = ramming.source
    assert source.sector == "BUS"


def test_a_quarrel_between_parties_is_disapproval_in_words(analyse):
    quarrel = event_on(
        analyse("For years the two neighbours have quarrelled about the river."), "quarrelled"
    )
    assert quarrel.plover_type == "ACCUSE"


def test_a_blockade_said_as_the_tellers_side_future_is_a_threat_told(analyse):
    events = analyse(
        "The union leader said the dockers would block the port if the ship were released."
    )
    assert event_on(events, "said").plover_type == "THREATEN"
    block = event_on(events, "block")
    assert block.plover_type in {"PROTEST", "COERCE"} and block.polarity != "asserted"


def test_the_party_named_a_wrongdoer_is_the_target_also_when_misparsed(analyse):
    text = "Last week a Kenyan senator called Uganda's prime minister a thief in a suit, and the envoy left."
    called = event_on(analyse(text), "called")
    assert called.plover_type == "ACCUSE" and any("minister" in t.text for t in called.target)


@pytest.mark.parametrize(
    "text",
    [
        "What is new is the threat of a naval escort.",
        "The threat of sanctions hangs over the talks.",
    ],
)
def test_the_threat_of_a_partys_act_is_a_threat(analyse, text):
    assert event_on(analyse(text), "threat").plover_type == "THREATEN"


def test_the_threat_of_a_danger_is_no_event(analyse):
    assert not [
        e for e in analyse("The threat of famine is growing in the north.") if e.trigger == "threat"
    ]


def test_sending_a_naval_escort_puts_forces_in_place_not_yet_sent(analyse):
    send = event_on(
        analyse("Russia threatened to send a naval escort with its fishing fleet."), "send"
    )
    assert send.plover_type == "MOBILIZE" and send.polarity != "asserted"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("A coast guard cutter shadowed the survey ship for four days.", "shadowed"),
        ("Their survey ships were tailed by Iranian vessels near the strait.", "tailed"),
    ],
)
def test_following_a_ship_closely_is_coercion_at_sea(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COERCE"


def test_following_a_person_or_a_falling_figure_is_no_such_act(analyse):
    assert not [
        e
        for e in analyse("The minister was shadowed by reporters all day.")
        if e.trigger == "shadowed"
    ]
    assert not [e for e in analyse("Exports tailed off in May.") if e.trigger.startswith("tailed")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The next meeting of the two delegations is set for March, the ministry said.", "meeting"),
        ("A summit of the regional leaders is set for June in Accra.", "summit"),
    ],
)
def test_a_meeting_set_for_a_date_is_the_event_not_yet_held(analyse, text, noun):
    events = analyse(text)
    meeting = event_on(events, noun)
    assert meeting.plover_type == "CONSULT" and meeting.polarity != "asserted"
    assert not [e for e in events if e.trigger == "set" and e.plover_type == "AGREE"]
