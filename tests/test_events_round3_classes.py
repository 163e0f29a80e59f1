"""Classes of phrasing fixed in issue 9's third round, each on sentences written for the test (not
the own held-out sentences whose tune misses prompted them): an event noun that a verb hosts is not
the group it concerns; one side's drills are a show of force and several sides' drills cooperation;
parties that exchange something act on each other; "stripped X of Y" with the "of" on X."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import events_with_actors as _events

pytestmark = pytest.mark.slow


def test_events_round3_hosting_talks_between_armed_groups_is_a_meeting_not_aid(nlp):
    text = "Norway hosted negotiations between the Taliban and the Afghan government in Oslo."
    events = _events(nlp, text, ("Norway", "NOR", "GOV"), ("Taliban", "AFG", "REB"),
                     ("Afghan government", "AFG", "GOV"))  # fmt: skip
    assert _on(events, "hosted").plover_type == "CONSULT"
    # hosting the armed group itself still gives it a base
    text = "Norway hosted Taliban fighters for three years."
    assert _on(_events(nlp, text, ("Taliban", "AFG", "REB")), "hosted").plover_type == "AID"


def test_events_round3_one_sides_drills_show_force_and_joint_drills_cooperate(nlp):
    text = "Iran staged naval drills in the Gulf on Friday."
    # one event on the light verb, named with its noun (tests/test_events_light.py)
    staged = _on(_events(nlp, text, ("Iran", "IRN", "GOV")), "staged")
    assert staged.trigger == "staged naval drills" and staged.plover_type == "MOBILIZE"
    text = "Egypt and Greece held joint air exercises over the sea."
    held = _on(_events(nlp, text, ("Egypt", "EGY", "GOV"), ("Greece", "GRC", "GOV")), "held")
    assert held.plover_type == "COOPERATE"
    text = "Turkey and Azerbaijan staged drills near the Caspian coast."
    events = _events(nlp, text, ("Turkey", "TUR", "GOV"), ("Azerbaijan", "AZE", "GOV"))
    drills = [e for e in events if e.plover_type in {"COOPERATE", "MOBILIZE"}]
    assert drills and drills[0].plover_type == "COOPERATE"
    assert ([a.text for a in drills[0].source], [a.text for a in drills[0].target]) == (
        ["Turkey"], ["Azerbaijan"])  # fmt: skip


def test_events_round3_parties_that_exchange_act_on_each_other(nlp):
    text = "Armenia and Azerbaijan exchanged prisoners at the border on Sunday."
    e = _on(_events(nlp, text, ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")), "exchanged")
    assert ([a.text for a in e.source], [a.text for a in e.target]) == (["Armenia"], ["Azerbaijan"])


def test_events_round3_stripping_a_status_is_coercion_with_of_on_the_object(nlp):
    text = "Bahrain stripped 138 people of their citizenship last year."
    e = _on(_events(nlp, text, ("Bahrain", "BHR", "GOV")), "stripped")
    assert (e.plover_type, [a.text for a in e.source]) == ("COERCE", ["Bahrain"])


def test_events_round3_leaving_someone_in_a_state_is_the_result_of_the_event_above_it(nlp):
    text = "The Saudi blockade left Qatar scrambling for food imports."
    events = _events(nlp, text, ("Saudi", "SAU", "GOV"), ("Qatar", "QAT", "GOV"))
    assert [e.trigger for e in events] == ["blockade"]
    text = "The drought has left the Somali economy reeling."
    assert not [e for e in _events(nlp, text, ("Somali", "SOM", "GOV")) if e.trigger == "left"]
    # a departure is still read as one, and a gerund after a comma is the subject's next act
    text = "The Malian delegation left the talks in Algiers, accusing France of meddling."
    events = _events(nlp, text, ("Malian", "MLI", "GOV"), ("France", "FRA", "GOV"))
    assert "accusing" in [e.trigger for e in events]


def test_events_round3_a_party_named_in_what_a_joint_act_is_about_is_not_its_target(nlp):
    text = "Qatar and Egypt agreed to coordinate their positions on Israeli settlement plans."
    events = _events(nlp, text, ("Qatar", "QAT", "GOV"), ("Egypt", "EGY", "GOV"),
                     ("Israeli", "ISR", "GOV"))  # fmt: skip
    e = _on(events, "agreed")
    assert ([a.text for a in e.source], [a.text for a in e.target]) == (["Qatar"], ["Egypt"])
    # a partner named with "with" stays the target
    text = "Spain and Portugal signed a deal on fishing quotas with Morocco."
    events = _events(nlp, text, ("Spain", "ESP", "GOV"), ("Portugal", "PRT", "GOV"),
                     ("Morocco", "MAR", "GOV"))  # fmt: skip
    assert [a.text for a in _on(events, "signed").target] == ["Morocco"]


def test_events_round3_attacking_a_physical_target_is_violence_whoever_owns_it(nlp):
    text = "Gunmen attacked army checkpoints and government offices in Zamfara."
    assert _on(_events(nlp, text), "attacked").plover_type == "ASSAULT"
    text = "Jihadists attacked government soldiers near the Malian border."
    assert _on(_events(nlp, text), "attacked").plover_type == "ASSAULT"
    # a verbal attack on a plan stays an accusation
    text = "The senator attacked government proposals to cut pensions."
    assert _on(_events(nlp, text), "attacked").plover_type == "ACCUSE"
