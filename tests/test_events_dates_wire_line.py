"""The date of a wire date line that opens a sentence dates the act only when the act has no
date phrase of its own (round r12, fuse9; read from a fusion_own6 tune miss: the parser hung the
date line's date on the main verb, nearer than the act's own weekday). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

TUESDAY = date(2025, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the act's own weekday, though the date line's date hangs nearer on the verb
        ("ZENDA, Mar 4, 2025 (Ruritanian Wire) - Borduria on Monday freed six Ruritanian "
         "sailors held since a storm in 2019, the ministry said.", "freed", date(2025, 3, 3)),
        # no date of its own: the date line's day, not the saying's
        ("ZENDA, Mar 4, 2025 (Ruritanian Wire) - Borduria freed six Ruritanian sailors, the "
         "ministry said on Wednesday.", "freed", TUESDAY),
        # its weekday hung on a describing clause is the pilgrims' trip: the date line stays
        ("ZENDA, 4 March 2025 - A Bordurian patrol boat fired water cannon at a Ruritanian "
         "ferry carrying pilgrims to the island on Monday.", "fired", TUESDAY),
        # a date in the body of a sentence that opens with no date line ranks as before
        ("Borduria on Mar 4, 2025 freed six Ruritanian sailors.", "freed", TUESDAY),
    ],
)
def test_a_wire_date_line_dates_the_act_only_without_a_date_of_its_own(
    nlp, sentence, trigger, expected
):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), date(2025, 3, 5))
    assert info.start == expected.isoformat()


def test_a_date_line_whose_place_was_cut_off_as_a_sentence_still_ranks_last(nlp) -> None:
    text = (
        "Borduria frees six sailors\n\nZENDA, Mar 4, 2025 (Ruritanian Wire) - Borduria on Monday "
        "freed six Ruritanian sailors, the ministry said."
    )
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == "freed")
    info = resolve_date(trigger.sent, trigger, date(2025, 3, 5))
    assert info.start == "2025-03-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Petra Zorn on 11 February accused Borduria of massing soldiers on the river.",
        "Minister Petra Zorn on February 11 accused Borduria of massing soldiers on the river.",
    ],
)
def test_a_day_and_month_the_recogniser_left_unlabelled_still_dates_the_act(nlp, sentence):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, "accused"), date(2025, 2, 12))
    assert (info.start, info.from_document) == ("2025-02-11", False)


def test_a_number_beside_no_month_name_is_no_date(nlp) -> None:
    doc = nlp("Borduria sent 11 soldiers and three boats to the river.")
    info = resolve_date(next(iter(doc.sents)), token_named(doc, "sent"), date(2025, 2, 12))
    assert info.from_document
