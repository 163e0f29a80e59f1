"""Per-token values that many rules ask of every token, computed once per parsed document.

The ACLED step's phrase readers (`events/acled_phrases.py`, `events/acled_typing.py`) match
word lists on each token's lower-cased lemma and form (`token_words`), and every sentence of a
document goes through about ten of them (the candidate test asks `phrase_votes` of every
sentence with no relevance word): the same token's two strings were read from the vocabulary,
lower-cased and put in a new set some ten times per document. `lower_and_lemma` takes the two
columns from the document's token table (`nlp/token_columns.py`, read once per document for the
place and actor stages too) and hands out one frozen set per token, shared by the tokens with
the same form and lemma; `span_has_any` asks a sentence for a word list
without making a `Token` of each word. Issue 9's round 10 (docs/benchmarks.md): the candidate
test and the phrase votes over the 2,445 sentences of 150 bench documents take about 0.3 s each
instead of 0.6-0.9 s, with the same answers.

The table is kept in the Doc's `user_data` (as `places/locate/memo.py` keeps its per-document
values): a Doc's tokens are not edited after the pipeline has run, so it cannot go stale.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from realpolitik.nlp.token_columns import token_columns

_KEY = "realpolitik.lower_and_lemma"

# The last document asked of `span_tokens` and its tokens, made once. Kept here and not in the
# Doc's `user_data`: a list of the Doc's own tokens there would make a reference cycle (each
# Token holds its Doc), so that a dropped Doc waited for the garbage collector's full pass
# instead of being freed at once. One document is kept, the one being read.
_last_tokens: tuple[Doc | None, list[Token]] = (None, [])

# {lemma lower-cased, lower form} by (lower form, lemma lower-cased), shared by every document
# of the process so that tokens of one word share one set. Emptied when it grows past this many
# pairs (a long run meets new words without end; 100,000 pairs are about 25 MB).
_MAX_PAIRS = 100_000
_WORDS: dict[tuple[str, str], frozenset[str]] = {}


def lower_and_lemma(doc: Doc) -> list[frozenset[str]]:
    """For each token of `doc`, in order: the set of its lower-cased lemma and lower-cased
    form (`{tok.lemma_.lower(), tok.lower_}`), computed once per document. A word the tokenizer
    split at a hyphen is also read whole on its head ("sit-in": "in", with "sit" before the
    hyphen hanging from it, also has "sit-in"), so that word lists can name such words."""
    table: list[frozenset[str]] | None = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _table(doc)
    return table


def _table(doc: Doc) -> list[frozenset[str]]:
    """Built on the document's token table (`nlp.token_columns`), which reads the forms and
    lemmas once for the place and actor stages too."""
    if len(_WORDS) > _MAX_PAIRS:
        _WORDS.clear()
    columns = token_columns(doc)
    lowers, lemmas = columns.lowers, columns.lemmas
    heads = doc.to_array(HEAD).tolist()  # the offset of each token's head from the token
    out = []
    for i, pair in enumerate(zip(lowers, lemmas, strict=True)):
        words = _WORDS.get(pair)
        if words is None:
            words = _WORDS[pair] = frozenset(pair)
        if i >= 2 and lowers[i - 1] == "-" and heads[i - 2] == 2:
            words = words | {f"{lowers[i - 2]}-{lowers[i]}"}
        out.append(words)
    return out


def span_has_any(span: Span | Sequence[Token], words: frozenset[str] | set[str]) -> bool:
    """Whether a token of `span` has its lower-cased lemma or form in `words`, without making
    a `Token` of each (a plain sequence of tokens is asked token by token)."""
    if not isinstance(span, Span):
        return any(not lower_and_lemma(t.doc)[t.i].isdisjoint(words) for t in span)
    table = lower_and_lemma(span.doc)
    return any(not table[i].isdisjoint(words) for i in range(span.start, span.end))


def span_tokens(span: Span | Doc | Sequence[Token]) -> list[Token]:
    """The tokens of `span`, in order, as `list(span)` gives them, without making a new `Token`
    for each of them at each walk: the ACLED phrase readers each walk every sentence of a
    document (about twenty walks a sentence), and spaCy makes a fresh `Token` object at every
    step of `for tok in sent`. The document's tokens are made once, while it is the one read."""
    if isinstance(span, Doc):
        return list(_document_tokens(span))
    if isinstance(span, Span):
        return _document_tokens(span.doc)[span.start : span.end]
    return list(span)


def _document_tokens(doc: Doc) -> list[Token]:
    global _last_tokens
    last, tokens = _last_tokens
    if last is not doc:
        tokens = list(doc)
        _last_tokens = (doc, tokens)
    return tokens
