"""A state body's common noun written with a capital that the tagger reads as a name ("The Navy",
"Army shelling") is that body, as the lower-case noun is; a word compounded onto an act noun
("Army shelling", "Navy gunfire") is the act's doer. Lead, stop 60, probe sentences of our own;
these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text
from event_helpers import event_on, pipeline_events


@pytest.mark.slow
def test_capitalised_navy_is_a_military_party(nlp):
    mentions, _ = actors_in(nlp, "The Navy intercepted two speedboats near Mombasa on Friday.")
    assert by_text(mentions, "Navy").sector == "MIL"


@pytest.mark.slow
def test_army_compounded_on_shelling_does_the_killing(resources):
    text = "Army bombardment destroyed a market in Kalemie on Sunday, witnesses said."
    e = event_on(pipeline_events(text, resources), "destroyed")
    assert [(m.text, m.sector) for m in e.source] == [("Army", "MIL")]


@pytest.mark.slow
def test_a_named_army_stays_a_name(nlp):
    mentions, _ = actors_in(nlp, "The Kachin Independence Army ambushed a convoy near Bhamo.")
    assert any(m.text == "Kachin Independence Army" for m in mentions)
    assert not any(m.text == "Army" for m in mentions)


@pytest.mark.slow
def test_a_capitalised_word_beside_another_name_is_no_body(nlp):
    mentions, _ = actors_in(nlp, "Navy SEALs trained with Kenyan commandos in Lamu.")
    assert not any(m.text == "Navy" and m.sector == "MIL" and m.how == "generic" for m in mentions)
