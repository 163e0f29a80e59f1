"""Round r18 (fuse17), classes read from fusion_own12 tune misses; every sentence here is made
up for the test (made-up places, states and names): a way blocked by civilians is a protest and
"the blockade" after it points back to it, equipment sent for relief is aid and "the deployment"
after it points back to it, and the make on goods sent is no party."""

from __future__ import annotations

import pytest

from realpolitik.events.civilian_blockades import way_blocked_by_civilians


def _on(events, word: str):
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Cocoa growers shut the main crossing into Velmar on Monday.", "shut"),
        ("Striking truckers barricaded the coastal highway near Ostrel.", "barricaded"),
        ("Angry residents blocked the road to the airport for hours.", "blocked"),
    ],
)
def test_a_way_closed_by_civilians_is_a_blocking_protest(nlp, text, verb) -> None:
    assert way_blocked_by_civilians(_verb(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a state or force closing a way keeps its lexicon reading (a sanction, a seizure)
        ("The government shut the border with Velmar on Monday.", "shut"),
        ("Soldiers blocked the road to the airport.", "blocked"),
        # civilians blocking no way
        ("Farmers blocked the sale of the land.", "blocked"),
    ],
)
def test_a_way_closed_by_a_state_or_no_way_closed_is_no_such_protest(nlp, text, verb) -> None:
    assert not way_blocked_by_civilians(_verb(nlp, text, verb))


def test_the_blockade_after_a_civilian_blocking_is_that_protest(analyse) -> None:
    events = analyse(
        "Fishermen blocked the harbour road in Velmar on Friday. Traders criticised the blockade."
    )
    assert _on(events, "blockade").plover_type == "PROTEST"
    assert _on(events, "blocked").plover_type == "PROTEST"


def test_the_blockade_after_a_navy_blockade_stays_coercion(analyse) -> None:
    events = analyse(
        "The navy blockaded the port of Zelda on Monday. Merchants condemned the blockade."
    )
    assert _on(events, "blockade").plover_type == "COERCE"


def test_equipment_dispatched_for_relief_is_aid_and_forces_dispatched_are_not(analyse) -> None:
    relief = analyse("Valdoria dispatched three firefighting helicopters to Ostrel on Sunday.")
    assert _on(relief, "dispatched").plover_type == "AID"
    forces = analyse("The army dispatched tanks to the border on Sunday.")
    assert _on(forces, "dispatched").plover_type == "MOBILIZE"


def test_the_deployment_after_a_relief_dispatch_is_that_aid(analyse) -> None:
    events = analyse(
        "Valdoria dispatched four firefighting aircraft to Ostrel on 3 May. "
        "Ostrel praised the deployment."
    )
    assert _on(events, "deployment").plover_type == "AID"
    forces = analyse("The army dispatched tanks to the border. Critics condemned the deployment.")
    assert _on(forces, "deployment").plover_type == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "Chile sent three Embraer transport planes to Bolivia on Friday.",
        "Chile delivered two Embraer cargo jets to Bolivia.",
    ],
)
def test_the_make_on_goods_sent_is_no_party_and_the_recipient_is(analyse, text) -> None:
    sent = next(e for e in analyse(text) if e.plover_type == "AID")
    assert [a.country for a in sent.target] == ["BOL"]
    assert all("Embraer" not in a.text for a in sent.target)


def test_people_sent_by_a_counted_name_stay_the_target(analyse) -> None:
    sent = _on(analyse("Kenya sent two Britons home."), "sent")
    assert [a.text for a in sent.target] == ["Britons"]
