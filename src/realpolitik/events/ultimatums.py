"""An ultimatum told by "give" with the time span as an adverbial noun phrase: "gave the Russian
instructors three weeks to leave the country", "has given French troops a month to leave".

The lexicon's CAMEO rows ("give ... hours / weeks / deadline", 139 THREATEN) read the span only
as the verb's object; the parser often makes it an adverbial noun phrase (npadvmod) beside the
party given the time (dative), with the act asked for as an infinitive hung on the verb or on the
span. By docs/plover-conventions.md (the ultimatum row: crosswalk 139 "Give ultimatum"), time
given to a party to leave, give up or stop is THREATEN; time given for another act ("was given
ten days to appeal") is none, so the infinitive must be one of `ULTIMATUM_ACTS`. Round r25
(plover43), the lead's leftover: such sentences read the leaving (CONSULT 040) or a guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType

ULTIMATUM = TriggerType("THREATEN", "relations", "139", "own")
SPAN_UNITS = frozenset({"hour", "day", "week", "month", "deadline"})
# What a party is given time to do in an ultimatum: leave, give up, stop.
ULTIMATUM_ACTS = frozenset(
    {"leave", "quit", "vacate", "depart", "withdraw", "surrender", "disarm", "stop", "halt",
     "end", "cease", "evacuate"}
)  # fmt: skip


def ultimatum_given(verb: Token) -> Token | None:
    """The time span of an ultimatum "give" tells with a party given the time, else None (a span
    the parser makes the object is read by the lexicon's rows)."""
    if verb.lemma_.lower() != "give" or not any(c.dep_ == "dative" for c in verb.children):
        return None
    for span in verb.children:
        if span.dep_ == "npadvmod" and span.lemma_.lower() in SPAN_UNITS:
            acts = [
                c
                for c in (*verb.children, *span.children)
                if c.dep_ in {"advcl", "relcl", "acl", "xcomp"}
            ]
            if any(a.lemma_.lower() in ULTIMATUM_ACTS for a in acts):
                return span
    return None
