"""The timeline's bands: a lone early event does not squeeze later clusters; ticks fit each band."""

from __future__ import annotations

import re
from datetime import date

from realpolitik.report.markdown import render_markdown
from realpolitik.report.sections import Brief, EventLine
from realpolitik.report.svg import timeline_svg
from realpolitik.report.timeline import band_ticks, band_widths, split_into_bands


def line(
    event_id: str, day: str | None, kind: str = "ASSAULT", text: str | None = None
) -> EventLine:
    return EventLine(
        event_id=event_id, plover_type=kind, polarity="asserted", sources=["A"], targets=["B"],
        date=day, date_text=text, place=None, confidence=0.9, n_documents=1, claimed_by=[],
        fatalities=None, cooperation=kind == "COOPERATE", citations=[], date_precision="day",
    )  # fmt: skip


SPREAD = [line("e1", "2021-09-12", "COOPERATE"), line("e2", "2024-11-03"),
          line("e3", "2024-11-20"), line("e4", "2025-01-05"), line("e5", "2025-02-14")]  # fmt: skip


def test_long_gaps_split_the_dates_into_bands():
    bands = split_into_bands(SPREAD)
    assert [[e.event_id for e in b.events] for b in bands] == [["e1"], ["e2", "e3", "e4", "e5"]]
    assert bands[0].label == "Sep 2021" and bands[1].label == "2024–2025"
    # Padded, so no dot sits on a band's edge.
    assert bands[0].start < date(2021, 9, 12) < bands[0].end


def test_undated_and_partial_dates_stay_out_of_the_bands():
    events = [line("a", "2024-03-01"), line("b", None, text="Sunday"), line("c", "2024-03")]
    assert [e.event_id for b in split_into_bands(events) for e in b.events] == ["a"]
    assert split_into_bands([]) == []


def test_a_lone_early_event_leaves_the_later_cluster_room():
    bands = split_into_bands(SPREAD)
    widths = band_widths(bands, 700, 26)
    assert abs(sum(widths) + 26 - 700) < 1e-6
    assert widths[1] > widths[0] > 700 * 0.15  # the short band is still readable
    svg = timeline_svg(SPREAD)
    later = [float(x) for x in re.findall(r"<circle cx='([\d.]+)'", svg)[1:]]
    # On one linear axis 2021..2025 these four dots would share the last 10% of the width.
    assert max(later) - min(later) > 200
    assert svg.count("<path d='M") == 1  # one cut marked on the axis
    assert ">Sep 2021<" in svg and ">2024–2025<" in svg


def test_ticks_use_a_unit_that_fits_the_band():
    short, long_ = split_into_bands(SPREAD)
    assert all(re.fullmatch(r"\d+ [A-Z][a-z]{2}", label) for _, label in band_ticks(short, 200))
    labels = [label for _, label in band_ticks(long_, 500)]
    assert "2025" in labels and "Dec" in labels  # months, the new year by its number
    assert len(band_ticks(long_, 120)) <= 2  # thinned to the room there is


def test_markdown_timeline_lists_bands_and_undated_events():
    from realpolitik.analysis.fronts import find_fronts

    undated = [line("u1", None, text="Sunday"), line("u2", None)]
    brief = Brief(counts={}, actors=[], key_events=[], claims=[], denials=[], not_happened=[],
                  changes=[], fronts=find_fronts([]), timeline=SPREAD, undated=2,
                  undated_events=undated)  # fmt: skip
    text = render_markdown(brief)
    assert "### Sep 2021" in text and "### 2024–2025" in text
    assert "### Undated: 2 event(s)" in text and "“Sunday” — ASSAULT: A → B" in text
    assert text.index("2024-11-03") < text.index("2025-02-14")
