"""A diplomat declared unwelcome: "declared the ambassador persona non grata".

Declaring someone persona non grata is the formal act of expelling them (CAMEO 166, PLOVER
SANCTION expel for a diplomat), but "declare" is a verb of saying to the lexicon and the parser
reads the Latin status in several ways (an object, a clausal complement, an object predicate of
the passive), so no pattern row could hold it. The act is typed as "expel" with the person
declared, as the verb's rows would type "expelled X" (a diplomat SANCTION, a reporter COERCE).
Word lists: `data/events/unwelcome_declarations.yaml` (round r20, fuse19, from a fusion_own14
tune miss).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "unwelcome_declarations.yaml"
# How the parser hangs the person declared on the verb or on the status word.
_PERSON_DEPS = {"dobj", "nsubjpass", "nsubj"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def declared_unwelcome(verb: Token, lemma: str, lex: Lexicon) -> tuple[TriggerType, Token] | None:
    """The expulsion a verb of declaring names when its clause gives a person the status
    "persona non grata", typed as "expel" with that person, and the person (or the status word
    where no person is found); None otherwise."""
    words = _words()
    if lemma not in words["declaring_verbs"]:
        return None
    status = _status_word(verb)
    if status is None:
        return None
    people = [
        c
        for head in (verb, status)
        for c in head.children
        if c.dep_ in _PERSON_DEPS
        and c.i < status.i
        and not (head.i == verb.i and c.dep_ == "nsubj")  # the verb's subject is the declarer
    ]
    person = people[0] if people else None
    for word in _person_words(person):
        hit = lex.pattern("expel", "", word)
        if hit is not None:
            return hit, person or status
    typed = lex.verb("expel")
    return (typed, person or status) if typed is not None else None


def _status_word(verb: Token) -> Token | None:
    """The first word of "persona non grata" after the verb in its sentence, when its last
    word follows within two words and the status hangs on the verb's own clause."""
    words = _words()
    sent = verb.sent
    for tok in sent:
        if tok.i <= verb.i or tok.lower_ not in words["status_first"]:
            continue
        tail = [t.lower_ for t in sent.doc[tok.i + 1 : min(tok.i + 3, sent.end)]]
        if any(t in words["status_last"] for t in tail) and _in_clause_of(tok, verb):
            return tok
    return None


def _in_clause_of(word: Token, verb: Token) -> bool:
    """Whether the word hangs on the verb with no other verb between them."""
    for anc in word.ancestors:
        if anc.i == verb.i:
            return True
        if anc.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _person_words(person: Token | None) -> list[str]:
    if person is None:
        return []
    words = [person.lemma_.lower(), person.lower_]
    return words + [c.lemma_.lower() for c in person.children if c.dep_ in {"compound", "amod"}]
