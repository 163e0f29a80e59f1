"""Classes of phrasing a careful reader counts as events, each on sentences written for the test:
relative and participial clauses, "between" on a verb, nominal events, forced direction."""

from __future__ import annotations

import pytest

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document

pytestmark = pytest.mark.slow


def _actor(text: str, phrase: str, name: str, sector: str | None = None) -> ActorMention:
    start = text.index(phrase)
    return ActorMention(
        "d", start, start + len(phrase), phrase, "x:" + name.lower(), name, name[:3].upper(), sector
    )


def _events(nlp, text: str, actors: list[ActorMention]):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, [])


def _by_trigger(events, word: str):
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


def test_events_recall_relative_clause_subject_is_the_noun_it_modifies(nlp):
    text = "The Malian junta, which bombed the northern town in May, expelled the French envoy."
    junta = _actor(text, "The Malian junta", "Mali", "MIL")
    event = _by_trigger(_events(nlp, text, [junta]), "bombed")
    assert event.plover_type == "ASSAULT"
    assert [m.name for m in event.source] == ["Mali"]


def test_events_recall_participle_on_a_noun_acts_or_is_acted_on(nlp):
    text = "Villagers saw gunmen torching houses near the convoy ambushed by Somali militants."
    gunmen = _actor(text, "gunmen", "Gunmen", "REB")
    convoy = _actor(text, "the convoy", "Convoy", "MIL")
    militants = _actor(text, "Somali militants", "Somalia", "REB")
    events = _events(nlp, text, [gunmen, convoy, militants])
    ambushed = _by_trigger(events, "ambushed")
    assert [m.name for m in ambushed.source] == ["Somalia"]
    assert [m.name for m in ambushed.target] == ["Convoy"]


def test_events_recall_between_on_a_gerund_names_both_sides(nlp):
    text = "Fighting between Armenian troops and Azerbaijani forces resumed overnight."
    arm = _actor(text, "Armenian troops", "Armenia", "MIL")
    aze = _actor(text, "Azerbaijani forces", "Azerbaijan", "MIL")
    event = _by_trigger(_events(nlp, text, [arm, aze]), "Fighting")
    assert event.plover_type == "ASSAULT"
    assert {m.name for m in event.source + event.target} == {"Armenia", "Azerbaijan"}


def test_events_recall_forcibly_makes_a_return_coercion(nlp):
    text = "Thailand forcibly sent the Uyghur men back to China."
    thai = _actor(text, "Thailand", "Thailand", "GOV")
    event = _by_trigger(_events(nlp, text, [thai]), "sent")
    assert event.plover_type == "COERCE"
    assert event.cameo_code == "174"


def test_events_recall_returning_refugees_is_coercion_and_keeps_its_target(nlp):
    text = "Lebanon returned hundreds of Syrian refugees across the border last month."
    leb = _actor(text, "Lebanon", "Lebanon", "GOV")
    syr = _actor(text, "Syrian refugees", "Syria", "REF")
    event = _by_trigger(_events(nlp, text, [leb, syr]), "returned")
    assert event.plover_type == "COERCE"
    assert [m.name for m in event.target] == ["Syria"]


def test_events_recall_nominal_suspension_and_refusal_are_events(nlp):
    text = "Jordan's suspension of its aid to Gaza followed Israel's refusal of the plan."
    jor = _actor(text, "Jordan", "Jordan", "GOV")
    isr = _actor(text, "Israel", "Israel", "GOV")
    events = _events(nlp, text, [jor, isr])
    assert _by_trigger(events, "suspension").plover_type == "SANCTION"
    refusal = _by_trigger(events, "refusal")
    assert refusal.plover_type == "REJECT"
    assert [m.name for m in refusal.source] == ["Israel"]


def test_events_recall_joint_act_of_coordinated_parties_names_the_second_as_target(nlp):
    text = "Peru and Bolivia signed a trade accord in Lima."
    peru = _actor(text, "Peru", "Peru", "GOV")
    bol = _actor(text, "Bolivia", "Bolivia", "GOV")
    event = _by_trigger(_events(nlp, text, [peru, bol]), "signed")
    assert [m.name for m in event.source] == ["Peru"]
    assert [m.name for m in event.target] == ["Bolivia"]


def test_events_recall_first_verb_of_a_coordination_shares_the_next_verbs_object(nlp):
    text = "Armenia denounced and rejected Azerbaijan's proposal."
    arm = _actor(text, "Armenia", "Armenia", "GOV")
    aze = _actor(text, "Azerbaijan", "Azerbaijan", "GOV")
    event = _by_trigger(_events(nlp, text, [arm, aze]), "denounced")
    assert event.plover_type == "ACCUSE"
    assert [m.name for m in event.target] == ["Azerbaijan"]


def test_events_recall_backed_by_is_support_not_an_air_strike(nlp):
    text = "The Haitian police, backed by Kenyan officers, retook the port."
    kenyan = _actor(text, "Kenyan officers", "Kenya", "COP")
    haiti = _actor(text, "The Haitian police", "Haiti", "COP")
    event = _by_trigger(_events(nlp, text, [haiti, kenyan]), "backed")
    assert event.plover_type == "SUPPORT"
    assert [m.name for m in event.source] == ["Kenya"]
