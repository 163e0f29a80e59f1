"""A hostile verbal act told as the teller's side's future under a condition is a threat told.

"The family said they would take the police to court if no one was charged", "the fishermen said
they would sue the state if they were not paid", "the union said it would call a strike unless the
levy was dropped": the framing step reads the act (a lawsuit, ACCUSE; a sanction) as not asserted,
and there is no verb of threatening, yet the condition makes the telling a threat (issue 9, round
r20, reader24: reader_own18 and reader_own19 tune list an asserted THREATEN by the teller's side
beside the act, not asserted). A hostile material act told so is already a threat told
(`told_threats.told_threat`); this reads the same for accusations (a lawsuit), rejections and
sanctions, which the framing step leaves under their own type; a request so told ("would ask the
UN to step in if ...") is left an appeal. Only a condition ("if", "unless") on the act
or on the verb of telling makes the threat: "said they would sue the state" alone is an intention
told, and a negated act ("would not sue") is no threat.

A self-help threat (`self_help_teller`): "If we do not get our boats back, we will sail there
ourselves," the chairman said. The act under the condition names no event of its own (going,
sailing, doing it), yet "we ... ourselves" after a condition says the speaker's side will act in
the other side's stead: the telling is a threat (round r21, reader25: reader_own20 and reader_own18
tune "we will sail to X ourselves", "we will go to the island ourselves" had no event). Without the
condition ("we will build the road ourselves") it is a plan, and a negated act is no threat.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.events.framing import threat_conditioned
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.polarity import is_negated
from realpolitik.events.told_threats import telling_verb
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "conditional_threats.yaml")


def conditional_threat_teller(event: EventMention, sent: Span) -> Token | None:
    """The verb of telling of `event` when it is an act of `threatened_types` (an accusation such
    as a lawsuit, a rejection, a sanction; not asserted, not negated) told as a future under a
    condition; else None."""
    words = _words()
    kind = event.plover_type
    if event.polarity not in {"hypothetical", "intended"}:
        return None
    if kind.lower() not in words["threatened_types"]:
        return None
    act = next((t for t in sent if t.idx == event.trigger_start), None)
    if act is None or act.pos_ not in {"VERB", "AUX"}:
        return None
    if is_negated(act):
        return None
    teller = telling_verb(act)
    if teller is None or is_negated(teller):
        return None
    if not (threat_conditioned(act) or threat_conditioned(teller)):
        return None
    return teller



def self_help_teller(verb: Token) -> Token | None:
    """The verb of telling over `verb` when `verb` is a first-person future act the speaker's side
    will do "ourselves" under a condition ("If ..., we will go to the island ourselves," X said);
    else None."""
    words = _words()
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in words["future_auxiliaries"] for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in words["self_help_subjects"] for c in verb.children):
        return None
    if not any(t.lower_ in words["self_help_reflexives"] for t in verb.subtree):
        return None
    if not threat_conditioned(verb):
        return None
    teller = telling_verb(verb)
    return None if teller is None or is_negated(teller) else teller
