"""A party refused entry in the passive with no agent ("two reporters were refused entry to
Belarus", "the delegation was denied admission into Somalia"): the country entered refuses, the
source (PLOVER REJECT, the "barred from entering" rows of `docs/plover-conventions.md`). Word lists
in `data/events/entry_barred.yaml` (refusing_verbs, entry_nouns, entry_preps). Apart from
`events/entry_barred.py`, which the trigger step imports, so as not to import the argument step
there. Round r14 (plover32)."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import Arguments, MentionIndex, actors_of
from realpolitik.events.entry_barred import TERRITORY_ENTS, entry_words


def entry_refusing_state(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "Two reporters were refused entry to Belarus": in the passive with no agent, the country
    (a GPE) the refused entry is "to" or "into" is the refuser, the source; the rest the target."""
    words = entry_words()
    if args.source or verb.lemma_.lower() not in words["refusing_verbs"]:
        return args
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return args
    states = [
        m
        for noun in children
        if noun.dep_ in {"dobj", "obj"} and noun.lemma_.lower() in words["entry_nouns"]
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in words["entry_preps"]
        for place in prep.children
        if place.dep_ == "pobj" and place.ent_type_ in TERRITORY_ENTS
        for m in actors_of(place, index)
    ]
    if not states:
        return args
    target = [m for m in args.target if m not in states]
    return Arguments(source=states, target=target, anaphor=args.anaphor)
