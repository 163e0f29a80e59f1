"""Polarity of event triggers, read from the parse of hand-made sentences and seed sentences."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import lexicon, polarity_of


def test_events_polarity_lexicon_loads_word_lists():
    lex = lexicon()
    assert "if" in lex.conditional_marks
    assert "no" in lex.negating_determiners  # quoted in YAML, not read as False
    assert "reportedly" not in lex.speculative_adverbs  # attribution, not speculation


CASES = [
    # seeds
    ("If Pakistan and Tajikistan agree on opening a new front against the Taliban, the situation will change.", "agree", "hypothetical"),
    ("If Pakistan and Tajikistan agree on opening a new front against the Taliban, the situation will change.", "opening", "hypothetical"),
    ("A new military-political front may be forming with the support of two neighboring countries.", "forming", "hypothetical"),
    ("Pakistan has approached Tajikistan with a proposal to establish a strategic partnership.", "establish", "intended"),
    ("Pakistan has approached Tajikistan with a proposal to establish a strategic partnership.", "approached", "asserted"),
    ("The interim government of Kabul has denied these accusations.", "denied", "asserted"),
    ("Taliban officials denied that Pakistan attacked the post.", "attacked", "denied"),
    ("The meeting can be a warning for the Taliban.", "warning", "hypothetical"),
    ("The government is unlikely to pursue talks with Kabul.", "pursue", "hypothetical"),
    ("Taliban forces raided an ISIS-K cell in Kabul and killed several of the terrorists, according to a Taliban spokesman.", "killed", "asserted"),
    # denial
    ("Pakistan rejected claims that its jets bombed Khost.", "bombed", "denied"),
    ("The Taliban denied the existence of any resistance.", "resistance", "denied"),
    ("Pakistan bombed Khost, a claim the Taliban denied.", "bombed", "denied"),
    ("The Taliban denied responsibility for the attack.", "attack", "asserted"),
    # negation
    ("The army did not attack the village.", "attack", "negated"),
    ("The army never attacked the village.", "attacked", "negated"),
    ("No meeting was held.", "meeting", "negated"),
    ("No meeting was held.", "held", "negated"),
    ("No one was killed in the attack.", "attack", "asserted"),
    ("Pakistan could not reach a deal with the Taliban.", "reach", "negated"),
    ("The Taliban refused to hand over the militants.", "hand", "negated"),
    ("Pakistan has no plans to attack Afghanistan.", "attack", "negated"),
    # intention
    ("Pakistan will attack the camps.", "attack", "intended"),
    ("Pakistan will not attack the camps.", "attack", "negated"),
    ("Pakistan plans to close the border.", "close", "intended"),
    ("The Taliban threatened to close the crossing.", "close", "intended"),
    ("Pakistan is expected to reopen the crossing.", "reopen", "intended"),
    ("The two sides agreed to hold talks next week.", "talks", "intended"),
    ("Pakistan called for talks with the Taliban.", "talks", "intended"),
    ("Pakistan will strike the camps, killing militants.", "killing", "intended"),
    # speculation and conditions
    ("Pakistan possibly struck the camps.", "struck", "hypothetical"),
    ("It is possible that Pakistan struck the camps.", "struck", "hypothetical"),
    ("Pakistan would attack if the Taliban crossed the border.", "attack", "hypothetical"),
    ("Pakistan would attack if the Taliban crossed the border.", "crossed", "hypothetical"),
    ("Is there any other military front to deal with the Taliban government in Kabul?", "deal", "hypothetical"),
    # frames that do not reach the trigger
    ("The Taliban reportedly killed ten soldiers.", "killed", "asserted"),
    ("Pakistan retaliated after the Taliban attacked the post.", "attacked", "asserted"),
    ("Pakistan plans to punish the group that attacked the post.", "attacked", "asserted"),
    ("The Taliban claimed that the bombing was conducted by Islamic State terrorists.", "conducted", "asserted"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_events_polarity_reads_the_parse(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected
