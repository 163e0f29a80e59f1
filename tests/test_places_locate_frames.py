"""Ninth round of event locations: an act framed by a visit ("During a visit to X, ..."), the
signing of an accord named for its town, a statement's topic place abroad, a clash beside a named
border crossing, and the scenes and visits abroad that keep a state's statement out of its home.
Every sentence is written for its test."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located


@pytest.mark.slow
def test_act_during_a_visit_is_at_the_visits_destination(nlp):
    text = "During a visit to Ghana, the Dutch king pledged aid to cocoa farmers."
    located = _located(nlp, text, ("Dutch king", "NLD", "GOV"))
    assert located.get("pledged", (None,))[0] == "Ghana", located


@pytest.mark.slow
def test_statement_on_a_trip_is_at_the_trips_destination_not_home(nlp):
    text = "On a three-day trip to Mongolia, the Korean president praised the mining deal."
    located = _located(nlp, text, ("Korean president", "KOR", "GOV"))
    assert located.get("praised", (None,))[0] == "Mongolia", located


@pytest.mark.slow
def test_statement_before_a_visit_abroad_is_not_placed_at_home(nlp):
    text = "Ahead of his visit to Algeria, the Spanish prime minister denounced the gas price rise."
    located = _located(nlp, text, ("Spanish prime minister", "ESP", "GOV"))
    assert "denounced" in located and located["denounced"] is None, located


@pytest.mark.slow
def test_signing_an_accord_named_for_a_town_is_in_that_town(nlp):
    text = "The two rival parties signed the Nairobi Agreement after months of talks."
    located = _located(nlp, text, ("parties", None, "PTY"))
    assert located.get("signed") == ("Nairobi", "city", "sentence"), located


@pytest.mark.slow
def test_breaching_an_accord_named_for_a_town_is_not_in_that_town(nlp):
    text = "Government troops breached the Algiers Accord by entering the northern zone."
    located = _located(nlp, text, ("Government troops", None, "MIL"))
    assert located.get("breached") is None, located


@pytest.mark.slow
def test_statement_about_a_crisis_abroad_is_not_placed_there(nlp):
    text = "The rebel council blamed foreign powers for the famine in Somalia."
    located = _located(nlp, text, ("rebel council", None, "REB"))
    assert located.get("blamed") is None, located


@pytest.mark.slow
def test_clash_beside_a_named_crossing_is_on_its_border(nlp):
    text = "A clash between the two sides' soldiers led to the closure of the Angoor Adda crossing."
    located = _located(nlp, text, ("soldiers", None, "MIL"))
    assert located.get("clash") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_clash_beside_a_crossing_with_a_third_country_named_is_not_located(nlp):
    text = "A clash between Iranian guards and Afghan troops led to the closure of the Torkham crossing."
    located = _located(nlp, text, ("Iranian guards", "IRN", "MIL"), ("Afghan troops", "AFG", "MIL"))
    assert "clash" in located and located["clash"] is None, located


@pytest.mark.slow
def test_scene_abroad_on_a_verbs_object_keeps_a_statement_out_of_home(nlp):
    text = (
        "Militias shelled villages in Kashmir overnight. "
        "The Chinese government condemned the escalation."
    )
    located = _located(nlp, text, ("Chinese government", "CHN", "GOV"))
    assert "condemned" in located and located["condemned"] is None, located


@pytest.mark.slow
def test_a_partys_seat_abroad_in_the_paragraph_leaves_the_statement_at_home(nlp):
    text = (
        "Tensions rose between Uzbekistan and the government in Kabul. "
        "The Uzbek government accused the Taliban of harbouring militants."
    )
    located = _located(nlp, text, ("Uzbek government", "UZB", "GOV"), ("Taliban", "AFG", "GOV"))
    assert located.get("accused") == ("Uzbekistan", "country", "home"), located


@pytest.mark.slow
def test_two_demonyms_on_the_subject_name_the_borders_two_countries(nlp):
    text = "Pakistani and Afghan militias skirmished along the frontier overnight."
    located = _located(nlp, text, ("Afghan militias", "AFG", "REB"))
    assert located.get("skirmished") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_two_demonyms_of_a_border_without_a_feature_leave_it_unlocated(nlp):
    text = "Thai and Cambodian soldiers skirmished along the frontier overnight."
    located = _located(nlp, text, ("Cambodian soldiers", "KHM", "MIL"))
    assert "skirmished" in located and located["skirmished"] is None, located


@pytest.mark.slow
def test_place_named_before_the_last_noun_of_a_deep_phrase_is_reached(nlp):
    text = "Bandits kidnapped nine traders from a market in Sokoto state."
    located = _located(nlp, text, ("Bandits", None, "REB"))
    assert located.get("kidnapped", (None,))[0] == "Sokoto", located


@pytest.mark.slow
def test_visit_framing_the_subject_puts_the_act_at_its_destination(nlp):
    text = "The Italian president, on a visit to Tirana, thanked Albania for its help."
    located = _located(nlp, text, ("Italian president", "ITA", "GOV"), ("Albania", "ALB", None))
    assert located.get("thanked", (None,))[0] == "Tirana", located


@pytest.mark.slow
def test_progressive_relative_clause_on_the_subject_says_where_it_acts(nlp):
    text = "The Turkish minister, who is visiting Baku, praised the new pipeline."
    located = _located(nlp, text, ("Turkish minister", "TUR", "GOV"))
    assert located.get("praised", (None,))[0] == "Baku", located


@pytest.mark.slow
def test_place_abroad_in_the_speakers_own_phrase_keeps_the_statement_from_home(nlp):
    text = "The Japanese ambassador to Peru denounced the kidnapping of two engineers."
    located = _located(nlp, text, ("Japanese ambassador", "JPN", "GOV"))
    assert "denounced" in located and located["denounced"] is None, located


@pytest.mark.slow
def test_a_states_police_act_in_their_own_country(nlp):
    text = "Tanzanian police detained four opposition activists on Saturday."
    located = _located(nlp, text, ("Tanzanian police", "TZA", "COP"))
    assert located.get("detained") == ("Tanzania", "country", "parties"), located


@pytest.mark.slow
def test_an_armys_act_with_no_place_stays_unlocated(nlp):
    text = "Tanzanian soldiers detained four foreign fishermen on Saturday."
    located = _located(nlp, text, ("Tanzanian soldiers", "TZA", "MIL"))
    assert "detained" in located and located["detained"] is None, located


@pytest.mark.slow
def test_many_states_signing_a_town_named_treaty_are_not_placed_in_that_town(nlp):
    text = "Dozens of states signed the Ottawa Treaty over the following years."
    located = _located(nlp, text, ("states", None, "GOV"))
    assert located.get("signed") is None, located


@pytest.mark.slow
def test_one_state_accepting_a_town_named_agreement_is_not_placed_there(nlp):
    text = "Venezuela accepted the Lima Agreement after months of pressure."
    located = _located(nlp, text, ("Venezuela", "VEN", None))
    assert "accepted" in located and located["accepted"] is None, located


@pytest.mark.slow
def test_accepting_a_declaration_named_for_a_town_is_in_that_town(nlp):
    text = "The forum closed with the acceptance of the Kigali Declaration by all delegates."
    located = _located(nlp, text)
    assert located.get("acceptance", (None,))[0] == "Kigali", located


@pytest.mark.slow
def test_clash_with_a_scene_of_its_own_is_not_put_on_the_crossings_border(nlp):
    text = (
        "Clashes between rival factions in the capital led to the closure of the Torkham crossing."
    )
    located = _located(nlp, text, ("factions", None, "REB"))
    assert located.get("Clashes", ("?",)) != ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_visit_frame_does_not_place_a_subject_put_elsewhere(nlp):
    text = "During the envoy's visit to Kenya, students in Uganda protested against fees."
    located = _located(nlp, text, ("students", None, "EDU"))
    assert located.get("protested", ("?",)) is None or located["protested"][0] != "Kenya", located


@pytest.mark.slow
def test_statement_at_an_occasion_abroad_is_there_however_deep_the_parse_hangs_it(nlp):
    text = "The Chilean president warned against new tariffs in a speech in Madrid."
    located = _located(nlp, text, ("Chilean president", "CHL", "GOV"))
    assert located.get("warned", (None,))[0] == "Madrid", located


@pytest.mark.slow
def test_occasion_in_a_reported_clause_is_not_the_statements(nlp):
    text = "The Chilean president denied that his envoys had met rebels at a summit in Lima."
    located = _located(nlp, text, ("Chilean president", "CHL", "GOV"))
    assert located.get("denied", ("?",)) is None or located["denied"][0] != "Lima", located


@pytest.mark.slow
def test_an_ambassadors_statement_is_not_placed_at_home(nlp):
    text = "The Indonesian ambassador condemned the attack on the fishing boats."
    located = _located(nlp, text, ("Indonesian ambassador", "IDN", "GOV"))
    assert "condemned" in located and located["condemned"] is None, located
