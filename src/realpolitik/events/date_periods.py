"""Date phrases dateparser does not read: seasons ("the spring of 2024", "last summer"), weekends
("at the weekend", "last weekend"), quarters ("the first quarter of 2025"), a week of a month
("the first week of February", "the last week of May 2025": its seven days, at "week"), a
month with a qualifier ("last November", "next June"), the parts of a decade ("the late 1990s"), and, when dateparser
reads nothing either, a phrase that holds a year ("fiscal 2024", "between 2019 and 2021": its
years; `years_in`).

The schema's precisions are day, week, month and year: a weekend is "week" (Saturday and Sunday
lie in one ISO week), a season or a quarter "year" (the finest that never claims a month the
text does not give; start and end hold the months). Relative phrases are read against the
published date as dateparser is set to read them: the latest such period on or before it,
"last" the one before that, "next" / "coming" the first after it, and "this" the one of the
published date's year (a season) or week (a weekend), whether it has come or not. Month spans of the seasons
are the northern hemisphere's (`dates.yaml`, `seasons`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from realpolitik.model import Precision

Resolved = tuple[date | None, date | None, Precision]

_QUALIFIER = r"(?:(last|this past|past|this|next|coming) )?"
SEASON = re.compile(
    r"^(?:the )?" + _QUALIFIER + r"(spring|summer|autumn|fall|winter)(?:(?: of)? (\d{4}))?$"
)
WEEKEND = re.compile(r"^(?:the )?" + _QUALIFIER + r"weekend$")
QUARTER = re.compile(
    r"^(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (\d{4})$"
)
QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip
YEARS = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_NAMES = [m.lower() for m in calendar.month_name[1:]]
WEEK_OF_MONTH = re.compile(
    r"^(?:the )?(first|second|third|fourth|last|final) week of ("
    + "|".join(_MONTH_NAMES)
    + r")(?:,? (\d{4}))?$"
)
# A month named with a qualifier and no year ("last November", "Last March's seizure", "next
# June"): dateparser reads none of them (round r26, fuse25: fusion_own20 tune, "Last November's
# closure" took its document's day and joined the new closure it was contrasted with).
QUALIFIED_MONTH = re.compile(
    r"^(?:the )?(last|this past|past|this|next|coming) (" + "|".join(_MONTH_NAMES) + r")$"
)
# The week's first day in its month ("last"/"final": the month's last seven days).
WEEK_FIRST_DAYS = {"first": 1, "second": 8, "third": 15, "fourth": 22}
# A decade, whole or in part ("the 1990s", "the early 1990s", "the mid-2000s"): the one reader of
# decades (round r23, reader27: dates.py had a second regex for whole decades).
DECADE = re.compile(r"^(?:the )?(?:(early|mid|late)[- ])?(1[89]\d|20\d)0s$")
# The years of a decade each part covers: "the early 1990s" 1990-1993, "mid" 1993-1996, "late"
# 1996-1999 (overlapping at their edges, as the words do); no part: all ten.
DECADE_PART_YEARS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}
PAST = frozenset({"last", "past", "this past"})
FUTURE = frozenset({"next", "coming"})
SATURDAY = 5


def read_period(
    phrase: str, published: date | None, seasons: dict[str, tuple[int, int]]
) -> Resolved | None:
    """(start, end, precision) of a lower-cased season, weekend, qualified month or quarter
    phrase, or None."""
    if match := SEASON.match(phrase):
        qualifier, season, year = match.groups()
        return _season(seasons[season], qualifier, int(year) if year else None, published)
    if match := WEEKEND.match(phrase):
        if published is None:
            return None, None, "unknown"
        saturday = _weekend(published, match.group(1))
        return saturday, saturday + timedelta(days=1), "week"
    if match := QUALIFIED_MONTH.match(phrase):
        return _qualified_month(match.group(2), match.group(1), published)
    if match := QUARTER.match(phrase):
        quarter, year = QUARTER_NUMBERS[match.group(1)], int(match.group(2))
        first = 3 * quarter - 2
        return date(year, first, 1), _month_end(year, first + 2), "year"
    return None


def _qualified_month(month_name: str, qualifier: str, published: date | None) -> Resolved:
    """The month meant: "last" the latest wholly before the published date's month (said in
    March, "last March" is a year back), "next" the first after it, "this" the published
    year's."""
    if published is None:
        return None, None, "unknown"
    month = _MONTH_NAMES.index(month_name) + 1
    year = published.year
    if qualifier in PAST and month >= published.month:
        year -= 1
    elif qualifier in FUTURE and month <= published.month:
        year += 1
    return date(year, month, 1), _month_end(year, month), "month"


