""""his Guatemalan counterpart" after a named officer holds that officer's office in the other
state: "Mexico's army chief General X received his Guatemalan counterpart" is Guatemala's
military. The counterpart was read before titles and the knowledge base's dated offices, so a
named officer's counterpart fell back to the government (lead, stop 70; probe sentences written
as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("Intelligence chief Omar Haddad of Jordan received his Lebanese counterpart in Amman "
         "on Sunday.", "received", ("LBN", "INT")),
        ("Police commissioner Joseph Banda of Zambia hosted his Malawian counterpart in Lusaka "
         "for talks on cattle raids.", "hosted", ("MWI", "COP")),
        ("Mexico's army chief General Luis Cardenas received his Guatemalan counterpart in "
         "Tapachula.", "received", ("GTM", "MIL")),
        # an officer the knowledge base knows, named with no title: his dated office
        ("Nadeem Ahmed Anjum held talks with his Iranian counterpart in Tehran on border "
         "security.", "held", ("IRN", "INT")),
    ],
)  # fmt: skip
def test_a_named_officers_counterpart_holds_his_office(resources, text, verb, target):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.target] == [target]


def test_a_counterpart_after_a_person_with_no_office_stays_the_government(resources):
    # guard: nothing says what office Ana Ribeiro holds
    text = "Ana Ribeiro met her Uruguayan counterpart in Montevideo on Tuesday."
    e = _on(pipeline_events(text, resources), "met")
    assert [(m.country, m.sector) for m in e.target] == [("URY", "GOV")]
