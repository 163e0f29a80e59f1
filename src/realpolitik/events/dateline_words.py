"""The dateline that opens a wire's first sentence: "BLANTYRE, Malawi, Oct 16 (Wire) - ".

The parser reads a dateline glued to the first sentence as that sentence's subject, with the
country, date and agency as its appositions, so that the dateline's city or country became the
doer of the first act ("ST GEORGE'S, Grenada, Oct 2 (Wire) - Trinidad and Tobago sent a ship":
Grenada sent it). A dateline names where the report was filed, never a party, so its words are
left out of the sentence's party index (round r20, fuse19, from a fusion_own14 tune miss and the
round r19 leftover "BLANTYRE" read as the arrest's doer). The dateline's place itself is read by
`places/locate/dateline.py`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

DASHES = {"-", "\u2013", "\u2014"}
# How far into the sentence a dateline's dash may stand (characters): a place, a country, a date
# and an agency name ("PORT MORESBY, Papua New Guinea, September 12, 2028 (Pacific Wire) -").
DATELINE_REACH = 110


def dateline_end(sent: Span) -> int:
    """The token index just after the dateline's dash when the sentence opens with one (an
    upper-case place name, a comma or dash right after it, and a dash with a space on each
    side within reach), else the sentence's start (nothing to leave out)."""
    words = [t for t in sent if not t.is_space]
    if not words or sum(c.isalpha() for c in words[0].text) < 2 or not words[0].text.isupper():
        return sent.start
    i = 0
    while i < len(words) and words[i].text.isupper():  # "ST", "GEORGE", "'S"
        i += 1
    if i >= len(words) or words[i].text not in {",", "(", *DASHES}:
        return sent.start
    for tok in words[i:]:
        if tok.idx - sent.start_char > DATELINE_REACH or tok.pos_ in {"VERB", "AUX"}:
            break  # "NATO, the alliance, said ... - a first": a clause, no dateline
        if tok.text in DASHES and _spaced(tok):
            return tok.i + 1
    return sent.start


def _spaced(tok: Token) -> bool:
    if tok.i == 0:
        return False
    return bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
