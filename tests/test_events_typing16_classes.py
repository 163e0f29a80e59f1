"""Classes of phrasing of the sixteenth typing round (issue 9 item 2, round r5; own13, wire-style
sentences from the regions and topics the earlier sets used least), on sentences written for the
test (not the tune sentences that prompted them): money lent or deposited is aid; intelligence
passed on or handed over is shared; a dispute settled is an agreement; "stepped up" an act is
that act; a journey told as made is a visit; a demand met or accepted is a concession, where an
offer accepted stays an agreement."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_typing16_rows_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("lend", "", "million").plover_type == "AID"
    assert lex.pattern("deposit", "", "billion").plover_type == "AID"
    # the family's particles, read from YAML as words ("on" is not a boolean)
    assert lex.pattern("pass", "on", "intelligence").plover_type == "COOPERATE"
    assert lex.pattern("hand", "over", "information").plover_type == "COOPERATE"
    assert lex.pattern("settle", "", "dispute").plover_type == "AGREE"
    assert lex.pattern("patch", "up", "differences").plover_type == "AGREE"
    assert ("step", "up") in lex.phrasal_support
    # a phrasal support verb is not a light verb: "step" with other particles keeps its entries
    assert "step" not in lex.light and lex.verb("step", "in") is not None
    assert lex.pattern("fly", "to", "").plover_type == "CONSULT"
    assert lex.pattern("accept", "", "demand").plover_type == "CONCEDE"
    assert lex.pattern("meet", "", "demands").plover_type == "CONCEDE"
    # an offer accepted stays an agreement (round 11's rows)
    assert lex.pattern("accept", "", "offer").plover_type == "AGREE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # money lent or deposited
        ("Qatar deposited $2 billion in Egypt's central bank last month.", "AID"),
        ("China lent Laos $500 million to finish a railway line.", "AID"),
        # intelligence passed on or handed over
        (
            "Jordan handed over intelligence on the smuggling gangs to Iraqi border police.",
            "COOPERATE",
        ),
        (
            "French officials passed on information about the plot to Moroccan investigators.",
            "COOPERATE",
        ),
        # disputes settled
        ("Kenya and Uganda settled their dispute over Migingo island.", "AGREE"),
        ("Chile and Bolivia resolved their differences over the Silala river.", "AGREE"),
        # more of an act is the act
        ("Turkey stepped up air strikes on Kurdish militants in northern Iraq.", "ASSAULT"),
        ("Poland ramped up troop deployments along its border with Belarus.", "MOBILIZE"),
        # a journey made is a visit; a journey announced stays a promise (framing)
        ("Turkey's foreign minister flew to Baghdad for talks on water sharing.", "CONSULT"),
        ("Turkey's foreign minister will fly to Baghdad next week.", "AGREE"),
        # demands met or accepted; an offer accepted
        (
            "Albania's prime minister accepted the opposition's demand for early elections.",
            "CONCEDE",
        ),
        ("The education ministry met the demands of striking teachers.", "CONCEDE"),
        ("Ghana accepted Japan's offer of help.", "AGREE"),
    ],
)
def test_events_typing16_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
