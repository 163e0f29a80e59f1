"""Round r36 (args40), a class read from an own77 tune miss; every sentence here is made up for
the test: after a sentence-opening phrase that ends in a person's name set off by commas ("In a
note handed to the envoy by the foreign minister, Marko Petrov, the Macedonian government
accused Belgrade"), the parser reads the main clause's subject as a second apposition and leaves
the verb without a subject; that noun is the subject."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In a letter given to the Kenyan envoy in Kampala by the foreign minister, John Okello, "
         "the Ugandan government accused Nairobi on Monday of letting rebels cross the border "
         "the two states share.", "Ugandan government"),
        ("In a protest note handed to the Serbian charge d'affaires in Skopje by the foreign "
         "minister, Marko Petrov, the Macedonian government accused Belgrade on Sunday of "
         "stirring unrest.", "Macedonian government"),
    ],
)  # fmt: skip
def test_subject_read_as_apposition_of_an_opening_phrases_name_is_the_doer(analyse, text, source):
    top = top_event(analyse(text))
    assert top is not None and top.plover_type == "ACCUSE"
    assert [a.text for a in top.source] == [source]


def test_opening_place_phrase_with_apposition_keeps_the_parsed_subject(analyse):
    # guard: the opening phrase's apposition restates a place; the clause has its own subject
    text = "In the capital, Skopje, police arrested two Serbian football fans on Sunday."
    top = top_event(analyse(text))
    assert top is not None and [a.text for a in top.source] == ["police"]
