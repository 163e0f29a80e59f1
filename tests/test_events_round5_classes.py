"""Classes of phrasing fixed in issue 9's fifth round, each on sentences written for the test (not
the held-out sentences whose misses prompted them): a place acted on stands for its country as
the target when no party acted on is named (and stays the event's location); a bare place name
the actors stage could not place is read as that place; a group with no country in a place takes
the place's."""

from __future__ import annotations

import re

import pytest
from event_helpers import event_on as _on

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, Place, PlaceMention

pytestmark = pytest.mark.slow


def _mention(text: str, phrase: str, country, sector, how="kb", actor_id=None) -> ActorMention:
    start = re.search(rf"\b{re.escape(phrase)}\b", text).start()
    return ActorMention("d", start, start + len(phrase), phrase, actor_id or "x:" + phrase.lower(),
                        phrase, country, sector, None, how)  # fmt: skip


def _place(text: str, name: str, country: str) -> PlaceMention:
    start = re.search(rf"\b{re.escape(name)}\b", text).start()
    return PlaceMention("d", start, start + len(name), name,
                        Place(name, country, 0.0, 0.0, None, "city"))  # fmt: skip


def _events(nlp, text: str, actors: list[ActorMention], places: list[PlaceMention]):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, places)


def test_events_round5_place_acted_on_is_the_target(nlp):
    # a thing in the place as the object
    text = "Rebel gunners shelled the outskirts of Marib on Friday."
    e = _on(_events(nlp, text, [_mention(text, "Rebel gunners", None, "REB", "generic")],
                    [_place(text, "Marib", "YEM")]), "shelled")  # fmt: skip
    assert [(m.text, m.country, m.sector, m.how) for m in e.target] == [
        ("Marib", "YEM", "GOV", "place")
    ]
    assert e.location is not None and e.location.name == "Marib"
    # a directional preposition on the verb
    text = "Militia fighters fired rockets into Kismayo overnight."
    e = _on(_events(nlp, text, [_mention(text, "Militia fighters", None, "REB", "generic")],
                    [_place(text, "Kismayo", "SOM")]), "fired")  # fmt: skip
    assert [m.country for m in e.target] == ["SOM"]
    # leaving a place: "from" for a retreat only
    text = "The insurgents withdrew from Walikale on Monday."
    e = _on(_events(nlp, text, [_mention(text, "insurgents", None, "REB", "generic")],
                    [_place(text, "Walikale", "COD")]), "withdrew")  # fmt: skip
    assert [m.country for m in e.target] == ["COD"]
    assert e.location is not None and e.location.name == "Walikale"


def test_events_round5_own_state_acting_on_its_place_targets_its_people(nlp):
    text = "The Ivorian government imposed a curfew on Bouake after the riots."
    e = _on(_events(nlp, text, [_mention(text, "Ivorian government", "CIV", "GOV")],
                    [_place(text, "Bouake", "CIV")]), "imposed")  # fmt: skip
    assert [(m.actor_id, m.country, m.sector) for m in e.target] == [("CIV.CVL", "CIV", "CVL")]


def test_events_round5_place_is_no_target_when_a_party_is_named_or_for_statements(nlp):
    text = "Gunmen killed two policemen in Quetta on Sunday."
    actors = [_mention(text, "Gunmen", None, "REB", "generic"),
              _mention(text, "policemen", None, "COP", "generic")]  # fmt: skip
    e = _on(_events(nlp, text, actors, [_place(text, "Quetta", "PAK")]), "killed")
    assert [m.text for m in e.target] == ["policemen"]
    text = "The Dutch foreign minister condemned the bombing in Peshawar."
    events = _events(nlp, text, [_mention(text, "Dutch foreign minister", "NLD", "GOV")],
                     [_place(text, "Peshawar", "PAK")])  # fmt: skip
    assert all(m.how != "place" for m in _on(events, "condemned").target)
    # an event merely happening in a place, with an object of its own, hits no place (round r15:
    # was "staged a sit-in", which the lexicon now reads as the protest it is, and a protest in a
    # place with no party named is aimed at the place's state since the twelfth round, as
    # "staged a protest in Kampala" already was; `data/events/place_targets.yaml` in_types)
    text = "Students held a meeting in Kampala on Monday."
    events = _events(nlp, text, [_mention(text, "Students", None, "OPP", "generic")],
                     [_place(text, "Kampala", "UGA")])  # fmt: skip
    assert all(m.how != "place" for e in events for m in e.target)


def test_events_round5_unplaced_name_that_is_a_place_stands_for_its_country(nlp):
    text = "Government troops besieged Tawergha for a month."
    actors = [_mention(text, "Government troops", None, "MIL", "generic"),
              _mention(text, "Tawergha", None, None, "ner", actor_id="new:tawergha")]  # fmt: skip
    e = _on(_events(nlp, text, actors, [_place(text, "Tawergha", "LBY")]), "besieged")
    assert [(m.text, m.country, m.how) for m in e.target] == [("Tawergha", "LBY", "place")]


