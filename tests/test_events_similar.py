"""The word-vector fallback for verbs the lexicon lacks (events/similar.py)."""

from __future__ import annotations

import numpy as np

from realpolitik.events.lexicon import SPECIFICITY, load_lexicon
from realpolitik.events.similar import NO_EVENT, ORIGIN, verb_space, vote
from realpolitik.events.triggers import find_triggers


def _verb_trigger(nlp, text: str, word: str):
    sent = next(nlp(text).sents)
    return next((t for t in find_triggers(sent, load_lexicon()) if t.token.lower_ == word), None)


def test_events_similar_types_a_synonym_missing_from_the_lexicon(nlp):
    lex = load_lexicon()
    assert "brutalize" not in lex.known_verbs  # else this would test the lexicon
    trig = _verb_trigger(nlp, "The militia brutalized the villagers in the north.", "brutalized")
    assert trig is not None
    assert trig.ttype.plover_type == "ASSAULT" and trig.ttype.origin == ORIGIN
    assert trig.ttype.specificity < min(SPECIFICITY.values())  # lexicon hits rank first


def test_events_similar_leaves_neutral_verbs_untyped(nlp):
    lex = load_lexicon()
    assert "smile" not in lex.known_verbs and "eat" not in lex.known_verbs
    assert _verb_trigger(nlp, "The president smiled at the reporters.", "smiled") is None
    assert _verb_trigger(nlp, "The delegates ate lunch in Geneva.", "ate") is None


def test_events_similar_does_not_override_the_lexicon(nlp):
    trig = _verb_trigger(nlp, "Rebels attacked the army base near Goma.", "attacked")
    assert trig is not None and trig.ttype.origin != ORIGIN
    assert trig.ttype.plover_type == "ASSAULT"


def test_events_similar_vote_needs_close_and_agreeing_neighbours():
    words, types = ["a", "b", "c"], ["ASSAULT", "ASSAULT", "ACCUSE"]
    assert vote(np.array([0.6, 0.4, 0.55]), types, words) is None  # 1.0 of 1.55: under 2/3
    assert vote(np.array([0.8, 0.7, 0.1]), types, words) == ("ASSAULT", ("a", "b", "c"))
    assert vote(np.array([0.4, 0.4, 0.1]), types, words) is None  # nearest too far


def test_events_similar_space_is_cached_and_has_a_no_event_class(nlp):
    lex = load_lexicon()
    space = verb_space(lex, nlp.vocab)
    assert verb_space(lex, nlp.vocab) is space
    assert NO_EVENT in space.types and "say" not in [
        w for w, t in zip(space.words, space.types, strict=True) if t != NO_EVENT
    ]
