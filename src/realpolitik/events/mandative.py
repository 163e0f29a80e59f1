"""A demand told in a "that" clause: "told his counterpart that Cairo wanted a binding deal".

A verb of saying takes no pattern of its own (`Lexicon.report`): with an addressee and a
to-infinitive it is an instruction ("told Peru to withdraw", `triggers.DIRECTIVE`), with a "that"
clause it only reports. A "that" clause telling the addressee what the speaker's side wants of it,
an undertaking or an act owed ("told his counterpart that Cairo wanted a binding deal", "told the
envoy that Belgrade wanted guarantees"), lays a demand on the addressee the same way (PLOVER
REQUEST, manual 3.8, p.16: "All requests, demands, and orders"). Told to no one, or of no
undertaking ("told reporters that the party wanted more seats"), it stays a report. Word lists:
`data/events/mandative.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "mandative.yaml"
ADDRESSEE_DEPS = {"dobj", "dative", "iobj"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def demanded_clause(head: Token) -> Token | None:
    """The "that" clause of a verb of saying that tells an addressee what the speaker's side
    wants of it ("told his counterpart that Cairo wanted a binding deal"), if any."""
    if not any(c.dep_ in ADDRESSEE_DEPS for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and _wants_of_addressee(c)), None)


def _wants_of_addressee(verb: Token) -> bool:
    words = _words()
    return verb.lemma_.lower() in words["wanting_verbs"] and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in words["wanted_objects"]
        for c in verb.children
    )
