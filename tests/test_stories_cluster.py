"""Story clustering on a hand-made topic with two look-alike happenings, and the B-cubed scorer."""

from __future__ import annotations

import pytest

from realpolitik.eval.stories import bcubed
from realpolitik.fusion import cluster_stories
from realpolitik.model import Document

QUAKE_A = [
    "Earthquake of magnitude 6.1 hits Aceh\nA 6.1 magnitude earthquake struck Aceh province "
    "in Indonesia on July 2, 2013, killing 22 people in Bener Meriah, officials said.",
    "Aceh earthquake kills 22\nThe 6.1 quake hit Bener Meriah district of Aceh on 2 July 2013; "
    "22 people died and houses collapsed, Indonesian officials said.",
    "Death toll in Aceh quake rises\nIndonesian rescuers searched Bener Meriah after the 6.1 "
    "earthquake of July 2, 2013 in Aceh; the toll stood at 22.",
]
QUAKE_B = [
    "Strong quake rocks Papua, hotel collapses in Manokwari\nA 7.6 tremor shook West Papua early "
    "on January 4, 2009; four people were killed when a hotel fell in Manokwari.",
    "Four dead as 7.6 tremor hits Manokwari\nRescue teams in Manokwari pulled bodies from the "
    "Mutiara hotel on Sunday, January 4, 2009, after the 7.6 tremor in West Papua.",
    "West Papua tremor: Manokwari counts damage\nThe January 4, 2009 tremor, measured at 7.6, "
    "left four dead in Manokwari and cracked roads across West Papua.",
]


def _documents() -> list[Document]:
    texts = [("a", t) for t in QUAKE_A] + [("b", t) for t in QUAKE_B]
    return [
        Document(doc_id=f"{happening}{i}", source="test", raw=text, text=text)
        for i, (happening, text) in enumerate(texts)
    ]


def test_stories_look_alike_happenings_in_one_topic_are_separated() -> None:
    stories = cluster_stories(_documents())
    groups = sorted(sorted(s.doc_ids) for s in stories)
    assert groups == [["a0", "a1", "a2"], ["b3", "b4", "b5"]]


def test_stories_are_deterministic_and_titled() -> None:
    first, again = cluster_stories(_documents()), cluster_stories(list(reversed(_documents())))
    assert [(s.story_id, s.doc_ids, s.title) for s in first] == [
        (s.story_id, s.doc_ids, s.title) for s in again
    ]
    assert all(s.story_id.startswith("story:") and s.title for s in first)


def test_stories_skip_documents_that_are_not_ok() -> None:
    docs = _documents()
    docs[0].status = "duplicate"
    assert "a0" not in {d for s in cluster_stories(docs) for d in s.doc_ids}
    assert cluster_stories([]) == []


def test_stories_bcubed_known_example() -> None:
    # Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}. Precision per item: 1, 1, 1/3, 2/3, 2/3 -> 11/15.
    # Recall per item: 2/3, 2/3, 1/3, 1, 1 -> 11/15.
    gold = {1: "x", 2: "x", 3: "x", 4: "y", 5: "y"}
    predicted = {1: "p", 2: "p", 3: "q", 4: "q", 5: "q"}
    scores = bcubed(predicted, gold)
    assert scores["precision"] == pytest.approx(11 / 15)
    assert scores["recall"] == pytest.approx(11 / 15)
    assert scores["f1"] == pytest.approx(11 / 15)
    assert bcubed(gold, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
