"""A state's act noun on its own envoy ("Quito's withdrawal of its ambassador"): the envoy is the
doer's own, no party acted on, and the capital that is the doer is no place the act falls on
(round r40, fuse39: read from a fusion_own23 tune miss, the recall told by its noun took its own
state as its target and stayed apart from the same recall told by the verb). Sentences are our
own."""

from __future__ import annotations

import pytest


def _noun_event(analyse, text: str, trigger: str):
    return next(m for m in analyse(text) if m.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Quito's withdrawal of its ambassador on 3 June came after a row over fishing rights "
         "with Peru.", "withdrawal", "ECU"),
        ("Tbilisi's recall of its envoy on Monday was the first in a decade.", "recall", "GEO"),
    ],
)
def test_the_doers_own_envoy_is_not_the_target_of_its_act_noun(analyse, text, trigger, doer):
    event = _noun_event(analyse, text, trigger)
    assert {m.country for m in event.source} == {doer}
    assert doer not in {m.country for m in event.target}


def test_another_states_envoy_stays_the_target(analyse) -> None:
    """Guard: "Somalia's envoy" is not the doer's own: the expelled envoy's state is hit."""
    event = _noun_event(analyse, "Kenya's expulsion of Somalia's envoy on Monday angered Mogadishu.",
                        "expulsion")
    assert "SOM" in {m.country for m in event.target}


def test_a_place_acted_on_by_a_named_doer_stays_the_target(analyse) -> None:
    """Guard: a place the act falls on that is not its doer is still read as its target."""
    event = _noun_event(analyse, "Moscow's shelling of Kharkiv killed four people.", "shelling")
    assert "UKR" in {m.country for m in event.target}
