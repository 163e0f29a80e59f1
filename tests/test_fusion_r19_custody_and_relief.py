"""Round r19 (fuse18), classes read from fusion_own13 tune misses; every sentence here is made up
for the test (made-up places and names): a person "picked up" or "hauled in" is arrested, a
hospital or relief craft dispatched is aid, and an airlift is aid."""

from __future__ import annotations

import pytest


def _on(events, word: str):
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officers picked up the opposition journalist Amara Toli in Velmar on 3 May.", "picked"),
        ("Plain-clothes agents picked up Dario Venn outside his office.", "picked"),
        ("Police hauled in two activists after the rally in Ostrel.", "hauled"),
    ],
)
def test_a_person_picked_up_or_hauled_in_is_arrested(analyse, text, word) -> None:
    assert _on(analyse(text), word).plover_type == "COERCE"


def test_things_picked_up_are_no_arrest(analyse) -> None:
    events = analyse("The lorry picked up supplies in Velmar before dawn.")
    assert not [e for e in events if e.trigger.startswith("picked")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ostrel dispatched a naval hospital vessel to Varna island on 2 May.", "dispatched"),
        ("Valdoria rushed an aid convoy to the flooded north of Ostrel.", "rushed"),
    ],
)
def test_a_hospital_or_relief_craft_dispatched_is_aid(analyse, text, word) -> None:
    assert _on(analyse(text), word).plover_type == "AID"


def test_an_airlift_is_aid(analyse) -> None:
    events = analyse("Valdoria's airlift on Friday brought tents for the flood victims.")
    assert _on(events, "airlift").plover_type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        # a reaction between the dated act and the offset
        "Police arrested the editor Amara Toli in Velmar on 3 May 2027. Press groups condemned "
        "his arrest. The next day police detained the reporter Dario Venn in Ostrel.",
        "Soldiers held the mayor of Velmar on 3 May 2027. Ostrel protested. Lawyers objected. "
        "A day later police detained the reporter Dario Venn in Ostrel.",
    ],
)
def test_an_offset_counts_from_the_last_dated_sentence_past_undated_ones(analyse, text) -> None:
    detained = _on(analyse(text), "detained")
    assert detained.date.start == "2027-05-04"


def test_an_offset_after_three_undated_sentences_keeps_no_borrowed_day(analyse) -> None:
    text = (
        "Police arrested the editor Amara Toli in Velmar on 3 May 2027. Press groups condemned "
        "his arrest. Ostrel protested. Lawyers objected. A day later police detained the "
        "reporter Dario Venn in Ostrel."
    )
    assert _on(analyse(text), "detained").date.start != "2027-05-04"


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "Police arrested an opposition activist, Dario Venn, in Ostrel on Tuesday.",
            "arrested",
            "Dario Venn",
        ),
        (
            "Soldiers detained a local journalist, Amara Toli, at the border.",
            "detained",
            "Amara Toli",
        ),
    ],
)
def test_an_object_noun_with_a_named_apposition_is_that_person(analyse, text, word, name) -> None:
    assert [t.text for t in _on(analyse(text), word).target] == [name]


def test_a_subject_noun_with_a_named_apposition_keeps_its_noun(analyse) -> None:
    events = analyse("A local journalist, Amara Toli, criticised the army in Ostrel.")
    assert [s.text for s in _on(events, "criticised").source] == ["journalist"]
