"""Who the text says asserts an event, matched to actor mentions by offsets."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.attribution import claimed_by
from realpolitik.model import ActorMention


def _mentions(text, names):
    """An ActorMention for every occurrence of each name (what the actor stage would give)."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append(ActorMention("d", start, start + len(name), name, name.lower(), name))
            start = text.find(name, start + 1)
    return found


CASES = [
    # seeds
    ("The Taliban claimed that the bombing was conducted by Islamic State terrorists.", "conducted", ["Taliban", "Islamic State"], ["Taliban"]),
    ("Taliban forces raided an ISIS-K cell in Kabul and killed several of the terrorists, according to a Taliban spokesman.", "raided", ["Taliban", "ISIS-K", "Kabul"], ["Taliban"]),
    ("Taliban forces raided an ISIS-K cell in Kabul and killed several of the terrorists, according to a Taliban spokesman.", "killed", ["Taliban", "ISIS-K", "Kabul"], ["Taliban"]),
    ("Islamabad has repeatedly accused the Taliban of harbouring the TTP.", "harbouring", ["Islamabad", "Taliban", "TTP"], ["Islamabad"]),
    # reporting frames
    ("Pakistani jets struck camps in Khost, an IEA spokesman said.", "struck", ["Pakistani", "IEA", "Khost"], ["IEA"]),
    ("Pakistan said the Taliban attacked a border post.", "attacked", ["Pakistan", "Taliban"], ["Pakistan"]),
    ("Pakistan and Tajikistan announced that they will hold joint exercises.", "hold", ["Pakistan", "Tajikistan"], ["Pakistan", "Tajikistan"]),
    ("The talks were held in Doha, according to Pakistan's foreign ministry.", "held", ["Pakistan's foreign ministry", "Doha"], ["Pakistan's foreign ministry"]),
    ("Taliban officials denied that Pakistan attacked the post.", "attacked", ["Taliban", "Pakistan"], ["Taliban"]),
    ("The ministry's statement that Pakistan attacked the post was rejected.", "attacked", ["ministry", "Pakistan"], ["ministry"]),
    # the outlet's own voice, and the reporting act itself
    ("The Taliban closed the Torkham crossing on Sunday.", "closed", ["Taliban", "Torkham"], []),
    ("Islamabad has repeatedly accused the Taliban of harbouring the TTP.", "accused", ["Islamabad", "Taliban", "TTP"], []),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "names", "expected"), CASES)
def test_events_attribution_finds_the_claimer(nlp, sentence, trigger, names, expected):
    doc = nlp(sentence)
    found = claimed_by(token_named(doc, trigger), _mentions(sentence, names))
    assert [m.text for m in found] == expected


@pytest.mark.slow
def test_events_attribution_without_actor_mentions_is_empty(nlp):
    doc = nlp("Pakistan said the Taliban attacked a border post.")
    assert claimed_by(token_named(doc, "attacked"), []) == []
