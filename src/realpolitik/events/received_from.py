"""A message received "from" a party: the sender acts on the receiver.

"The foreign minister received a letter from his Kyrgyz counterpart", "The junta received a
message from Algeria's president": the verb of receiving is the trigger (typed CONSULT), and its
grammatical subject is the one written to, so the "from" party is the source and the receiver the
target (lead, stop 58: probe sentences written as wire text read the receiver as the writer).
Only words sent (`light_verbs.yaml` `received_message_nouns`): a party received ("received a
delegation from Burkina Faso") is hosted and the receiver stays the source (CAMEO 043); goods
received are the aid readers'; an act noun received ("received a phone call from ...") is
`extract._light_verb_arguments`' reading.

Needs the trigger's arguments; gives them back turned round, or unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import Arguments, MentionIndex, actors_of
from realpolitik.events.expressed_stances import light_words
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.model import ActorMention

OBJECT_DEPS = frozenset({"dobj", "obj"})


def received_from_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """The sender as source and the receiver as target, for a verb of receiving
    (`light_verbs.yaml` `act_receiving_verbs`) with a message as its object and a "from" party on
    the verb or the message; `args` unchanged otherwise."""
    words = light_words()
    if verb.lemma_.lower() not in words["act_receiving_verbs"]:
        return args
    things = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not things or any(t.lemma_.lower() not in words["received_message_nouns"] for t in things):
        return args  # nothing named, or not a message (a party received is a hosting)
    receivers = [m for s in verb.children if s.dep_ == "nsubj" for m in actors_of(s, index)]
    givers: list[ActorMention] = []
    for head in (verb, *things, *(t for thing in things for t in thing.subtree if t.dep_ == "pobj")):
        for p in prep_objects(head, "from"):
            for m in (m for t in p.subtree for m in actors_of(t, index)):
                if m not in receivers and m not in givers:
                    givers.append(m)
    if not receivers or not givers:
        return args
    return Arguments(source=givers, target=receivers, anaphor=args.anaphor)
