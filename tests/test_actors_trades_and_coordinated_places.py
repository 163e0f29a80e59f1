"""People named by their trade are the party acted on ("police beat hawkers"), and the place
hung on the last of two coordinated objects is the act's ("killed a teacher and a tailor in X";
the parties named, as the actors stage gives them: a place with no party acted on is read as the
target's place by another reader).
Stop 49 lead: probes of our own, written as wire reports of attacks and abductions."""

from __future__ import annotations

import pytest
from event_helpers import event_holding, pipeline_events
from locate_helpers import located_events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("Riot police whipped hawkers outside the bus terminal in Accra.", "whipped", "hawkers"),
        ("Bandits shot two motorists on the Kano road on Sunday.", "shot", "motorists"),
        ("Gunmen kidnapped a pastor and three nuns near Ondo.", "kidnapped", "pastor"),
        ("Police detained four street vendors in Lusaka.", "detained", "street vendors"),
    ],
)
def test_people_named_by_their_trade_are_the_party_acted_on(resources, text, trigger, party):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert party in [m.text for m in event.target], event.target


@pytest.mark.slow
def test_a_driver_with_the_vehicle_is_no_party_of_its_own(resources):
    text = "Naval officers seized a Greek tanker and its driver off the coast of Crete."
    parties = [m.text for e in pipeline_events(text, resources) for m in (*e.source, *e.target)]
    assert not any("driver" in p for p in parties), parties


@pytest.mark.slow
def test_place_after_the_second_coordinated_object_is_the_acts(nlp):
    text = "Soldiers arrested a journalist and a lawyer in Bamako, their families said."
    parties = [("Soldiers", "MLI", "MIL"), ("journalist", "MLI", "MED"), ("lawyer", "MLI", "CVL")]
    located = located_events(nlp, text, *parties)
    assert located["arrested"] is not None and located["arrested"][0] == "Bamako", located


@pytest.mark.slow
def test_place_of_a_coordinated_verb_is_not_the_first_verbs(nlp):
    text = "Soldiers arrested a journalist and then released a lawyer in Bamako."
    parties = [("Soldiers", "MLI", "MIL"), ("journalist", "MLI", "MED"), ("lawyer", "MLI", "CVL")]
    located = located_events(nlp, text, *parties)
    assert located.get("arrested") is None or located["arrested"][0] != "Bamako", located
