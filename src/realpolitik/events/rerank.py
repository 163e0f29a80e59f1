"""Features of a sentence's candidate events for a learned main-event re-ranker.

Which of a sentence's typed events is the one the sentence reports? The rules answer with
`confidence` (lexicon specificity, parties found, embedding, polarity). A learned re-ranker scores
each candidate from the rule's confidence and the parse around its trigger (dependency, depth, a
reporting verb above it, nominal or verbal, parties found, its PLOVER class); it is trained and
compared against the rules by `scripts/train_rerank.py` (`docs/events-plover.md`). No new model
call: every feature is read from the parse and the extracted events.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc, Token

from realpolitik.events.lexicon import Lexicon
from realpolitik.model import EventMention

DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "conj", "dobj", "pobj", "nsubj", "relcl", "acl")
DEP_ALIASES = {"obj": "dobj", "nsubjpass": "nsubj"}
N_FEATURES = 11 + len(DEPS) + 1 + 4


def trigger_token(sdoc: Doc, event: EventMention) -> Token | None:
    """The token the event's trigger starts at."""
    span = sdoc.char_span(event.trigger_start, event.trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 20:
        tok, depth = tok.head, depth + 1
    return depth


def _under_report(tok: Token, lex: Lexicon) -> bool:
    """A verb of saying governs the trigger's clause ("..., officials said")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in {"ccomp", "parataxis"} and cur.head.lemma_.lower() in lex.report:
            return True
        cur = cur.head
    return False


def candidate_features(events: Sequence[EventMention], sdoc: Doc, lex: Lexicon) -> np.ndarray:
    """One row of `N_FEATURES` numbers per candidate event of one sentence (same order)."""
    rows = np.zeros((len(events), N_FEATURES), dtype=np.float32)
    if not events:
        return rows
    top = max(e.confidence for e in events)
    n_tokens = max(len(sdoc), 1)
    for k, e in enumerate(events):
        tok = trigger_token(sdoc, e)
        f = rows[k]
        f[0] = e.confidence
        f[1] = e.confidence - top
        f[2] = float(e.confidence == top)
        f[3] = float(bool(e.source))
        f[4] = float(bool(e.target))
        f[5] = float(e.polarity == "asserted")
        f[6] = min(len(events), 6) / 6
        if tok is not None:
            f[7] = float(tok.pos_ in {"NOUN", "PROPN"})
            f[8] = min(_depth(tok), 6) / 6
            f[9] = tok.i / n_tokens
            f[10] = float(_under_report(tok, lex))
            dep = DEP_ALIASES.get(tok.dep_, tok.dep_)
            f[11 + (DEPS.index(dep) if dep in DEPS else len(DEPS))] = 1.0
        f[12 + len(DEPS) + (e.quad_class - 1)] = 1.0
    return rows
