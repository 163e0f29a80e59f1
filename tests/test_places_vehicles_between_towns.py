"""A vehicle "between" two towns is on the road that runs between them: the towns are places, the
first stands for the stretch, and neither is a party of its own ("a bus between Gusau and Funtua"
made the pair, tagged as one name, a new actor acted on; "ambushed a truck between Kidal and ..."
took the first town as its state by metonymy). A pair of places tagged as one name is those
places wherever it stands.
Stop 54 lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_minibus_between_two_towns_is_placed_at_the_first(analyse):
    # the killing told by a participle shares the shooting's place, which it had only when the
    # shooting's target was read from the town
    text = "Gunmen opened fire on a minibus between Bunia and Komanda, killing six passengers."
    killing = event_on(analyse(text), "killing")
    assert killing.location is not None and killing.location.name == "Bunia", killing


@pytest.mark.slow
def test_a_bus_stopped_between_two_towns_has_no_new_party_of_their_names(analyse):
    text = "Bandits stopped a bus between Gusau and Funtua on Friday and abducted 14 travellers."
    stopped = event_on(analyse(text), "stopped")
    assert not any(m.actor_id.startswith("new:") for m in stopped.target), stopped
    assert stopped.location is not None and stopped.location.name == "Gusau", stopped


@pytest.mark.slow
def test_a_ceasefire_between_two_capitals_keeps_their_governments(analyse):
    text = "Talks between Kigali and Kinshasa resumed in Luanda on Monday."
    talks = event_on(analyse(text), "Talks")
    parties = {m.country for m in [*talks.source, *talks.target]}
    assert {"RWA", "COD"} <= parties, talks
