"""A state's, person's or town's name inside a natural feature's proper name ("Lake Chad",
"the Gulf of Guinea", "the Jordan Valley") is part of a place, not a party. Stop 51 lead, probes
of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in


def _countries(nlp, text: str) -> set[str | None]:
    mentions, _ = actors_in(nlp, text)
    return {m.country for m in mentions}


def _texts(nlp, text: str) -> set[str]:
    mentions, _ = actors_in(nlp, text)
    return {m.text for m in mentions}


@pytest.mark.slow
def test_state_named_after_lake_is_no_actor(nlp):
    text = "Cameroonian troops pursued Boko Haram fighters to islands in Lake Chad."
    assert not {"Chad", "Lake Chad"} & _texts(nlp, text)


@pytest.mark.slow
def test_state_named_in_a_gulf_of_phrase_is_no_actor(nlp):
    text = "A Danish frigate escorted two tankers through the Gulf of Guinea on Friday."
    assert "Guinea" not in _texts(nlp, text)


@pytest.mark.slow
def test_state_named_before_valley_is_no_actor(nlp):
    text = "Settlers uprooted olive trees in the Jordan Valley, villagers said."
    assert "Jordan" not in _texts(nlp, text)


@pytest.mark.slow
def test_state_named_alone_stays_an_actor(nlp):
    text = "Chad's army crossed into Niger to pursue the fighters."
    assert {"TCD", "NER"} <= _countries(nlp, text)


@pytest.mark.slow
def test_organisation_named_for_a_feature_keeps_its_state(nlp):
    # the name runs on past the feature word: an organisation's, read by the organisation rules
    text = "The Lake Chad Basin Commission urged Chad and Niger to share patrol data."
    assert "Chad" in _texts(nlp, text) or "TCD" in _countries(nlp, text)
