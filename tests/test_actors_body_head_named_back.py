"""The leader of a body named by "Its" alone ("Its chairman", "Its head") as the subject of a
sentence after "<State>'s <board / authority> has complained ..." acts for the state that owns the
body: "Its director" had no party, so the request had no source and the background complaint
ranked first (issue 9, stop 73, args57: own111 tune, own109's leftover)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_events_its_chairman_after_a_state_board_acts_for_the_state(resources):
    top = pipeline_top(
        "Ecuador's shrimp board has complained for two years about Peruvian tariffs on its exports. "
        "Its chairman on Wednesday asked Lima to lift the duty before the harvest.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert countries_of(top.source) == {"ECU"}
    assert countries_of(top.target) == {"PER"}


def test_events_its_head_after_a_state_authority_acts_for_the_state(resources):
    top = pipeline_top(
        "Kenya's wildlife service has said since March that Tanzanian herders graze cattle inside "
        "the Amboseli park. Its head on Monday urged Tanzania's interior minister to stop them.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert countries_of(top.source) == {"KEN"}


def test_events_its_director_after_a_company_unit_gets_no_state(resources):
    # guard: a body no state owns gives its leader no state
    top = pipeline_top(
        "Shell's Nigerian unit has complained since May about pipeline thefts in the delta. Its "
        "director on Monday asked Abuja to send more troops.",
        resources,
    )
    assert "NGA" not in countries_of(top.source) or top.plover_type != "REQUEST"


def test_events_its_foreign_minister_still_names_back_the_state(resources):
    # guard: a role noun with its own row reads as before
    top = pipeline_top(
        "Ecuador has complained for a year about Peruvian tariffs on its shrimp. Its foreign "
        "minister on Wednesday asked Lima to lift the duty.",
        resources,
    )
    assert countries_of(top.source) == {"ECU"}
