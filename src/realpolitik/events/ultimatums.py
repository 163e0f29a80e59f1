"""An ultimatum told by a verb of giving time: "gave French troops a month to leave".

CAMEO's "give ... hours" and "give ... deadline" patterns read the span only as the verb's object;
the parser mostly hangs it on the verb as an adverbial noun phrase ("a month", npadvmod) and the
party given the time as the object, so "gave French troops a month to leave" read the CAMEO
"give troops" row (MOBILIZE) or the infinitive ("leave", a retreat). A verb of giving with a span
of time and a to-infinitive naming an act of leaving, giving up or stopping sets a deadline for an
act demanded of the party: an ultimatum (CAMEO 139, PLOVER THREATEN, manual 3.11, p.19); time
given for another act is a grace period ("was given three months to appeal"). Word lists:
`data/events/ultimatums.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "ultimatums.yaml"
ULTIMATUM = TriggerType("THREATEN", "relations", "139", "own")
SPAN_DEPS = {"npadvmod", "dobj", "obj"}
INFINITIVE_DEPS = {"advcl", "xcomp", "relcl", "acl"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _demanded_act(tok: Token, acts: frozenset[str]) -> bool:
    """A to-infinitive naming an act demanded under a deadline ("to leave", "to hand over")."""
    return (
        tok.dep_ in INFINITIVE_DEPS
        and tok.lemma_.lower() in acts
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def ultimatum_span(verb: Token) -> Token | None:
    """The span of time a verb of giving sets as a deadline for a demanded act, if it does."""
    words = _words()
    if verb.lemma_.lower() not in words["giving_verbs"]:
        return None
    for span in (c for c in verb.children if c.dep_ in SPAN_DEPS):
        if not {span.lemma_.lower(), span.lower_} & words["span_nouns"]:
            continue
        if any(_demanded_act(c, words["demanded_acts"]) for c in [*verb.children, *span.children]):
            return span
    return None
