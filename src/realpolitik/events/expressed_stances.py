"""A stance noun's phrase hung on the verb that expresses it (round r36, plover54, own76 tune;
word lists `expressing_verbs`, `expressing_preps` in `data/events/light_verbs.yaml`).

"The government of Fiji expressed support on Monday for Samoa's bid to host the summit": with
an adverbial between the noun and its "for" phrase the parser hangs the phrase on "expressed",
so the support had no target, and the act told inside the phrase ("to host", "Uruguay's offer")
was under no trigger and outranked the stance the sentence reports. The phrase is the noun's:
what it names is the stance's target, and an act inside it is embedded under the stance.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

# Links climbed from an act inside a phrase up to the preposition that heads it.
_PHRASE_LINKS = frozenset({"acl", "pobj", "poss", "compound", "amod", "conj", "xcomp", "dobj"})


@cache
def light_words() -> dict[str, frozenset[str]]:
    """The word lists of `data/events/light_verbs.yaml` (read once; `extract`'s light verbs read
    them too)."""
    return read_word_sets(DATA_DIR / "light_verbs.yaml")


def stance_phrases(noun: Token) -> list[Token]:
    """The prepositions (`expressing_preps`) an expressing verb carries after its object `noun`:
    "expressed support on Monday [for] Samoa's bid"; [] when `noun` is no such object."""
    words, verb = light_words(), noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in words["expressing_verbs"]:
        return []
    return [
        c for c in verb.children
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in words["expressing_preps"]
    ]  # fmt: skip


def inside_stance_phrase(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether `tok` (an act noun or a clause) sits in a stance phrase of a typed stance noun
    (`stance_phrases`), the expressing verb itself being no trigger: it ranks as embedded."""
    cur = tok
    while cur.dep_ in _PHRASE_LINKS and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "prep" or cur.head.i in trigger_tokens:
        return False
    return any(
        c.i in trigger_tokens and cur in stance_phrases(c)
        for c in cur.head.children if c.dep_ in {"dobj", "obj"}
    )  # fmt: skip
