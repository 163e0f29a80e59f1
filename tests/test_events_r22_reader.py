"""Classes the reader_own21 tune articles and round r21's leftovers lacked (issue 9, round r22,
reader26): a party that turns back a patrol, a convoy or a crowd forces it out (turning back
with no object, a retreat in the first version, was dropped at the merge: it broke
`test_a_convoy_turning_back_is_no_expulsion`, a convoy turned back by a landslide), and a withdrawn envoy,
high commissioner or consul is a recall of a diplomat. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Border guards turned back the marchers at the bridge.",
        "Peruvian soldiers turned back a Bolivian patrol near the lake.",
        "Police turned back a convoy of miners outside the town.",
    ],
)
def test_turning_back_a_patrol_convoy_or_crowd_is_coercion(analyse, text):
    assert event_on(analyse(text), "turned").plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania withdrew its envoy from Minsk on Tuesday.",
        "The government withdrew its high commissioner from Port Moresby.",
    ],
)
def test_a_withdrawn_envoy_is_a_recall_of_a_diplomat(analyse, text):
    assert event_on(analyse(text), "withdrew").plover_type == "SANCTION"


def test_going_back_home_names_no_event(analyse):
    assert not [
        e
        for e in analyse("The fishermen went back to the harbour after the storm.")
        if e.trigger.startswith("went")
    ]


@pytest.mark.parametrize(
    ("text", "own_side", "aimed_at"),
    [
        (
            "Ratu Vakacegu warned that Fiji would close its ports to Tongan ships if the men were tried.",
            "fiji",
            "tongan",
        ),
        (
            "Estonia's prime minister warned that Tallinn would shut the border if Russian jets entered again.",
            "tallinn",
            "russian",
        ),
    ],
)
def test_a_warning_of_what_ones_own_side_will_do_if_is_aimed_at_the_acts_target(
    analyse, text, own_side, aimed_at
):
    warning = event_on(analyse(text), "warned")
    targets = [a.text.lower() for a in warning.target]
    assert any(aimed_at in t for t in targets) and not any(own_side in t for t in targets)

