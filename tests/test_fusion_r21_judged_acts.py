"""Round r21 (fuse20), classes read from fusion_own15 tune misses and a round r20 leftover; every
sentence here is made up for the test (made-up places and names, real states): an act noun that a
verb of judging takes is the earlier happening, not the judgement; a naming that calls an act
harsh or excessive disapproves of it; a time phrase hung on a subject is no word of the role."""

from __future__ import annotations

import pytest

from realpolitik.fusion import fuse_events
from realpolitik.fusion.judged_acts import judging_verb


def _mentions_on(events, word: str):
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits


def _event_of(fused, trigger: str, sentence_word: str):
    for event in fused:
        for m in event.mentions:
            if m.trigger == trigger and sentence_word in m.sentence:
                return event
    raise AssertionError(f"no fused event holds {trigger!r} in a sentence with {sentence_word!r}")


@pytest.mark.parametrize(
    "trigger, judges",
    [
        ("called", True),
        ("rejected", True),
        ("blamed", True),
        ("welcomed", True),  # a stance verb
        ("signed", False),
        ("detained", False),
    ],
)
def test_verbs_of_judging_an_act_are_known_by_their_forms(trigger, judges) -> None:
    assert judging_verb(trigger) is judges


@pytest.mark.parametrize(
    "text, noun, word",
    [
        (
            "Namibia and Botswana signed a water-sharing accord at Kasane on Tuesday. "
            "Cattle herders welcomed the accord.",
            "accord",
            "herders",
        ),
        (
            "Namibia and Botswana signed a grazing pact at Kasane on Tuesday. "
            "Opposition leaders dismissed the pact as a stunt.",
            "pact",
            "Opposition",
        ),
    ],
)
def test_an_act_noun_a_later_verb_judges_continues_the_act(analyse, text, noun, word) -> None:
    fused = fuse_events(analyse(text))
    signed = _event_of(fused, "signed", "Kasane")
    judged = _event_of(fused, noun, word)
    assert judged is signed


@pytest.mark.parametrize("complement", ["harsh", "excessive", "disproportionate"])
def test_an_act_called_harsh_is_not_the_namers_act(analyse, complement) -> None:
    events = analyse(
        f"The Kenyan navy detained nine Tanzanian fishermen off Shimoni on Friday. "
        f"A Tanzanian minister called the detentions {complement}."
    )
    for m in _mentions_on(events, "detentions"):
        assert not any((a.country or "") == "TZA" for a in m.source)


@pytest.mark.parametrize(
    "text",
    [
        "The next day officers arrested a boat owner in Mombasa.",
        "The following day soldiers detained two traders in Garissa.",
    ],
)
def test_a_time_phrase_before_the_subject_is_no_word_of_the_doer(analyse, text) -> None:
    event = next(e for e in analyse(text) if e.plover_type == "COERCE")
    assert event.source
    assert not any("day" in a.text.lower().split() for a in event.source)


def test_a_definite_act_noun_continues_the_act_of_its_root_over_a_nearer_one(analyse) -> None:
    text = (
        "Zambian police arrested five truck drivers and impounded their lorries at Chirundu "
        "on Monday. The drivers' union called the arrests unlawful."
    )
    fused = fuse_events(analyse(text))
    assert _event_of(fused, "arrests", "union") is _event_of(fused, "arrested", "Chirundu")
