"""Armed bodies leaving ground pull back from it.

"Wagner fighters left Bakhmut last week", "the rebels abandoned the town after the shelling",
"French troops will vacate the base by December": the lexicon reads "leave" as the end of a visit
(CONSULT) and "abandon" as giving up a claim (CONCEDE), which hold for a minister leaving Geneva or
a government abandoning a plan. With an armed body as the subject and ground as the object (a
proper name, or a noun of ground: `acled_acts.tsv`'s ground group), the act is a withdrawal (RETREAT, CAMEO 087), as "withdrew
from Kherson" is read (lead, stop 42). Armed bodies: `deployed_arrivals.yaml`'s armed_bodies and
`left_ground.yaml`'s armed_leavers; the subject's "of" phrase counts ("a column of fighters").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.acled_acts import act_words
from realpolitik.events.acled_phrases import in_words
from realpolitik.events.deployed_arrivals import body_words, deployed_words
from realpolitik.events.lexicon import DATA_DIR, PULLED_BACK, TriggerType
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "left_ground.yaml")


def left_ground(verb: Token) -> TriggerType | None:
    """RETREAT when `verb` is a verb of leaving whose subject is an armed body and whose object
    is ground; None otherwise (the reading stands)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["leaving_verbs"]:
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "left behind", "left out": another verb
    armed = words["armed_leavers"] | deployed_words()["armed_bodies"]
    subjects = [w for s in verb.children if s.dep_ == "nsubj" for w in body_words(s)]
    if not any(w in armed for w in subjects):
        return None
    if not any(_is_ground(o) for o in verb.children if o.dep_ == "dobj"):
        return None
    return PULLED_BACK


def _is_ground(obj: Token) -> bool:
    """A proper name or a noun of ground ("the town", "their positions"). The parser's entity
    label is not asked: it reads many conflict towns as organisations ("Bakhmut"), and what an
    armed body leaves by name is a place far more often than anything else."""
    return obj.pos_ == "PROPN" or in_words(obj, act_words()["ground"])
