"""A threat of violence with no act reported (round r27, issue 9, helper "acled30").

"Al-Shabaab threatened in a radio broadcast to kill any elder who takes part in the elections"
tells no violence done: the ACLED codebook codes events that happened, and a threat is none (the
brief's leftover: the classifier read the threatened killing as an armed clash). Narrow on
purpose (a broad skip of intended or hypothetical acts lowered own6 and own14 check in round
r26): only a verb of threatening or vowing whose infinitive complement is a violent act, in a
sentence that tells no violence outside that complement (no past violent verb, no word of
death or wounds). The word groups are those of `acled_phrases.tsv` (`violent_act`, `killing`,
`lethal`, `property_act`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_group
from realpolitik.events.triggers import infinitive_clause
from realpolitik.nlp.columns import span_tokens

# Verbs of threatening whose infinitive names the act threatened.
THREAT_VERBS = frozenset({"threaten", "vow", "pledge", "warn"})
VIOLENCE_GROUPS = ("violent_act", "killing", "lethal", "property_act")


def _violent(tok: Token) -> bool:
    return any(in_group(tok, group) for group in VIOLENCE_GROUPS)


def _threatened_acts(sent: Span) -> list[Token]:
    """The violent infinitives of the sentence's verbs of threatening ("threatened to kill")."""
    return [
        c
        for tok in span_tokens(sent)
        if tok.lemma_.lower() in THREAT_VERBS
        for c in tok.children
        if infinitive_clause(c) and _violent(c)
    ]


def reads_threat_only(sent: Span) -> bool:
    """A violent act only threatened: no word of violence outside the threatened clause."""
    acts = _threatened_acts(sent)
    if not acts:
        return False
    threatened = {t.i for act in acts for t in act.subtree}
    return not any(_violent(t) for t in span_tokens(sent) if t.i not in threatened)
