"""A public place "filled with" a crowd: "The square was filled with demonstrators", "the main
avenue was packed with marchers".

The passive's "with" phrase names who filled the place, as "by" would, but the parser hangs it
as a plain preposition; the act then read the crowd as the party it was done to and named no
one doing it ("Protesters filled the square" named them as the doers). Where the passive's
subject is a public place (`PUBLIC_PLACES`) and its verb fills it (`FILLING_VERBS`), a "with"
phrase naming people (a plural or a proper noun: "with tents" is a plural too, but names no
party, so no actor comes of it) is the passive's agent. Stop 68 (lead), probe sentences written
as wire text.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.gathering_by_repair import NAMING_TAGS

# Our own lists. The places are those the crowd rows of `own_triggers.tsv` ("fill" + square,
# street, avenue, plaza, boulevard) read a protest in; singular and plural (the repair runs
# before the lemmatizer).
FILLING_VERBS = frozenset({"filled", "packed", "thronged", "crowded", "jammed"})
PUBLIC_PLACES = frozenset({
    "square", "squares", "street", "streets", "avenue", "avenues", "plaza", "plazas",
    "boulevard", "boulevards",
})  # fmt: skip


def misread_crowd_with(sent: Span) -> list[Token]:
    """The "with" prepositions that name who filled a public place told in the passive."""
    found = []
    for with_ in sent:
        if with_.lower_ != "with" or with_.dep_ != "prep":
            continue
        verb = with_.head
        if verb.lower_ not in FILLING_VERBS or verb.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if not any(c.dep_ == "nsubjpass" and c.lower_ in PUBLIC_PLACES for c in verb.children):
            continue
        if any(c.dep_ == "pobj" and c.tag_ in NAMING_TAGS for c in with_.children):
            found.append(with_)
    return found


def repair_crowd_with(with_: Token) -> None:
    """Make `with` (found by `misread_crowd_with`) the passive's agent."""
    with_.dep_ = "agent"
