"""A demand told in a "that" clause in the subjunctive: "insisted that the government stop".

A verb of saying takes no pattern of its own (`Lexicon.report`), so "the opposition insisted that
the government stop arresting its members" read the arrests (COERCE) and "farmers demanded that
the ministry lift the ban" the lifting (CONCEDE). The bare verb of the clause says that its act is
asked for, not told as done: the verb of saying lays a demand on the clause's subject (PLOVER
REQUEST, manual 3.8, p.16), as "told Peru to withdraw" does (`triggers.DIRECTIVE`). The clause's
act keeps its own type, as the act asked for in "demanded the release of X" does (the careful
reader lists both). A "that" clause telling an addressee what the speaker's side wants of it
("told his counterpart that Cairo wanted a binding deal") lays a demand the same way. Word lists:
`data/events/mandative.yaml`.

A bare form is the subjunctive when the clause has no auxiliary ("stop", tag VB); a present form
after a past verb of saying ("insisted that the rebels end", tag VBP under VBD) is read the same,
since reported speech in the past would put an indicative in the past.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "mandative.yaml"
PAST_TAGS = {"VBD", "VBN"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
ADDRESSEE_DEPS = {"dobj", "dative", "iobj"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def demanded_clause(head: Token) -> Token | None:
    """The "that" clause of a verb of saying that lays a demand: a subjunctive one under a verb
    of demanding ("insisted that X stop"), or one that tells an addressee what the speaker's side
    wants of it ("told his counterpart that Cairo wanted a binding deal")."""
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    if head.lemma_.lower() in _words()["demanding_verbs"]:
        found = next((c for c in clauses if _subjunctive(c)), None)
        if found is not None:
            return found
    if not any(c.dep_ in ADDRESSEE_DEPS for c in head.children):
        return None
    return next((c for c in clauses if _wants_from_addressee(c)), None)


def _wants_from_addressee(verb: Token) -> bool:
    words = _words()
    return verb.lemma_.lower() in words["wanting_verbs"] and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in words["wanted_objects"]
        for c in verb.children
    )


def _subjunctive(verb: Token) -> bool:
    """The clause's verb is bare, with its own subject and no auxiliary."""
    words = _words()
    head = verb.head
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.tag_ == "VB":
        return True
    return (
        verb.tag_ == "VBP"
        and head.tag_ in PAST_TAGS
        and verb.lemma_.lower() not in words["indicative_lookalikes"]
    )
