"""The timeline as bands: clusters of dates drawn side by side with the empty years between cut out.

One linear axis lets a single 2021 event squeeze everything reported in 2024–2025 against the
right edge. Splitting the dates wherever a long gap separates them, and giving each cluster its
own stretch of axis, keeps every cluster readable; the picture marks each cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from realpolitik.report.sections import EventLine

# A gap longer than this (in days) between two consecutive dated events starts a new band.
MAX_GAP_DAYS = 90
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass
class Band:
    """A stretch of the axis: from `start` to `end` (both padded past its events), and its events."""

    start: date
    end: date
    events: list[EventLine] = field(default_factory=list)

    @property
    def days(self) -> int:
        return max(1, (self.end - self.start).days)

    @property
    def label(self) -> str:
        """The band's heading: its years, and its months when it lies within one year."""
        first, last = self.events[0].day, self.events[-1].day
        if first is None or last is None:  # bands only hold dated events
            return ""
        if first.year != last.year:
            return f"{first.year}–{last.year}"
        if first.month == last.month:
            return f"{MONTHS[first.month - 1]} {first.year}"
        return f"{MONTHS[first.month - 1]}–{MONTHS[last.month - 1]} {first.year}"


def iso_day(text: str | None) -> date | None:
    """The day of an ISO date (YYYY-MM-DD), or None for anything else."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def split_into_bands(events: list[EventLine], max_gap_days: int = MAX_GAP_DAYS) -> list[Band]:
    """Dated events in date order, cut into bands wherever `max_gap_days` pass without an event."""
    dated = sorted((e for e in events if e.day is not None), key=lambda e: (e.day, e.event_id))
    bands: list[Band] = []
    for e in dated:
        day = e.day
        assert day is not None
        last = bands[-1].events[-1].day if bands else None
        if last is None or (day - last).days > max_gap_days:
            bands.append(Band(day, day))
        bands[-1].events.append(e)
        bands[-1].end = day
    for band in bands:
        # Pad each band so its first and last dots do not sit on its edges.
        pad = timedelta(days=max(3, math.ceil(band.days * 0.06)))
        band.start, band.end = band.start - pad, band.end + pad
    return bands


def band_widths(bands: list[Band], total: float, gap: float) -> list[float]:
    """Share `total` pixels (less `gap` between bands) by the square root of each band's length:
    a long band gets more room, but a short one never shrinks to a sliver."""
    if not bands:
        return []
    usable = max(1.0, total - gap * (len(bands) - 1))
    weights = [math.sqrt(b.days) + 4 for b in bands]
    return [usable * w / sum(weights) for w in weights]


def band_ticks(band: Band, width: float) -> list[tuple[date, str]]:
    """Tick days and labels for a band drawn `width` pixels wide: days, months or years, whichever
    unit leaves room (about 60 px) for each label."""
    most = max(1, int(width // 60))
    if band.days <= 62:
        days = [band.start + timedelta(days=i) for i in range(band.days + 1)]
        step = max(1, math.ceil(len(days) / most))
        marks = days[::step]
        return [(d, f"{d.day} {MONTHS[d.month - 1]}") for d in marks]
    if band.days <= 3 * 366:
        months = _month_starts(band.start, band.end)
        step = max(1, math.ceil(len(months) / most))
        return [(m, MONTHS[m.month - 1] if m.month != 1 else str(m.year)) for m in months[::step]]
    years = [date(y, 1, 1) for y in range(band.start.year + 1, band.end.year + 1)]
    step = max(1, math.ceil(len(years) / most))
    return [(y, str(y.year)) for y in years[::step]]


def _month_starts(first: date, last: date) -> list[date]:
    out = []
    year, month = (first.year, first.month + 1) if first.day > 1 else (first.year, first.month)
    if month == 13:
        year, month = year + 1, 1
    while date(year, month, 1) <= last:
        out.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
