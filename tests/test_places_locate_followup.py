"""Tenth round of event locations: a flight put at the country it went to, a statement made to an
audience at a named place ("Speaking to journalists in Madrid, ..."), a scene carried on to the
next sentence by the same kind of party ("... raided a mosque in Mombasa. Officers seized ..."),
and a sentence turning to another scene ("Separately, ...") kept from the paragraph's place.
Every sentence is written for its test."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located


@pytest.mark.slow
def test_flight_to_a_country_is_put_in_that_country(nlp):
    text = "Hundreds of Malian families fled to Niger after the massacre."
    located = _located(nlp, text, ("Malian families", "MLI", "CVL"))
    assert located.get("fled") == ("Niger", "country", "sentence"), located


@pytest.mark.slow
def test_flight_into_a_country_is_put_in_that_country(nlp):
    located = _located(nlp, "Many Afghans fled into Pakistan last year.", ("Afghans", "AFG", "CVL"))
    assert located.get("fled", (None,))[0] == "Pakistan", located


@pytest.mark.slow
def test_flight_to_no_named_place_is_not_located(nlp):
    located = _located(nlp, "The guerrillas fled to the mountains.", ("guerrillas", None, "REB"))
    assert "fled" in located and located["fled"] is None, located


@pytest.mark.slow
def test_statement_to_journalists_in_a_town_is_made_there(nlp):
    text = "Speaking to journalists in Madrid, the Moroccan foreign minister rejected the claims."
    located = _located(nlp, text, ("Moroccan foreign minister", "MAR", "GOV"))
    assert located.get("rejected") == ("Madrid", "city", "sentence"), located


@pytest.mark.slow
def test_statement_in_remarks_to_reporters_in_a_town_is_made_there(nlp):
    text = "The Indian defence minister accused Pakistan of backing militants in remarks to reporters in New Delhi."
    located = _located(
        nlp, text, ("Indian defence minister", "IND", "GOV"), ("Pakistan", "PAK", None)
    )
    assert located.get("accused", (None,))[0] in {"New Delhi", "Delhi"}, located


@pytest.mark.slow
def test_speaking_to_reporters_without_a_place_stays_at_home(nlp):
    text = "Speaking to reporters, the Polish president criticised the Belarusian border guards."
    located = _located(
        nlp, text, ("Polish president", "POL", "GOV"), ("Belarusian border guards", "BLR", "MIL")
    )
    assert located.get("criticised") == ("Poland", "country", "home"), located


@pytest.mark.slow
def test_same_kind_of_party_carries_the_scene_to_the_next_sentence(nlp):
    text = "Kenyan police raided a mosque in Mombasa on Friday. Officers seized explosives."
    located = _located(nlp, text, ("Kenyan police", "KEN", "COP"))
    assert located.get("seized") == ("Mombasa", "city", "paragraph"), located


@pytest.mark.slow
def test_definite_follow_up_subject_carries_the_scene(nlp):
    text = "Myanmar soldiers burned a village in Sagaing. The troops also killed eleven villagers."
    located = _located(nlp, text, ("Myanmar soldiers", "MMR", "MIL"))
    assert located.get("killed", (None,))[0] == "Sagaing", located


@pytest.mark.slow
def test_another_kind_of_party_does_not_carry_the_scene(nlp):
    text = "Taliban fighters stormed a checkpoint in Kandahar. The soldiers fled."
    located = _located(nlp, text, ("Taliban fighters", None, "REB"))
    assert "fled" in located and located["fled"] is None, located


@pytest.mark.slow
def test_sentence_turning_to_another_scene_takes_no_paragraph_place(nlp):
    text = "Protesters blocked the main road in Dakar. Separately, gunmen robbed a bank."
    located = _located(nlp, text, ("Protesters", None, "OPP"))
    assert "robbed" in located and located["robbed"] is None, located
