"""A wire date line whose date the recogniser cuts in two ("Oct. 9" and "2031", two DATE
entities) under a headline, the splitter cutting its place off as a sentence of its own: its
year alone is the date line's too, never the act's date (round r40, fuse39: a fusion_own34 tune
miss, "Sept. 7, 2048" cut so, dated the act by the year 2048 instead of its own "on Sunday",
and the act joined a later one of that year). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.dates import resolve_date


def _date_of(nlp, text: str, trigger: str, published: date) -> tuple[str | None, str]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    info = resolve_date(token.sent, token, published)
    return info.start, info.precision


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        # the act's own weekday, the date line's year cut from its month and day
        ("Zimbabwean soldiers fire on gold panners\n\nHARARE, Sept. 9, 2031 (Limpopo Wire) - "
         "Zimbabwean soldiers fired on Mozambican gold panners near Mutare on Sunday, wounding "
         "three men, police said.", "fired", date(2031, 9, 9), "2031-09-07"),
        ("Soldiers shoot at panners near Mutare\n\nHARARE, Oct. 9, 2031 (Limpopo Wire) - "
         "Zimbabwean soldiers fired on Mozambican gold panners near Mutare in Manicaland "
         "district on Tuesday, wounding three men, police said.", "fired", date(2031, 10, 9),
         "2031-10-07"),
        # no date of its own: the date line's day, not its year alone
        ("Zambia holds Congolese traders\n\nLUSAKA, Sept. 3, 2031 (Copper Wire) - Zambian police "
         "arrested a Congolese trader in Kasumbalesa, officials said.", "arrested",
         date(2031, 9, 3), "2031-09-03"),
    ],
)
def test_a_date_line_year_cut_from_its_day_does_not_date_the_act(
    nlp, text, trigger, published, expected
):
    assert _date_of(nlp, text, trigger, published) == (expected, "day")


def test_a_date_line_read_whole_still_gives_way_to_the_act_weekday(nlp) -> None:
    """Guard: the same line with its weekday, its date one phrase, dates the act as before."""
    text = (
        "Zambia holds Congolese traders\n\nLUSAKA, Sept. 3, 2031 (Copper Wire) - Zambian police "
        "arrested a Congolese trader in Kasumbalesa on Monday, officials said."
    )
    assert _date_of(nlp, text, "arrested", date(2031, 9, 3)) == ("2031-09-01", "day")


def test_a_year_of_a_background_clause_still_dates_its_act(nlp) -> None:
    """Guard: a bare year in the body, after no date line's month and day, is the act's year."""
    text = "Zambia holds Congolese traders\n\nIn 2029 Zambian police arrested 12 Congolese traders."
    assert _date_of(nlp, text, "arrested", date(2031, 9, 3)) == ("2029-01-01", "year")
