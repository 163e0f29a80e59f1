"""A standing stance or habit told in the perfect with a span of time: "X has long complained
that ...", "X has warned for months that ...", "X has protested for years against ...".

In a text of more than one sentence such a first clause is the background of what follows:
"Kenya has long complained that Somali boats fish near Lamu. Its coast guard seized a Somali
boat on Friday" reports the seizure. The rules rank each sentence's events on their own, so the
complaint (a verb with both parties, 0.82 to 0.9) outranked the dated act of the next sentence
whose doer is named back ("Its coast guard", 0.78). `extract` ranks such a verb down
(`confidence.STANDING_PENALTY`). A one-sentence text keeps its reading: there the stance is all
the sentence tells. A past perfect ("had warned for months") is left alone: it is a step of a
story told in order.

Word lists: `data/events/standing_acts.yaml`. Written for issue 9, stop 63 (args47: own91 tune;
stop 62's leftover, the rank half of "Its <unit>").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = Path(__file__).parent.parent / "data" / "events" / "standing_acts.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _lasting(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A span of time on the verb: "long", or "for" with a span noun ("for months")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words["standing_span_adverbs"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            spans = words["standing_span_nouns"]
            if any(p.dep_ == "pobj" and p.lower_ in spans for p in c.children):
                return True
    return False


def standing_background(verb: Token) -> bool:
    """`verb` is the main verb of its sentence, a present perfect with a span of time, in a text
    that has another sentence."""
    words = _words()
    if verb.dep_ != "ROOT" or verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & words["standing_perfect_auxes"]:
        return False
    if sum(1 for _ in verb.doc.sents) < 2:
        return False
    return _lasting(verb, words)
