"""A town name the tagger calls a person, with a lower-case particle inside ("the town of Mocimboa
da Praia", "Ribeira da Pena"): the recogniser's run of name words goes on past the particle, so
the whole name is looked up (its first word alone was dropped as a part of a person's name, and
the act had no place). Stop 55 lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_town_name_with_da_tagged_a_person_places_the_act(analyse):
    text = "Troops repelled insurgents near the town of Mocimboa da Praia at dawn on Saturday."
    repelled = event_on(analyse(text), "repelled")
    assert repelled.location is not None, repelled
    assert repelled.location.name == "Mocímboa da Praia", repelled.location


@pytest.mark.slow
def test_another_town_name_with_da_tagged_a_person_places_the_act(analyse):
    text = "Police arrested two smugglers in the town of Ribeira da Pena last night."
    arrested = event_on(analyse(text), "arrested")
    assert arrested.location is not None and arrested.location.country == "PRT", arrested.location
