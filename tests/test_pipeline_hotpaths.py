"""Shortcuts on the per-document hot paths give what the plain computation gives."""

from __future__ import annotations

import unicodedata

import pytest

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer
from realpolitik.places.names import name_key, strip_accents


def _plain_strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    ["Port Harcourt", "the Hague's", "St. Petersburg", "", "  two  spaces ", "Zürich", "Ḩamāh",
     "Nuevo León", "ﬁeld Ⅳ", "Kyiv\u2019s", "Bandar\u00a0Abbas", "Москва"],
)  # fmt: skip
def test_hotpaths_strip_accents_ascii_shortcut_matches_the_decomposition(text):
    assert strip_accents(text) == _plain_strip(text)


def test_hotpaths_name_key_memo_returns_what_the_function_computes():
    names = ["The Gambia", "Côte d\u2019Ivoire", "Guinea\u2013Bissau", "St. Kitts", "Cote d'Ivoire"]
    for name in names * 2:  # the second round is answered from the memo
        assert name_key(name) == name_key.__wrapped__(name)
    assert name_key("Côte d\u2019Ivoire") == name_key("Cote d'Ivoire")


@pytest.mark.slow
def test_hotpaths_dateline_place_is_computed_once_per_document_and_places(nlp):
    from realpolitik.places.locate import _dateline_place, dateline_place

    text = "MOSUL, Iraq - Gunmen attacked a checkpoint on Tuesday.\nTwo guards were hurt."
    sdoc = nlp(text)
    places = find_places(Document(doc_id="d", source="t", text=text), sdoc, load_gazetteer(), [])
    first = dateline_place(sdoc, places)
    assert first is not None and first.text.upper() == "MOSUL"
    assert dateline_place(sdoc, places) is first
    assert _dateline_place(sdoc, places) == first
    assert dateline_place(sdoc, []) is None  # other places, its own answer
