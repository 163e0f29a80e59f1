"""Who did it to whom, issue 9 item 1's twenty-third attachment round (round r11), on sentences
written for the test (not the own held-out or PLOVER sentences whose misses prompted the
classes): the "of" party of an act noun with a "by" doer, an apposition that restates a vessel,
what one accepts from a proposer, quantities in the search for a party, and an act noun one
signs up or agrees to."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events

pytestmark = pytest.mark.slow


def test_events_round23_the_of_party_of_an_act_noun_with_a_by_doer_is_acted_on(resources):
    text = "The release of nine Ukrainian sailors by the Turkish coast guard was welcomed in Kyiv."
    released = event_with_trigger(pipeline_events(text, resources), "release")
    assert countries_of(released.source) == {"TUR"}, released.source
    assert countries_of(released.target) == {"UKR"}, released.target


def test_events_round23_the_doers_own_forces_in_the_of_phrase_stay_its_own(resources):
    text = "The pullout of Russian troops by Moscow began on Friday."
    withdrawn = event_with_trigger(pipeline_events(text, resources), "pullout")
    assert "RUS" in countries_of(withdrawn.source), withdrawn.source
    assert "RUS" not in countries_of(withdrawn.target), withdrawn.target


def test_events_round23_an_apposition_restating_a_vessel_names_its_state(resources):
    text = (
        "The Omani navy rescued the crew of the Al Noor 5, a Pakistani dhow that lost its engine."
    )
    rescued = event_with_trigger(pipeline_events(text, resources), "rescued")
    assert "PAK" in countries_of(rescued.target), rescued.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bhutan's king accepted an invitation from India's president to attend the summit in "
         "Delhi.", "BTN", "IND"),
        ("Honduras accepted a proposal from Guatemala for joint patrols on the border.", "HND",
         "GTM"),
    ],
)  # fmt: skip
def test_events_round23_who_accepts_a_proposal_agrees_to_who_made_it(
    resources, text, source, target
):
    accepted = event_with_trigger(pipeline_events(text, resources), "accepted")
    assert countries_of(accepted.source) == {source}, accepted.source
    assert countries_of(accepted.target) == {target}, accepted.target


def test_events_round23_quantities_cost_no_step_in_the_search_for_a_party(resources):
    text = "Ugandan police arrested dozens of followers of exiled opposition leader Kizza Besigye."
    arrested = event_with_trigger(pipeline_events(text, resources), "arrested")
    assert arrested.target, arrested


def test_events_round23_who_signs_up_to_an_act_noun_does_it(resources):
    text = "Benin and Togo signed up to a joint customs accord on Tuesday."
    accord = event_with_trigger(pipeline_events(text, resources), "accord")
    parties = countries_of(accord.source) | countries_of(accord.target)
    assert countries_of(accord.source) <= {"BEN", "TGO"} and accord.source, accord.source
    assert parties == {"BEN", "TGO"}, (accord.source, accord.target)


def test_events_round23_a_help_phrase_still_helps_the_clause_subject(resources):
    text = "With the backing of Rwanda, the rebels seized the town of Masisi."
    backing = event_with_trigger(pipeline_events(text, resources), "backing")
    assert "RWA" in countries_of(backing.source), backing.source


def test_events_round23_an_act_told_as_coming_is_aimed_at_whom_it_is_told_to(resources):
    text = (
        "Hungary's foreign minister told the NATO secretary general that Budapest would block "
        "the new mission if the alliance's council approved it without a vote."
    )
    events = pipeline_events(text, resources)
    told = event_with_trigger(events, "told")
    assert "HUN" in countries_of(told.source), told.source
    assert [m.text for m in told.target] == ["NATO"], told.target


def test_events_round23_a_threats_condition_names_its_target_before_the_addressee(resources):
    text = (
        "Armenia's prime minister told the EU envoy that Yerevan would expel Azerbaijani "
        "diplomats if Baku kept its troops near Jermuk."
    )
    told = event_with_trigger(pipeline_events(text, resources), "told")
    assert countries_of(told.target) == {"AZE"}, told.target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Estonia announced the closure of two of its crossings on the frontier with Russia.",
         "closure", "RUS"),
        ("Kyrgyzstan closed three checkpoints on its border with Tajikistan on Monday.", "closed",
         "TJK"),
    ],
)  # fmt: skip
def test_events_round23_closing_crossings_on_a_border_is_aimed_at_the_state_across_it(
    resources, text, trigger, target
):
    closed = event_with_trigger(pipeline_events(text, resources), trigger)
    assert target in countries_of(closed.target), closed.target


def test_events_round23_a_numbers_of_phrase_is_searched_for_its_party(resources):
    text = "Sudanese police detained two of the Eritrean smugglers near Kassala."
    detained = event_with_trigger(pipeline_events(text, resources), "detained")
    assert "ERI" in countries_of(detained.target), detained.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Finland called up 2,000 reservists and sent patrol boats north, citing a "
         "surge in Russian naval drills.", "FIN", "RUS"),
        ("Lithuania put its army on high alert, citing new Belarusian troop movements near "
         "Grodno.", "LTU", "BLR"),
    ],
)  # fmt: skip
def test_events_round23_a_mobilisation_is_aimed_at_the_threat_it_cites(
    resources, text, source, target
):
    events = pipeline_events(text, resources)
    mobilised = next(e for e in events if e.plover_type == "MOBILIZE" and e.source)
    assert countries_of(mobilised.source) == {source}, mobilised
    assert target in countries_of(mobilised.target), mobilised.target


def test_events_round23_a_coordinated_move_to_a_border_names_the_aim_before_the_cited_threat(
    resources,
):
    text = (
        "Latvia called up reservists and sent 3,000 soldiers to its border with Russia, citing "
        "the arrival of Belarusian units in the region."
    )
    called = event_with_trigger(pipeline_events(text, resources), "called up")
    assert "RUS" in countries_of(called.target), called.target
