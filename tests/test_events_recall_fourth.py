"""Events a careful reader finds, and their polarity (issue 9, item 4, fourth round): "no
longer" says an act has stopped; a finite verb the parser hangs on a modal's infinitive ("said
that X can pose a threat and warned ...") keeps neither that modal nor that subject; a grouping
noun ("alliance", "coalition") names its forming in a frame of forming, and a group elsewhere.
Each class is pinned with its contrasting case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors, pipeline_events, token_named

from realpolitik.events.polarity import lexicon, polarity_of

pytestmark = pytest.mark.slow


def test_events_recall_fourth_word_lists_load():
    from realpolitik.events.formation import formation_words

    assert "longer" in lexicon().ceased_adverbs
    words = formation_words()
    assert "alliance" in words["grouping_nouns"] and "take shape" in words["emergence_phrases"]


@pytest.mark.parametrize(
    "sentence,trigger,expected",
    [
        ("Caracas no longer sells oil to the refinery.", "sells", "negated"),
        ("The guerrillas no longer hold the pass.", "hold", "negated"),
        ("Caracas still sells oil to the refinery.", "sells", "asserted"),
        ("Caracas sold oil to the refinery for longer than a decade.", "sold", "asserted"),
    ],
)
def test_events_recall_no_longer_says_the_act_stopped(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


@pytest.mark.parametrize(
    "sentence,trigger,expected",
    [
        # a finite verb cannot be under the modal of the infinitive it is hung on
        (
            "The envoy said the militia could attack the dam and warned the army.",
            "warned",
            "asserted",
        ),
        (
            "The envoy said Quito would not withdraw and accused Lima of stalling.",
            "accused",
            "asserted",
        ),
        ("The militia refused to free the hostages and shelled the port.", "shelled", "asserted"),
        ("The envoy failed to persuade Quito and imposed tariffs.", "imposed", "asserted"),
        # a bare infinitive after "and" shares the modal or negation, and the frame over "to"
        ("The militia refused to free the hostages and leave the port.", "leave", "negated"),
        (
            "The envoy said the militia could attack the dam and warn the army.",
            "warn",
            "hypothetical",
        ),
        ("The brigade did not advance on the town or shell the bridge.", "shell", "negated"),
        # a participle with its own auxiliary is its own clause under the modal
        ("The militia may have attacked the dam and killed two guards.", "killed", "hypothetical"),
    ],
)
def test_events_recall_finite_conjunct_does_not_share_the_infinitives_modal(
    nlp, sentence, trigger, expected
):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


def test_events_recall_finite_conjunct_takes_the_saying_verbs_subject(nlp):
    text = "The envoy said the militia could attack the dam and warned the army."
    events = events_with_actors(
        nlp, text, ("envoy", "ECU", "GOV"), ("militia", "ECU", "REB"), ("army", "ECU", "MIL")
    )
    warned = event_on(events, "warned")
    assert [m.text for m in warned.source] == ["envoy"]
    # the infinitive keeps its own subject
    assert [m.text for m in event_on(events, "attack").source] == ["militia"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("A new alliance between Chile and Peru may be taking shape.", "hypothetical"),
        ("A coalition of exiled parties could soon emerge against the junta.", "hypothetical"),
        ("Bolivia is unlikely to pursue a defence alliance with Venezuela.", "hypothetical"),
        ("A partnership between the two juntas was established in Niamey last year.", "asserted"),
    ],
)
def test_events_recall_grouping_noun_in_a_frame_of_forming_is_an_event(
    resources, sentence, expected
):
    grouping = [
        e
        for e in pipeline_events(sentence, resources)
        if e.trigger in {"alliance", "coalition", "partnership"}
    ]
    assert grouping and grouping[0].polarity == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance said its jets struck the depot.",
        "The coalition's leader resigned on Monday.",
        "Leaders of the alliance met in Vilnius.",
    ],
)
def test_events_recall_grouping_noun_elsewhere_names_a_group(resources, sentence):
    assert not [
        e
        for e in pipeline_events(sentence, resources)
        if e.trigger in {"alliance", "coalition", "partnership"}
    ]


def test_events_recall_formed_alliance_stays_one_event_on_the_verb(resources):
    events = pipeline_events("Chile formed an alliance with Peru in March.", resources)
    assert [e.trigger for e in events if "alliance" in e.trigger or e.trigger == "formed"] == [
        "formed"
    ]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Farm unions demanded an end to the blockade of the harbour.", "intended"),
        ("The truce brought an end to the war in the valley.", "asserted"),
    ],
)
def test_events_recall_an_end_to_an_act_is_the_act_of_ending_it(resources, sentence, expected):
    events = pipeline_events(sentence, resources)
    ending = [e for e in events if e.trigger == "end"]
    assert ending and ending[0].plover_type == "RETREAT" and ending[0].polarity == expected


def test_events_recall_end_of_a_place_is_no_event(resources):
    events = pipeline_events("The marchers walked to the end of the avenue.", resources)
    assert not [e for e in events if e.trigger == "end"]


@pytest.mark.parametrize(
    "sentence,act,polarity",
    [
        ("The council condemned the killing of two nurses in Gao.", "killing", "asserted"),
        ("Lima condemned the attack on its consulate.", "attack", "asserted"),
        ("Union leaders demanded the release of the detained strikers.", "release", "intended"),
    ],
)
def test_events_recall_a_judged_or_demanded_act_is_an_event_of_its_own(
    resources, sentence, act, polarity
):
    events = pipeline_events(sentence, resources)
    verbs = [e for e in events if e.trigger in {"condemned", "demanded"}]
    acts = [e for e in events if e.trigger == act]
    assert verbs and verbs[0].polarity == "asserted"
    assert acts and acts[0].polarity == polarity


def test_events_recall_a_light_verbs_object_stays_one_event(resources):
    events = pipeline_events("The two delegations held talks in Doha.", resources)
    assert [e.trigger for e in events if "talks" in e.trigger] == ["held talks"]


@pytest.mark.parametrize(
    "sentence,trigger",
    [
        ("The sanctions imposed on Tehran in March were extended.", "imposed"),
        ("The curfew imposed by the junta was lifted on Sunday.", "imposed"),
    ],
)
def test_events_recall_a_past_participle_on_its_object_noun_is_an_event(
    resources, sentence, trigger
):
    events = pipeline_events(sentence, resources)
    assert [e for e in events if e.trigger == trigger and e.polarity == "asserted"]


def test_events_recall_a_light_verbs_participle_leaves_the_event_on_its_noun(resources):
    events = pipeline_events("The talks held in Doha ended without a deal.", resources)
    assert [e.trigger for e in events] == ["talks"]


@pytest.mark.parametrize(
    "sentence,verb",
    [
        ("The shooting of two miners by guards sparked riots in the town.", "sparked"),
        ("The seizure of the ferry by Athens angered Ankara.", "angered"),
        ("The expulsions escalated the dispute between the neighbours.", "escalated"),
    ],
)
def test_events_recall_an_events_effect_verb_is_no_act(resources, sentence, verb):
    events = pipeline_events(sentence, resources)
    assert not [e for e in events if e.trigger == verb]
    assert events  # the event noun itself stays


def test_events_recall_an_effect_verb_with_an_actor_subject_stays(resources):
    events = pipeline_events("Police provoked the marchers outside the court.", resources)
    assert [e for e in events if e.trigger == "provoked"]


@pytest.mark.parametrize(
    "sentence,trigger,polarity",
    [
        ("Minsk answered by expelling Polish diplomats.", "expelling", "asserted"),
        ("Minsk refrained from expelling Polish diplomats.", "expelling", "negated"),
    ],
)
def test_events_recall_a_gerund_hung_on_its_object_after_a_preposition_is_the_act(
    resources, sentence, trigger, polarity
):
    events = [e for e in pipeline_events(sentence, resources) if e.trigger == trigger]
    assert events and events[0].polarity == polarity


def test_events_recall_a_gerund_after_a_preposition_takes_the_clauses_subject(nlp):
    text = "Minsk answered by expelling Polish diplomats."
    events = events_with_actors(
        nlp, text, ("Minsk", "BLR", "GOV"), ("Polish diplomats", "POL", "GOV")
    )
    assert [m.text for m in event_on(events, "expelling").source] == ["Minsk"]


def test_events_recall_a_described_noun_after_a_determiner_is_no_act(resources):
    events = pipeline_events("The seat was won by the ruling party.", resources)
    assert not [e for e in events if e.trigger == "ruling"]


@pytest.mark.parametrize(
    "sentence,trigger,expected",
    [
        ("Oslo stopped funding the radio station in May.", "funding", "negated"),
        ("Oslo ceased to fund the radio station in May.", "fund", "negated"),
        ("The rebels called off their offensive on the port.", "offensive", "negated"),
        ("The summit with the rebels was cancelled.", "summit", "negated"),
        ("The march on the palace was called off.", "march", "negated"),
        ("The planned summit with the rebels was postponed.", "summit", "intended"),
        ("Oslo kept funding the radio station.", "funding", "asserted"),
        ("The summit with the rebels was held in March.", "summit", "asserted"),
    ],
)
def test_events_recall_a_stopped_or_called_off_act_is_negated(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


@pytest.mark.parametrize(
    "sentence,verb",
    [
        ("The stabbing of two soldiers by guards provoked riots in the capital.", "provoked"),
        ("The beating of four farmers by police sparked protests across the province.", "sparked"),
    ],
)
def test_events_recall_a_gerund_acts_effect_verb_is_no_act_with_people_in_it(
    resources, sentence, verb
):
    # a noun in "-ing" made from a lexicon verb is an event subject as the event nouns are,
    # also when the people it names are parties
    events = pipeline_events(sentence, resources)
    assert not [e for e in events if e.trigger == verb]
