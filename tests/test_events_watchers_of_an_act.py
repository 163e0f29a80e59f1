"""Those who watch, film or report an act, or run from it, did not do it: an event noun that is
the object of such a verb ("two journalists covering the riots", "villagers fleeing the
fighting") takes no doer from the verb's subject (`arguments.yaml` judging verbs, stop 61 lead,
probes of our own: the watchers became the rioters). A verb that performs the act ("carried out
raids") still gives its subject. These sentences are others than the probes."""

from __future__ import annotations

import pytest
from event_helpers import event_on


def _source_sectors(event):
    return [m.sector for m in event.source]


@pytest.mark.slow
def test_reporters_filming_a_protest_are_not_its_protesters(analyse):
    protest = event_on(analyse("Three reporters filming the protest in Harare were beaten by police."), "protest")
    assert "MED" not in _source_sectors(protest), protest


@pytest.mark.slow
def test_journalists_covering_a_strike_are_not_its_strikers(analyse):
    text = "Foreign journalists covering the strike in Lagos said police arrested its leaders."
    strike = event_on(analyse(text), "strike")
    assert "MED" not in _source_sectors(strike), strike


@pytest.mark.slow
def test_a_verb_that_performs_the_act_still_gives_its_doer(analyse):
    text = "Zambian police carried out raids on shops in Lusaka on Sunday."
    raids = event_on(analyse(text), "carried")
    assert [(m.country, m.sector) for m in raids.source] == [("ZMB", "COP")], raids
