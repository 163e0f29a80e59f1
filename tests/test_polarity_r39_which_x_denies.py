"""Round r39 (reader43), a class left from stop 58 (reader_own37 tune "pushed to the deck by an
officer, which Zagreb denies") and seen again in reader_own38; every sentence here is made up for
the test: a trailing ", which X denies" stands for the whole clause before it, as ", something X
denies" does, so the act told there is denied; the denial itself, and an accusation or a claim
raised before it, stay asserted. "which" that the denial does not take alone (", which the rebels
deny holding": the village) or that no denial follows stays a relative pronoun."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Greek officers pushed the Turkish fisherman to the deck, which Athens denies.", "pushed"),
        ("Kenyan rangers seized the Somali boat near Kiunga on Monday, which Nairobi denies.", "seized"),
        ("Hanoi accused Chinese coast guard ships of ramming a Vietnamese trawler, which Beijing denies.", "ramming"),
    ],
)
def test_an_act_before_which_x_denies_is_denied(analyse, text, verb):
    assert event_on(analyse(text), verb).polarity == "denied"


def test_the_accusation_before_which_x_denies_stays_asserted(analyse):
    events = analyse("Hanoi accused Chinese coast guard ships of ramming a Vietnamese trawler, which Beijing denies.")
    assert event_on(events, "accused").polarity == "asserted"


def test_reports_raised_stay_asserted_and_their_content_is_denied(analyse):
    events = analyse("She also raised reports that a Malian herder had been shot at the border, which Dakar denies.")
    assert event_on(events, "raised").polarity == "asserted"
    assert event_on(events, "shot").polarity == "denied"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The army shelled the village, which the rebels deny holding.", "shelled"),
        ("Police detained the activist on Sunday, which his lawyer confirmed.", "detained"),
        ("Rebels shelled the airport near Gao, which the army had closed in May.", "shelled"),
    ],
)
def test_which_that_no_denial_takes_alone_leaves_the_act_asserted(analyse, text, verb):
    assert event_on(analyse(text), verb).polarity == "asserted"
