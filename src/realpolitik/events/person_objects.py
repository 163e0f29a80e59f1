"""An object that names a person: a PERSON name, or a noun of what someone does (round r19, helper
fuse18, from fusion_own13 tune; nouns in `data/events/person_objects.yaml`).

"Officers picked up the blogger Chikondi Banda" is an arrest, "picked up supplies" is not: the
lexicon's object slot `@person` (like `@place` for a named place) lets a pattern row say that a
phrasal verb ("pick up", "haul in") is an arrest only when a person is what it takes.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

PERSON = "@person"


@cache
def _person_nouns() -> frozenset[str]:
    return read_word_sets(DATA_DIR / "person_objects.yaml")["person_nouns"]


def is_person_noun(tok: Token) -> bool:
    """Whether `tok` is a noun of what a person does ("two activists", "the traders")."""
    return tok.lemma_.lower() in _person_nouns()


def names_a_person(tok: Token) -> bool:
    """Whether the object `tok` is a person's name, holds one in its compound or apposition ("the
    blogger Chikondi Banda"), or is a noun of what a person does ("two activists")."""
    if tok.ent_type_ == "PERSON" or is_person_noun(tok):
        return True
    return any(c.ent_type_ == "PERSON" for c in tok.children if c.dep_ in {"compound", "appos"})


# The lexicon's object slot for people a custody participle or relative clause describes
# ("migrants held at a detention centre in X", "Haitians who had been detained in Y"): a pattern
# row reads "fly back" or "send back" such people as a deportation (COERCE deport), where the bare
# "fly" reads aid flown in and "flown back" nationals may be evacuees. Round r31, args35 (own67
# tune: "Ninety-one Haitians held at a detention centre in Nassau ... were flown back" read AID).
HELD = "@held"
# Verbs of a state of custody (also the participles `place_target._holding_place` reads);
# `arguments.CUSTODY_VERBS` adds the acts of taking people to them.
CUSTODY_PARTICIPLES = frozenset({"hold", "detain", "jail", "imprison", "intern", "keep"})


def a_vessel_crew(tok: Token) -> bool:
    """Whether `tok` is the crew of a vessel told by a possessive ("holding its six crew", "the
    trawler's crew"): people, though "crew" alone is no person noun ("a crew briefing", "the crew
    of the film"). Round r46, reader50 (reader_own45 tune: "holding its six crew" read no event).
    Only as the object of an active verb: "the vessel's nineteen crew were being held in port",
    after "had seized a trawler", made the holding an act of its own and moved plover own81 tune's
    main target from the trawler's flag to the crew (0.800 -> 0.733), so a passive crew is left."""
    return (
        tok.lemma_.lower() == "crew"
        and tok.dep_ == "dobj"
        and any(c.dep_ == "poss" for c in tok.children)
    )


def held_in_custody(tok: Token) -> bool:
    """Whether the noun `tok` carries a participle or relative clause of custody."""
    return any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in CUSTODY_PARTICIPLES
        for c in tok.children
    )


def counted_still_in_custody(tok: Token) -> bool:
    """Whether `tok` is a bare number kept in custody: the passive subject of a custody verb with
    "still" ("The other four are still held in Kayes", "the remaining three are still being held").
    People counted by a number alone, named before, read no detention through the "hold @person"
    row (stop 64 leftover, reader_own43 tune; round r45, reader49). Only with "still": a number
    alone could as well be boats or meetings ("two were held last year"), and "still" says a
    custody begun before goes on."""
    verb = tok.head
    # "the four others are still being held": people counted as "N others" (round r46, reader50,
    # reader_own45 tune) read as the bare number does
    counted = tok.pos_ == "NUM" or (
        tok.lemma_.lower() in {"other", "others"} and any(c.dep_ == "nummod" for c in tok.children)
    )
    return (
        tok.dep_ == "nsubjpass"
        and counted
        and verb.lemma_.lower() in CUSTODY_PARTICIPLES
        and any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
    )


# The lexicon's object slot for the people a thing of their own is taken from ("their passports
# were taken from them", "took his wallet from him"): a pattern row reads "take from" such people
# as a seizure of property (COERCE 171). Round r47, reader51 (stop 66 leftover "his radio was
# taken from him", met again in reader_own46 tune). Only a person or a pronoun of people, and only
# when what is taken carries a possessive ("his", "their", "the crew's"): "blood samples were
# taken from him", "statements were taken from witnesses" take nothing of theirs.
DISPOSSESSED = "@dispossessed"
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def dispossessed(tok: Token) -> bool:
    """Whether `tok` is the object of "from" on a verb whose own object (or passive subject) is a
    thing told with a possessive: the people it was taken from."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    if tok.lower_ not in PEOPLE_PRONOUNS and not names_a_person(tok):
        return False
    things = [c for c in prep.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        c.dep_ == "poss" for thing in things for c in thing.children
    ) and not any(names_a_person(thing) for thing in things)
