"""A removal ordered by name: "ordered the expulsion of a military attache".

CAMEO's pattern "order ... expulsion" is 174 (COERCE deport) for anyone expelled, but PLOVER
(manual 3.13, p.21; docs/plover-conventions.md) codes diplomats expelled as SANCTION expel and
other individuals expelled or deported as COERCE. The verb rows already draw that line ("expel"
is 166, "expel a journalist" 174), so an ordered removal noun ("expulsion", "deportation") with an
"of" phrase is typed as its verb would be with those people as object: "ordered the expulsion of
a Belarusian consul" reads SANCTION, "ordered the expulsion of two Swiss reporters" COERCE. Word
lists: `data/events/ordered_removals.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, Lexicon, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "ordered_removals.yaml"
ORDERING = "ordering_verbs"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def ordering_verbs() -> frozenset[str]:
    """The verbs of ordering (`ordering_verbs` of ordered_removals.yaml), for other readers of
    ordered acts (`ordered_acts`)."""
    return _words()[ORDERING]


def ordered_removal(verb: Token, lemma: str, lex: Lexicon) -> tuple[TriggerType, Token] | None:
    """The type of a removal noun that `verb` orders, read as the removal's verb with the noun's
    "of" object ("ordered the expulsion of an envoy": "expel" + "envoy"), and that noun; None
    when the verb orders no removal of named people."""
    words = _words()
    if lemma not in words[ORDERING]:
        return None
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        typed = removal_noun_event(noun, lex)
        if typed is not None:
            return typed, noun
    return None


def removal_noun_event(noun: Token, lex: Lexicon) -> TriggerType | None:
    """A removal noun that is the event itself, typed as its verb with its "of" people as object:
    "Zambia's expulsion of a Chinese mining executive" reads "expel" + "executive" (COERCE),
    "the expulsion of two diplomats" "expel" + "diplomat" (SANCTION). None for other nouns or
    with no "of" people (the noun's own lexicon entry then types it). Round r20 (args24): the
    bare noun took the verb's default, SANCTION, for anyone expelled (own45 tune)."""
    words = _words()
    removal_verbs = words.get(noun.lemma_.lower()) if noun.lemma_.lower() != ORDERING else None
    if not removal_verbs:
        return None
    people = prep_objects(noun, "of")
    if not people:
        return None
    for removal in sorted(removal_verbs):
        typed = _typed_removal(removal, people, lex)
        if typed is not None:
            return typed
    return None


def _typed_removal(removal: str, people: list[Token], lex: Lexicon) -> TriggerType | None:
    for person in people:
        words = [person.lemma_.lower(), person.lower_]
        words += [c.lemma_.lower() for c in person.children if c.dep_ == "compound"]
        for word in words:
            hit = lex.pattern(removal, "", word)
            if hit is not None:
                return hit
    return lex.verb(removal)
