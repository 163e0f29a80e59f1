"""A claim of innocence told is a denial: "X said the men had done nothing wrong".

"Union leader X said the men had not broken any rule", "A lawyer for the crew said they had
violated no regulation", ""We have committed no crime," the captain told reporters": no verb of
denying, yet a careful reader lists a denial by the teller (PLOVER REJECT, CAMEO 125 "deny
responsibility"; issue 9, round r20, reader24: reader_own18 tune read ASSAULT on "broken",
reader_own19 tune "had done nothing illegal" had no event). The deed is a wrongdoing verb whose
object is "nothing" qualified as wrong ("nothing illegal"), or a rule or an offence negated ("no
law", "not ... any rule"), in a clause a verb of telling reports (`told_threats.telling_verb`);
in the writer's own voice ("The men had broken no rule") it is no denial told, and "did nothing to
stop the violence" (no "wrong") is a complaint, not a denial.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.polarity import is_negated
from realpolitik.events.told_threats import telling_verb
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "innocence_claims.yaml")


def claimed_innocence(sent: Span) -> list[tuple[Token, Token]]:
    """(the wrongdoing's verb, the verb of telling) of each claim of innocence told in `sent`."""
    out = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or not _denies_wrongdoing(verb):
            continue
        teller = telling_verb(verb)
        if teller is not None and not is_negated(teller):
            out.append((verb, teller))
    return out


def _denies_wrongdoing(verb: Token) -> bool:
    """`verb` is a wrongdoing said not to have been done: "done nothing wrong", "broken no law",
    "not violated any rule"."""
    words = _words()
    if verb.lemma_.lower() not in words["wrongdoing_verbs"]:
        return False
    negated = is_negated(verb)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in words["nothing_words"]:
            if any(a.lemma_.lower() in words["wrong_words"] for a in obj.children):
                return True
        elif obj.lemma_.lower() in words["rules_and_offences"]:
            dets = {d.lower_ for d in obj.children if d.dep_ == "det"}
            if dets & words["no_words"] or negated:
                return True
    return False
