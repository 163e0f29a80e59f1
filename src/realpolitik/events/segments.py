"""Paragraph and heading structure inside a parsed sentence.

The sentence splitter does not always break at a blank line, so a headline or section heading
can share a "sentence" (and a dependency tree) with the paragraph after it. Nothing that frames
an event (a governing verb, a modal, a negation) reaches across a line break, and a heading
without a finite verb ("Countering TTP", "A visit to defuse tensions") reports no event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
CLOSING_PUNCTUATION = {".", "!", "?", ":", ";", '"', "”", "’", "'", ")"}


def _breaks_line(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def crosses_line_break(a: Token, b: Token) -> bool:
    """Whether a line break lies between the two tokens."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    return any(_breaks_line(doc[i]) for i in range(lo, hi))


def line_of(tok: Token, sent: Span) -> Span:
    """The part of the sentence on the same line (paragraph) as the token."""
    doc = sent.doc
    start = tok.i
    while start > sent.start and not _breaks_line(doc[start - 1]):
        start -= 1
    end = tok.i
    while end < sent.end - 1 and not _breaks_line(doc[end]):
        end += 1
    return doc[start : end + 1]


def is_heading(line: Span) -> bool:
    """A line with no finite verb and no closing punctuation: a title, not a statement."""
    words = [t for t in line if not t.is_space]
    if not words or words[-1].text in CLOSING_PUNCTUATION:
        return False
    return not any(t.tag_ in FINITE_TAGS for t in words)


def heading_verb(tok: Token, sent: Span) -> bool:
    """A gerund or infinitive heading its own title line ("Countering TTP"): no event.

    A headline participle ("Five killed in Kabul blast") still reports one, and a headline's
    "Russia to deploy missiles" announces one.
    """
    if tok.tag_ not in {"VBG", "VB"} or announced_infinitive(tok):
        return False
    if tok.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "Ethiopia, Eritrea sign peace deal": a headline's present tense
    return is_heading(line_of(tok, sent))


def announced_infinitive(tok: Token) -> bool:
    """A headline's "X to do Y" ("Russia to deploy missiles"): a to-infinitive with its own
    subject, or hanging on the name that opens the line ("Ukraine to receive tanks"). Unlike
    "Countering TTP" it names who acts: an announced act (events/polarity.py reads it intended)."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "PROPN"
