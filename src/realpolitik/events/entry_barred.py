"""People stopped from going somewhere: "soldiers stopped opposition monitors from entering polling
stations", "riot police kept lawmakers from reaching the chamber", "border guards prevented the
journalists from entering the country".

The verbs of stopping have no reading of their own that fits ("stop" and "keep" none, so the
sentence fell to a guess, a protest; "prevent" a refusal). Kept from entering, reaching or
crossing a place, a party's movement is restricted: CAMEO 172, PLOVER COERCE 'restrict' (manual
3.15). Kept from entering a country or its territory, a state refuses the party entry: PLOVER
REJECT (manual 3.10, p.18; `docs/plover-conventions.md`, the "barred from entering" rows). Word
lists: `data/events/entry_barred.yaml`.

Written for issue 9, round r13 (plover31 helper, from own29 tune and the brief's known leftover
"stopped X from entering").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "entry_barred.yaml"
MOVEMENT_RESTRICTED = TriggerType("COERCE", "restrict", "172", "own")
ENTRY_REFUSED = TriggerType("REJECT", None, "120", "own")
# Entities that name a country or a state's territory as what was entered.
TERRITORY_ENTS = frozenset({"GPE"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def entry_words() -> dict[str, frozenset[str]]:
    """The word lists of `data/events/entry_barred.yaml` (shared with `events/entry_refusers.py`)."""
    return _words()


def kept_from_movement(verb: Token) -> Token | None:
    """The gerund of movement `verb` keeps its object from ("stopped them from *entering*"), when
    `verb` is a verb of stopping; else None."""
    words = _words()
    if verb.lemma_.lower() not in words["preventing_verbs"]:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
            if gerund.lemma_.lower() in words["movements"] | words["livelihoods"]:
                return gerund
    return None


def confinement_adverb(verb: Token) -> Token | None:
    """The adverb of place a verb of keeping holds its object in ("patrols kept the fishermen
    *ashore*", "kept the marchers indoors"), when the verb has an object; else None."""
    words = _words()
    if verb.lemma_.lower() not in words["confining_verbs"]:
        return None
    if not any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advmod", "oprd", "prt", "acomp"}
            and c.lower_ in words["confinement_adverbs"]
        ),
        None,
    )


def _enters_territory(gerund: Token) -> bool:
    territory = _words()["territory_nouns"]
    for obj in (c for c in gerund.children if c.dep_ in {"dobj", "pobj"}):
        if obj.lemma_.lower() in territory or obj.ent_type_ in TERRITORY_ENTS:
            return True
    return False


def barred_movement(verb: Token) -> tuple[TriggerType, Token] | None:
    """The reading of a verb of stopping with a "from" + gerund of movement, and the gerund; else
    None (the verb keeps its reading)."""
    gerund = kept_from_movement(verb)
    if gerund is None:
        place = confinement_adverb(verb)
        return (MOVEMENT_RESTRICTED, place) if place is not None else None
    if gerund.lemma_.lower() == "enter" and _enters_territory(gerund):
        return ENTRY_REFUSED, gerund
    return MOVEMENT_RESTRICTED, gerund
