"""Round r38 (args42), stop 57's leftover and a class read from an own81 tune miss; every
sentence here is made up for the test: a force named again by its role alone, with "the" and no
country of its own, opening a sentence after one that named it with its country ("Kenyan police
stepped up checks .... The police arrested three Somali traders") is that country's force, not
the later sentence's one country (the people it acts on)."""

from __future__ import annotations

from event_helpers import event_on


def test_the_police_after_kenyan_police_arrest_for_kenya(analyse):
    text = ("Kenyan police stepped up checks on the Somali border this month. The police arrested "
            "three Somali traders in Mandera on Tuesday.")  # fmt: skip
    arrest = event_on(analyse(text), "arrested")
    assert {a.country for a in arrest.source} == {"KEN"}
    assert {a.country for a in arrest.target} == {"SOM"}


def test_the_officers_after_moldova_s_border_police_detain_for_moldova(analyse):
    text = ("Moldova's border police have tightened checks near the Dniester since March. The "
            "officers on Sunday detained two Ukrainian lorry drivers near Palanca.")  # fmt: skip
    detention = event_on(analyse(text), "detained")
    assert {a.country for a in detention.source} == {"MDA"}


def test_a_force_named_with_its_own_country_keeps_it(analyse):
    # guard: the later force names its own state
    text = ("Kenyan police stepped up checks on the Somali border this month. Somali police "
            "arrested three Kenyan traders in Mandera on Tuesday.")  # fmt: skip
    arrest = event_on(analyse(text), "arrested")
    assert {a.country for a in arrest.source} == {"SOM"}
