"""Faster equivalents of two rule-based spaCy components: same annotations, less time.

Measured on 64 ECB+ documents, one process: of the md pipeline's time, the attribute ruler took
14% and the rule lemmatizer 11%, more than the tagger and the parser's own layers. Both are
rules over a handful of token attributes, so their answers can be remembered per distinct input:

- the lemmatizer's lemma is a function of the token's text, part of speech and morphology
  (spaCy's rule lemmatizer reads nothing else). spaCy caches it only for the words the rules
  change; the others (a singular noun, a base-form verb) go through the morphology checks every
  time. `memoise_lemmatizer` remembers every answer, and `lemmatize_by_table` reads and writes
  a whole document's keys and lemmas as integer arrays (`Doc.to_array`, `Doc.from_array`), so
  that a token already seen costs a dictionary lookup, not a `Token` and two string fields.
- the attribute ruler (`attribute_ruler.py`) applies its patterns in the ruler's own order
  and with its own setter, but finds them by a table lookup on the token's attributes instead of
  running spaCy's Matcher over all 179 patterns at every token.

`tests/test_nlp_shortcuts.py` compares both with spaCy's own components token by token.
`speed_up` also moves the pipeline's matrix products from BLIS to numpy's BLAS (`matmul.py`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from realpolitik.nlp.attribute_ruler import speed_up_attribute_ruler
from realpolitik.nlp.matmul import gemm_by_numpy, one_blas_thread


def speed_up(nlp: Language) -> Language:
    """`nlp` with its lemmatizer and attribute ruler answering from tables and its layers
    multiplying matrices with numpy's BLAS on one thread (`matmul.py`; same annotations)."""
    gemm_by_numpy(nlp)
    one_blas_thread()
    if "lemmatizer" in nlp.pipe_names:
        lemmatize_by_table(nlp.get_pipe("lemmatizer"))
    if "attribute_ruler" in nlp.pipe_names:
        speed_up_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


def memoise_lemmatizer(lemmatizer: Any) -> None:
    """Make a rule lemmatizer remember its answer for every (text, POS, morphology)."""
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "_memoised", False):
        return
    rule = lemmatizer.lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        forms = memo.get(key)
        if forms is None:
            forms = memo[key] = rule(token)
        return forms

    lemmatizer.lemmatize = lemmatize
    lemmatizer._memoised = True


def lemmatize_by_table(lemmatizer: Any) -> None:
    """Make a rule lemmatizer annotate a document from a table of (text, POS, morphology) ->
    lemma, filled by its own rules the first time a key is seen. As spaCy's `__call__`, it sets
    the lemma of the tokens that have none (all of them when the lemmatizer overwrites).

    spaCy calls a component through its class (`proc(doc)`, and `Pipe.pipe` calls `self(doc)`),
    so the instance is given a subclass whose `__call__` is the table's."""
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(lemmatizer, _Tabled):
        return
    memoise_lemmatizer(lemmatizer)
    _index_as_sets(lemmatizer)
    lemmatizer._lemma_table = {}
    lemmatizer.__class__ = type(
        f"Tabled{type(lemmatizer).__name__}", (_Tabled, type(lemmatizer)), {}
    )


def _index_as_sets(lemmatizer: Any) -> None:
    """Hold the rules' word index per part of speech as a set instead of a list.

    spaCy's rule lemmatizer asks `form in index` of every form a suffix rule makes, and the
    lookups data give the index as a list (57,528 nouns): a scan of the list per form, about
    0.4 ms for each word the lemmatizer has not seen. It only ever asks membership (and whether
    the index is empty), which a set answers the same."""
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    for pos in list(index.keys()):
        words = index.get(pos)
        if isinstance(words, list):
            index.set(pos, frozenset(words))


class _Tabled:
    """The `__call__` of a lemmatizer given `lemmatize_by_table`."""

    def __call__(self, doc: Doc) -> Doc:
        this: Any = self
        if not this._validated:  # what spaCy's own call checks first
            from spacy.errors import Errors

            this._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        table: dict[tuple[int, int, int], int] = this._lemma_table
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = this.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = table.get(key)
                if found is None:
                    found = table[key] = this.vocab.strings.add(this.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas.astype(np.uint64))  # type: ignore[arg-type]
        return doc
