"""A standing stance told in the perfect with a span of time ("has complained for months that
...", "has protested since March that ...") opening a text of two sentences is
background: the next sentence's act, its doer named back and resolved to the stance's own
state, is the main event (stop 65, args49: own95 tune and stop 64's leftover, the rank of a background first
sentence over the next sentence's dated act)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_complaint_for_months_ranks_below_next_sentences_arrest(resources):
    top = pipeline_top(
        "Namibia has complained for months that Angolan cattle herders graze their animals "
        "south of the Kunene. Its police arrested six Angolan herders near Ruacana on Sunday, a "
        "regional commander said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "NAM" in countries_of(top.source)


def test_protest_since_march_ranks_below_next_sentences_seizure(resources):
    top = pipeline_top(
        "Mozambique has protested since March that Tanzanian boats fish off Palma without "
        "licences. Its navy seized a Tanzanian fishing boat near the Rovuma estuary on Friday, the defence "
        "ministry said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "MOZ" in countries_of(top.source)


def test_a_dated_complaint_keeps_its_rank(resources):
    # guard: a dated complaint ("complained on Monday") is an act of its own, still the main one
    top = pipeline_top(
        "Namibia complained on Monday that Angolan cattle herders graze their animals south of "
        "the Kunene. Its police patrol the river bank, a regional commander said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


def test_a_standing_complaint_before_a_stateless_act_keeps_its_rank(resources):
    # guard: the next sentence's act is not the complaining state's (its doer names no state),
    # so the standing complaint stays the main event
    top = pipeline_top(
        "Namibia has complained for months that Angolan cattle herders graze their animals south "
        "of the Kunene. Unknown men stole forty head of cattle near Ruacana on Sunday, a farmer "
        "said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


def test_a_one_sentence_standing_complaint_is_still_read(resources):
    # guard: alone, the standing stance is what the text tells
    top = pipeline_top(
        "Namibia has complained for months that Angolan cattle herders graze south of the "
        "Kunene.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
