"""Events a text does not report as facts (issue 9, seventh polarity round, r5): an act inside a
"whether" clause is an open question, however the parser hangs the clause ("arguing over whether
to impose", "weighing whether to send"); what a precaution guards against ("in case the rebels
attacked") has not happened, while the precaution itself is told; a past habit told by "used
to" is no one event. Each class is pinned with its contrasting asserted case. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, token_named

from realpolitik.events.polarity import lexicon, polarity_of


def test_events_polarity_seventh_word_lists_load():
    lex = lexicon()
    assert "in case" in lex.precaution_marks
    assert "use" in lex.habitual_frames


# fmt: off
CASES = [
    # a "whether" clause under a preposition or as an infinitive complement
    ("Ministers are arguing over whether to impose sanctions on the junta.", "impose", "hypothetical"),
    ("Washington is weighing whether to send more warships to the Gulf.", "send", "hypothetical"),
    ("Nobody can say whether the army will withdraw from the town.", "withdraw", "hypothetical"),
    ("Ministers imposed sanctions on the junta after arguing for a week.", "imposed", "asserted"),
    # "in case": the act guarded against is not told; the precaution is
    ("Police were deployed near the embassy in case demonstrators tried to storm it.", "storm", "hypothetical"),
    ("Police were deployed near the embassy in case demonstrators tried to storm it.", "deployed", "asserted"),
    ("The navy kept two frigates in the strait in case the rebels attacked shipping.", "attacked", "hypothetical"),
    ("The army stockpiled fuel in case the pipeline was cut.", "cut", "hypothetical"),
    ("The army stockpiled fuel in case the pipeline was cut.", "stockpiled", "asserted"),
    ("In that case the rebels attacked the convoy at dawn.", "attacked", "asserted"),
    # "used to" as a past habit; "used X to" tells one act
    ("Every year the police used to detain hundreds of protesters.", "detain", "hypothetical"),
    ("The police used tear gas to disperse the protesters.", "disperse", "asserted"),
    ("The police detained hundreds of protesters last year.", "detained", "asserted"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_events_polarity_seventh_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


def _polarity_on(events, word: str) -> str | None:
    hits = [e.polarity for e in events if e.trigger.split()[0].lower() == word]
    return hits[0] if hits else None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # an act put off is an event of its own, still planned; the putting off is told too
        ("Talks between the two sides were delayed by a week.", "talks", "intended"),
        ("Talks between the two sides were delayed by a week.", "delayed", "asserted"),
        ("The summit was delayed by a month.", "summit", "intended"),
        # held after being put off: the summit is told
        ("The summit was held in May after months of delay.", "summit", None),
        ("The summit was held in May after months of delay.", "held", "asserted"),
    ],
)
def test_events_polarity_seventh_an_act_put_off_stays_an_event(resources, sentence, word, expected):
    assert _polarity_on(pipeline_events(sentence, resources), word) == expected
