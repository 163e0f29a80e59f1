"""Round r41 (reader45), a class left from stop 60 and met again in reader_own40 tune; every
sentence here is made up for the test: local people named only by their role ("residents",
"elders", "villagers", "witnesses", "fishermen") who say that another party did a hostile act
("elders said soldiers had burned the granary") accuse that party (ACCUSE on "said"), as "claimed
that" already reads (events/alleging.py); the act they tell stays an event of its own. An
official's "said" that tells an act only reports (no accusation read), and locals telling a
cooperative act accuse nobody."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Elders in the market said Malian soldiers had burned the granary at Tessit.", "Elders"),
        ("Residents of Kidal said the militia shelled the water tower overnight.", "Residents"),
        ("Villagers told reporters that border guards beat two herders near Ansongo.", "Villagers"),
        ("A fisherman said one of the sailors struck his brother with a baton.", "fisherman"),
    ],
)
def test_locals_telling_a_hostile_act_accuse_its_doer(analyse, text, teller):
    verb = "told" if " told " in text else "said"
    event = event_on(analyse(text), verb)
    assert event.plover_type == "ACCUSE"
    assert any(teller.lower() in a.text.lower() for a in event.source)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Residents of Kidal said the militia shelled the water tower overnight.", "shelled"),
        ("Elders in the market said Malian soldiers had burned the granary at Tessit.", "burned"),
    ],
)
def test_the_act_the_locals_tell_stays_an_event_of_its_own(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type in {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Residents said the army had delivered food and water to the camp.", "said"),
        ("The defence minister said soldiers had shelled the rebel base at dawn.", "said"),
    ],
)
def test_a_cooperative_act_or_an_officials_report_accuses_nobody(analyse, text, verb):
    events = [e for e in analyse(text) if e.trigger.split()[0] == verb]
    assert not any(e.plover_type == "ACCUSE" for e in events)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Villagers said soldiers shot two herders near Ansongo.", "shot"),
        ("Residents of Kidal said the militia shelled the water tower overnight.", "shelled"),
    ],
)
def test_the_act_told_outranks_the_locals_telling(resources, text, verb):
    from event_helpers import pipeline_top

    assert pipeline_top(text, resources).trigger.split()[0] == verb
