"""Classes of phrasing of the PLOVER typing round r36 (plover54), on sentences written for the
tests (not the gold sentences that prompted them): forces sent "to rescue", "to evacuate" or "to
distribute food" are disaster relief (AID), as forces sent "to help" are aid; a stance noun's
"for" phrase the parser hangs on the verb that expresses it ("expressed support on Monday for
Samoa's bid to host the summit") is the noun's: the act inside it ranks below the stance, and
what it names is the stance's target; a trailing "..., part of a grant agreed last year" is a
reduced relative on the noun, not a report verb over the main clause."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Facing floods that cut off dozens of villages, Kenya sent 400 soldiers to Garissa county "
        "on Monday to rescue stranded residents and distribute food, the interior ministry said.",
        "After an earthquake struck the north, the Peruvian government deployed 300 troops to the "
        "province of Huari to evacuate families and clear blocked roads.",
        "Vietnam dispatched two army engineering units to Quang Binh on Friday to repair dykes "
        "and evacuate villagers cut off by the typhoon.",
        # "to clear roads" is parsed as a "to" phrase and "evacuate" joined to "sent"
        "Faced with floods that swept away several bridges after a week of heavy rain, the Kenyan "
        "government sent 500 soldiers to the county of Garissa on Monday to clear roads and "
        "evacuate stranded families, officials said.",
    ],
)
def test_events_r36_forces_sent_for_relief_are_aid(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("AID", "073"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent 400 soldiers to Garissa county on Monday to stop cattle raiders crossing the "
        "border from Somalia.",
        "The Peruvian government deployed 300 troops to Huari on Tuesday to clear protesters from "
        "the main road to the mine.",
    ],
)
def test_events_r36_forces_sent_for_no_relief_stay_forces_moved(resources, text):
    # a purpose of policing or clearing a crowd is no relief: the sending stays forces moved
    top = pipeline_top(text, resources)
    assert top.plover_type == "MOBILIZE", text


@pytest.mark.parametrize(
    "text",
    [
        "The government of Fiji expressed support on Monday for Samoa's bid to host the next "
        "Commonwealth summit, a statement said.",
        "The foreign ministry of Chile voiced backing on Tuesday for Uruguay's offer to host talks "
        "between the rival factions.",
    ],
)
def test_events_r36_stance_phrase_hung_on_expressing_verb_stays_the_stance(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT", text
    assert countries_of(top.target) & {"WSM", "URY"}, text


def test_events_r36_phrase_on_a_typed_verb_stays_the_verbs(resources):
    # a typed verb ("thanked") governs its own "for" phrase: the thanks, aimed at Peru, is read,
    # not a stance noun's phrase
    top = pipeline_top(
        "Chile thanked Peru on Tuesday for its offer to host talks between the rival factions.",
        resources,
    )
    assert (top.trigger, countries_of(top.target)) == ("thanked", {"PER"})


@pytest.mark.parametrize(
    "text",
    [
        "Norway handed over eight ambulances to the health ministry of Malawi on Friday, part of a "
        "grant agreed last year to help rural hospitals.",
        # "agreed" tagged as past tense, its subject a part noun
        "Finland delivered three patrol boats to the coast guard of Estonia on Thursday, part of a "
        "deal agreed last spring to help guard the bay.",
    ],
)
def test_events_r36_trailing_part_of_an_agreed_grant_is_no_report_verb(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", text


def test_events_r36_trailing_report_verb_still_reports(resources):
    # a finite report verb with its teller keeps the main clause as what it reports
    top = pipeline_top(
        "Norway handed over eight ambulances to the health ministry of Malawi on Friday, the "
        "ministry said.",
        resources,
    )
    assert (top.trigger, top.plover_type, top.polarity) == ("handed over", "AID", "asserted")
