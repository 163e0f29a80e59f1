"""Money or aid held back or withheld from a party is aid cut off (CAMEO 162, PLOVER SANCTION
discontinue; `pattern_families.yaml`, "money held back or withheld"): "held back ... dollars" named
no event and "withheld ... euros" read the bare verb's restriction (COERCE) (issue 9, stop 71,
args55: own107 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_events, pipeline_top


def test_a_sum_held_back_from_a_state_is_a_sanction(resources):
    top = pipeline_top(
        "The World Bank held back two hundred million dollars from Malawi on Friday after auditors "
        "found the money had been misspent.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert countries_of(top.target) == {"MWI"}


def test_aid_held_back_is_a_sanction(resources):
    top = pipeline_top(
        "Norway held back its aid to the health ministry of Zambia on Monday, citing a fraud "
        "inquiry.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert countries_of(top.source) == {"NOR"}


def test_a_sum_withheld_is_a_sanction(resources):
    top = pipeline_top(
        "Germany withheld fifty million euros from the Serbian railway project on Tuesday over "
        "delays in the tender.",
        resources,
    )
    assert top.plover_type == "SANCTION"


def test_a_crowd_held_back_and_a_sum_held_are_not(resources):
    # guards: "hold back" a crowd keeps its reading; "hold" a sum without "back" is no act
    top = pipeline_top(
        "Police held back the crowd outside the stadium in Accra on Saturday.", resources
    )
    assert top.plover_type == "COERCE"
    events = pipeline_events(
        "The bank held two billion dollars in reserve at the end of March.", resources
    )
    assert all(e.plover_type != "SANCTION" for e in events)
