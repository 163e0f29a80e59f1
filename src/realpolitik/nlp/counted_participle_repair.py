"""A participle after a count read as a clause's verb: "A hunger strike by nine detained union
organisers in a jail outside Lusaka entered its third week".

After a noun's prepositional phrase that ends in a bare number ("by nine"), the parser sometimes
reads the past participle that follows ("detained") as the clause's verb: the noun before the
phrase becomes its subject, the counted noun its object, and the clause's real verb ("entered")
a conjunct of it. The sentence then reports a detention by a hunger strike, and the strike loses
its "by" party. A bare participle (no auxiliary) right after a number whose phrase hangs on the
participle's own subject is no clause's verb (the number counts the noun after it), so it is
read as the counted noun's modifier: the noun becomes the preposition's object (the number its
count), the conjunct (with no subject of its own) the clause's verb with the old subject, and
the noun's own phrases stay on it. Round r38 (plover56), the stop 57
leftover from own78 tune.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.tree_edit import set_tree, tree_of

_AUXILIARY_DEPS = {"aux", "auxpass"}
# A past tense after the number ("detained/VBD") and the real verb hung on it as an adverbial
# clause were seen in own78 tune but not reproduced in sentences of our own: left out.
_PAST_TAGS = {"VBN"}
_CLAUSE_VERB_DEPS = {"conj"}


def misread_counted_participle(sent: Span) -> Token | None:
    """The first past participle of the sentence the parser made a clause's verb right after a
    number that ends a preposition's phrase on the participle's own subject, or None."""
    doc = sent.doc
    for verb in sent:
        if verb.tag_ not in _PAST_TAGS or verb.i == sent.start:
            continue
        count = doc[verb.i - 1]
        if count.tag_ != "CD" or count.dep_ != "pobj" or count.head.dep_ != "prep":
            continue
        deps = {c.dep_ for c in verb.children}
        if deps & _AUXILIARY_DEPS:
            continue
        parts = _clause_parts(verb)
        if parts is None:
            continue
        subject, obj, clause_verb = parts
        if count.head.head.i == subject.i and obj.i < clause_verb.i:
            return verb
    return None


def _clause_parts(verb: Token) -> tuple[Token, Token, Token] | None:
    """The participle's subject, its object and the clause's real verb, or None if one lacks."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.rights if c.dep_ in {"dobj", "obj"}), None)
    clause_verb = _clause_verb(verb)
    if subject is None or obj is None or clause_verb is None:
        return None
    return subject, obj, clause_verb


def _clause_verb(verb: Token) -> Token | None:
    """The verb the parser hung on the participle that has no subject of its own: the clause's
    real verb ("entered"), or None."""
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ in _CLAUSE_VERB_DEPS
            and c.tag_.startswith("VB")
            and not any(k.dep_ in {"nsubj", "nsubjpass", "mark"} for k in c.children)
        ),
        None,
    )


def repair_counted_participle(verb: Token) -> None:
    """Make `verb` (found by `misread_counted_participle`) its object's modifier and the
    conjunct after it the clause's verb."""
    sent = verb.sent
    doc = verb.doc
    count = doc[verb.i - 1]
    prep = count.head
    parts = _clause_parts(verb)
    assert parts is not None
    subject, obj, clause_verb = parts
    heads, deps = tree_of(sent)
    if verb.dep_ == "ROOT":
        heads[clause_verb.i], deps[clause_verb.i] = clause_verb.i, "ROOT"
    else:
        heads[clause_verb.i], deps[clause_verb.i] = verb.head.i, verb.dep_
    heads[subject.i] = clause_verb.i
    heads[obj.i], deps[obj.i] = prep.i, "pobj"
    heads[count.i], deps[count.i] = obj.i, "nummod"
    heads[verb.i], deps[verb.i] = obj.i, "amod"
    for child in verb.children:
        if child.i in {subject.i, obj.i, clause_verb.i}:
            continue
        # "in a jail outside Lusaka" between the noun and the clause's verb is the noun's
        between = obj.i < child.i < clause_verb.i and child.dep_ == "prep"
        heads[child.i] = obj.i if between else clause_verb.i
    set_tree(doc, heads, deps)
