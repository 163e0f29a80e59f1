"""Event locations from the sentence, the paragraph or the dateline (`places.locate`)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer
from realpolitik.places.locate import FALLBACK, place_index


def _index(nlp, text: str, sentence: int):
    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    return place_index(list(sdoc.sents)[sentence], places)


@pytest.mark.slow
def test_locate_sentence_without_place_takes_the_paragraphs_location(nlp):
    text = "Protesters gathered in Lahore on Friday. Police fired tear gas at the crowd."
    index = _index(nlp, text, 1)
    assert index[FALLBACK].text == "Lahore"


@pytest.mark.slow
def test_locate_sentence_naming_a_place_gets_no_fallback(nlp):
    text = "Protesters gathered in Lahore on Friday. Police in Karachi fired tear gas."
    index = _index(nlp, text, 1)
    assert FALLBACK not in index
    assert {p.text for k, p in index.items() if k >= 0} == {"Karachi"}


@pytest.mark.slow
def test_locate_actor_country_is_no_location_for_the_next_sentence(nlp):
    text = "Pakistan said the talks had failed. Officials then left the meeting."
    assert FALLBACK not in _index(nlp, text, 1)


@pytest.mark.slow
def test_locate_fallback_stays_inside_the_paragraph(nlp):
    text = "Protesters gathered in Lahore on Friday.\nPolice fired tear gas at the crowd."
    assert FALLBACK not in _index(nlp, text, 1)


@pytest.mark.slow
def test_locate_dateline_is_the_fallback(nlp):
    text = "KABUL, Afghanistan (AP) - Officials said talks would resume.\nThey gave no date."
    index = _index(nlp, text, -1)
    assert index[FALLBACK].text.upper() == "KABUL"


def test_locate_place_objects_come_from_the_verb_list():
    from realpolitik.places.locate import takes_place_object

    assert takes_place_object("visit") and takes_place_object("Shell")
    assert not takes_place_object("ask")  # "asked Islamabad to ...": a party


def _event_locations(
    nlp, text: str, actor: str = "", country: str = "PAK"
) -> dict[str, str | None]:
    from realpolitik.events import extract_events
    from realpolitik.model import ActorMention

    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", raw=text, text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    start = text.find(actor) if actor else -1
    actors = [ActorMention("t", start, start + len(actor), actor, "x:a", actor, country, "GOV")]
    events = extract_events(doc, sdoc, actors if start >= 0 else [], places)
    return {e.trigger: (e.location.name if e.location else None) for e in events}


@pytest.mark.slow
def test_locate_city_as_object_is_a_party_not_the_location(nlp):
    text = "Afghan officials asked Islamabad to hand over the suspects."
    located = _event_locations(nlp, text, "Afghan officials", "AFG")
    # Not Islamabad: the request is the officials' own country's statement ("home")
    assert located == {"asked": "Afghanistan", "hand over": None}, located


@pytest.mark.slow
def test_locate_visited_city_is_the_location(nlp):
    text = "Pakistan's foreign minister visited Kabul on Monday."
    located = _event_locations(nlp, text, "Pakistan's foreign minister")
    assert located.get("visited") == "Kabul", located


@pytest.mark.slow
def test_locate_event_takes_the_previous_sentences_location(nlp):
    text = "Thousands of protesters gathered in Lahore on Friday. Police arrested dozens of them."
    located = _event_locations(nlp, text, "Police")
    assert located.get("arrested") == "Lahore", located


def _place_of(nlp, text: str, word: str) -> str | None:
    """Where `event_place` puts the event of the first token `word` in a one-sentence text."""
    from realpolitik.places.locate import event_place

    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    sent = next(iter(sdoc.sents))
    trigger = next(t for t in sent if t.text == word)
    found = event_place(trigger, place_index(sent, places))
    return found.text if found else None


@pytest.mark.slow
def test_locate_coordinated_verb_shares_the_place_of_its_head(nlp):
    text = "Soldiers stormed a compound in Herat and detained four men."
    assert _place_of(nlp, text, "detained") == "Herat"


@pytest.mark.slow
def test_locate_participle_clause_shares_the_place_and_direction_of_is_locative(nlp):
    text = "Militants attacked a checkpoint south of Quetta, wounding two guards."
    assert _place_of(nlp, text, "attacked") == "Quetta"
    assert _place_of(nlp, text, "wounding") == "Quetta"


@pytest.mark.slow
def test_locate_relative_clause_takes_its_nouns_place(nlp):
    text = "Residents mourned after a blast at a Jalalabad market that wounded ten people."
    assert _place_of(nlp, text, "wounded") == "Jalalabad"


@pytest.mark.slow
def test_locate_a_visit_happens_at_its_destination(nlp):
    text = "The minister's trip to Tashkent was cut short by the storm."
    assert _place_of(nlp, text, "trip") == "Tashkent"


@pytest.mark.slow
def test_locate_what_was_captured_is_the_place(nlp):
    text = "The capture of Kunduz alarmed the government."
    assert _place_of(nlp, text, "capture") == "Kunduz"


@pytest.mark.slow
def test_locate_a_statement_is_not_where_its_object_happened(nlp):
    text = "The ministry condemned the shelling in Kharkiv on Tuesday."
    assert _place_of(nlp, text, "condemned") is None
    assert _place_of(nlp, text, "shelling") == "Kharkiv"


@pytest.mark.slow
def test_locate_a_clause_with_its_own_subject_keeps_its_own_place(nlp):
    text = "Police raided a house in Multan and the suspects fled."
    assert _place_of(nlp, text, "fled") is None


@pytest.mark.slow
def test_locate_a_capital_named_as_an_owner_is_no_place(nlp):
    text = "Kabul's envoy met reporters on Monday."
    assert _place_of(nlp, text, "met") is None


@pytest.mark.slow
def test_locate_a_demonym_before_a_place_noun_is_the_location(nlp):
    text = "Jets struck targets on Syrian territory overnight."
    assert _place_of(nlp, text, "struck") == "Syrian"


@pytest.mark.slow
def test_acled_added_event_is_not_placed_at_an_owner_of_another_word(nlp):
    # ACLED events added without a lexicon trigger are located by the same walk as the others:
    # a country that only owns a noun ("Nepal's army") is no location of the shooting.
    from realpolitik.events.acled_typing import _place_in

    text = "Nepal's army chief said gunmen opened fire on a bus in Dhangadhi on Sunday."
    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    sent = next(iter(sdoc.sents))
    fire = next(t for t in sent if t.text == "opened")
    chief = next(t for t in sent if t.text == "chief")
    located = _place_in(sent, fire, places)
    assert located is not None and located.text == "Dhangadhi"
    assert _place_in(sent, chief, places) is None or _place_in(sent, chief, places).text != "Nepal"


@pytest.mark.slow
def test_locate_meeting_words_take_the_documents_meeting_town(nlp):
    text = "The two ministers met in Valletta on Monday. Both sides discussed fishing quotas."
    located = _event_locations(nlp, text)
    assert located.get("discussed") == "Valletta", located


@pytest.mark.slow
def test_locate_meeting_town_is_none_when_the_document_names_two(nlp):
    text = (
        "The envoy visited Athens in May and visited Cairo in June.\n"
        "Both sides discussed fishing quotas."
    )
    located = _event_locations(nlp, text)
    assert located.get("discussed") is None, located


@pytest.mark.slow
def test_locate_the_host_is_where_it_happens(nlp):
    assert _place_of(nlp, "Uzbekistan hosts the regional security talks.", "hosts") == "Uzbekistan"


@pytest.mark.slow
def test_locate_meeting_readout_takes_the_meeting_town(nlp):
    text = (
        "The foreign ministers met in Valletta on Tuesday.\n"
        "They stressed the need to curb people smuggling."
    )
    assert _event_locations(nlp, text).get("stressed") == "Valletta"


@pytest.mark.slow
def test_locate_readout_ends_at_another_subject(nlp):
    text = (
        "The foreign ministers met in Valletta on Tuesday.\n"
        "Rebels attacked a convoy on the coast road the same night."
    )
    assert _event_locations(nlp, text).get("attacked") is None


@pytest.mark.slow
def test_locate_the_two_sides_act_where_they_meet(nlp):
    text = "The envoys held talks in Muscat, and the two sides agreed to a prisoner exchange."
    assert _event_locations(nlp, text).get("agreed") == "Muscat"


@pytest.mark.slow
def test_locate_meeting_town_named_by_most_meeting_words(nlp):
    text = (
        "The minister's trip to Amman was his first. The visit to Amman lasted two days, and he "
        "visited Amman again in May. Aides had visited Beirut a week before.\n"
        "Both sides discussed water sharing."
    )
    assert _event_locations(nlp, text).get("discussed") == "Amman"
