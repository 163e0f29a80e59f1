"""Classes of phrasing fixed in issue 9's fourth round, each on sentences written for the test (not
the own held-out sentences whose tune misses prompted them): a state's own forces or envoy as a
verb's object are not the party acted on; "its officers", "his country" as a subject stand for the
pronoun's actor; a passive harm with no agent takes the agent of its when-clause."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import events_with_actors as _events

pytestmark = pytest.mark.slow


def _parties(e):
    return [a.text for a in e.source], [a.text for a in e.target]


def test_events_round4_own_envoy_or_forces_are_not_the_target(nlp):
    text = "Nigeria withdrew its envoy from Niger after the coup."
    e = _on(_events(nlp, text, ("Nigeria", "NGA", None, "kb"), ("envoy", None, "GOV", "generic"),
                    ("Niger", "NER", None, "kb")), "withdrew")  # fmt: skip
    assert _parties(e) == (["Nigeria"], ["Niger"])
    text = "Poland sent soldiers to the frontier with Belarus."
    e = _on(_events(nlp, text, ("Poland", "POL", None, "kb"), ("soldiers", None, "MIL", "generic"),
                    ("Belarus", "BLR", None, "kb")), "sent")  # fmt: skip
    assert _parties(e)[1] == ["Belarus"]
    # with no other party named, soldiers acted on are the target
    text = "Chad's army killed soldiers in a dawn raid."
    e = _on(_events(nlp, text, ("Chad's army", "TCD", "MIL", "kb+noun"),
                    ("soldiers", "TCD", "MIL", "generic+context")), "killed")  # fmt: skip
    assert _parties(e) == (["Chad's army"], ["soldiers"])


def test_events_round4_possessed_subject_is_the_pronouns_actor(nlp):
    text = "The Chilean navy said its vessels had seized a Peruvian trawler."
    e = _on(_events(nlp, text, ("Chilean navy", "CHL", "MIL", "kb+noun"),
                    ("Peruvian", "PER", None, "kb")), "seized")  # fmt: skip
    assert _parties(e) == (["Chilean navy"], ["Peruvian"])
    text = "Austria's chancellor said his country would block the accession of Serbia."
    e = _on(_events(nlp, text, ("Austria's chancellor", "AUT", "GOV", "role"),
                    ("Serbia", "SRB", None, "kb")), "block")  # fmt: skip
    assert _parties(e)[0] == ["Austria's chancellor"]


def test_events_round4_passive_harm_takes_the_agent_of_its_when_clause(nlp):
    text = "Three Malian soldiers were killed when jihadists attacked their base near Gao."
    events = _events(nlp, text, ("Malian soldiers", "MLI", "MIL", "kb+noun"),
                     ("jihadists", None, "REB", "generic"))  # fmt: skip
    assert _parties(_on(events, "killed")) == (["jihadists"], ["Malian soldiers"])
    assert _parties(_on(events, "attacked")) == (["jihadists"], ["Malian soldiers"])
    # a when-clause that is only a time is no agent
    text = "Three Malian soldiers were killed when their convoy hit a mine."
    events = _events(nlp, text, ("Malian soldiers", "MLI", "MIL", "kb+noun"))
    assert _on(events, "killed").source == []


def test_events_round4_protesters_gathering_or_joining_a_strike_protest(nlp):
    text = "Several thousand demonstrators assembled in the main square of Yerevan on Friday."
    e = _on(_events(nlp, text, ("demonstrators", "ARM", "OPP", "generic")), "assembled")
    assert e.plover_type == "PROTEST"
    # officials gathering still meet
    text = "Trade ministers assembled in Geneva for two days of negotiations."
    e = _on(_events(nlp, text, ("Trade ministers", None, "GOV", "generic")), "assembled")
    assert e.plover_type == "CONSULT"
    text = "Dock workers in Antwerp joined the walkout on Monday."
    e = _on(_events(nlp, text, ("Dock workers", "BEL", "CVL", "generic")), "joined")
    assert e.plover_type == "PROTEST"


def test_events_round4_residents_blocking_a_road_protest_and_group_nouns_are_no_event(nlp):
    text = "Angry villagers blocked the highway to Quetta for six hours."
    e = _on(_events(nlp, text, ("villagers", "PAK", "CVL", "generic")), "blocked")
    assert e.plover_type == "PROTEST"
    # troops blocking a road still coerce
    text = "Soldiers blocked the highway to Quetta for six hours."
    e = _on(_events(nlp, text, ("Soldiers", "PAK", "MIL", "generic")), "blocked")
    assert e.plover_type == "COERCE"
    # a group noun that names the actors ("supporters") is not an event of its own
    text = "Supporters of the jailed mayor marched through Ankara."
    events = _events(nlp, text, ("Supporters", "TUR", "OPP", "generic"))
    assert [e.trigger.split()[0] for e in events] == ["marched"]
