"""A threat told as the teller's side's own future act (issue 9, round r7, reader_own6 tune):
"X says the militia would attack ... if ..." is two events, the threat (an asserted THREATEN on
the verb of telling) and the act (its own type, not asserted). Every text here was written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "teller", "act"),
    [
        (
            "The militia leader said his fighters would attack the oil terminal if the navy "
            "blocked the harbour.",
            "said",
            "attack",
        ),
        (
            "Caracas would strike the drilling platforms if the exploration went ahead, a "
            "Venezuelan general said on Monday.",
            "said",
            "strike",
        ),
        (
            "The coast guard commander added that his crews would open fire on any trawler "
            "that ignored the order.",
            "added",
            "fire",
        ),
    ],
)
def test_threat_told_as_future_act_is_an_asserted_threat_and_an_unasserted_act(
    analyse, text, teller, act
):
    events = analyse(text)
    threat = event_on(events, teller)
    assert (threat.plover_type, threat.polarity) == ("THREATEN", "asserted")
    done = next(e for e in events if act in e.trigger.split())
    assert done.plover_type != "THREATEN"
    assert done.polarity in {"hypothetical", "intended"}


def test_threat_told_keeps_the_threat_as_the_sentence_main_event(analyse):
    events = analyse(
        "The rebel spokesman said the group would shell the airport if the army entered the valley."
    )
    top = max(events, key=lambda e: e.confidence)
    assert top.plover_type == "THREATEN"


def test_warning_verb_is_the_threat_and_the_act_keeps_its_type(analyse):
    events = analyse("The army warned that its gunners would shell any convoy that left the port.")
    assert [e.trigger for e in events if e.plover_type == "THREATEN"] == ["warned"]
    shell = event_on(events, "shell")
    assert (shell.plover_type, shell.polarity) != ("THREATEN", "asserted")
    assert shell.polarity in {"hypothetical", "intended"}


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own speculation: no one told a threat
        "If the talks collapse, the rebels would attack the capital within weeks.",
        # a reassurance, not a threat
        "The minister said his troops would not cross into the neighbouring province.",
        "The commander said on Sunday that his gunners would not shell the port again.",
        "A rebel spokesman added that the fighters would never attack the aid convoys.",
    ],
)
def test_no_threat_told_without_a_teller_or_with_a_negated_act(analyse, text):
    events = analyse(text)
    assert not [e for e in events if e.polarity == "asserted" and e.plover_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "act", "act_type"),
    [
        (
            "The defence minister will travel to Lusaka on Friday, his spokesman said.",
            "travel",
            "CONSULT",
        ),
        ("Ankara said it would reopen the border gate if the fighting stopped.", "reopen", None),
    ],
)
def test_promise_told_is_an_asserted_agree_and_an_unasserted_act(analyse, text, act, act_type):
    events = analyse(text)
    promise = event_on(events, "said")
    assert (promise.plover_type, promise.polarity) == ("AGREE", "asserted")
    done = event_on(events, act)
    assert done.plover_type != "AGREE"
    assert act_type is None or done.plover_type == act_type
    assert done.polarity in {"hypothetical", "intended"}


@pytest.mark.parametrize(
    ("text", "act", "act_type"),
    [
        ("The colonel said his gunners would not shell the villages again.", "shell", "ASSAULT"),
        (
            "The interior minister said police would not raid the opposition's offices.",
            "raid",
            "COERCE",
        ),
    ],
)
def test_reassurance_told_keeps_the_acts_type_unasserted_and_adds_no_act(
    analyse, text, act, act_type
):
    events = analyse(text)
    told = event_on(events, act)
    assert (told.plover_type, told.polarity) == (act_type, "hypothetical")
    # nothing on the verb of saying: no threat told, and no asserted act the ACLED reader placed
    # on another word of the sentence
    assert [e for e in events if e.polarity == "asserted"] == []
