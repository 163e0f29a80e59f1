"""Whom building works promised or done abroad are for: the state the works stand in ("agreed to
rebuild the port of Beira in Mozambique", "will upgrade the airport of Kismayo in Somalia"). A
cooperative act whose verb (or the verb it governs) builds, rebuilds, upgrades or repairs
something, and that names no party acted on, has as target the state named by an "in" or "of"
phrase of the built thing, never the builder's own. Round r16, args20: own4 tune.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex
from realpolitik.model import ActorMention

BUILD_LEMMAS = frozenset({
    "build", "rebuild", "upgrade", "repair", "modernise", "modernize", "expand", "renovate",
    "construct", "refurbish", "restore", "reconstruct", "extend",
})  # fmt: skip
PLACE_PREPS = frozenset({"in", "of"})


def built_for(verb: Token, index: MentionIndex, source: list[ActorMention]) -> list[ActorMention]:
    """The state the built thing stands in, as a one-item target, or an empty list."""
    own = {m.country for m in source if m.country}
    builders = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]
    for builder in builders:
        if builder.lemma_.lower() not in BUILD_LEMMAS:
            continue
        objects = [c for c in builder.children if c.dep_ in {"dobj", "obj"}]
        if not objects:
            continue
        # the place phrase hangs on the built thing, or on the verb ("upgrade the port of
        # Mombasa in Kenya": the parser may hang "in Kenya" on "upgrade")
        words = [t for o in objects for t in o.subtree]
        words += [p for c in builder.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for tok in words:
            if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
                continue
            m = index.at(tok)
            if m is not None and m.is_state_or_sector and m.country not in own:
                return [m]
    return []
