"""Classes of phrasing of the PLOVER typing round r14 (plover32), on sentences written for the
test (not the gold sentences that prompted them): a party refused entry, admission or admittance
is barred from entering (REJECT, not CAMEO's "obstruct passage" PROTEST); a person handed over in
the passive with no agent was handed over by the state in the "from" phrase to the one in the
"to" phrase, or else to the state a "wanted in" / "sought by" participle names; a wanted person
handed over is judicial cooperation (COOPERATE), not aid."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey refused entry to a group of German lawmakers on Monday.", "Turkey", "German"),
        ("Djibouti refused admission to a Somali cargo ship carrying charcoal.", "Djibouti",
         "Somali"),
        ("Border guards refused the Kenyan delegation entry at the airport, the ministry said.",
         "Border guards", "Kenyan"),
    ],
)  # fmt: skip
def test_events_r14_plover_refused_entry_is_a_rejection(resources, text, source, target):
    top = top_event(pipeline_events(text, resources))
    assert top is not None, text
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120"), text
    assert any(source in a.text for a in top.source), text
    assert any(target in a.text for a in top.target), text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the receiving state in a "to" phrase, before or after the "from" phrase
        ("A Chilean smuggler was extradited to Argentina from Bolivia, police said.", "BOL", "ARG"),
        # the asking state named by a participle on the person (the parser may make it the head)
        ("A former minister wanted in Peru for bribery was extradited from Spain on Tuesday.",
         "ESP", "PER"),
        ("Two suspects sought by France were extradited from Belgium, prosecutors said.",
         "BEL", "FRA"),
    ],
)  # fmt: skip
def test_events_r14_plover_passive_extradition_from_a_state(resources, text, source, target):
    top = top_event(pipeline_events(text, resources))
    assert top is not None, text
    assert top.plover_type == "COOPERATE", text
    assert [a.country for a in top.source] == [source], text
    assert target in {a.country for a in top.target}, text


@pytest.mark.slow
def test_events_r14_plover_passive_with_agent_or_a_deportation_keeps_its_reading(resources):
    # an agent is the source as in any passive; a deportation's "to" phrase is a destination
    top = top_event(pipeline_events("The suspect was extradited by Spain to Argentina.", resources))
    assert top is not None
    assert [a.country for a in top.source] == ["ESP"]
    text = "Hundreds of migrants were deported from Tunisia to Libya."
    top = top_event(pipeline_events(text, resources))
    assert top is not None
    assert top.plover_type == "COERCE"
    assert "LBY" not in {a.country for a in top.target}


@pytest.mark.slow
def test_events_r14_plover_wanted_person_handed_over_is_judicial_cooperation(resources):
    # a person a party wants or seeks, handed over: cooperation with that party, not aid
    text = "Kenya handed over a rebel commander wanted in Uganda."
    top = top_event(pipeline_events(text, resources))
    assert top is not None
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063")
    assert [a.country for a in top.source] == ["KEN"]
    assert "UGA" in {a.country for a in top.target}
    # in the active with no "to" phrase, the asking state is the target
    top = top_event(
        pipeline_events("Spain extradited a former banker wanted in Argentina.", resources)
    )
    assert top is not None
    assert "ARG" in {a.country for a in top.target}
    # goods handed over stay aid; a refused hand-over stays a refusal
    top = top_event(pipeline_events("Kenya handed over 20 tonnes of maize to Uganda.", resources))
    assert top is not None and top.plover_type == "AID"
    text = "Panama said it would not hand over two dissidents sought by Colombia."
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == "REJECT"


@pytest.mark.slow
def test_events_r14_plover_passive_refused_entry_to_a_country_is_that_country_s(resources):
    text = "Two Lithuanian journalists were refused entry to Belarus at the Medininkai crossing."
    top = top_event(pipeline_events(text, resources))
    assert top is not None
    assert top.plover_type == "REJECT"
    assert [a.country for a in top.source] == ["BLR"]
    assert "BLR" not in {a.country for a in top.target}
    top = top_event(
        pipeline_events("A Kenyan delegation was denied entry into Somalia.", resources)
    )
    assert top is not None
    assert [a.country for a in top.source] == ["SOM"]


@pytest.mark.slow
def test_events_r14_plover_act_on_a_governed_handover_is_done_to_the_asking_state(resources):
    text = "Panama refused to extradite two businessmen sought by Colombia."
    top = top_event(pipeline_events(text, resources))
    assert top is not None
    assert top.plover_type == "REJECT"
    assert top.target and top.target[0].country == "COL"
    text = "Ecuador agreed to hand over a former governor wanted in Peru, officials said."
    top = top_event(pipeline_events(text, resources))
    assert top is not None
    assert top.plover_type == "AGREE"
    assert top.target and top.target[0].country == "PER"
