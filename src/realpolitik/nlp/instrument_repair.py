"""A verb written with its instrument: "tear-gassed", "water-cannoned", "baton-charged".

The tokenizer splits such a word at its hyphen and the parser hangs the instrument ("tear",
"water") on the verb as a noun modifier. Two misreadings follow. The clause may be read as one
noun phrase, the verb its object's modifier ("Police tear-gassed students": "students" the
head); `nlp/verb_repair.py` repairs that, taking the subject from before the instrument
(`word_before_verb`). Or the subject is read into the instrument's own phrase ("Serbian police
water-cannoned the students": "Serbian police water" one noun phrase), and the verb has no
subject: the noun right before the instrument is then the verb's subject, with the words before
it as its modifiers. Stop 66 (lead), probe sentences written as wire text.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.tree_edit import set_tree, tree_of

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def hyphened_instrument(verb: Token) -> Token | None:
    """The word hyphened before `verb` and hung on it ("tear" of "tear-gassed"), else None.
    Its tag is not asked: the tagger calls "tear" a noun or an adverb, "lathi" a foreign word."""
    doc = verb.doc
    if verb.i < 2:
        return None
    hyphen, noun = doc[verb.i - 1], doc[verb.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or noun.whitespace_ or noun.head.i != verb.i:
        return None
    return noun


def word_before_verb(verb: Token) -> Token:
    """The word before the verb, or before the instrument hyphened to it."""
    instrument = hyphened_instrument(verb)
    return verb.doc[verb.i - 3 if instrument is not None and verb.i >= 3 else verb.i - 1]


def misread_instrument_subject(sent: Span) -> Token | None:
    """The noun read into a hyphened instrument's phrase that is its verb's subject: a verb
    with no subject whose instrument has the noun right before it as a modifier."""
    for verb in sent:
        if not verb.tag_.startswith("VB") or verb.i < sent.start + 3:
            continue
        instrument = hyphened_instrument(verb)
        if instrument is None or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        noun = verb.doc[instrument.i - 1]
        if noun.head.i == instrument.i and noun.tag_.startswith("NN"):
            return noun
    return None


def repair_instrument_subject(subject: Token) -> None:
    """Hang `subject` (found by `misread_instrument_subject`) on the verb as its subject, and
    the instrument's other words before it on the subject."""
    instrument = subject.head
    verb = instrument.head
    heads, deps = tree_of(subject.sent)
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    for t in subject.sent:
        if t.i < subject.i and heads[t.i] == instrument.i:
            heads[t.i] = subject.i
    set_tree(subject.doc, heads, deps)
