"""A government body named by "The cabinet" alone, the subject of a later sentence's main clause,
names back the state that is the previous sentence's subject: after a standing complaint or
pressure ("has complained for months that ...", "has pressed <state> since the spring to ...")
the cabinet's act had no source country and lost to the background (round r50, args54: own105
and own103 tune)."""

from __future__ import annotations

from event_helpers import countries_of, event_on, pipeline_events, pipeline_top


def test_the_cabinet_expels_after_a_standing_complaint(resources):
    top = pipeline_top(
        "Belize has complained for months that Guatemalan soldiers patrol the Sarstoon river. The "
        "cabinet on Tuesday expelled two Guatemalan diplomats from Belmopan.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert countries_of(top.source) == {"BLZ"}
    assert countries_of(top.target) == {"GTM"}


def test_the_cabinet_accuses_after_standing_pressure(resources):
    top = pipeline_top(
        "Gabon has pressed Equatorial Guinea since the spring to free a jailed ferry captain. The "
        "cabinet on Thursday accused Equatoguinean police of beating him.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert countries_of(top.source) == {"GAB"}
    assert countries_of(top.target) == {"GNQ"}


def test_a_cabinet_with_its_own_state_keeps_it(resources):
    # guard: "the cabinet of <state>" names its own owner, not the previous sentence's subject
    expelled = event_on(
        pipeline_events(
            "Belize has complained for months that Guatemalan soldiers patrol the Sarstoon river. "
            "The cabinet of Guatemala on Tuesday expelled two Belizean diplomats.",
            resources,
        ),
        "expelled",
    )
    assert countries_of(expelled.source) == {"GTM"}
    assert countries_of(expelled.target) == {"BLZ"}


def test_the_cabinet_after_a_subject_that_is_no_state(resources):
    # guard: a previous subject that is no state ("Farmers in Belize") gives the cabinet nothing
    expelled = event_on(
        pipeline_events(
            "Farmers in Belize have complained for months that Guatemalan soldiers patrol the "
            "river. The cabinet on Tuesday expelled two Guatemalan diplomats.",
            resources,
        ),
        "expelled",
    )
    assert not countries_of(expelled.source) - {None}