def test_events_round5_group_without_country_in_a_place_takes_its_country(nlp):
    text = "Armed men looted shops near Bunia and burned a church."
    actors = [_mention(text, "Armed men", None, "REB", "generic"),
              _mention(text, "shops", None, "CVL", "generic")]  # fmt: skip
    e = _on(_events(nlp, text, actors, [_place(text, "Bunia", "COD")]), "looted")
    assert [(m.text, m.country) for m in e.target] == [("shops", "COD")]


def test_events_round5_place_on_the_verb_when_the_object_is_a_thing(nlp):
    # the parser hangs "in Mosul" on the verb: the thing shelled is in the place
    text = "Artillery crews shelled a market in Mosul at noon."
    e = _on(_events(nlp, text, [_mention(text, "Artillery crews", None, "MIL", "generic")],
                    [_place(text, "Mosul", "IRQ")]), "shelled")  # fmt: skip
    assert [m.country for m in e.target] == ["IRQ"]
    # a joint act in a place is between its parties, not against the place
    text = "Sudanese soldiers and Chadian troops clashed in Adre on Monday."
    actors = [_mention(text, "Sudanese soldiers", "SDN", "MIL"),
              _mention(text, "Chadian troops", "TCD", "MIL")]  # fmt: skip
    e = _on(_events(nlp, text, actors, [_place(text, "Adre", "TCD")]), "clashed")
    assert [m.text for m in e.target] == ["Chadian troops"]


def test_events_round5_denial_clause_parties_belong_to_the_denied_act(nlp):
    text = "Kampala denied that its soldiers had looted villages near Bunia."
    actors = [_mention(text, "Kampala", "UGA", "GOV", "metonymy"),
              _mention(text, "soldiers", "UGA", "MIL", "generic+context")]  # fmt: skip
    events = _events(nlp, text, actors, [_place(text, "Bunia", "COD")])
    denial = _on(events, "denied")
    assert [m.text for m in denial.source] == ["Kampala"]
    assert denial.target == []  # not its own soldiers
    looted = _on(events, "looted")
    assert [m.text for m in looted.source] == ["soldiers"] and looted.target


def test_events_round5_sending_forces_to_help_is_aid_and_summoning_to_protest_a_complaint(nlp):
    text = "Rwanda sent troops to protect Mozambique."
    actors = [_mention(text, "Rwanda", "RWA", None), _mention(text, "troops", "RWA", "MIL"),
              _mention(text, "Mozambique", "MOZ", None)]  # fmt: skip
    e = _on(_events(nlp, text, actors, []), "sent")
    assert (e.plover_type, [m.text for m in e.target]) == ("AID", ["Mozambique"])
    text = "Norway summoned the Iranian ambassador to complain about the executions."
    actors = [_mention(text, "Norway", "NOR", None),
              _mention(text, "Iranian ambassador", "IRN", "GOV")]  # fmt: skip
    e = _on(_events(nlp, text, actors, []), "summoned")
    assert e.plover_type == "ACCUSE" and [m.text for m in e.target] == ["Iranian ambassador"]
    # a purpose of force keeps the show of force
    text = "Myanmar's generals deployed more soldiers to crush the uprising."
    actors = [
        _mention(text, "Myanmar's generals", "MMR", "MIL"),
        _mention(text, "soldiers", "MMR", "MIL"),
    ]
    e = _on(_events(nlp, text, actors, []), "deployed")
    assert e.plover_type == "MOBILIZE"


def test_events_round5_generic_party_in_a_place_takes_the_institution_of_its_state(nlp):
    text = "Bandits raided a police post in Katsina and seized rifles."
    actors = [
        _mention(text, "Bandits", None, "REB", "generic"),
        _mention(text, "police", None, "COP", "generic", actor_id="new:police"),
    ]
    e = _on(_events(nlp, text, actors, [_place(text, "Katsina", "NGA")]), "raided")
    assert [(m.text, m.actor_id, m.country) for m in e.target] == [("police", "NGA.COP", "NGA")]


def test_events_round5_person_named_by_title_is_not_retyped_through_its_compound(nlp):
    # CAMEO's "host ... army" (military aid) must not read "army chief": hosting him is a visit
    text = "Oman's sultan hosted the Yemeni army chief in Muscat."
    actors = [_mention(text, "Oman's sultan", "OMN", "GOV"),
              _mention(text, "Yemeni army chief", "YEM", "MIL")]  # fmt: skip
    e = _on(_events(nlp, text, actors, []), "hosted")
    assert e.plover_type == "CONSULT"
    # an army itself hosted is still what the pattern says
    text = "Belarus hosted Russian army units near the border."
    actors = [
        _mention(text, "Belarus", "BLR", None),
        _mention(text, "Russian army units", "RUS", "MIL"),
    ]
    e = _on(_events(nlp, text, actors, []), "hosted")
    assert e.plover_type != "CONSULT"
