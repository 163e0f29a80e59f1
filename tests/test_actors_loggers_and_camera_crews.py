"""Loggers, photographers, cameramen and nationals are parties the role index lacks: "troops
fired on loggers" and "police detained a photographer" had no party for them (stop 61 lead,
probes of our own; `generic_actors.yaml`). These sentences are others than the probes."""

from __future__ import annotations

from actor_helpers import actors_in, by_text


def test_loggers_are_civilians(nlp):
    mentions, _ = actors_in(nlp, "Rangers arrested eleven loggers in the forest reserve on Friday.")
    assert by_text(mentions, "loggers").sector == "CVL"


def test_photographers_and_cameramen_are_press(nlp):
    mentions, _ = actors_in(nlp, "Soldiers beat a photographer and three cameramen outside the court.")
    assert (by_text(mentions, "photographer").sector, by_text(mentions, "cameramen").sector) == ("MED", "MED")


def test_nationals_of_a_state_are_its_people(nlp):
    mentions, _ = actors_in(nlp, "Police deported nine nationals of Vietnam on Monday.")
    assert (by_text(mentions, "nationals").country, by_text(mentions, "nationals").sector) == ("VNM", "CVL")
