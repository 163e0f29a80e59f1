"""Precision rules: idioms, light verbs with abstract objects, participles, headings, framing."""

from __future__ import annotations

import pytest

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, EventMention

pytestmark = pytest.mark.slow


def _actor(text: str, phrase: str, name: str, country: str | None = None, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention("d", start, start + len(phrase), phrase, "x:" + name.lower(), name, country)


def _events(nlp, text: str, actors: list[ActorMention]) -> list[EventMention]:
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, [])


def _by_trigger(events: list[EventMention], trigger: str) -> EventMention | None:
    return next((e for e in events if e.trigger.split()[0] == trigger), None)


def test_events_precision_harbor_a_feeling_is_no_safe_haven(nlp):
    text = "Tajikistan continues to harbor concerns about the Taliban's influence."
    actors = [_actor(text, "Tajikistan", "Tajikistan", "TJK"), _actor(text, "Taliban", "Taliban")]
    assert _by_trigger(_events(nlp, text, actors), "harbor") is None
    text = "Islamabad accused Kabul of harboring the TTP."
    actors = [_actor(text, "Islamabad", "Pakistan"), _actor(text, "TTP", "TTP")]
    assert _by_trigger(_events(nlp, text, actors), "harboring") is not None


def test_events_precision_light_verb_with_abstract_object(nlp):
    text = "The ministry of Pakistan issued a statement. Pakistan plays a very important role."
    actors = [_actor(text, "Pakistan", "Pakistan", "PAK", n) for n in (0, 1)]
    events = _events(nlp, text, actors)
    assert _by_trigger(events, "issued") is None and _by_trigger(events, "plays") is None


def test_events_precision_adjectival_participle_is_no_trigger(nlp):
    text = "They discussed ways to resolve other pressing issues and got a failing grade."
    events = _events(nlp, text, [])
    assert _by_trigger(events, "pressing") is None and _by_trigger(events, "failing") is None


def test_events_precision_call_on_a_person_is_a_visit(nlp):
    text = "Pakistan's spy chief calls on the Tajik President."
    actors = [_actor(text, "Pakistan", "Pakistan", "PAK"), _actor(text, "Tajik", "Tajikistan")]
    event = _by_trigger(_events(nlp, text, actors), "calls")
    assert event is not None and event.plover_type == "CONSULT"


def test_events_precision_call_on_someone_to_act_is_a_request(nlp):
    text = "The US called on Pakistan to stop the attacks."
    actors = [_actor(text, "US", "United States", "USA"), _actor(text, "Pakistan", "Pakistan")]
    event = _by_trigger(_events(nlp, text, actors), "called")
    assert event is not None and event.plover_type == "REQUEST"
    assert [m.name for m in event.target] == ["Pakistan"]


def test_events_precision_yet_to_is_negated(nlp):
    text = "Tajikistan has yet to deepen ties with the Afghan government."
    actors = [_actor(text, "Tajikistan", "Tajikistan"), _actor(text, "Afghan", "Taliban")]
    event = _by_trigger(_events(nlp, text, actors), "deepen")
    assert event is not None and event.polarity == "negated"


def test_events_precision_negative_subject_above_negates(nlp):
    text = "No country has yet come forward to recognize the regime in Kabul."
    event = _by_trigger(_events(nlp, text, []), "recognize")
    assert event is None or event.polarity == "negated"


def test_events_precision_heading_without_finite_verb(nlp):
    text = "Countering TTP\n\nPakistan accused the TTP of the attack."
    actors = [_actor(text, "TTP", "TTP", nth=0), _actor(text, "Pakistan", "Pakistan")]
    actors.append(_actor(text, "TTP", "TTP", nth=1))
    events = _events(nlp, text, actors)
    assert _by_trigger(events, "Countering") is None
    assert _by_trigger(events, "accused") is not None


def test_events_precision_headline_does_not_frame_next_paragraph(nlp):
    text = (
        "Spy chief calls on Tajik President aimed rising tensions with Taliban\n\n"
        "President Emomali Rahmon met with Muhammad Asim Malik, where both sides discussed issues."
    )
    actors = [
        _actor(text, "Emomali Rahmon", "Rahmon", "TJK"),
        _actor(text, "Muhammad Asim Malik", "Malik", "PAK"),
    ]
    event = _by_trigger(_events(nlp, text, actors), "met")
    assert event is not None and event.polarity == "asserted"


def test_events_precision_writers_own_must_is_no_request(nlp):
    text = "We must admit that Pakistan plays an important part."
    assert all(e.plover_type != "REQUEST" for e in _events(nlp, text, []))


def test_events_precision_obligation_reported_asks_its_subject(nlp):
    text = "Russia said on Tuesday that Sudan must return the helicopter."
    actors = [_actor(text, "Russia", "Russia", "RUS"), _actor(text, "Sudan", "Sudan", "SDN")]
    event = _by_trigger(_events(nlp, text, actors), "return")
    assert event is not None and event.plover_type == "REQUEST"
    assert [m.name for m in event.source] == ["Russia"]
    assert [m.name for m in event.target] == ["Sudan"]
    assert event.polarity == "asserted"


def test_events_precision_bare_participle_ranks_below_the_clause(nlp):
    text = "The actors opposing the Taliban suffer from many weaknesses."
    actors = [_actor(text, "Taliban", "Taliban")]
    event = _by_trigger(_events(nlp, text, actors), "opposing")
    assert event is None or event.confidence < 0.6


def test_events_precision_target_from_complement(nlp):
    text = "The Azerbaijani parliament threatened to break relations with Russia."
    actors = [_actor(text, "Azerbaijani", "Azerbaijan", "AZE"), _actor(text, "Russia", "Russia")]
    event = _by_trigger(_events(nlp, text, actors), "threatened")
    assert event is not None and event.plover_type == "THREATEN"
    assert [m.name for m in event.target] == ["Russia"]


def test_events_precision_the_two_countries(nlp):
    text = (
        "Fierce clashes broke out between the Taliban and Pakistani border guards. "
        "The Taliban closed the Torkham crossing between the two countries."
    )
    actors = [
        _actor(text, "Taliban", "Taliban", "AFG", 0),
        _actor(text, "Pakistani border guards", "Pakistan (military)", "PAK"),
        _actor(text, "Taliban", "Taliban", "AFG", 1),
    ]
    event = _by_trigger(_events(nlp, text, actors), "closed")
    assert event is not None and [m.name for m in event.target] == ["Pakistan (military)"]
