"""A verb's particle the parser read as a count's modifier: "handed over 14 migrants to police".

Before a number, "over" can mean "more than" ("killed over 14 people"), and the parser sometimes
reads a phrasal verb's particle that way: "over" becomes a modifier of the number in the verb's
object, the verb loses its particle and "handed" alone reads no hand-over (or another act). The
tagger still tags the word a particle (RP) where the phrasal verb is meant; as "more than" it tags
a preposition or an adverb. So a token tagged RP right after a verb, hung on a number inside the
verb's object, is the verb's particle again. Stop 65 (lead), probe sentences written as wire
text: "Thai police handed over 14 Cambodian migrants to Cambodian police" gave no event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_OBJECT_DEPS = {"dobj", "obj"}


def misread_particles(sent: Span) -> list[Token]:
    """The particles of the sentence (tag RP, right after a verb) hung on a number in that verb's
    object."""
    doc = sent.doc
    found = []
    for tok in sent:
        if tok.tag_ != "RP" or tok.dep_ == "prt" or tok.i == sent.start:
            continue
        verb = doc[tok.i - 1]
        if not verb.tag_.startswith("VB") or not tok.head.like_num:
            continue
        objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        if any(tok.head.i in {t.i for t in o.subtree} for o in objects):
            found.append(tok)
    return found


def repair_particle(particle: Token) -> None:
    """Hang `particle` (found by `misread_particles`) on the verb before it as its particle; its
    own dependents (none, as a count's modifier) stay where they are."""
    particle.head, particle.dep_ = particle.doc[particle.i - 1], "prt"
