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


@pytest.mark.slow
def test_what_the_talks_produced_is_at_the_meeting_town(nlp):
    text = (
        "Greek and Turkish diplomats held talks in Athens on Tuesday. "
        "The talks ended with both countries agreeing to restore flights."
    )
    located = _located(nlp, text, ("Greek", "GRC", None), ("Turkish diplomats", "TUR", "GOV"))
    assert located.get("agreeing") == ("Athens", "city", "meeting"), located


@pytest.mark.slow
def test_content_of_a_pledge_made_at_a_meeting_is_not_at_the_meeting(nlp):
    text = (
        "Iranian and Saudi officials met in Baghdad. "
        "During the meeting, Iran pledged to stop arming the Houthis."
    )
    located = _located(
        nlp,
        text,
        ("Iranian", "IRN", None),
        ("Saudi officials", "SAU", "GOV"),
        ("Iran", "IRN", None),
    )
    assert located.get("pledged", (None,))[0] == "Baghdad", located
    assert "arming" in located and located["arming"] is None, located


@pytest.mark.slow
def test_act_after_the_talks_collapsed_is_not_at_the_meeting_town(nlp):
    text = (
        "Serbian and Kosovar negotiators held talks in Brussels. "
        "The talks collapsed after police arrested a Serbian official."
    )
    located = _located(nlp, text, ("police", "SRB", "COP"), ("Serbian official", "SRB", "GOV"))
    assert "arrested" in located and located["arrested"] is None, located


@pytest.mark.slow
def test_statement_released_in_a_town_is_made_there(nlp):
    text = "In a statement released in Ankara, the Turkish defence ministry accused Greek jets of violating its airspace."
    located = _located(nlp, text, ("Turkish defence ministry", "TUR", "GOV"))
    assert located.get("accused") == ("Ankara", "city", "sentence"), located


@pytest.mark.slow
def test_speaking_from_a_town_is_speaking_there(nlp):
    text = "Speaking from Tehran by telephone, the Iranian foreign minister warned Israel against new strikes."
    located = _located(
        nlp, text, ("Iranian foreign minister", "IRN", "GOV"), ("Israel", "ISR", None)
    )
    assert located.get("warned") == ("Tehran", "city", "sentence"), located


@pytest.mark.slow
def test_speaking_from_no_place_stays_at_home(nlp):
    text = "Speaking from experience, the Ghanaian president warned against coups."
    located = _located(nlp, text, ("Ghanaian president", "GHA", "GOV"))
    assert located.get("warned") == ("Ghana", "country", "home"), located


@pytest.mark.slow
def test_statement_while_touring_abroad_is_not_at_home(nlp):
    text = (
        "Touring Gulf states this month, the Pakistani prime minister criticised India's dam plans."
    )
    located = _located(
        nlp, text, ("Pakistani prime minister", "PAK", "GOV"), ("India", "IND", None)
    )
    assert "criticised" in located and located["criticised"] is None, located


@pytest.mark.slow
def test_dateline_town_is_not_the_place_of_the_act_it_opens(nlp):
    text = "BEIRUT — Syrian government jets bombed rebel positions overnight, activists said."
    located = _located(nlp, text, ("Syrian government jets", "SYR", "MIL"))
    assert "bombed" in located and located["bombed"] is None, located


@pytest.mark.slow
def test_statement_of_the_datelines_state_still_takes_the_dateline(nlp):
    text = "CARACAS — Venezuela's foreign ministry condemned the American sanctions."
    located = _located(nlp, text, ("Venezuela's foreign ministry", "VEN", "GOV"))
    assert located.get("condemned") == ("Caracas", "city", "dateline"), located


@pytest.mark.slow
def test_sentence_turning_to_another_scene_takes_no_place_of_its_parties_country(nlp):
    text = (
        "Russian troops shelled a market in Kharkiv. "
        "Meanwhile, Ukrainian soldiers destroyed two tanks."
    )
    located = _located(
        nlp, text, ("Russian troops", "RUS", "MIL"), ("Ukrainian soldiers", "UKR", "MIL")
    )
    assert "destroyed" in located and located["destroyed"] is None, located