def week_of_month(phrase: str, published: date | None) -> Resolved | None:
    """The seven days of "the first week of February" (lower case), or None. Without a year,
    the latest such month on or before the published date; without either, unknown."""
    match = WEEK_OF_MONTH.match(phrase)
    if match is None:
        return None
    which, month_name, year_text = match.groups()
    month = _MONTH_NAMES.index(month_name) + 1
    if year_text:
        year = int(year_text)
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None, None, "unknown"
    last_day = calendar.monthrange(year, month)[1]
    first = WEEK_FIRST_DAYS.get(which, last_day - 6)
    return date(year, month, first), date(year, month, first + 6), "week"


def decade_part(phrase: str) -> Resolved | None:
    """The years of "the 1990s", "the early 1990s", "the mid-2000s", "the late 1980s" (lower
    case), or None."""
    match = DECADE.match(phrase)
    if match is None:
        return None
    first, last = DECADE_PART_YEARS[match.group(1)]
    decade = int(match.group(2)) * 10
    return date(decade + first, 1, 1), date(decade + last, 12, 31), "year"


def years_in(phrase: str) -> Resolved | None:
    """The years a phrase no reader took holds, first to last, or None."""
    years = sorted(int(y) for y in YEARS.findall(phrase))
    if years:
        return date(years[0], 1, 1), date(years[-1], 12, 31), "year"
    return None


def _season(
    months: tuple[int, int], qualifier: str | None, year: int | None, published: date | None
) -> Resolved:
    if year is not None:
        return _season_span(months, year)
    if published is None:
        return None, None, "unknown"
    # the season that starts in each of the years around the published date, latest first
    spans = [_season_span(months, y) for y in range(published.year + 1, published.year - 3, -1)]
    if qualifier in FUTURE:
        start, end, precision = min((s for s in spans if s[0] and s[0] > published), key=_start)
    elif qualifier in PAST:
        start, end, precision = max((s for s in spans if s[1] and s[1] < published), key=_start)
    elif qualifier == "this":  # the one of the published date's year, come or not
        first, last = months
        wrapped = last < first and published.month <= last  # January: this winter began in December
        start, end, precision = _season_span(
            months, published.year - 1 if wrapped else published.year
        )
    else:  # "the summer": the latest begun by the published date
        start, end, precision = max((s for s in spans if s[0] and s[0] <= published), key=_start)
    return start, end, precision


def _start(span: Resolved) -> date:
    return span[0] or date.min


def _season_span(months: tuple[int, int], year: int) -> Resolved:
    """The season that starts in `year` (a winter ends in the next year's February)."""
    first, last = months
    end_year = year + 1 if last < first else year
    return date(year, first, 1), _month_end(end_year, last), "year"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _weekend(published: date, qualifier: str | None) -> date:
    """The Saturday of the weekend meant."""
    since_saturday = (published.weekday() - SATURDAY) % 7  # Saturday 0, Sunday 1, Monday 2 ...
    latest = published - timedelta(days=since_saturday)  # the latest Saturday on or before
    if qualifier in FUTURE:
        return latest + timedelta(days=7)
    if qualifier == "this":  # the weekend of the published date's week (Monday to Sunday)
        return published + timedelta(days=SATURDAY - published.weekday())
    if qualifier in PAST and since_saturday <= 1:
        return latest - timedelta(days=7)  # said on a weekend, "last weekend" is the one before
    return latest
