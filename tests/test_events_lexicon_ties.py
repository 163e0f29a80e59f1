"""A CAMEO pattern with a preposition and no object whose rows tie between PLOVER types says
nothing about the act: the verb's own entry reads it (`lexicon._tied_without_object`). Sentences
written for the tests (stop 41, lead; the class came from a probe with another sentence)."""

from __future__ import annotations

from collections import Counter

import pytest

from realpolitik.events.lexicon import _tied_without_object, load_lexicon


def test_a_bare_preposition_pattern_whose_rows_tie_is_left_out():
    votes = Counter({("PROTEST", "riot", "145"): 3, ("ASSAULT", "", "183"): 3})
    assert _tied_without_object(("bruise", "in", ""), votes)
    # with an object, or with a majority, the pattern stands
    assert not _tied_without_object(("bruise", "in", "riot"), votes)
    majority = Counter({("PROTEST", "riot", "145"): 4, ("ASSAULT", "", "183"): 3})
    assert not _tied_without_object(("bruise", "in", ""), majority)


def test_the_damage_verbs_read_in_by_their_own_entry():
    lexicon = load_lexicon()
    assert lexicon.pattern("wound", "in", "") is None
    assert lexicon.pattern("harm", "in", "") is None


@pytest.mark.slow
def test_people_hurt_in_an_attack_are_assaulted_not_rioting(resources):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    text = "Four farmers were hurt in the explosion at the market."
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    assert "PROTEST" not in {e.plover_type for e in events}
    assert [e.plover_type for e in events if e.trigger == "hurt"] == ["ASSAULT"]
