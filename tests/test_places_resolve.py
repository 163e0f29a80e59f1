"""Place finding on small hand-made texts, with the English pipeline."""

from __future__ import annotations

import pytest
from place_helpers import place_mentions as _places


def _by_text(mentions):
    return {m.text: m.place for m in mentions}


@pytest.mark.slow
def test_places_offsets_are_exact(nlp):
    text = "Talks were held in Dushanbe. Later, officials flew to Islamabad and Baku."
    mentions = _places(nlp, text)
    assert [m.text for m in mentions] == ["Dushanbe", "Islamabad", "Baku"]
    for m in mentions:
        assert text[m.char_start : m.char_end] == m.text


@pytest.mark.slow
def test_places_torkham_resolves_from_our_list(nlp):
    text = "The Taliban closed the Torkham crossing after clashes with Pakistani border guards."
    (mention,) = [m for m in _places(nlp, text) if "Torkham" in m.text]
    assert mention.place.name == "Torkham" and mention.place.precision == "point"
    assert mention.place.country == "AFG"


@pytest.mark.slow
def test_places_country_context_picks_hyderabad_sindh(nlp):
    text = (
        "Police in Pakistan said a bomb exploded in a market in Hyderabad on Friday. "
        "Officials in Karachi and Islamabad condemned the attack."
    )
    place = _by_text(_places(nlp, text))["Hyderabad"]
    assert place.country == "PAK"
    assert abs(place.lat - 25.4) < 0.5 and abs(place.lon - 68.4) < 0.5


@pytest.mark.slow
def test_places_without_context_hyderabad_is_the_larger_city(nlp):
    place = _by_text(_places(nlp, "A flood hit Hyderabad."))["Hyderabad"]
    assert place.country == "IND"


@pytest.mark.slow
def test_places_country_mention_has_country_precision(nlp):
    place = _by_text(_places(nlp, "Tajikistan hosts members of the resistance."))["Tajikistan"]
    assert place.precision == "country" and place.country == "TJK"
    assert place.lat == 39.0 and place.lon == 71.0


@pytest.mark.slow
def test_places_compound_forms_give_the_city(nlp):
    text = "A Kabul-based analyst said the bombing at a Kabul mosque, north of Kabul, killed five."
    mentions = _places(nlp, text)
    kabul = [m for m in mentions if m.place.name == "Kabul"]
    assert len(kabul) == 3
    assert all(m.text == "Kabul" and text[m.char_start : m.char_end] == "Kabul" for m in kabul)


@pytest.mark.slow
def test_places_demonyms_are_not_places(nlp):
    text = "Afghan and Pakistani officials met Tajik diplomats."
    assert _places(nlp, text) == []


@pytest.mark.slow
def test_places_seed_places_resolve(nlp):
    text = (
        "Trucks waited at Wesh-Chaman while fighting went on in the Panjshir Valley. "
        "The TTP attacked a mosque in Peshawar; officers in Rawalpindi and Munich were told."
    )
    places = _by_text(_places(nlp, text))
    assert places["Wesh-Chaman"].country == "PAK"
    assert places["Panjshir Valley"].country == "AFG"
    assert places["Peshawar"].country == "PAK" and places["Rawalpindi"].country == "PAK"
    assert places["Munich"].country == "DEU"


@pytest.mark.slow
def test_resolve_british_spelling_reads_a_town_as_the_british_one(nlp):
    text = (
        "The US and Canadian teams travelled by lorry whilst the organisers waited at the "
        "centre. Their coach was born in Manchester."
    )
    found = {m.text: m.place for m in _places(nlp, text)}
    assert found["Manchester"].country == "GBR"
