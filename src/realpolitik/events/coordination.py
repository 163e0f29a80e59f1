"""Coordinations the parser attaches one level too low, shared by the polarity and argument
readers."""

from __future__ import annotations

from spacy.tokens import Token

# A past participle too: the tagger often reads a past tense after "and" as one ("would not
# withdraw and accused Kyiv"), and a participle cannot follow a modal without "have" or "be".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def finite_conjunct_of_infinitive(node: Token) -> bool:
    """A finite verb the parser made a conjunct of a bare infinitive under a modal, "do" or "to"
    ("said that X can pose a threat and warned that ...", "refused to free the hostages and
    fired rockets"): a modal or "to" takes a bare infinitive, so the finite verb cannot be under
    it; it coordinates with the clause that governs the infinitive, and the infinitive's modal,
    negation and frame are not its own."""
    head = node.head
    return (
        node.dep_ == "conj"
        and node.tag_ in FINITE_TAGS
        and not any(c.dep_ in {"aux", "auxpass"} for c in node.children)
        and head.tag_ == "VB"
        and any(
            c.dep_ == "aux" and (c.tag_ in {"MD", "TO"} or c.lemma_ == "do") for c in head.children
        )
    )


def joint_marked(verb: Token, markers: frozenset[str]) -> bool:
    """ "A and B jointly dismantled a ring", "worked together", "will run joint patrols": an
    adverb on the verb, or an adjective on its object, says the coordinated parties act as one
    side with each other, as a joint verb ("A and B signed") does."""
    if any(c.dep_ == "advmod" and c.lower_ in markers for c in verb.children):
        return True
    return any(
        a.dep_ == "amod" and a.lower_ in markers
        for o in verb.children
        if o.dep_ in {"dobj", "obj"}
        for a in o.children
    )
