"""A refusal told as a negated acceptance: "will not accept a migrant quota", "said it would
never recognise the vote", "won't accept the ruling".

The lexicon reads "accept" only with the objects its CAMEO patterns name (an agreement, a plan, a
proposal: AGREE) and nothing with any other; negated, such a reading was a negated agreement. A
party saying what it will not accept states a refusal, CAMEO 12, PLOVER REJECT, and the statement
is told (asserted): `extract._polarity` keeps the negation as the refusal's own words, as it does
for an option kept open. A past negation ("did not accept the offer", "has never recognised the
region") or an inability ("could not accept") reports what did not happen and is read as before.
Word lists: `data/events/refusals.yaml`.

Written for issue 9 item 4, round r11 (reader12; reader_own10 tune and the "never accept" class of
the careful reader's tune misses by cause, docs/events-plover.md).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.infinitives import to_infinitive
from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "refusals.yaml"
REFUSAL = TriggerType("REJECT", None, "120", "own")


@cache
def refusal_words() -> dict[str, frozenset[str]]:
    """The word lists of `refusals.yaml`, read once per process (also read by
    `standing_refusals` and `compliance_pledges`)."""
    return read_word_sets(WORDS_PATH)


def refuses_acceptance(verb: Token) -> bool:
    """`verb` is a verb of accepting negated as a stance: a negation ("not", "never") with a
    modal of will ("will not accept", "would never recognise")."""
    words = refusal_words()
    renews = _renewing(verb, words)
    if verb.pos_ != "VERB" or not (
        verb.lemma_.lower() in words["accepting_verbs"]
        or _taking_part(verb, words)
        or renews
        or _permits_passive(verb, words)
    ):
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if renews and not modals:
        # "did not renew the mandate", "has not extended the lease": an agreement left to lapse
        # has ended as one refused in words has (round r34, plover52: the past negation read the
        # renewal, AID or nothing); an ability modal ("could not renew") still tells no refusal
        return True
    return bool(modals & words["stance_modals"]) or (renews and _decided(verb, words))


def _renewing(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """`verb` renews or extends an agreement or a granted right ("renew its gas contract",
    "extend the lease"; round r33, plover51): not a deadline or an appeal."""
    return verb.lemma_.lower() in words["renewing_verbs"] and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in words["renewed_nouns"]
        for c in verb.children
    )


def _permits_passive(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """`verb` lets its object be done to ("allow its citizens to be extradited", "let its
    fishermen be tried"; round r49, reader53): a verb of letting with a passive complement."""
    return verb.lemma_.lower() in words["permitting_verbs"] and any(
        c.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _decided(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """`verb` is the "to" infinitive of a verb of deciding ("decided not to renew")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words["deciding_verbs"]


def _taking_part(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """`verb` takes part in something: "attend", "participate", or "take" with "part" as its
    object ("take part in the talks"; round r32, reader36)."""
    if verb.lemma_.lower() in words["participating_verbs"]:
        return True
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def no_grounds_seer(verb: Token) -> Token | None:
    """The verb of seeing when `verb` is an act its party sees no reason, grounds or need for
    ("saw no reason to reopen the inquiry", "found no grounds to extradite him"): a refusal of that
    act, CAMEO 12 (round r27, args31: own57 tune read "saw no grounds to reopen negotiations" as
    the reopening, SUPPORT, with no party). The act is the "to" infinitive on the object noun of
    the seeing verb, with "no" as that noun's determiner; a negated seeing ("did not see any
    reason") is left as read. None otherwise."""
    words = refusal_words()
    if not to_infinitive(verb):
        return None
    # the infinitive hangs on the noun ("reason to reopen") or, as the parser also reads it, on
    # the verb of seeing beside the noun ("saw [no grounds] [to reopen]", xcomp or advcl)
    if verb.dep_ in {"relcl", "acl"}:
        nouns, seer = [verb.head], verb.head.head
    elif verb.dep_ in {"xcomp", "advcl"}:
        nouns, seer = [c for c in verb.head.children if c.dep_ == "dobj"], verb.head
    else:
        return None
    no_grounds = any(
        n.dep_ == "dobj" and n.head.i == seer.i
        and n.lemma_.lower() in words["no_grounds_nouns"]
        and any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
        for n in nouns
    )  # fmt: skip
    return seer if no_grounds and seer.lemma_.lower() in words["seeing_verbs"] else None


def refusal(verb: Token) -> TriggerType | None:
    """REJECT when `verb` states a refusal to accept, or is an act its party sees no grounds for;
    else None (the reading stays)."""
    return REFUSAL if refuses_acceptance(verb) or no_grounds_seer(verb) is not None else None
