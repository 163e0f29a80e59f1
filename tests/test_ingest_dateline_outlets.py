"""Date lines that name the outlet beside the date, a town in ordinary case before it, or a
dotted day-first date (issue 9, round r9, fuse4: fusion_own3 tune articles carried such lines and
got no publication date, so "on Wednesday" in them named no day and look-alike acts of two days
fused). Sentences and outlets here are made up for the tests."""

from datetime import date

from realpolitik.ingest.dates import dateline_date


def _article(date_line: str) -> str:
    return f"Ferry service suspended\n\n{date_line}\n\nThe port authority halted sailings on Monday."


def test_a_date_followed_by_its_outlets_name_is_the_publication_date() -> None:
    assert dateline_date(_article("7 July 2025 | Harbour Gazette")) == date(2025, 7, 7)
    assert dateline_date(_article("Monday, 7 July 2025 - Coastline Radio")) == date(2025, 7, 7)
    assert dateline_date(_article("Monday 7 July 2025 (Island Courier)")) == date(2025, 7, 7)


def test_a_dotted_date_is_read_day_first() -> None:
    assert dateline_date(_article("04.07.2025 - Harbour Gazette")) == date(2025, 7, 4)
    assert dateline_date(_article("04.07.2025")) == date(2025, 7, 4)
    assert dateline_date(_article("31.02.2025 - Harbour Gazette")) is None  # no such day


def test_a_town_in_ordinary_case_before_the_date_is_a_date_line() -> None:
    assert dateline_date(_article("Port Louis, 7 July 2025")) == date(2025, 7, 7)


def test_a_sentence_holding_a_date_is_not_a_date_line() -> None:
    assert dateline_date(_article("The ferry sank on 7 July 2025 - officials said so.")) is None
    assert dateline_date(_article("On Monday the captain of the ferry said, 7 July 2025")) is None
    assert dateline_date(_article("7 July 2025 - the port reopened after the storm.")) is None


def test_an_outlets_name_then_a_dash_or_bar_then_the_date_is_a_date_line() -> None:
    # round r11, fuse8 (fusion_own5 tune: an outlet's name before a slashed date)
    assert dateline_date(_article("Harbour Gazette - 7 July 2025")) == date(2025, 7, 7)
    assert dateline_date(_article("COASTLINE RADIO | 04.07.2025")) == date(2025, 7, 4)
    assert dateline_date(_article("The ferry sank off the cape - 7 July 2025")) is None


def test_a_slashed_date_is_read_only_when_a_number_over_12_tells_its_order() -> None:
    assert dateline_date(_article("Harbour Gazette - 24/07/2025")) == date(2025, 7, 24)
    assert dateline_date(_article("07/24/2025")) == date(2025, 7, 24)
    assert dateline_date(_article("Harbour Gazette - 04/07/2025")) is None  # April or July
