"""Round r15 (fuse14), read from fusion_own9 and fusion_own8 tune misses; outlets, places,
names and sentences here are our own."""

from datetime import date

from realpolitik.ingest.dates import dateline_date


def _article(date_line: str) -> str:
    return f"{date_line}\n\nGrain convoy turned back\n\nThe customs service stopped the lorries on Monday."


def test_an_outlet_with_its_town_in_brackets_before_the_date_is_a_date_line() -> None:
    assert dateline_date(_article("Lakeside Observer (Kisumu) - 4 August 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Pampas Weekly (Rosario) - Aug. 4, 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Harbour Echo (Port Vila) | 04.08.2026")) == date(2026, 8, 4)


def test_an_outlet_name_may_hold_small_linking_words() -> None:
    assert dateline_date(_article("Journal de l'Estuaire - 4 August 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Review of the Gulf (Muscat) - 4 August 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Echo d'Orient - 17/08/2026")) == date(2026, 8, 17)


def test_a_sentence_ending_in_a_date_is_still_no_date_line() -> None:
    assert dateline_date(_article("Talks ended in the capital - 4 August 2026")) is None
    assert dateline_date(_article("The convoy (of grain) left - 4 August 2026")) is None
    # a slashed date whose order no number tells stays unread, brackets or not
    assert dateline_date(_article("Lakeside Observer (Kisumu) - 04/08/2026")) is None
