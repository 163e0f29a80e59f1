"""People made to do something by others ("they made us sign papers", "border police made the
drivers unload their lorries"): a causative "make" whose bare-infinitive complement has people for
its subject and names an act people are made to do under guard (`COMPELLED_VERBS`) is coercion
(COERCE, CAMEO 170). Round r48, reader52: stop 67's leftover "made us sign papers" and
reader_own47 tune read no event. The act must be one of the list and the maker a party (a person,
a body of people, a named group or a personal pronoun), so "the teacher made the pupils write an
essay" and "the law made farmers wait longer" are no coercion.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.person_objects import names_a_person

MADE_TO_ACT = TriggerType("COERCE", None, "170", "own")
# Acts people are made to do by those who hold or stop them: a word list for the class of
# phrasing, not for any one sentence ("made them kneel", "made the drivers empty their trailers").
COMPELLED_VERBS = frozenset({
    "carry", "chant", "crawl", "delete", "empty", "kneel", "lie", "open", "sign", "sit", "squat",
    "stand", "strip", "surrender", "swear", "undress", "unload", "wait",
})
PEOPLE_PRONOUNS = frozenset({"us", "them", "him", "her", "me"})
# People held or stopped whom `person_objects` does not list (its list leaves out "driver" and
# "passenger" on purpose: a bus picks them up with no arrest).
HELD_PEOPLE = frozenset({
    "captive", "crew", "detainee", "driver", "hostage", "inmate", "passenger", "people",
    "prisoner",
})
# Numbers and bodies heading the people made to act ("made scores of traders surrender their
# cards", "made dozens of drivers unload"): the people are their "of" object (round r50, reader54:
# reader_own49 tune "made scores of ... day traders surrender their entry cards", stop 69's
# leftover "made dozens of Haitian vendors hand in").
PEOPLE_COUNTS = frozenset({
    "crowd", "dozen", "group", "handful", "hundred", "number", "score", "thousand",
})
MAKER_PRONOUNS = frozenset({"they", "he", "she", "we"})
MAKER_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
# Those who hold or stop people, named by their force ("the guards", "border police").
MAKER_FORCES = frozenset({
    "captor", "customs", "fighter", "gendarme", "guard", "gunman", "jailer", "kidnapper",
    "marine", "militia", "militiaman", "police", "rebel", "soldier", "troop", "warder",
})


def compelled_act(verb: Token) -> TriggerType | None:
    """COERCE when `verb` is "make" with a bare-infinitive complement from `COMPELLED_VERBS`
    whose subject is people, and a party for its own subject; else None."""
    if verb.lemma_.lower() != "make" or not _party(verb):
        return None
    for comp in verb.children:
        if comp.dep_ not in {"ccomp", "xcomp"} or comp.tag_ not in {"VB", "VBP"}:
            continue
        if comp.lemma_.lower() not in COMPELLED_VERBS:
            continue
        made = [c for c in comp.children if c.dep_ == "nsubj"]
        if made and _people(made[0]):
            return MADE_TO_ACT
    return None


def _people(tok: Token) -> bool:
    if tok.lemma_.lower() in PEOPLE_COUNTS:
        counted = prep_objects(tok, "of")
        return bool(counted) and _people(counted[0])
    return tok.lower_ in PEOPLE_PRONOUNS or tok.lemma_.lower() in HELD_PEOPLE or names_a_person(tok)


def _party(verb: Token) -> bool:
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        return (
            subj.lower_ in MAKER_PRONOUNS
            or subj.ent_type_ in MAKER_ENTS
            or subj.lemma_.lower() in MAKER_FORCES
            or names_a_person(subj)
        )
    return False
