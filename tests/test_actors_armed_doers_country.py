"""The nationality of the people an unnamed armed group acts on is no evidence of where the
group comes from ("Gunmen kidnapped four Indian technicians": not India's gunmen); the police
who tell of it still take the sentence's one country. Lead, stop 59, probes of our own; these
sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text


@pytest.mark.slow
def test_gunmen_take_no_country_from_the_technicians_they_kidnapped(nlp):
    mentions, _ = actors_in(nlp, "Gunmen kidnapped four Indian technicians near an oil field.")
    assert by_text(mentions, "Gunmen").country is None


@pytest.mark.slow
def test_insurgents_take_no_country_from_the_teachers_they_killed(nlp):
    mentions, _ = actors_in(nlp, "Insurgents killed six Kenyan teachers at a school on Monday.")
    assert by_text(mentions, "Insurgents").country is None


@pytest.mark.slow
def test_police_telling_of_it_keep_the_sentences_country(nlp):
    text = "Gunmen shot dead two Nepali watchmen at a warehouse, police said."
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, "police").country == "NPL"
