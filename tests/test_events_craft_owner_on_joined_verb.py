"""Round r38 (args42), a class read from an own81 tune miss; every sentence here is made up for
the test: "its" on the object of a verb joined to a first one ("boarded a Togolese canoe and
arrested its seven crew", "stopped a Mozambican dhow and seized its cargo") stands for the craft
the first verb acted on, whose modifier names its party: the second act hits that party. Before,
the second act had no target."""

from __future__ import annotations

from event_helpers import event_on


def test_crew_of_a_boarded_canoe_is_the_arrest_s_target(analyse):
    text = ("Ghana's navy boarded a Togolese canoe off Keta on Friday and arrested its seven "
            "crew, officials said.")  # fmt: skip
    arrest = event_on(analyse(text), "arrested")
    assert {a.country for a in arrest.source} == {"GHA"}
    assert {a.country for a in arrest.target} == {"TGO"}


def test_cargo_of_a_stopped_dhow_is_seized_from_its_owner(analyse):
    text = ("The Tanzanian navy stopped a Mozambican dhow near Mtwara on Thursday and seized its "
            "cargo of timber, officials said.")  # fmt: skip
    seizure = event_on(analyse(text), "seized")
    assert {a.country for a in seizure.target} == {"MOZ"}


def test_its_after_a_state_acted_on_is_not_read_as_that_state(analyse):
    # guard: the first verb's object is a state, and "its" is the doer's own tariffs
    text = ("Ghana criticised Togo on Friday and raised its tariffs on imported rice, the trade "
            "ministry said.")  # fmt: skip
    raise_ = event_on(analyse(text), "raised")
    assert "TGO" not in {a.country for a in raise_.target}
