"""A sentence that opens on "They" as a passive subject goes on with the people the sentence
before it acted on: "Soldiers detained 12 fishermen off Conakry on Friday. They were freed on
Sunday", "Police arrested 40 students ... They were charged with arson" (lead, stop 58: probe
sentences written as wire text left each such act with no target).

Needs the previous sentence's event mentions; adds the target of an act whose passive subject is
that opening "They" and that has no "by" agent. Only people named by a plural common noun are
carried ("12 fishermen", "two Chinese engineers"): a state or a named group ("Rebels attacked
the base. They were repelled") is left to the other readings.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.nominal_objects import prep_objects
from realpolitik.model import ActorMention, EventMention

OPENING_PRONOUNS = frozenset({"they"})
# only what was done to the people: a stated or planned act, not a denied one
CARRIED_POLARITIES = frozenset({"asserted"})


def opening_passive_pronoun(verb: Token) -> bool:
    """The verb (or the first verb of its coordination) is a passive whose subject is the
    sentence's opening "They", with no "by" agent."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if not any(s.lower_ in OPENING_PRONOUNS and s.i == s.sent.start for s in subjects):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def bare_them_object(verb: Token) -> bool:
    """The verb's direct object is "them" and no party before it in the sentence is what it
    stands for (the caller asks only when no target was found): it goes on with the sentence
    before's subject, when a plural common noun names it ("Herders blocked the highway. Police
    asked them to leave", "Somali fishermen landed at Lamu. Officers detained them the next day").
    Round r39, reader43: a stop-58 leftover (pronouns with no gender cue) and reader_own38 tune."""
    return any(c.dep_ in {"dobj", "obj"} and c.lower_ == "them" for c in verb.children)


def partitive_them_object(verb: Token) -> bool:
    """The verb's direct object is a part of "them" ("jailed four of them", "deported some of
    them", "fined all of them"): the people the sentence before named by a plural common noun,
    as its subject or its reported clause's subject ("Senegal says Gambian fishermen have used
    dynamite for years. A court jailed four of them"). Round r48, args52: the stop 67 leftover,
    "sentenced three of them" had no target."""
    return any(
        c.dep_ in {"dobj", "obj"}
        and c.pos_ in {"NUM", "PRON", "DET", "ADJ", "NOUN"}
        and any(o.lower_ == "them" for o in prep_objects(c, "of"))
        for c in verb.children
    )


def people_acted_on(events: list[EventMention], sent: Span) -> list[ActorMention]:
    """The targets of the sentence's stated acts that name people by a plural common noun, in
    order, each once."""
    out: list[ActorMention] = []
    for e in events:
        if e.polarity not in CARRIED_POLARITIES:
            continue
        for m in e.target:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not _names_plural_people(span.root) or m in out:
                continue
            out.append(m)
    return out


def _names_plural_people(root: Token) -> bool:
    """A plural common noun, or a word that qualifies one ("nine Honduran divers": the
    nationality is the mention, the divers its head)."""
    if root.tag_ == "NNS":
        return True
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.tag_ == "NNS"
