"""Event extraction over small parsed texts with hand-made actor and place mentions."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event
from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, EventMention, Place, PlaceMention

pytestmark = pytest.mark.slow


def _actor(
    text: str,
    phrase: str,
    name: str,
    country: str | None = None,
    sector: str | None = None,
    nth: int = 0,
):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention(
        "d", start, start + len(phrase), phrase, "x:" + name.lower(), name, country, sector
    )


def _place(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(
        "d", start, start + len(name), name, Place(name, None, None, None, None, "city")
    )


def _events(nlp, text: str, actors: list[ActorMention], places: list[PlaceMention] | None = None):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, places or [])


def _names(mentions: list[ActorMention]) -> list[str]:
    return [m.name for m in mentions]


def _only(events: list[EventMention], plover_type: str) -> EventMention:
    found = [e for e in events if e.plover_type == plover_type]
    assert found, [(e.trigger, e.plover_type) for e in events]
    return found[0]


def test_events_extract_meeting_with_place_and_provenance(nlp):
    text = "Tajik President Emomali Rahmon met with Muhammad Asim Malik in Dushanbe on Monday."
    actors = [
        _actor(text, "Emomali Rahmon", "Rahmon", "TJK"),
        _actor(text, "Muhammad Asim Malik", "Malik", "PAK"),
    ]
    event = _only(_events(nlp, text, actors, [_place(text, "Dushanbe")]), "CONSULT")
    assert _names(event.source) == ["Rahmon"] and _names(event.target) == ["Malik"]
    assert event.trigger == "met" and text[event.trigger_start :].startswith("met")
    assert event.location and event.location.name == "Dushanbe"
    assert event.mention_id == f"d:{event.trigger_start}"
    assert event.sentence == text and (event.char_start, event.char_end) == (0, len(text))
    assert event.quad_class == 1 and event.cameo_root == "04"
    assert 0 <= event.confidence <= 1


def test_events_extract_raid_object_and_location(nlp):
    text = "Taliban forces raided an ISIS-K cell in Kabul."
    actors = [
        _actor(text, "Taliban forces", "Taliban", "AFG"),
        _actor(text, "ISIS-K", "ISIS-K", "AFG", "TER"),
    ]
    event = _only(_events(nlp, text, actors, [_place(text, "Kabul")]), "ASSAULT")
    assert _names(event.source) == ["Taliban"] and _names(event.target) == ["ISIS-K"]
    assert event.location and event.location.name == "Kabul"
    assert event.quad_class == 4 and event.acled_event_type == "Battles"


def test_events_extract_passive_agent(nlp):
    text = "A refugee camp was attacked by Burundian militiamen."
    actors = [_actor(text, "Burundian militiamen", "Burundian militia", "BDI", "REB")]
    event = _only(_events(nlp, text, actors), "ASSAULT")
    assert _names(event.source) == ["Burundian militia"]


def test_events_extract_nominal_between(nlp):
    text = "Fierce clashes between the Taliban and Pakistani border guards erupted on Sunday."
    actors = [
        _actor(text, "Taliban", "Taliban", "AFG"),
        _actor(text, "Pakistani border guards", "Pakistan", "PAK"),
    ]
    event = _only(_events(nlp, text, actors), "ASSAULT")
    assert event.trigger == "clashes"
    assert _names(event.source) == ["Taliban"] and _names(event.target) == ["Pakistan"]
    assert event.acled_sub_event_type == "Armed clash"


def test_events_extract_possessive_nominal(nlp):
    text = "Rahmon's meeting with Malik was described as productive."
    actors = [_actor(text, "Rahmon", "Rahmon"), _actor(text, "Malik", "Malik")]
    event = _only(_events(nlp, text, actors), "CONSULT")
    assert _names(event.source) == ["Rahmon"] and _names(event.target) == ["Malik"]


def test_events_extract_coordinated_participants(nlp):
    text = "Turkey, Azerbaijan and Pakistan held a joint military exercise."
    actors = [_actor(text, n, n) for n in ("Turkey", "Azerbaijan", "Pakistan")]
    event = _only(_events(nlp, text, actors), "COOPERATE")
    assert set(_names(event.source + event.target)) == {"Turkey", "Azerbaijan", "Pakistan"}


def test_events_extract_denial_targets_the_accuser(nlp):
    text = "Islamabad accused the Taliban of harboring militants. Kabul denied these accusations."
    actors = [
        _actor(text, "Islamabad", "Pakistan", "PAK"),
        _actor(text, "Taliban", "Taliban", "AFG"),
        _actor(text, "Kabul", "Taliban", "AFG"),
    ]
    events = _events(nlp, text, actors)
    accuse = _only(events, "ACCUSE")
    reject = _only(events, "REJECT")
    assert _names(accuse.source) == ["Pakistan"] and _names(accuse.target) == ["Taliban"]
    assert reject.trigger == "denied" and reject.source[0].text == "Kabul"
    assert _names(reject.target) == ["Pakistan"]
    assert not any(e.trigger == "accusations" for e in events)  # a back-reference, not a new event


def test_events_extract_pronoun_subject_from_previous_sentence(nlp):
    text = "Pakistan protested at the border closure. It accused the Taliban of bad faith."
    actors = [_actor(text, "Pakistan", "Pakistan"), _actor(text, "Taliban", "Taliban")]
    event = _only(_events(nlp, text, actors), "ACCUSE")
    assert _names(event.source) == ["Pakistan"]


def test_events_extract_no_event_without_political_meaning(nlp):
    assert _events(nlp, "It takes the path of least resistance and plays a role.", []) == []


def test_events_extract_intent_is_agree_and_threat_is_threaten(nlp):
    text = "Finland will give Tanzania a grant of 580 million shillings."
    actors = [_actor(text, "Finland", "Finland"), _actor(text, "Tanzania", "Tanzania")]
    top = top_event(_events(nlp, text, actors))
    assert top and top.plover_type == "AGREE"
    text = "Iran threatened to shell Iraqi towns."
    actors = [_actor(text, "Iran", "Iran"), _actor(text, "Iraqi", "Iraq")]
    top = top_event(_events(nlp, text, actors))
    assert top and top.plover_type == "THREATEN" and top.trigger == "threatened"


def test_events_extract_obligation_is_request(nlp):
    text = "Russia said that Sudan must return the helicopter."
    actors = [_actor(text, "Russia", "Russia"), _actor(text, "Sudan", "Sudan")]
    top = top_event(_events(nlp, text, actors))
    assert top and top.plover_type == "REQUEST"


def test_events_extract_hosting_an_armed_group_is_aid(nlp):
    text = "Tajikistan hosts the National Resistance Front."
    actors = [
        _actor(text, "Tajikistan", "Tajikistan", "TJK", "GOV"),
        _actor(text, "National Resistance Front", "NRF", "AFG", "REB"),
    ]
    event = _only(_events(nlp, text, actors), "AID")
    assert event.plover_mode == "host"
    assert _names(event.source) == ["Tajikistan"] and _names(event.target) == ["NRF"]


def test_events_extract_trigger_token_reaches_polarity(nlp):
    text = "If Pakistan and Tajikistan agree on opening a new front, the Taliban will be isolated."
    actors = [
        _actor(text, "Pakistan", "Pakistan"),
        _actor(text, "Tajikistan", "Tajikistan"),
        _actor(text, "Taliban", "Taliban"),
    ]
    events = _events(nlp, text, actors)
    agree = [e for e in events if e.trigger == "agree"]
    assert agree and agree[0].polarity != "asserted"


def test_events_extract_origin_phrase_is_no_target(nlp):
    text = "The junta released several commanders from Northland prisons."
    actors = [
        _actor(text, "junta", "Junta", "NLD", "GOV"),
        _actor(text, "Northland prisons", "Northland police", "NLD", "COP"),
    ]
    events = _events(nlp, text, actors)
    assert events, events
    assert all("Northland police" not in _names(e.target) for e in events)


def test_events_extract_dealt_blows_is_an_assault(nlp):
    text = "The Front has dealt heavy blows to Ruritania in the past decade."
    actors = [
        _actor(text, "The Front", "Front", None, "REB"),
        _actor(text, "Ruritania", "Ruritania", "RUR"),
    ]
    event = _only(_events(nlp, text, actors), "ASSAULT")
    assert event.trigger == "dealt heavy blows"  # a light verb named with its event noun
    assert _names(event.source) == ["Front"] and _names(event.target) == ["Ruritania"]


def test_events_extract_leaving_dead_is_part_of_the_attack(nlp):
    text = "Rebel fighters ambushed Ruritanian troops, leaving three soldiers dead and two injured."
    actors = [
        _actor(text, "Rebel fighters", "Rebels", None, "REB"),
        _actor(text, "Ruritanian troops", "Ruritanian army", "RUR", "MIL"),
    ]
    events = _events(nlp, text, actors)
    assert [e.trigger for e in events] == ["ambushed"], [(e.trigger, e.plover_type) for e in events]
    assert events[0].plover_type == "ASSAULT"


def test_events_extract_place_modifier_of_attack_is_hit(nlp):
    text = "The ministry said it had no connection to the France attack."
    actors = [_actor(text, "France", "France", "FRA")]
    event = _only(_events(nlp, text, actors), "ASSAULT")
    assert _names(event.target) == ["France"] and not event.source
