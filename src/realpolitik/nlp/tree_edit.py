"""Editing a parsed sentence's tree in one step, for the parse repairs (`nlp/*_repair.py`).

The repairs run right after the parser, before the attribute ruler sets the coarse parts of
speech: they read tags only (`is_verb`).

A repair reads the sentence's heads and labels into dictionaries (`tree_of`), changes them there,
and writes them back at once (`set_tree`): setting one token's head at a time would leave the
tree with two roots between steps, which spaCy refuses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Verbs inside a noun phrase that are no clause's verb: modifiers and reduced relative clauses.
PHRASE_VERB_DEPS = frozenset({"amod", "acl", "relcl"})

Heads = dict[int, int]
Deps = dict[int, str]


def is_verb(t: Token) -> bool:
    """A verb or modal by its fine tag."""
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def tree_of(sent: Span) -> tuple[Heads, Deps]:
    """Each token's head index and dependency label, by token index."""
    return {t.i: t.head.i for t in sent}, {t.i: t.dep_ for t in sent}


def set_tree(doc: Doc, heads: Heads, deps: Deps) -> None:
    """Write the heads and labels back to the document's tokens."""
    for i, h in heads.items():
        doc[i].head = doc[h]
        doc[i].dep_ = deps[i]


def make_clause_verb(heads: Heads, deps: Deps, verb: Token, clause_head: Token) -> None:
    """Make `verb` head the clause `clause_head` headed: the sentence's root where that was the
    root, else the complement of the report verb the clause hung on ("..., officials said")."""
    if clause_head.dep_ == "ROOT":
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    else:
        heads[verb.i], deps[verb.i] = clause_head.head.i, "ccomp"
