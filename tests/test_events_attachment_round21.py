"""Who did it to whom, issue 9 item 1's twenty-first attachment round (round r10), on sentences
written for the test (not the own held-out or PLOVER sentences whose misses prompted the
classes): acts done with a partner by their type, lines that divide two sides, and the other side
of a contest an answering act follows."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan and Kazakhstan teamed up to build a hydropower plant on the Syr Darya.",
        "Chile and Argentina joined forces to fight forest fires in Patagonia.",
    ],
)
def test_events_round21_a_cooperation_of_several_parties_with_no_other_is_with_each_other(
    resources, text
):
    main = _main(pipeline_events(text, resources))
    assert main.plover_type == "COOPERATE"
    assert len(main.source) == 1 and len(main.target) == 1, (main.source, main.target)
    assert countries_of(main.source).isdisjoint(countries_of(main.target))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian units withdrew from positions along the ceasefire line with Georgia.", "GEO"),
        ("Cambodian troops pulled back from two hilltops near the line of contact with "
         "Thailand.", "THA"),
        ("Chinese troops withdrew from the border with Bhutan.", "BTN"),
    ],
)  # fmt: skip
def test_events_round21_a_retreat_from_a_dividing_line_is_aimed_at_the_side_across(
    resources, text, target
):
    main = _main(pipeline_events(text, resources))
    assert main.plover_type == "RETREAT"
    assert target in countries_of(main.target), main.target


def test_events_round21_a_front_line_names_no_side(resources):
    main = _main(
        pipeline_events("Estonian troops withdrew from the front line on Friday.", resources)
    )
    assert main.plover_type == "RETREAT"
    assert not main.target, main.target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kyrgyzstan called up 3,000 reservists after a week of border clashes with Tajikistan.",
         "TJK"),
        ("Bolivia dropped its claim to the river delta after talks with Paraguay.", "PRY"),
        ("Laos withdrew two border posts amid a standoff with Vietnam.", "VNM"),
    ],
)  # fmt: skip
def test_events_round21_an_answering_act_is_aimed_at_the_other_side_of_the_contest(
    resources, text, target
):
    main = _main(pipeline_events(text, resources))
    assert target in countries_of(main.target), main.target


def test_events_round21_calling_up_reservists_after_a_disaster_names_no_other_side(resources):
    main = _main(
        pipeline_events("Kenya called up police reservists after floods in the west.", resources)
    )
    assert main.plover_type == "MOBILIZE"
    assert countries_of(main.target) <= {"KEN", None}, main.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ugandan soldiers were deployed to a peacekeeping mission in Somalia.", "UGA", "SOM"),
        ("Nigerian troops were stationed near the border with Niger.", "NGA", "NER"),
    ],
)
def test_events_round21_forces_sent_with_no_sender_named_are_their_states_act(
    resources, text, source, target
):
    main = _main(pipeline_events(text, resources))
    assert source in countries_of(main.source), main.source
    assert target in countries_of(main.target), main.target


def test_events_round21_people_sent_to_prison_by_a_court_are_still_acted_on(resources):
    main = _main(
        pipeline_events(
            "Three Chinese fishermen were sent to prison by a Philippine court.", resources
        )
    )
    assert "PHL" in countries_of(main.source), main.source
    assert "CHN" in countries_of(main.target), main.target


def test_events_round21_an_attack_on_no_party_is_aimed_at_whom_its_harm_participle_hit(resources):
    text = "Bandits attacked a lorry carrying fuel on the highway on Friday, killing three police officers."
    main = _main(pipeline_events(text, resources))
    assert main.trigger == "attacked"
    assert any("police officers" in m.text for m in main.target), main.target


def test_events_round21_an_attack_on_a_place_keeps_the_place(resources):
    main = _main(
        pipeline_events("Rebels shelled a market in Beni, killing 12 civilians.", resources)
    )
    assert main.trigger == "shelled"
    assert "COD" in countries_of(main.target), main.target


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile settled their quarrel over fishing quotas on Monday.",
        "Ghana and Togo consulted on a new customs regime for the Aflao crossing.",
    ],
)
def test_events_round21_an_agreement_or_consultation_of_several_parties_is_with_each_other(
    resources, text
):
    main = _main(pipeline_events(text, resources))
    assert len(main.source) == 1 and len(main.target) == 1, (main.source, main.target)
    assert countries_of(main.source).isdisjoint(countries_of(main.target))


def test_events_round21_a_joint_promise_to_a_third_party_keeps_it_as_the_target(resources):
    main = _main(pipeline_events("Britain and France pledged to defend Poland.", resources))
    assert countries_of(main.target) == {"POL"}, main.target


def test_events_round21_a_retreat_from_a_stateless_place_is_aimed_at_the_other_side(resources):
    text = "The Malaysian navy withdrew its patrol boats from Luconia Shoals to ease tensions with Beijing."
    main = _main(pipeline_events(text, resources))
    assert main.plover_type == "RETREAT"
    assert countries_of(main.target) == {"CHN"}, main.target


def test_events_round21_a_retreat_from_another_state_keeps_that_state(resources):
    main = _main(
        pipeline_events("French troops withdrew from Mali after clashes with jihadists.", resources)
    )
    assert "MLI" in countries_of(main.target), main.target


def test_events_round21_drills_called_off_near_a_border_are_aimed_across_it(resources):
    text = "Kazakhstan called off naval drills planned near the Russian border after a request from Moscow."
    main = _main(pipeline_events(text, resources))
    assert main.plover_type == "RETREAT"
    assert "RUS" in countries_of(main.target), main.target
