"""The recogniser may label a day and the count of days of the after-clause that follows it as
one date ("Sunday, two days" in "sent ships to Arica on Sunday, two days after Peruvian officers
detained a skipper"): read as one phrase it named no day, so the sending and the detention both
took their document's date, and the detention joined another act of that document (round r39,
fuse38: a fusion_own33 tune miss). The entity is read as the day before the comma and the count
after it. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2047, 8, 19)  # a Monday


def _date_of(nlp, sentence: str, trigger: str) -> str | None:
    doc = nlp(sentence)
    return resolve_date(next(iter(doc.sents)), token_named(doc, trigger), PUBLISHED).start


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Chile sent two coast guard ships to Arica on Sunday, two days after Peruvian officers "
         "detained Jorge Mamani.", "detained", date(2047, 8, 16)),
        ("Chile sent two coast guard ships to Arica on Sunday, two days after Peruvian officers "
         "detained Jorge Mamani.", "sent", date(2047, 8, 18)),
        ("Peru sent two coast guard ships to waters near Ilo on Sunday, three days after Chilean "
         "officers detained Pedro Huamani.", "detained", date(2047, 8, 15)),
        ("Uruguay sent two coast guard ships to waters near Colonia on Sunday, four days after "
         "Argentine officers detained Diego Pereira.", "sent", date(2047, 8, 18)),
    ],
)  # fmt: skip
def test_a_day_and_the_count_of_an_after_clause_in_one_entity_are_read_apart(
    nlp, sentence, trigger, expected
):
    assert _date_of(nlp, sentence, trigger) == expected.isoformat()


def test_a_date_with_a_comma_of_its_own_is_not_cut(nlp) -> None:
    # guard: "Sunday, August 18" is one day; no count of days follows the comma
    sentence = "Chile sent two ships to Arica on Sunday, August 18, after talks failed."
    assert _date_of(nlp, sentence, "sent") == date(2047, 8, 18).isoformat()
