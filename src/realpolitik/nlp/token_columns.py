"""A parsed document's text and its tokens' plain values, read once per document.

The place stage (`places/recognize.py`, `places/facilities.py`, `places/persons.py`,
`places/resolve.py`) walked every token of a document about a dozen times (list, cue, inner,
repeat, region, demonym and facility spans, the spelling tests), each walk asking every token
whether it is capitalised, and asked for `Doc.text`, which spaCy joins from every token at each
access, about nine times per document. Every `Token` spaCy hands out is a new object: on 150
bench documents the place stage made 1.7 of the 4.9 million `Token`s the stages after the parse
made. `token_columns` reads the few values those walks ask of every token once, as plain lists
(`Doc.to_array`, then the vocabulary's strings), so that a walk makes a `Token` only where a
capitalised word or a cue word stands (the actor stage's acronym and generic-actor walks use it
too). Issue 9's round 11 (docs/benchmarks.md): the place stage's CPU about halved, outputs
identical.

Kept in the Doc's `user_data`, as `nlp/columns.py` keeps its table: a Doc's tokens are not edited
after the pipeline has run, so the table cannot go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_LOWER, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc

_KEY = "realpolitik.token_columns"


@dataclass(frozen=True, slots=True)
class TokenColumns:
    """Per token, in order: `texts` (`Token.text`), `lowers` (`Token.lower_`), `lemmas` (the
    lemma lower-cased, `Token.lemma_.lower()`), `tags` (the coarse part of speech, `Token.pos_`),
    `starts` (`Token.idx`), `capitalised` (the text starts with an upper-case letter); and for the
    document: `text` (`Doc.text`), `capitalised_at` (the indexes of the capitalised tokens),
    `lower_case_words` (the lower-case forms of the words the document writes in lower case,
    `Token.is_lower`), `token_at` (a token's start offset -> its index)."""

    text: str
    texts: list[str]
    lowers: list[str]
    lemmas: list[str]
    tags: list[str]
    starts: list[int]
    capitalised: list[bool]
    capitalised_at: list[int]
    lower_case_words: frozenset[str]
    token_at: dict[int, int]


def token_columns(doc: Doc) -> TokenColumns:
    """The table of `doc`, made at the first call and kept with the document."""
    table: TokenColumns | None = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _table(doc)
    return table


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document instead of at each access."""
    return token_columns(doc).text


# Strings by vocabulary hash, shared by every document of the process (a hash names the same
# string in every vocabulary): most words come back in every document, and a dictionary lookup
# is about half the vocabulary's. Emptied when one grows past this many entries (200,000 words
# are about 20 MB).
_MAX_STRINGS = 200_000
_TEXTS: dict[int, str] = {}  # ORTH or LOWER -> the string
_LEMMAS: dict[int, str] = {}  # LEMMA -> the string lower-cased


def _column(doc: Doc, attr: int, memo: dict[int, str], lower: bool = False) -> list[str]:
    if len(memo) > _MAX_STRINGS:
        memo.clear()
    strings = doc.vocab.strings
    out = []
    for key in doc.to_array(attr).tolist():
        value = memo.get(key)
        if value is None:
            value = memo[key] = strings[key].lower() if lower else strings[key]
        out.append(value)
    return out


def _table(doc: Doc) -> TokenColumns:
    strings = doc.vocab.strings
    texts = _column(doc, ORTH, _TEXTS)
    lowers = _column(doc, LOWER, _TEXTS)
    lemmas = _column(doc, LEMMA, _LEMMAS, lower=True)
    tags = [strings[pos] for pos in doc.to_array(POS).tolist()]
    starts = doc.to_array(IDX).tolist()
    spaces = doc.to_array(SPACY).tolist()
    is_lower = doc.to_array(IS_LOWER).tolist()
    capitalised = [text[:1].isupper() for text in texts]
    return TokenColumns(
        # what `Doc.text` joins: each token's text and, where it has one, its trailing space
        text="".join(
            [text + " " if space else text for text, space in zip(texts, spaces, strict=True)]
        ),
        texts=texts,
        lowers=lowers,
        lemmas=lemmas,
        tags=tags,
        starts=starts,
        capitalised=capitalised,
        capitalised_at=[i for i, cap in enumerate(capitalised) if cap],
        lower_case_words=frozenset(
            lower for lower, flag in zip(lowers, is_lower, strict=True) if flag
        ),
        token_at={start: i for i, start in enumerate(starts)},
    )
