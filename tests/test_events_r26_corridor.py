"""Classes the reader_own25 tune articles lacked (issue 9, round r26, reader30): a checkpoint or
cordon set up restricts movement; a person held is detained; a charge told by a describing clause
that a trailing "a charge X rejected" denies is that clause's, not the main act's; "the two
countries" as a subject stands for the story's two sides. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gendarmes set up a checkpoint on the coast road outside Tripoli on Sunday.", "set"),
        (
            "After the ambush, soldiers erected checkpoints at every entrance to the valley.",
            "erected",
        ),
        ("Riot police threw a cordon around the parliament building before the vote.", "threw"),
    ],
)
def test_a_checkpoint_or_cordon_set_up_restricts_movement(analyse, text, word):
    event = event_on(analyse(text), word)
    assert event.plover_type == "COERCE" and event.polarity == "asserted"


def test_a_committee_set_up_is_no_restriction(analyse):
    events = analyse("The two ministries set up a committee on water sharing in March.")
    assert all(e.plover_type != "COERCE" for e in events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her son was held for nine hours at the airport and questioned about his blog.", "held"),
        ("The lawyer said he had been held overnight without charge.", "held"),
        ("Customs officers held two activists at the ferry port on Friday.", "held"),
    ],
)
def test_a_person_held_is_detained(analyse, text, word):
    event = event_on(analyse(text), word)
    assert event.plover_type == "COERCE" and event.polarity == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was held up by a landslide on the mountain road.",
        "The two delegations held talks in Muscat on Tuesday.",
    ],
)
def test_held_up_or_held_talks_is_no_detention(analyse, text):
    assert all(e.plover_type != "COERCE" for e in analyse(text))


def test_a_charge_in_a_describing_clause_leaves_the_main_act_told(analyse):
    text = (
        "For months the mountain road was closed by a band of gunmen calling themselves a "
        "village guard, whom Tunis accused of taking orders from a smuggling clan, a charge "
        "the clan rejected."
    )
    assert event_on(analyse(text), "closed").polarity == "asserted"


def test_a_trailing_charge_on_the_main_act_still_denies_it(analyse):
    text = "Lima said Bolivian troops had shelled a border post, a claim La Paz rejected."
    event = event_on(analyse(text), "shelled")
    assert event.polarity == "denied"


def test_the_two_countries_as_subject_are_the_storys_two_sides(analyse):
    text = (
        "Quito accused Lima of moving troops to the border. Peru said its units were on exercise, "
        "and Ecuador recalled its ambassador. Brazil offered to mediate. "
        "The two countries fought a short war over the frontier in 1995."
    )
    event = event_on(analyse(text), "fought")
    parties = {m.country for m in [*event.source, *event.target]}
    assert parties == {"ECU", "PER"}


def test_the_two_countries_as_an_object_keep_their_reading(analyse):
    text = (
        "Kenya accused Somalia of a raid. Kenyan police then closed the road between the two "
        "countries."
    )
    event = event_on(analyse(text), "closed")
    assert "SOM" in {m.country for m in event.target}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The brigade, which the governor accuses of looting shops, denied it on Sunday.",
            "looting",
        ),
        (
            "The port authority, which Mogadishu blames for seizing the cargo, rejected the charge.",
            "seizing",
        ),
    ],
)
def test_a_charge_in_a_clause_on_the_denier_is_denied(analyse, text, word):
    events = analyse(text)
    assert event_on(events, word).polarity == "denied"
    accusing = next(e for e in events if e.plover_type == "ACCUSE")
    assert accusing.polarity == "asserted"


def test_a_charge_on_a_subject_that_denies_something_else_stays_told(analyse):
    text = "The brigade, which the governor accuses of looting shops, denied entry to reporters."
    assert event_on(analyse(text), "looting").polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Four fishermen were made to sign statements before their release.", "fishermen"),
        ("The detained students were made to kneel in the yard, a witness said.", "students"),
    ],
)
def test_made_to_in_the_passive_is_compulsion(analyse, text, party):
    event = event_on(analyse(text), "made")
    assert event.plover_type == "COERCE"
    assert party in [m.text for m in event.target]


def test_make_without_a_passive_infinitive_names_no_compulsion(analyse):
    events = analyse("The envoy made a statement after the talks in Baku.")
    assert all(e.trigger.split()[0] != "made" for e in events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tehran used the airfield to rotate troops into the border province.", "rotate"),
        ("The ministry rotated two battalions through the garrison last winter.", "rotated"),
    ],
)
def test_forces_rotated_are_moved(analyse, text, word):
    event = event_on(analyse(text), word)
    assert event.plover_type == "MOBILIZE" and event.polarity == "asserted"
