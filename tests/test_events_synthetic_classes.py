"""Phrasing classes found by reading the NGEC synthetic tune-part misses (`eval synthetic`);
each test uses sentences written for it."""

from __future__ import annotations

import pytest

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, EventMention

pytestmark = pytest.mark.slow


def _actor(text: str, phrase: str, name: str, country: str | None = None) -> ActorMention:
    start = text.index(phrase)
    return ActorMention("d", start, start + len(phrase), phrase, "x:" + name.lower(), name, country)


def _events(nlp, text: str, actors: list[ActorMention]) -> list[EventMention]:
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, [])


def _types(events: list[EventMention]) -> set[str]:
    return {e.plover_type for e in events}


def test_events_synthetic_announcing_a_resignation_is_retreat(nlp):
    text = "The governor of Oaxaca announced his resignation on Thursday."
    events = _events(nlp, text, [_actor(text, "governor", "Oaxaca governor")])
    assert _types(events) == {"RETREAT"}
    text = "The finance minister tendered her resignation after the vote."
    events = _events(nlp, text, [_actor(text, "finance minister", "finance minister")])
    assert _types(events) == {"RETREAT"}


def test_events_synthetic_taking_part_in_an_event_is_no_agreement(nlp):
    text = "Dockers took part in a protest against the port reform in Valparaiso."
    events = _events(nlp, text, [_actor(text, "Dockers", "Dockers")])
    assert "AGREE" not in _types(events)
    assert "PROTEST" in _types(events)


def test_events_synthetic_participating_in_a_strike_is_a_protest(nlp):
    text = "Bus drivers participated in a strike in Lagos on Monday."
    events = _events(nlp, text, [_actor(text, "Bus drivers", "Bus drivers")])
    assert _types(events) == {"PROTEST"}


def test_events_synthetic_cyber_attacks_are_coercion_not_assault(nlp):
    text = "Hackers carried out a cyber attack on a bank in Riga."
    events = _events(nlp, text, [_actor(text, "Hackers", "Hackers")])
    assert _types(events) == {"COERCE"}
    text = "Hackers launched a cyberattack on the Latvian railway."
    events = _events(nlp, text, [_actor(text, "Hackers", "Hackers")])
    assert _types(events) == {"COERCE"}
    text = "Rebels launched an attack on the Latvian railway."
    assert _types(_events(nlp, text, [_actor(text, "Rebels", "Rebels")])) == {"ASSAULT"}


def test_events_synthetic_stopping_a_protest_is_a_concession(nlp):
    text = "The opposition in Gabon suspended its rallies on Friday."
    events = _events(nlp, text, [_actor(text, "opposition", "opposition")])
    assert "CONCEDE" in _types(events)
    text = "The farmers' union cancelled the boycott of Spanish produce."
    events = _events(nlp, text, [_actor(text, "farmers' union", "farmers' union")])
    assert "CONCEDE" in _types(events)


def test_events_synthetic_ending_air_strikes_stays_a_retreat(nlp):
    text = "The air force ended its strikes on the rebel town."
    events = _events(nlp, text, [_actor(text, "air force", "air force")])
    assert "CONCEDE" not in _types(events)


def test_events_synthetic_a_trailing_participle_ranks_below_its_head(nlp):
    from realpolitik.eval.plover import top_event

    text = "Nurses in Quito launched a general strike on Monday, demanding higher pay."
    events = _events(nlp, text, [_actor(text, "Nurses", "Nurses")])
    assert "REQUEST" in _types(events)
    top = top_event(events)
    assert top is not None and top.plover_type == "PROTEST"


def test_events_synthetic_downgrading_diplomatic_ties_is_a_sanction(nlp):
    text = "Malta is downgrading diplomatic ties with Belarus."
    actors = [_actor(text, "Malta", "Malta", "MLT"), _actor(text, "Belarus", "Belarus", "BLR")]
    assert _types(_events(nlp, text, actors)) == {"SANCTION"}
    text = "Chile broke off relations with Nicaragua on Monday."
    actors = [_actor(text, "Chile", "Chile", "CHL"), _actor(text, "Nicaragua", "Nicaragua", "NIC")]
    assert _types(_events(nlp, text, actors)) == {"SANCTION"}


def test_events_synthetic_releasing_a_report_is_no_release(nlp):
    text = "Oxfam released a report on hunger in Yemen on Monday."
    assert _events(nlp, text, [_actor(text, "Oxfam", "Oxfam")]) == []
    text = "Oxfam said in a report released on Monday that Yemen needs more food."
    events = _events(nlp, text, [_actor(text, "Oxfam", "Oxfam")])
    assert "RETREAT" not in _types(events)
    text = "The army released forty prisoners in Juba on Friday."
    assert _types(_events(nlp, text, [_actor(text, "army", "army")])) == {"RETREAT"}
