"""How an event's location was read (`location.basis`): its sentence, its paragraph where its
parties are, the dateline, or a state's own country for its statement (`places.locate`)."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located

from realpolitik.model import ActorMention, Document
from realpolitik.places import find_places, load_gazetteer


@pytest.mark.slow
def test_basis_sentence_when_the_sentence_places_the_event(nlp):
    located = _located(nlp, "Police arrested ten men in Lahore.", ("Police", "PAK", "GOV"))
    assert located.get("arrested") == ("Lahore", "city", "sentence"), located


@pytest.mark.slow
def test_basis_paragraph_when_an_earlier_sentence_places_the_scene(nlp):
    text = "Thousands of protesters gathered in Lahore on Friday. Police arrested dozens of them."
    located = _located(nlp, text, ("Police", "PAK", "GOV"))
    assert located.get("arrested") == ("Lahore", "city", "paragraph"), located


@pytest.mark.slow
def test_paragraph_place_outside_the_parties_countries_is_not_taken(nlp):
    text = "Thousands of protesters gathered in Lahore on Friday. Kenyan police arrested dozens."
    located = _located(nlp, text, ("Kenyan police", "KEN", "GOV"))
    assert "arrested" in located and located["arrested"] is None, located


@pytest.mark.slow
def test_state_statement_without_place_is_located_at_home_by_country(nlp):
    text = "Pakistan accused India of backing the militants."
    located = _located(nlp, text, ("Pakistan", "PAK", None), ("India", "IND", None))
    assert located.get("accused") == ("Pakistan", "country", "home"), located


@pytest.mark.slow
def test_statement_after_a_scene_abroad_is_not_placed_at_home(nlp):
    text = "Fighting broke out in Herat on Monday. Pakistan accused India of backing the militants."
    located = _located(nlp, text, ("Pakistan", "PAK", None), ("India", "IND", None))
    assert "accused" in located and located["accused"] is None, located


@pytest.mark.slow
def test_statement_by_an_armed_group_gets_no_home(nlp):
    text = "The Rebel Front accused the army of shelling villages."
    located = _located(nlp, text, ("The Rebel Front", "PAK", "REB"), ("the army", "PAK", "MIL"))
    assert "accused" in located and located["accused"] is None, located


@pytest.mark.slow
def test_home_is_only_for_statements(nlp):
    text = "Pakistan deployed more troops."
    located = _located(nlp, text, ("Pakistan", "PAK", None))
    assert located and all(v is None for v in located.values()), located


@pytest.mark.slow
def test_state_statement_takes_its_own_countrys_dateline(nlp):
    text = "ISLAMABAD (Reuters) - The foreign ministry denied the report on Tuesday."
    located = _located(nlp, text, ("The foreign ministry", "PAK", "GOV"))
    assert located.get("denied") == ("Islamabad", "city", "dateline"), located


@pytest.mark.slow
def test_dateline_of_another_country_is_no_place_for_a_statement(nlp):
    text = "KABUL (AP) - The foreign ministry of Pakistan denied the report on Tuesday."
    located = _located(nlp, text, ("The foreign ministry", "PAK", "GOV"))
    assert "denied" in located and located["denied"] is None, located


@pytest.mark.slow
def test_where_the_paragraph_puts_the_speaker_is_where_he_speaks(nlp):
    text = (
        "Foreign Minister Ahmed Khan in Geneva said the talks had stalled. "
        "Khan urged both sides to return to the table."
    )
    located = _located(nlp, text, ("Ahmed Khan", "PAK", "GOV"), (r"(?<!Ahmed )Khan", "PAK", "GOV"))
    assert located.get("urged") == ("Geneva", "city", "paragraph"), located


def test_generic_apposition_does_not_hide_the_state_speaking():
    from realpolitik.places.locate.home import state_speaker as _state_speaker

    state = ActorMention("t", 0, 10, "Washington", "USA.GOV", "United States", "USA", "GOV")
    culprit = ActorMention("t", 12, 19, "culprit", "new:culprit", "culprit", how="generic")
    rebels = ActorMention("t", 12, 18, "rebels", "new:rebels", "rebels", "USA", "REB")
    assert _state_speaker([state, culprit]) == "USA"
    assert _state_speaker([state, rebels]) is None
    assert _state_speaker([culprit]) is None


@pytest.mark.slow
def test_speaker_at_a_conference_abroad_speaks_there_not_at_home(nlp):
    text = (
        "Foreign Minister Ahmed Khan, speaking at a summit in Geneva, urged both sides to talk."
        "\n\nKhan called for a ceasefire."
    )
    located = _located(nlp, text, ("Ahmed Khan", "PAK", "GOV"), (r"(?<!Ahmed )Khan", "PAK", "GOV"))
    # the participle on the speaker, in the same sentence, is read as the sentence's own place
    # (ninth round: `sentence._subject_participle`; before, the paragraph's site of the speaker)
    assert located.get("urged") == ("Geneva", "city", "sentence"), located
    # another paragraph: not placed in Geneva, and not at home either
    assert "called" in located and located["called"] is None, located


@pytest.mark.slow
def test_venue_put_in_a_guessed_town_is_not_where_the_speaker_is(nlp):
    from dataclasses import replace

    from realpolitik.places.locate import event_place, place_index

    text = "Foreign Minister Ahmed Khan in Geneva said the talks had stalled. Khan urged calm."
    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", raw=text, text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    speaker = ActorMention("t", 67, 71, "Khan", "x:khan", "Khan", "PAK", "GOV")
    sent = list(sdoc.sents)[1]
    urged = next(t for t in sent if t.text == "urged")
    found = event_place(urged, place_index(sent, places), [speaker])
    assert found is not None and found.place.name == "Geneva"
    # the same place read as a venue the gazetteer does not know (named as written), its name
    # not holding the town: the town was guessed
    venues = [replace(p, place=replace(p.place, name="Palais Peace Forum")) for p in places]
    assert event_place(urged, place_index(sent, venues), [speaker]) is None
    # a venue named for the town it lies at was read from its own name: the speaker is there
    venues = [replace(p, place=replace(p.place, name="Geneva Peace Forum")) for p in places]
    found = event_place(urged, place_index(sent, venues), [speaker])
    assert found is not None and found.place.name == "Geneva Peace Forum"
    assert found.place.basis == "paragraph"


def test_every_location_basis_is_one_the_packaged_schema_allows():
    import json
    from pathlib import Path

    import realpolitik
    from realpolitik.fusion.meeting_places import FUSED_MEETING
    from realpolitik.places.locate.event import LOCATION_BASES

    schema_path = Path(realpolitik.__file__).parent / "data" / "spec" / "event.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    allowed = schema["properties"]["location"]["properties"]["basis"]["enum"]
    # fusion adds one basis of its own (`fusion.meeting_places`)
    assert set(allowed) == set(LOCATION_BASES) | {FUSED_MEETING, None}
