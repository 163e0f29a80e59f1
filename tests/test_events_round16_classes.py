"""Classes of phrasing of issue 9's sixteenth round (own12: does round 11's work on two-act,
reported, modal, nominal and idiomatic sentences carry over?), on sentences written for the test
(not the held-out sentences that prompted them): what parties build or run "joint", or do "in a
joint raid", is joint action; an act done "forcibly" is coercion; "joined hands" is joint action;
a freezing of assets told as a noun is a sanction; aircraft and gunboats massed are forces
readied; a criminal network broken up is coercion; export controls are an embargo; "voted to X"
is the act voted; a trailing "..., a charge X denied" is a remark on the reported act, which
stays the sentence's event."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_round16_rows_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("join", "", "hands").plover_type == "COOPERATE"
    assert lex.pattern("mass", "", "helicopters").plover_type == "MOBILIZE"
    assert lex.pattern("dismantle", "", "ring").plover_type == "COERCE"
    assert lex.pattern("bust", "", "network").plover_type == "COERCE"
    # CAMEO's own rows for other objects win over the family: settlements dismantled are a return
    assert lex.pattern("dismantle", "", "settlement").plover_type == "RETREAT"
    assert lex.modified_nouns[("controls", "export")].plover_type == "SANCTION"
    assert lex.nouns["freezing"].plover_type == "SANCTION"
    assert "vote" in lex.frames and "vote" not in lex.light


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # joint objects and joint raids
        (
            "Peru and Chile built a joint desalination plant near Arica, the two governments said.",
            "COOPERATE",
        ),
        # promised, it is a promise, as framing reads "will X" (own12 accepts either)
        ("Peru and Chile will build a joint desalination plant near Arica.", "AGREE"),
        (
            "Albanian and Italian police broke up a cocaine ring in a joint raid in Durres.",
            "COOPERATE",
        ),
        ("Thai police busted a gang smuggling migrants into Malaysia.", "COERCE"),
        (
            "Chad and Cameroon joined hands to fight cattle rustling along their shared frontier.",
            "COOPERATE",
        ),
        # a joint object does not retype a verb that has a reading of its own
        ("Egypt and Israel launched a joint attack on militants in Sinai.", "ASSAULT"),
        # acts done by force
        ("Sudanese militias forcibly conscripted boys from the displacement camps.", "COERCE"),
        ("Soldiers forcibly evicted hundreds of families from the riverside slum.", "COERCE"),
        # the reported act stays the event when a denial follows it as a remark
        (
            "Rights groups said the Chadian army had forcibly conscripted hundreds of boys, a charge "
            "N'Djamena denied.",
            "COERCE",
        ),
        # a plain denial is still the event
        ("Kabul denied that its forces had shelled the border post.", "REJECT"),
        # nominal sanctions, massed aircraft, export controls
        ("The freezing of Syrian state assets by Arab banks has crippled Damascus.", "SANCTION"),
        (
            "Belarus has massed attack helicopters at an airfield close to the Lithuanian border.",
            "MOBILIZE",
        ),
        ("Japan announced export controls on chipmaking equipment sales to China.", "SANCTION"),
        # the act voted
        ("The Kenyan parliament voted to expel the Somali ambassador.", "SANCTION"),
        # a ratification is SUPPORT by docs/plover-conventions.md (3.3, p.11: "ratify, sign, or
        # finalize an agreement or treaty"); round r27 (plover45) gave "approve pact" that row
        ("The Senate voted to approve the defence pact with Manila.", "SUPPORT"),
    ],
)
def test_events_round16_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_round16_a_vote_alone_stays_an_event(resources):
    events = pipeline_events(
        "Lebanon's parliament will vote on a new president next month.", resources
    )
    assert any(e.trigger == "vote" for e in events)
