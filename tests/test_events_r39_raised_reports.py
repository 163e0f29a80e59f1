"""Round r39 (reader43), a class left from stop 58 (reader_own37 tune) and seen again in
reader_own38; every sentence here is made up for the test: raising reports, allegations or claims
(that another did something) is an accusation (ACCUSE, CAMEO 112) by the one who raises them, as
CAMEO reads "raised concerns" and "raised the matter"; where it read no event at all. Raising
money, a flag or an army is no accusation."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian minister also raised reports that Russian guards had beaten the detained lorry drivers.",
        "She raised allegations that Eritrean soldiers had burned a village near the border.",
        "Nairobi raised claims of abuse by Ugandan police at the talks on Friday.",
    ],
)
def test_raising_reports_or_allegations_is_an_accusation_by_the_raiser(analyse, text):
    event = event_on(analyse(text), "raised")
    assert event.plover_type == "ACCUSE"


def test_the_raiser_is_the_source(analyse):
    event = event_on(analyse("Lithuania's foreign minister raised reports that Belarusian guards had fired on a boat."), "raised")
    assert any("minister" in a.text or a.country == "LTU" for a in event.source)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan charity raised money for the flood victims in Garissa.",
        "Villagers raised the Ugandan flag over the island on Monday.",
    ],
)
def test_raising_money_or_a_flag_is_no_accusation(analyse, text):
    assert all(e.plover_type != "ACCUSE" for e in analyse(text))
