"""A denial closing a sentence as a remark on the charge it reports ("..., a charge Dushanbe
denied", "..., an allegation Hanoi rejected") is aimed at the accuser, as a denial of "the
charge" in a sentence of its own is: such denials had no target (stop 57 lead, probes of our
own; these sentences are others)."""

from __future__ import annotations

import pytest
from event_helpers import events_with_actors

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "actors", "denier", "accuser"),
    [
        ("Cambodia accused Thai soldiers of laying new mines near the temple, an allegation "
         "Bangkok rejected on Sunday.",
         (("Cambodia", "KHM", None), ("Thai soldiers", "THA", "MIL"), ("Bangkok", "THA", "GOV")),
         "Bangkok", "Cambodia"),
        ("Eritrea accused Djibouti of arming rebel fighters in the Afar region, a charge the "
         "government in Djibouti denied.",
         (("Eritrea", "ERI", None), ("Djibouti", "DJI", None), ("government", "DJI", "GOV")),
         "government", "Eritrea"),
    ],
)  # fmt: skip
def test_a_denial_remark_on_a_charge_is_aimed_at_the_accuser(nlp, text, actors, denier, accuser):
    events = events_with_actors(nlp, text, *actors)
    denials = [e for e in events if e.plover_type == "REJECT" and e.source
               and e.source[0].text == denier]  # fmt: skip
    assert denials, [(e.trigger, e.plover_type) for e in events]
    assert [m.text for m in denials[0].target] == [accuser]


def test_a_denial_remark_with_no_accusation_before_names_no_target(nlp):
    # guard: with no charge told before it, the remark is aimed at no one
    text = "Floods cut the road to Kampot for a week, a claim the ministry disputed."
    events = events_with_actors(nlp, text, ("ministry", "KHM", "GOV"))
    assert all(not e.target for e in events if e.plover_type == "REJECT")
