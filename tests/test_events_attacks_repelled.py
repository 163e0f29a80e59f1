"""An attack its target drove back, foiled or survived: the attack noun's doer is not the subject
of the verb that met it ("Chadian soldiers repelled an attack on their position" made the
soldiers the attackers), the subject is the one attacked, and the repelling verb does not take
the attack's scene as its own target ("Mali's" as the civilians hit). Stop 54 lead, probes of
our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, event_on


@pytest.mark.slow
def test_an_attack_repelled_is_not_done_by_those_who_repelled_it(analyse):
    text = "Chadian soldiers repelled an attack on their position near Bol on Sunday, the army said."
    attack = event_on(analyse(text), "attack")
    assert "TCD" not in countries_of(attack.source), attack
    assert "TCD" in countries_of(attack.target), attack


@pytest.mark.slow
def test_an_assault_foiled_by_police_targets_the_police(analyse):
    text = "Kenyan police foiled an assault on a border post in Mandera county overnight."
    assault = event_on(analyse(text), "assault")
    assert not any(m.sector == "COP" for m in assault.source), assault
    assert any(m.sector == "COP" for m in assault.target), assault


@pytest.mark.slow
def test_the_repelling_does_not_target_the_scene_of_the_attack(analyse):
    text = "Burkinabe troops repulsed an attack on their camp in Burkina Faso's Centre-Nord region."
    repulsed = event_on(analyse(text), "repulsed")
    assert not any(m.how == "place" for m in repulsed.target), repulsed


@pytest.mark.slow
def test_an_attack_carried_out_is_still_done_by_the_subject(analyse):
    text = "Islamist fighters carried out an attack on an army post near Diffa, the army said."
    attack = event_holding(analyse(text), "attack")
    assert any(m.sector in {"REB", "INS", "TER"} for m in attack.source), attack
