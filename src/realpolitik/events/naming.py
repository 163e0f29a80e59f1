"""Verbs of naming with an object complement: "called the warning unfair", "called the arrests a
provocation". What the speaker names its object tells how it judges it; it is no phone call
(the lexicon's "call", CAMEO 041) and no summons. A disapproving complement makes the verb a
criticism of the object's author (CAMEO 111, PLOVER ACCUSE); any other ("called the plan a good
start") names no event of its own (issue 9, round r5: reader_own4 tune)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

DISAPPROVING = TriggerType("ACCUSE", "disapprove", "111", "own")
# An account named untrue: its teller denies it (CAMEO 12, PLOVER REJECT, as "denied the report").
DENYING = TriggerType("REJECT", None, "120", "own")


@cache
def _lists() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "naming.yaml")


def naming_complement(verb: Token, lemma: str) -> Token | None:
    """The object complement of a verb of naming ("unfair" in "called the warning unfair"), if any.
    Where the parser reads two ("called Norway's prime minister a pirate": the object noun and
    the complement both as complements), the disapproving one, else the first."""
    if lemma in _lists()["as_naming_verbs"]:
        return _as_complement(verb)
    if lemma not in _lists()["naming_verbs"]:
        return None
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if not complements:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        complements = [c for c in verb.children if _glued_complement(c)]
        complements += [c for o in objects for c in o.children if _bare_participle(c)]
        complements += _relative_complement(verb, objects)
        complements += _complement_on_object_clause(objects)
    return next((c for c in complements if disapproves(c)), complements[0] if complements else None)


def _relative_complement(verb: Token, objects: list[Token]) -> list[Token]:
    """ "a step Cairo called a threat to its existence", "the envoy whom Kabul called a spy": in a
    relative clause the thing named is the noun the clause hangs on, and the parser takes the
    lone complement for the verb's object; a disapproving one is the complement (stop 73, lead:
    probes of our own; it read a phone call, CONSULT 041)."""
    if verb.dep_ != "relcl" or len(objects) != 1 or objects[0].i < verb.i:
        return []
    return [objects[0]] if disapproves(objects[0]) else []


def _complement_on_object_clause(objects: list[Token]) -> list[Token]:
    """ "called the decision to close the consulate deeply regrettable": the parser hangs the
    complement on the infinitive clause of the object; a disapproving one there is the verb's
    (stop 73, lead: probes of our own)."""
    return [
        c for o in objects for clause in o.children if clause.dep_ == "acl"
        for c in clause.children if c.dep_ == "oprd" and disapproves(c)
    ]  # fmt: skip


def names_its_antecedent(verb: Token) -> bool:
    """A verb of naming in a relative clause whose complement disapproves of the noun the clause
    hangs on ("a step Cairo called a threat", "a move Ankara called provocative"): that noun, or
    its author, is what is criticised. The clause names no other object of its own."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "relcl" or lemma not in _lists()["naming_verbs"]:
        return False
    complement = naming_complement(verb, lemma)
    if complement is None or not disapproves(complement):
        return False
    return not any(
        c.dep_ == "dobj" and c.i != complement.i and c.tag_ not in {"WDT", "WP"}
        for c in verb.children
    )


def _as_complement(verb: Token) -> Token | None:
    """What a verb of naming "as" names its object ("described the seizure as illegal", "a move
    Rabat describes as opportunistic"): the word of its "as" phrase, which the parser hangs on the
    verb or on the object, an adjective as often as a noun; the disapproving one first (round
    r29, reader33, from a reader_own28 tune miss)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    complements = [
        w for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for w in prep.children if w.dep_ in {"pobj", "amod", "acomp"}
    ]  # fmt: skip
    return next((c for c in complements if disapproves(c)), complements[0] if complements else None)


def _bare_participle(word: Token) -> bool:
    """ "called the charges fabricated": the parser hangs the complement on the object as a
    reduced relative clause; a bare disapproving participle or adjective after the object is
    the complement (round r13, reader17, from reader_own12 tune)."""
    return (
        word.dep_ in {"acl", "amod"}
        and word.tag_ in {"VBN", "JJ"}
        and word.i > word.head.i
        and not any(c.dep_ not in {"advmod", "punct"} for c in word.children)
        and disapproves(word)
    )


def _glued_complement(obj: Token) -> bool:
    """ "called the decree blackmail": the parser glues the named noun to a disapproving noun
    complement as its compound and reads the pair as one object; a disapproving object noun
    with a compound before it is that complement (round r13, reader17, from reader_own12 tune)."""
    return (
        obj.dep_ == "dobj"
        and obj.tag_ in {"NN", "NNS"}
        and any(c.dep_ == "compound" and c.i < obj.i for c in obj.children)
        and disapproves(obj)
    )


def disapproves(complement: Token) -> bool:
    """The complement, a modifier of it, its "of" phrase ("an act of aggression") or the verb of
    its infinitive ("an attempt to blame a neighbour") disapproves."""
    words = [complement, *(c for c in complement.children if c.dep_ in {"amod", "compound"})]
    words += [p for prep in complement.children if prep.lower_ == "of" for p in prep.children]
    words += [c for c in complement.children if c.dep_ == "acl" and c.tag_ == "VB"]
    return any(w.lemma_.lower() in _lists()["disapproving_words"] or w.lower_ in _lists()["disapproving_words"]
               for w in words)  # fmt: skip


def named_party(verb: Token, lemma: str) -> Token | None:
    """What a verb of naming names, where the parser read it as a first object complement beside
    the disapproving one ("called Norway's prime minister a pirate": both "minister" and "pirate"
    as complements); None where it has a direct object, as it should (round r12, reader14)."""
    complement = naming_complement(verb, lemma)
    if complement is not None and complement.dep_ == "dobj":  # "called the decree blackmail"
        return next((c for c in complement.children if c.dep_ == "compound" and c.i < complement.i), None)
    if complement is None or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and c.i < complement.i), None)


def naming_type(verb: Token, complement: Token) -> TriggerType:
    """The type of a verb of naming with a disapproving `complement`: a denial where it names an
    account untrue ("called the report a lie", "described the account as a fabrication"; round
    r49, reader53), else a criticism (charges and claims named untrue stay criticisms)."""
    lists = _lists()
    untrue = (
        complement.lemma_.lower() in lists["untrue_words"]
        or complement.lower_ in lists["untrue_words"]
    )
    accounts = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i != complement.i]
    if untrue and any(a.lemma_.lower() in lists["account_nouns"] for a in accounts):
        return DENYING
    return DISAPPROVING
