"""Publication dates for inputs that carry none: a dateline at the top of the text, a run's default.

Which date a document gets, first that applies:
1. its own metadata: a JSONL record's `published`, a page's metadata, a `.txt` file's sidecar
   `NAME.meta.json`;
2. a dateline with a full date at the top of the text ("KABUL, Feb. 20, 2023 (AP) —",
   "Published on 20 February 2023", a line holding only a date, a date with its outlet's name
   after it ("15 May 2026 | Caucasus Observer", "12.03.2026 - Balkan Review"), a town or outlet
   in ordinary case before it ("Belgrade, 10 March 2026"), an outlet's name and a dash or bar
   before it ("Nile Review - 24/09/2026"; a slashed date only when a number over 12 tells its
   order));
3. `run --published DATE`, the default the user gave for the inputs of that run;
   a wire dateline without a year ("ISLAMABAD, Feb 20 (Reuters) -") is completed with the year
   that puts it nearest to that default (no year is ever invented without one).
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_MONTH = rf"(?P<month>{_FULL_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

# Day-month ("20 February 2023") and month-day ("February 20, 2023") orders; the year is optional
# in the patterns and required by the callers that need it.
_DATE_FORMS = (
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?(?:\s+{_YEAR})?",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
    # Day, month and year joined by dots ("12.03.2026"): the dotted form is the day-first one of
    # European pages.
    r"(?P<dotted_day>[0-3]?\d)\.(?P<dotted_month>[01]?\d)\.(?P<dotted_year>(?:19|20)\d\d)",
    # Joined by slashes, the order is the page's custom (day first in Europe, month first in the
    # United States): read only when one number is over 12 ("24/09/2026", "09/24/2026"), left
    # alone when both could be the month ("04/07/2026").
    r"(?P<slashed_a>[0-3]?\d)/(?P<slashed_b>[0-3]?\d)/(?P<slashed_year>(?:19|20)\d\d)",
)

# A slashed date line both of whose numbers could be the month ("05/06/2027": 5 June or 6 May)
# is read in the order that puts it nearest to the run's `--published` date or, without one, to
# the date of the document read before it in the same run (a batch of news covers days, not
# months): own7 and own9 tune analyses dated so had no date, their "Saturday's raid" no day
# (round r15, fuse14). Two readings are at least a month apart unless the numbers are close
# ("05/06" / "06/05"); past two months from the reference, neither reading is trusted.
NEAR_READING_DAYS = 62

# How far into the text a dateline may sit: past a section label, a headline and a byline, not
# into the body (a date in the third paragraph is an event's date, not the article's).
DATELINE_WINDOW_CHARS = 400
DATELINE_WINDOW_LINES = 6

# "ISLAMABAD, Feb 20 (Reuters) -", "KABUL, Afghanistan, Feb. 20, 2023 (AP) —": a place in
# capitals, a date, an optional agency in brackets, then a dash that opens the story.
_WIRE = (
    r"^[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,40}})?,\s+{date}"
    r"\s*(?:\([^)\n]{{1,40}}\)\s*)?[-–—]"
)
# "Published on 20 February 2023", "Posted: February 20, 2023", "Published 2023-02-20 10:00".
_LABELLED = r"^(?:first\s+)?(?:published|posted|dated)\s*(?:on|at)?\s*:?\s*{date}\b"
# A line that is a date and nothing else (a time after it allowed): how pages print the date
# above or below the headline.
_BARE = (
    r"^{date}(?:\s*(?:,|at|-|\|)?\s*\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?"
    r"\s*$"
)

# A date line that names its outlet after the date: "15 May 2026 | Caucasus Observer",
# "Saturday, 16 May 2026 - South Caucasus Radio", "5 October 2026 (Eastern Europe Monitor)". The
# rest of the line must be a short capitalised name, not a sentence (no full stop).
_WITH_OUTLET = r"^{date}\s*(?:[-–—|]\s*|\()[A-Z][A-Za-z0-9 &'’.-]{{1,50}}\)?\s*$"
# A town or an outlet in ordinary case before the date, the line ending with it: "Belgrade,
# 10 March 2026". At most four words before the comma, so a sentence is not read as one. Letters
# with accents count ("Potosí, 17.04.2041", "Ávila, 3 May 2026") and an "&" may join two words of
# an outlet's name ("Water & Security Review, 22 April 2026") without counting as one: such
# papers got no publication date and their "on Tuesday" no day (round r33, fuse32: fusion_own27
# tune; the wire's place in capitals may carry accents too, "BOGOTÁ, May 4 (Andes Wire) -").
_NAME_START = r"[A-ZÀ-ÖØ-Þ]"
_NAME_LETTER = r"(?:[^\W\d_]|['’.-])"
_PLACE_THEN_DATE = (
    rf"^{_NAME_START}{_NAME_LETTER}*(?:\s+(?:&\s+)?{_NAME_LETTER}+){{{{0,3}}}},\s+{{date}}\s*$"
)
# An outlet's name before the date, parted by a dash or a bar, the line ending with the date:
# "Harbour Gazette - 24/09/2026", "COAST RADIO | 7 July 2025" (round r11, fuse8: fusion_own5
# tune). At most five words, capitalised, so a sentence ("The port reopened - 7 July") is not
# read as one. The name may hold the small linking words of outlet names ("Review of Books",
# "Lettre d'Afrique", "Courrier de la Baie") and be followed by its town in brackets ("Harbour
# Gazette (Port Louis) - 7 July 2025"): analyses and foreign papers print their date lines so,
# and got no publication date, their "last Thursday" no day (round r15, fuse14: fusion_own9 and
# fusion_own8 tune).
# A word of an outlet's name ("Gazette", "d'Afrique") and the small linking words between them.
_OUTLET_WORD = r"(?:[dl]['’])?[A-Z][A-Za-z'’.&-]*"
# Spanish, Portuguese and Italian names join their words with "del", "do", "da", "dos", "das",
# "di", "della" and "y" ("Diario del Guayas", "Jornal do Commercio", "Corriere della Sera"):
# without them such a local paper got no publication date and its "on Thursday" no day (round
# r24, fuse23: fusion_own18 and fusion_own17 tune, "Diario del ..." and "El Sol del Sur").
_OUTLET_LINK = r"(?:of|the|and|de|du|des|la|le|el|al|del|della|di|do|da|dos|das|y)"
_OUTLET_THEN_DATE = (
    rf"^{_OUTLET_WORD}(?:\s+(?:{_OUTLET_LINK}\s+){{{{0,2}}}}{_OUTLET_WORD}){{{{0,4}}}}"
    r"(?:\s*\([A-Z][A-Za-z .'’-]{{1,30}}\))?\s*[-–—|]\s*{date}\s*$"
)

# Python's `re` allows a group name once per pattern: one pattern per shape and date form.
# The wire dateline's place must be in capitals (that is what tells it from a sentence); dates
# and labels are matched in any case.
_PATTERNS = [
    (shape is _LABELLED, re.compile(shape.format(date=f"(?i:{form})"), flags))
    for shape, flags in (
        (_WIRE, 0),
        (_LABELLED, re.IGNORECASE),
        (_BARE, re.IGNORECASE),
        (_WITH_OUTLET, 0),
        (_PLACE_THEN_DATE, 0),
        (_OUTLET_THEN_DATE, 0),
    )
    for form in _DATE_FORMS
]


def _to_date(m: re.Match[str], default: date | None, near: date | None = None) -> date | None:
    """The date a match names; a missing year is taken from `default`, nearest to it; a slashed
    date of no telling order is read in the order nearest to `near`, if either."""
    groups = m.groupdict()
    try:
        if groups.get("iso"):
            return date.fromisoformat(groups["iso"])
        if groups.get("dotted_year"):
            return date(
                int(groups["dotted_year"]), int(groups["dotted_month"]), int(groups["dotted_day"])
            )
        if groups.get("slashed_year"):
            return _slashed(groups, near)
        month = _MONTHS[groups["month"].lower()[:3]]
        day = int(groups["day"])
        if groups.get("year"):
            return date(int(groups["year"]), month, day)
        if default is None:
            return None
        candidates = []
        for year in (default.year - 1, default.year, default.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        return min(candidates, key=lambda d: abs((d - default).days)) if candidates else None
    except (ValueError, KeyError):
        return None


def _slashed(groups: dict[str, str], near: date | None = None) -> date | None:
    """A slashed date whose order its numbers tell (one over 12), else the reading nearest to
    `near` when that one lies within `NEAR_READING_DAYS` of it, else None."""
    first, second = int(groups["slashed_a"]), int(groups["slashed_b"])
    year = int(groups["slashed_year"])
    if first > 12 >= second:
        return date(year, second, first)
    if second > 12 >= first:
        return date(year, first, second)
    if near is None:
        return None
    readings = []
    for month, day in ((second, first), (first, second)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    best = min(readings, key=lambda d: abs((d - near).days))
    return best if abs((best - near).days) <= NEAR_READING_DAYS else None


def dateline_date(text: str, default: date | None = None, near: date | None = None) -> date | None:
    """The publication date stated at the top of `text`, or None.

    A date without a year counts only when `default` (the run's `--published`) gives the year.
    A slashed date both of whose numbers could be the month ("05/06/2027") is read in the order
    nearest to `default`, else to `near` (the date of the run's document read before it).
    """
    lines = [line.strip() for line in text[:DATELINE_WINDOW_CHARS].splitlines() if line.strip()]
    lines = lines[:DATELINE_WINDOW_LINES]
    for i, line in enumerate(lines):
        for labelled, pattern in _PATTERNS:
            m = pattern.match(line)
            if m is None and labelled:
                # "Published" and "on" and the date on lines of their own, as pages get scraped.
                m = pattern.match(" ".join(lines[i : i + 3]))
            if m is not None:
                found = _to_date(m, default, default or near)
                if found is not None:
                    return found
    return None
