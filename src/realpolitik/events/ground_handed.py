"""Ground handed over, returned or ceded to a party: "handed four border villages back to
Azerbaijan", "ceded the disputed area to Sudan", "returned the captured territory to Yerevan".

The party of the "to" phrase receives it and is the act's target; the ground (villages read as
their people, a town as its government) is none. The "to" phrase may name a place, a capital
standing for its state: `place_target.destination_place` reads it (`handed_ground_object`).
Words: `data/events/ground_handed.yaml`. Stop 41, lead.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.arguments import Arguments, MentionIndex, actors_of
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "ground_handed.yaml")


def handed_ground_object(verb: Token) -> Token | None:
    """The object naming ground that a handing verb gives, or None."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["handing_verbs"]:
        return None
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "obj"}:
            continue
        if obj.lemma_.lower() in words["ground_nouns"]:
            return obj
    return None


def recipient_words(verb: Token, ground: Token) -> list[Token]:
    """The nouns of the "to" phrase, on the verb, its particle ("handed ... back to Azerbaijan":
    the parser hangs "to" on "back") or the ground's phrase ("control of the crossing to the
    Authority": on "crossing")."""
    particles = [c for c in verb.children if c.dep_ in {"prt", "advmod"}]
    return [o for head in (verb, *particles, *ground.subtree) for o in prep_objects(head, "to")]


def handed_ground_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """The target of ground handed to a party: the "to" phrase's parties, never the ground's
    (left empty when the phrase names a place only: the place's state is read later)."""
    ground = handed_ground_object(verb)
    if ground is None:
        return args
    words = recipient_words(verb, ground)
    if not words:
        return args  # "returned the town": no receiver named, the verb's own reading stands
    receiving = {t.i for w in words for t in w.subtree}
    # the mentions on the ground's own words (not `actors_of`, which searches a word's phrase and
    # from "the crossing to the Authority" would reach the receiver)
    handed = {
        id(m) for t in ground.subtree if t.i not in receiving and (m := index.at(t)) is not None
    }
    receivers = [m for w in words for m in actors_of(w, index) if id(m) not in handed]
    return Arguments(source=args.source, target=receivers, anaphor=args.anaphor)
