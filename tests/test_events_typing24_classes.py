"""Classes of phrasing of the twenty-fourth typing round (issue 9 items 2 and 4, round r12;
own28, wire sentences over all PLOVER roots), on sentences written for the test (not the tune
sentences that prompted them): energy sold or sent to a party (gas, oil, crude, electricity,
power, coal, LNG, uranium supplied or pumped, their deliveries, shipments, supplies or exports)
is economic cooperation, not aid; "the approval of a loan to X" is read as "approved a loan to
X", money given."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.nominal_objects import nominal_verbs


def test_events_typing24_rows_in_the_data():
    lex = load_lexicon()
    assert lex.pattern("supply", "", "electricity").plover_type == "COOPERATE"
    assert lex.pattern("pump", "", "oil").plover_type == "COOPERATE"
    assert lex.modified_nouns[("shipment", "coal")].plover_type == "COOPERATE"
    # weapons supplied stay military aid: only energy for sale is cooperation (round r17 lists
    # weapons shipped, sold or supplied as military aid, `pattern_families.yaml`)
    weapons = lex.pattern("supply", "", "rifle")
    assert weapons is None or weapons.plover_type == "AID"
    assert nominal_verbs()["approval"] == ("approve",)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Tajikistan began supplying electricity to Afghanistan over a new line on Monday.",
         "COOPERATE"),
        ("Libya restarted crude shipments to Italy after the port strike ended.", "COOPERATE"),
        ("Oman is pumping gas to Pakistan through the pipeline, its energy ministry said.",
         "COOPERATE"),
        # weapons supplied are still military aid, goods for people in need humanitarian aid
        ("Belarus supplied rifles and ammunition to the rebels, a UN panel said.", "AID"),
        ("Jordan resumed aid deliveries to the camps in the south.", "AID"),
        ("The approval of a 75 million dollar credit to Malawi by the African Development Bank "
         "came after months of delay.", "AID"),
        ("The Gulf fund's approval of a grant to Nepal was welcomed by the finance ministry.",
         "AID"),
    ],
)  # fmt: skip
def test_events_typing24_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing24_a_halted_supply_stays_a_sanction(resources):
    top = top_event(
        pipeline_events(
            "Kazakhstan halted coal supplies to Kyrgyzstan over unpaid bills.", resources
        )
    )
    assert top is not None and top.plover_type == "SANCTION"


@pytest.mark.slow
def test_events_typing24_an_approval_of_a_board_is_no_event_of_its_own(resources):
    events = pipeline_events("The deal was signed with the approval of the board.", resources)
    assert not any(e.trigger == "approval" for e in events)
