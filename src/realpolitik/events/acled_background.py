"""Violence told only as the background of a report (round r25, issue 9, helper "acled28").

A report whose own clause tells a state of things ("residents of the town are still afraid to
return to their fields", "schools remained closed") and names violence only in a clause set back
in time ("a week after gunmen killed 30 villagers", "three weeks after an attack on a camp") or
in a "since" phrase ("since the raid in March") tells no new event: by the ACLED codebook an
event is coded once, on its own date, and the later report of its aftermath is none. The
classifier read the earlier killing as the report's attack (the brief's leftover). The word
groups are those of `acled_phrases.tsv` (`state_verb`, `time_span`, `earlier`, `tell_news`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_group
from realpolitik.nlp.columns import span_tokens


def _own_clause(sent: Span) -> Token | None:
    """The report's own clause: the root, or the clause a verb of telling reports ("..., a
    local leader said"); None for a sentence of no tokens."""
    roots = [t for t in span_tokens(sent) if t.head.i == t.i]
    if not roots:
        return None
    root = roots[0]
    if in_group(root, "tell_news"):
        told = [c for c in root.children if c.dep_ == "ccomp"]
        if told:
            return told[0]
    return root


def _set_back_in_time(clause: Token) -> bool:
    """An "after" or "since" clause (its `mark`) with a span of time on it or on its mark ("a
    week after gunmen killed ...", "three weeks after an attack ... killed ...")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and in_group(c, "earlier")]
    spans = [
        c
        for h in (clause, *marks)
        for c in h.children
        if c.dep_ == "npadvmod" and in_group(c, "time_span")
    ]
    return bool(marks and spans)


def _since_phrase(tok: Token) -> bool:
    """A "since" phrase naming what came before ("since the attack in March"), not a date
    ("since Tuesday", "since 2017": a curfew "in force since Tuesday" is told as in force now;
    own6 tune)."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "since"
        and any(
            c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"} and not in_group(c, "time_span")
            for c in tok.children
        )
    )


def reads_background_violence(sent: Span) -> bool:
    """The report's own clause is a state (`state_verb`) and it holds an "after" clause set back
    in time or a "since" phrase: the violence told is background, no event of the report."""
    own = _own_clause(sent)
    if own is None or not in_group(own, "state_verb"):
        return False
    return any(
        (c.dep_ == "advcl" and _set_back_in_time(c)) or _since_phrase(c) for c in own.children
    )
