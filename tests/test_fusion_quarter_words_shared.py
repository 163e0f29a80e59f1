"""The quarter words fusion reads after a city quarter's name are the place reader's own "area"
words (`compat._quarter_words`, `facility_words.txt`): the American spelling "neighborhood"
joins its town as "neighbourhood" does (lead, stop 66: a copy of the list lacked it)."""

from __future__ import annotations

import pytest

from realpolitik.fusion.compat import places_compatible
from realpolitik.model import Place

TOWN = Place("Kananga", "COD", -5.89624, 22.41659, 214481, "city", "Kasai-Central")


@pytest.mark.parametrize("word", ["neighborhood", "neighbourhood", "district"])
def test_a_quarter_by_either_spelling_is_in_its_town(word):
    quarter = Place(f"Lukonga {word}", "COD", -5.89624, 22.41659, None, "city", "Kasai-Central")
    assert places_compatible(quarter, TOWN)


def test_a_quarter_word_the_reader_lacks_stays_apart():
    # guard: "ward" is no area word of the place reader
    named = Place("Lukonga ward", "COD", -5.89624, 22.41659, None, "city", "Kasai-Central")
    assert not places_compatible(named, TOWN)
