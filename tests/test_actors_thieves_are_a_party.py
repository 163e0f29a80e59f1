"""Thieves are parties: "thieves" did not fold to the listed "thief". Lead, stop 60, probe
sentences of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text


@pytest.mark.slow
def test_thieves_are_a_party(nlp):
    mentions, _ = actors_in(nlp, "Armed thieves raided a bank in Bouake on Thursday.")
    assert any(m.text.endswith("thieves") for m in mentions)


@pytest.mark.slow
def test_detectives_still_read_as_police(nlp):
    mentions, _ = actors_in(nlp, "Detectives questioned the two suspects in Abidjan.")
    assert by_text(mentions, "Detectives").sector == "COP"
