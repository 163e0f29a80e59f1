"""An act noun with a trailing "ordered by" participle is the ordered act (round r42, plover60).

"A freeze on the accounts of X, ordered by Y" tells the freeze and who ordered it; the verb of
ordering, a participle hung on the act noun, fell back to its own row, a demand (REQUEST 100), as
if Y asked someone to freeze the accounts. As "ordered a freeze on" reads (CAMEO's "order ...
freeze" row) and as "ordered the diplomats expelled" does (`ordered_acts`), the order of an act
within the orderer's power is the act: the participle takes its noun as its object. Sentences
written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("A freeze on the bank accounts of three Sudanese ministers, ordered by the British "
         "Treasury, took effect on Thursday.", "SANCTION"),
        ("A freeze on the accounts of a Honduran coffee cooperative, ordered by the central "
         "bank on Monday, left nine hundred farmers without credit.", "SANCTION"),
    ],
)  # fmt: skip
def test_ordered_by_participle_on_an_act_noun_takes_the_nouns_act(resources, text, plover_type):
    ordered = event_on(pipeline_events(text, resources), "ordered")
    assert ordered.plover_type == plover_type, text
    assert pipeline_top(text, resources).plover_type == plover_type, text


@pytest.mark.slow
def test_act_noun_with_its_own_reading_stays_the_event(resources):
    # guard: "arrest" is read on its own, with the court as its doer; the participle adds nothing
    top = pipeline_top(
        "The arrest of two Kenyan reporters, ordered by a court in Kampala, was condemned by "
        "press groups on Tuesday.",
        resources,
    )
    assert top.plover_type != "REQUEST"
    # ... as is "asset freeze", read on its own with the government as its doer
    top = pipeline_top(
        "An asset freeze on a Syrian airline, ordered by the Canadian government in March, was "
        "extended for a year.",
        resources,
    )
    assert top.plover_type == "SANCTION" and top.trigger == "freeze"


@pytest.mark.slow
def test_ordered_by_participle_on_goods_stays_a_purchase_or_demand(resources):
    # guard: goods ordered are no act of the orderer on a party; the participle keeps its reading
    events = pipeline_events(
        "Ten tonnes of rice, ordered by the Haitian ministry from Thai exporters, arrived in "
        "Port-au-Prince on Monday.",
        resources,
    )
    assert all(e.plover_type != "SANCTION" for e in events)
