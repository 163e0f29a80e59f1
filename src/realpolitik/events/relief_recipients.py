"""The people relief goods are for, as the party an act of help is aimed at.

"Turkish trucks carried tents and blankets for the refugees", "cargo ships that carried rice for
families left homeless by the floods": help whose "for" phrase names people (or a party) and no
state they are in goes to those people. `arguments.helped_places` turns such people into the
state they are in where an "in" phrase names one; with none, the help had no target at all, and a
sentence whose gold pair names the people lost its pair (round r30, plover48: own64 tune and the
brief's leftover "aid named in a relative clause on goods gets no target"). The "for" phrase may
hang on the verb ("sent tents for survivors") or on the goods ("tonnes of rice for families").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.model import ActorMention

# Dependencies not followed down from the goods: a clause or a conjoined act of its own says
# nothing of whom these goods are for.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})


def _goods_phrase(verb: Token) -> list[Token]:
    """The verb and the words of its direct objects' phrases, clauses left out."""
    words = [verb]
    stack = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    while stack:
        tok = stack.pop()
        words.append(tok)
        stack += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    return words


def people_helped(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """The parties a "for" phrase of the verb or of its goods names (with their conjuncts), not
    the helper's own; an empty list where there is none."""
    found: list[ActorMention] = []
    for word in _goods_phrase(verb):
        for obj in prep_objects(word, "for"):
            for tok in (obj, *obj.conjuncts):
                m = index.at(tok)
                if m is not None and m not in source and m not in found:
                    found.append(m)
    return found
