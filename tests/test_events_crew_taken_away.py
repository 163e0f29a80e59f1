"""Round r37 (reader41), a class from stop 56's leftovers and reader_own36 tune misses; every
sentence here is made up for the test: a force taking a boat's crew or other seized people "to" a
place ("coast guard officers took its five crew to Puerto Cortes") moves them into custody, an
arrest (COERCE, CAMEO 173), where "take" had no reading. The doer must be a force (on the verb, or
on the verb it is joined to: "marines boarded the trawler and took its crew to ..."); people in
distress or taken to hospital or to safety are rescued, and a ferry or a bus taking its passengers
somewhere is no act."""

from __future__ import annotations

import pytest

from realpolitik.events.force_acts import CREW_TAKEN, crew_taken_away, force_act_type


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Honduran marines stopped a fishing boat on Monday and took its six crew to Puerto Cortes.", "took"),
        ("Coast guard officers took the captain and two sailors to a naval base in Tumbes.", "took"),
        ("Police took the three fishermen to Lamu for questioning on Sunday.", "took"),
        ("Soldiers boarded the barge at dawn and took the crewmen to Kisumu.", "took"),
    ],
)
def test_force_taking_a_crew_to_a_place_is_an_arrest(nlp, text, verb):
    v = _verb(nlp, text, verb)
    assert crew_taken_away(v)
    assert force_act_type(v) == CREW_TAKEN


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # rescued people, or taken to hospital: a rescue
        ("Navy sailors took the injured fishermen to hospital in Mombasa.", "took"),
        ("The coast guard took the rescued crew to safety in Belize City.", "took"),
        # no force: a ferry carries its passengers
        ("The ferry took its passengers to Ometepe on Sunday.", "took"),
        # no "to" place: a taking of another kind
        ("Soldiers took the crew's phones on Monday.", "took"),
    ],
)
def test_rescue_carriage_or_other_takings_are_no_arrest(nlp, text, verb):
    assert not crew_taken_away(_verb(nlp, text, verb))
