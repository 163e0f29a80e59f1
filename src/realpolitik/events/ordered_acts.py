"""An act ordered by its participle: "ordered the opposition leaders arrested".

"ordered the arrest of X" is read as the arrest (CAMEO's "order ... arrest" row, 173) and
"ordered the expulsion of X" as the expulsion (`ordered_removals.py`), but with the act told by a
past participle after the ordered people or thing ("ordered the diplomats expelled", "ordered
its border post closed", "decreed the prisoners freed") the verb of ordering fell back to its own
row, a demand (REQUEST 100), as if the authority asked a party to act. The parser hangs the
participle on the verb as a clausal complement (ccomp) with no auxiliary and the ordered noun as
its subject (or as the verb's object): the order is the act, typed as the participle's verb with
that noun as its object. A participle with an auxiliary or a "that" ("ordered that the troops
had left") is a report, not an ordered act, and stays as read; so does a light verb ("ordered
the suspects held": "hold" names no act by itself). Verbs of ordering: `ordered_removals.yaml`.
Round r23 (plover41), from the own50 tune miss "ordered its border post closed" read as a demand.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.ordered_removals import ordering_verbs

PARTICIPLE_TAGS = {"VBN", "VBD"}
# Children that make the complement a tensed clause of its own, not an ordered result.
CLAUSE_MARKS = {"aux", "auxpass", "mark", "neg"}


def ordered_participle(
    verb: Token, lemma: str, lex: Lexicon, object_words: Callable[[Token], list[str]]
) -> tuple[TriggerType, Token] | None:
    """The type of the act that `verb` (a verb of ordering) orders by a bare past participle,
    read as the participle's verb with the ordered noun as object (its words as the verb's
    patterns read an object: `object_words`, with its compounds, "its border post" as "border"),
    and that participle; None when the verb orders no act so."""
    if lemma not in ordering_verbs():
        return None
    for comp in _participles(verb):
        if comp.tag_ not in PARTICIPLE_TAGS or any(c.dep_ in CLAUSE_MARKS for c in comp.children):
            continue
        ordered = _ordered_noun(verb, comp)
        if ordered is None:
            continue
        typed = _participle_type(comp, object_words(ordered), lex)
        if typed is not None:
            return typed, comp
    return None


def _participles(verb: Token) -> list[Token]:
    """The verb's clausal complements after it, and a past participle the parser hangs on its
    object as a reduced relative right after the noun ("ordered the two activists released on
    bail": acl on "activists")."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        comps += [
            c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == obj.i + 1
        ]
    return comps


def _ordered_noun(verb: Token, comp: Token) -> Token | None:
    """The people or thing ordered into the participle's state: the participle's subject or the
    verb's object, standing between the verb and the participle."""
    nouns = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}]
    nouns += [c for c in verb.children if c.dep_ == "dobj"]
    return next((n for n in nouns if verb.i < n.i < comp.i and n.pos_ != "PRON"), None)


def _participle_type(comp: Token, ordered: list[str], lex: Lexicon) -> TriggerType | None:
    act = comp.lemma_.lower()
    if act in lex.light:
        return None
    particle = next((c.lower_ for c in comp.children if c.dep_ == "prt"), "")
    for word in ordered:
        hit = lex.pattern(act, particle, word)
        if hit is not None:
            return hit
    return lex.verb(act, particle) or lex.verb(act)


# Objects of "pay" that name a penalty: an order to pay one is the penalty imposed.
PENALTY_OBJECTS = frozenset({"fine", "penalty"})


def ordered_penalty(verb: Token, lemma: str, lex: Lexicon) -> tuple[TriggerType, Token] | None:
    """ "a magistrate ordered its owners to pay a 12 million-shilling fine": a court or an
    authority ordering a party to pay a fine imposes the fine, a penalty typed as the verb "fine"
    (SANCTION; PLOVER manual 3.13, p.21: "court-ordered payments should be coded as SANCTION"),
    where the verb of ordering read a demand (REQUEST) and "pay a fine" a concession. Returns
    that type and the fine's noun; None for any other order. Round r27, reader31, from a
    reader_own26 tune miss."""
    if lemma not in ordering_verbs():
        return None
    fined = lex.verb("fine")
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.lemma_.lower() != "pay":
            continue
        for obj in comp.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in PENALTY_OBJECTS and fined is not None:
                return fined, obj
    return None


def ordered_by_participle_nouns(verb: Token, lemma: str, lex: Lexicon) -> list[Token]:
    """The nouns up the prepositional chain above a verb of ordering told as a trailing past
    participle set off by a comma ("A freeze on the bank accounts of three ministers, ordered by
    the Treasury, ..."): the parser hangs the participle on the chain's last noun ("ministers"),
    while it describes the act noun that heads the chain ("freeze"), which the verb's patterns
    then read as its object, as "ordered a freeze on" reads ("order ... freeze", SANCTION) and
    not as a demand (REQUEST 100). Round r42, plover60 (own88 tune; the stop 61 leftover "A
    freeze on the bank accounts of ..., ordered by ..." read REQUEST). Empty for any other verb or
    shape; a chain of goods ("Ten tonnes of rice, ordered by ...") names no act and the verb keeps
    its reading. A noun with a reading of its own ("The arrest of two reporters, ordered by a
    court") is its own event, with the "by" agent as its doer, and is left to it: the participle,
    ranked as a modifier, took the noun's place below the sentence's other acts."""
    if lemma not in ordering_verbs() or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    nouns: list[Token] = []
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
        modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}]
        if lex.noun(noun.lemma_.lower(), modifiers) is None:
            nouns.append(noun)
    return nouns
