"""Capitals and seats as actors: "Islamabad accused ..." is Pakistan's government; "talks in
Islamabad" is a place and no actor at all.

The reading comes from the parse: a seat that is the subject or object of a verb, a possessor
("Kabul's interim government"), a modifier of a government noun ("Kabul-based government",
"Islamabad authorities") or a party in "between Kabul and Islamabad" is an actor; after a
locative preposition ("in", "at", "near", "to", "from"), as a dateline ("KABUL –") or as the
modifier of any other noun ("a Kabul mosque") it is a place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Prepositions after which a place name is where something happens, not who acts.
LOCATIVE_PREPOSITIONS = {
    "in", "at", "near", "to", "into", "from", "outside", "inside", "around", "across", "within",
    "toward", "towards", "via", "through", "throughout", "north", "south", "east", "west",
    "of",  # "north of Kabul", "the streets of Kabul"; "government of Kabul" is caught first
    "on", "over", "beyond", "off", "until", "till", "along",
}  # fmt: skip

# Nouns that make a seat into its government when the seat modifies them.
GOVERNMENT_NOUNS = {
    "government", "regime", "authority", "authorities", "administration", "leadership",
    "official", "officials", "ruler", "rulers", "cabinet", "establishment", "policy", "policymakers",
}  # fmt: skip

# Verbs whose "on" names whom they address, not a place: "called on Beijing to respect the
# convention", "prevailed on Tehran to release them".
ADDRESSING_ON_VERBS = {"call", "prevail"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "appos", "attr", "agent", "poss"}


def _governing(token: Token) -> Token:
    """Skip up through coordination: in "Kabul and Islamabad", Islamabad reads like Kabul."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def government_noun(span: Span) -> Token | None:
    """The government noun a seat modifies ("Kabul's interim government", "Kabul-based
    government", "Islamabad authorities", "the interim government of Kabul"), if any."""
    doc = span.doc
    root = span.root
    end = span.end
    if end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ == "based":
        head = doc[end + 1].head
        return head if head.lemma_.lower() in GOVERNMENT_NOUNS else None
    if end < len(doc) and doc[end].lower_ == "based":
        head = doc[end].head
        return head if head.lemma_.lower() in GOVERNMENT_NOUNS else None
    head = root.head
    if root.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"} and head.i >= end:
        if head.lower_ in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS:
            return head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < span.start:
        noun = head.head
        if noun.lower_ in GOVERNMENT_NOUNS or noun.lemma_.lower() in GOVERNMENT_NOUNS:
            return noun
    return None


def is_dateline(span: Span) -> bool:
    doc = span.doc
    at_line_start = (
        span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    )
    return (
        at_line_start
        and span.text.isupper()
        and span.end < len(doc)
        and doc[span.end].text in {"-", "–", "—", ":", ","}
    )


def seat_is_actor(span: Span) -> bool:
    """Whether a capital or seat in this position stands for an institution."""
    if is_dateline(span):
        return False
    if government_noun(span) is not None:
        return True
    root = _governing(span.root)
    if root.dep_ in ACTOR_DEPS:
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "on" and prep.head.lemma_.lower() in ADDRESSING_ON_VERBS:
            return True
        return prep.lower_ not in LOCATIVE_PREPOSITIONS
    return False
