"""A clause's verb the parser hung on its subject's prepositional phrase
(`nlp.phrase_participle_repair`), on sentences written for the test (not the probe sentence
whose miss prompted the class)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events
from spacy.tokens import Doc

from realpolitik.nlp.phrase_participle_repair import (
    misread_phrase_participle,
    repair_phrase_participle,
)

pytestmark = pytest.mark.slow

MISREAD = [
    "Militiamen with rifles killed at least two farmers near Gao, residents said.",
    "Attackers in a pickup truck wounded at least five people near Mopti.",
    "Bandits on motorbikes kidnapped at least 20 traders near Kano on Monday, a witness said.",
]


@pytest.mark.parametrize(
    ("text", "verb_word", "subject_word"),
    [
        (MISREAD[0], "killed", "Militiamen"),
        (MISREAD[1], "wounded", "Attackers"),
        (MISREAD[2], "kidnapped", "Bandits"),
    ],
)  # fmt: skip
def test_phrase_participle_repair_the_verb_on_the_subjects_phrase_becomes_the_clauses_verb(
    nlp, text, verb_word, subject_word
):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == verb_word)
    assert verb.dep_ in {"ROOT", "ccomp"}
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [subject_word]
    assert any(c.dep_ == "dobj" for c in verb.children)


@pytest.mark.parametrize("text", MISREAD)
def test_phrase_participle_repair_the_act_has_its_armed_doer(resources, text):
    events = pipeline_events(text, resources)
    act = next(e for e in events if e.plover_type == "ASSAULT")
    assert [a.text for a in act.source] == [text.split()[0]]
    assert act.target


def _parsed(nlp, rows: list[tuple[str, str, str, int, str]]):
    """A hand-made parse: (word, lemma, tag, head index, dependency) per token."""
    words = [r[0] for r in rows]
    return Doc(
        nlp.vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        deps=[r[4] for r in rows],
    )


# "Gunmen on motorbikes killed two traders." with "killed" hung on "motorbikes"
MISPARSED = [
    ("Gunmen", "gunman", "NNS", 0, "ROOT"),
    ("on", "on", "IN", 0, "prep"),
    ("motorbikes", "motorbike", "NNS", 1, "pobj"),
    ("killed", "kill", "VBN", 2, "acl"),
    ("two", "two", "CD", 5, "nummod"),
    ("traders", "trader", "NNS", 3, "dobj"),
    (".", ".", ".", 0, "punct"),
]


def test_phrase_participle_repair_finds_the_hand_made_misreading(nlp):
    doc = _parsed(nlp, MISPARSED)
    verb = misread_phrase_participle(doc[:])
    assert verb is not None and verb.text == "killed"
    repair_phrase_participle(verb)
    assert verb.dep_ == "ROOT" and doc[0].head.i == verb.i and doc[0].dep_ == "nsubj"
    assert doc[6].head.i == verb.i  # the full stop


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({3: ("handed", "hand", "VBN", 2, "acl")}, "a verb that keeps an object in the passive"),
        ({5: ("traders", "trader", "NNS", 3, "npadvmod")}, "no direct object"),
        ({3: ("killed", "kill", "VBN", 0, "acl")}, "on the subject itself, not on its phrase"),
    ],
)  # fmt: skip
def test_phrase_participle_repair_leaves_participles_that_are_no_misread_verb(nlp, change, why):
    rows = [change.get(i, row) for i, row in enumerate(MISPARSED)]
    assert misread_phrase_participle(_parsed(nlp, rows)[:]) is None, why


def test_phrase_participle_repair_leaves_a_clause_with_a_verb_of_its_own(nlp):
    rows = [*MISPARSED[:6], ("fled", "flee", "VBD", 0, "conj"), (".", ".", ".", 0, "punct")]
    assert misread_phrase_participle(_parsed(nlp, rows)[:]) is None
