"""People lifted out of the water or off a sinking craft are rescued: aid (round r32, args36;
words in `data/events/rescue_lifts.yaml`).

"The coast guard pulled 23 fishermen out of the sea", "the navy hauled 60 people from a sinking
boat": the bare "pull" reads troops pulled out (RETREAT 087) and "pull out" a withdrawal from
talks (SANCTION 160), which turned a rescue at sea into a retreat with the rescued as its
target. A rescue is relief work, AID (CAMEO 070, as the round r31 rows for survivors "pulled
from the rubble" read: docs/plover-conventions.md, "hostages rescued" AID). The reading needs
someone lifted (the verb's object) and a "from" or "out of" phrase naming water or a craft;
"pulled its troops out of the town" and "pulled out of the talks" keep their readings.

People carried to care are rescued too (round r38, args42, own81 tune): "two of its helicopters
flew twelve injured pilgrims to a hospital in Pokhara" read the "fly to" row, a visit (CONSULT
042) by the fliers, where the people were carried and no one visited. A carrying verb
(`carry_verbs`) with people as its object (or passive subject) and a "to" phrase naming a place
of care (`care_places`) is relief work, AID (070); "flew to Paris for talks" keeps its visit.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.person_objects import names_a_person
from realpolitik.events.wordlists import read_word_sets

RESCUED = TriggerType("AID", None, "070", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "rescue_lifts.yaml")


def carried_to_care(verb: Token) -> TriggerType | None:
    """AID when a carrying verb (`carry_verbs`) has people as its object (or passive subject) and
    a "to" phrase, on the verb or its object, naming a place of care (`care_places`)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["carry_verbs"]:
        return None
    carried = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not any(_people(c) or _needing_care(c) for c in carried):
        return None
    places = [p for h in (verb, *carried) for p in prep_objects(h, "to")]
    return RESCUED if {p.lemma_.lower() for p in places} & words["care_places"] else None


def _needing_care(tok: Token) -> bool:
    """ "twelve injured pilgrims", "the wounded": people told by the harm that needs care."""
    words = _words()["needing_care"]
    return tok.lemma_.lower() in words or any(
        c.dep_ == "amod" and c.lower_ in words for c in tok.children
    )


def _lifted_from(verb: Token) -> list[Token]:
    """The heads of the verb's "from" and "out of" phrases (the parser hangs "out of" on the verb
    or on its object), with their modifiers ("a sinking boat": "sinking" counts)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    places = [p for h in heads for p in prep_objects(h, "from")]
    places += [p for h in heads for out in h.children if out.dep_ in {"prep", "advmod", "prt"}
               and out.lower_ == "out" for p in prep_objects(out, "of")]  # fmt: skip
    return [w for p in places for w in (p, *(c for c in p.children if c.dep_ == "amod"))]


def _people(tok: Token) -> bool:
    """Whether the lifted `tok` names people: a person noun or name, a nationality word
    ("Comorians"), or one of `lifted_people` ("60 people", "the crew")."""
    if names_a_person(tok) or (tok.ent_type_ == "NORP" and tok.tag_ == "NNPS"):
        return True
    return (
        tok.lemma_.lower() in _words()["lifted_people"] or tok.lower_ in _words()["lifted_people"]
    )


def rescued_from_water(verb: Token) -> TriggerType | None:
    """AID when a lifting verb (`lift_verbs`) has people as its object (or passive subject) and a
    "from" or "out of" phrase naming water or a craft (`water_places`); None otherwise."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["lift_verbs"]:
        return None
    if not any(_people(c) for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}):
        return None
    lifted_from = _lifted_from(verb)
    places = {w.lemma_.lower() for w in lifted_from} | {w.lower_ for w in lifted_from}
    return RESCUED if places & words["water_places"] else None
