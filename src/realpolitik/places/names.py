"""Name keys: how a place name in text and a gazetteer name are made comparable."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Dashes and quotes that news text and GeoNames spell in several ways.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u02bb`\u00b4"), "'")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


# Arab League members and Western Sahara (ISO2): their towns' names are written with the Arabic
# article or not, and with a final "a" or "ah" (`build_index`, `gazetteer._final_h_variant`).
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()
)


def strip_accents(text: str) -> str:
    """'Ḩadīqat' -> 'Hadiqat' (marks removed, other scripts kept)."""
    if text.isascii():  # ASCII is its own NFKD form and has no marks: most text, returned as is
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Memoised: the place stages ask for the keys of the same few thousand token runs over and over
# (about 490 calls per document, 3% of a worker's time before, under 0.1% after; 2026-12-02).
@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a name: no accents, one kind of dash and quote, no 'the', casefolded."""
    text = strip_accents(text).translate(_DASHES).translate(_QUOTES)
    text = _SPACES.sub(" ", text).strip(" .,;:")
    text = _ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = text.replace(" - ", "-").replace(".", "")
    return text.casefold()


def is_latin_name(name: str) -> bool:
    """A name an English text could contain: Latin letters, starting with a capital."""
    plain = strip_accents(name)
    if not plain or not plain[0].isupper():
        return False
    return all(c.isascii() or not c.isalpha() for c in plain)
