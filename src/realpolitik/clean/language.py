"""Language identification (py3langid) with a guard for texts too short to judge."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import py3langid.langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

# py3langid is unreliable below a sentence or two: on seed-like headlines of 5-10 words it
# gives English ~0.6-0.9 but also the odd 'la' or 'id' for names. Below this many words the
# guess is recorded only when confident and never used to reject.
MIN_WORDS_TO_JUDGE = 15
# Normalised probability the guess must reach to count. Real non-English news scores >0.99;
# English with foreign names and quotes scores far above for 'en'.
MIN_CONFIDENCE = 0.9
# The identifier's cost grows with the text; its verdict stops changing after a few paragraphs.
# 1,200 characters (~200 words) are far more than it needs to be sure of English, and judging
# only them cut the cleaning time of ECB+ dev (avg. 1,900 characters) by a third.
SAMPLE_CHARS = 1200


@cache
def _identifier() -> LanguageIdentifier:
    # Read from the build cache: decompressing the model takes 0.8 s of a run's start-up.
    from realpolitik import buildcache

    sources = [Path(MODEL_DIR) / MODEL_FILE, Path(py3langid.langid.__file__)]
    return buildcache.cached("langid", _build_identifier, sources)


def _build_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, bool]:
    """(language code or None when unsure, whether the text is long enough to judge)."""
    lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
    judged = len(text.split()) >= MIN_WORDS_TO_JUDGE
    return (str(lang) if prob >= MIN_CONFIDENCE else None), judged
