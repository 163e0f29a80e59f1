"""People sent back or home after their custody: a deportation (PLOVER COERCE, CAMEO 174).

Needs a parsed sentence; reads the removal verb, its people objects and the custody act before
it. Adds nothing itself: `extract._forced` retypes the verb's trigger when it holds."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import CUSTODY_VERBS
from realpolitik.events.border_moves import direction_words
from realpolitik.events.person_objects import names_a_person


def _holds_people(act: Token) -> bool:
    """A custody verb whose object or passive subject names people ("detained 14 workers")."""
    return any(
        names_a_person(o)
        or o.lemma_.lower() in direction_words()["displaced_people"]
        or o.ent_type_ == "NORP"  # "held 30 Rohingya"
        for o in act.children
        if o.dep_ in {"dobj", "obj", "nsubjpass"}
    )


def _custody_before(verb: Token) -> bool:
    """A custody act on people earlier in the verb's sentence or in the sentence before."""
    sent = verb.sent
    start = sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    custody = CUSTODY_VERBS | direction_words()["custody_before_sending"]
    return any(
        t.lemma_.lower() in custody and t.pos_ == "VERB" and _holds_people(t)
        for t in verb.doc[start : verb.i]
    )


def held_people_sent_back(verb: Token, particles: set[str], objects: list[Token]) -> bool:
    """Whether `verb` (a removal verb with "back" or "home": "sent back", "pushed back") sends
    people held just before back where they came from: its object a person noun, or a word
    that refers back to them ("they", "the group": `people_back_references`), after a custody act
    on people. A state's envoys sent back are recalled, not deported (`expelled_envoys`)."""
    words = direction_words()
    if verb.lemma_.lower() not in words["removal_particle_verbs"]:
        return False
    if not particles & words["sent_home_particles"]:
        return False
    people = [
        o
        for o in objects
        if o.lemma_.lower() not in words["expelled_envoys"]
        and (o.lower_ in words["people_back_references"] or names_a_person(o))
    ]
    return bool(people) and _custody_before(verb)
