"""A standing stance or habit told in the perfect with a span of time ("has long complained
that ...", "has warned for months that ...") opening a text of two sentences is background: the
next sentence's dated act, its doer named back ("Its coast guard"), is the main event (stop 63,
args47: own91 tune; stop 62's leftover, the rank half of "Its <unit>")."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_long_standing_complaint_ranks_below_next_sentences_seizure(resources):
    top = pipeline_top(
        "Kenya has long complained that Somali boats fish without permits near Lamu. Its coast "
        "guard seized a Somali fishing boat near Kiunga on Friday and held the crew, officials "
        "said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "KEN" in countries_of(top.source)


def test_protest_for_years_ranks_below_next_sentences_stop(resources):
    top = pipeline_top(
        "Chile has protested for years against Bolivian lorries crossing the border at night. Its "
        "police stopped two Bolivian lorries near Colchane on Sunday, a police officer said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "CHL" in countries_of(top.source)


def test_a_dated_complaint_keeps_its_rank(resources):
    # guard: a dated complaint ("complained on Monday") is an act of its own, still the main one
    top = pipeline_top(
        "Kenya complained on Monday that Somali boats fish without permits near Lamu. Its coast "
        "guard patrols the area, officials said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


def test_a_one_sentence_standing_complaint_is_still_read(resources):
    # guard: alone, the standing stance is what the text tells
    top = pipeline_top("Kenya has long complained that Somali boats fish near Lamu.", resources)
    assert top.plover_type == "ACCUSE"
