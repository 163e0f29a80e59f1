"""People "aboard" or "on board" held by a verb joined to a first one that acted on a craft are
the craft's: "intercepted a Peruvian launch ... and detained the nine people aboard" hit Peru,
where the detention had a stateless target and outranked the interception (stop 63, args47:
own91 tune; stop 62's leftover, two joined verbs on a craft)."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_people_aboard_an_intercepted_launch_are_the_launchs(analyse):
    events = analyse(
        "Colombian marines intercepted a Venezuelan launch near Puerto Carreno on Sunday and "
        "detained the twelve people aboard, a navy statement said."
    )
    detention = event_holding(events, "detained")
    assert "COL" in countries_of(detention.source)
    assert "VEN" in countries_of(detention.target)


def test_fishermen_on_board_a_stopped_trawler_are_the_trawlers(analyse):
    events = analyse(
        "Indian coast guards stopped a Sri Lankan trawler off Rameswaram on Friday and arrested "
        "the five fishermen on board, officials said."
    )
    arrest = event_holding(events, "arrested")
    assert "LKA" in countries_of(arrest.target)


def test_people_aboard_named_with_their_own_state_keep_it(analyse):
    # guard: people who name their own state are that state's, not the craft's
    events = analyse(
        "Colombian marines intercepted a Venezuelan launch near Puerto Carreno on Sunday and "
        "detained the twelve Ecuadorian migrants aboard, a navy statement said."
    )
    detention = event_holding(events, "detained")
    assert "ECU" in countries_of(detention.target)
    assert "VEN" not in countries_of(detention.target)
