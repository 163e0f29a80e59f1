"""The act a partyless main clause leads up to: "The cabinet weighed the auditors' findings for a
month before it expelled two Bolivian diplomats".

An act under another trigger ranks below it (`confidence.EMBEDDED_PENALTY`): "agreed to provide
aid" reports the agreement. But a main clause whose act is aimed at no party (weighing findings,
reviewing a report) and that only leads up to a trailing "before" clause does not report more
than the act it leads to: when that clause's act names both its parties, it is lifted back to the
rank it would have on its own. Word list: `data/events/later_acts.yaml`.

Written for round r11b (args14; own27 tune: a recall after a month of study lost to the study).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.events.confidence import EMBEDDED_PENALTY
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention

WORDS_PATH = DATA_DIR / "later_acts.yaml"
# How far above the clause's verb its governing trigger is looked for: the parser may hang the
# clause on a time noun of the main clause ("for a month before ...": month -> for -> verb).
MAX_STEPS = 4


@cache
def _later_marks() -> frozenset[str]:
    return read_word_sets(WORDS_PATH)["later_marks"]


def _governor(tok: Token, at: dict[int, EventMention]) -> EventMention | None:
    cur = tok
    for _ in range(MAX_STEPS):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.idx in at:
            return at[cur.idx]
    return None


def lift_acts_after_partyless_main(events: list[EventMention], sent: Span) -> None:
    """Gives back the embedding penalty to the act of a trailing "before" clause (both parties
    named) whose governing act names no party acted on."""
    here = [e for e in events if sent.start_char <= e.trigger_start < sent.end_char]
    at = {e.trigger_start: e for e in here}
    marks = _later_marks()
    for act in here:
        if not (act.source and act.target):
            continue
        tok = next((t for t in sent if t.idx == act.trigger_start), None)
        if tok is None or tok.dep_ != "advcl":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            continue
        main = _governor(tok, at)
        if main is None or main.target or main.confidence <= act.confidence:
            continue
        act.confidence = round(min(0.99, act.confidence + EMBEDDED_PENALTY), 4)
