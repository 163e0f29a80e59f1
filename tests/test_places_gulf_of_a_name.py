"""A listed name followed by "of" and a capitalised word inside one location ("the Gulf of
Fonseca", "the Gulf of Honduras") opens a longer name the list does not hold: it is not the
listed place (the Persian Gulf, listed as "the Gulf"), so the act is placed nowhere rather than
in the Persian Gulf (stop 61 lead, probes of our own; `places.recognize._opens_an_of_name`). "The
Gulf" alone keeps its reading. These sentences are others than the probes."""

from __future__ import annotations

import pytest

from realpolitik.places.recognize import place_spans


def _span_texts(nlp, resources, text):
    return [s.text for s in place_spans(nlp(text), resources.gazetteer)]


@pytest.mark.slow
def test_the_gulf_of_an_unlisted_name_is_not_the_gulf(nlp, resources):
    text = "Costa Rican coast guards seized a Colombian speedboat in the Gulf of Papagayo on Friday."
    assert "Gulf" not in _span_texts(nlp, resources, text)


@pytest.mark.slow
def test_an_act_in_the_gulf_of_an_unlisted_name_is_not_in_the_persian_gulf(analyse):
    events = analyse("Ecuadorian sailors detained twelve Peruvian fishermen in the Gulf of Guayaquil.")
    assert all(e.location is None or e.location.name != "Persian Gulf" for e in events), events


@pytest.mark.slow
def test_the_gulf_alone_keeps_its_reading(nlp, resources):
    text = "Two tankers were struck by mines in the Gulf on Tuesday, Emirati officials said."
    assert "Gulf" in _span_texts(nlp, resources, text)
