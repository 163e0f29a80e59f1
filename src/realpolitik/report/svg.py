"""Pictures drawn as inline SVG: the signed network and the timeline. No scripts, no assets."""

from __future__ import annotations

import math
from datetime import date
from html import escape

import networkx as nx

from realpolitik.report.sections import EventLine

GREEN = "#2e7d32"
RED = "#c62828"
CAMP_COLOURS = ["#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#8d6e63"]
FONT = "font-family='system-ui, sans-serif'"


def network_svg(
    graph: nx.Graph,
    camp_of: dict[str, int],
    names: dict[str, str],
    width: int = 760,
    height: int = 520,
) -> str:
    """Nodes coloured by camp, sized by events; green edges cooperate, red edges fight."""
    if graph.number_of_nodes() == 0:
        return ""
    # A force layout with a fixed seed: the same database draws the same picture.
    pos = nx.spring_layout(graph, seed=7, weight=None, k=1.6 / math.sqrt(graph.number_of_nodes()))
    margin_x, margin_y = 120, 50
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (
            margin_x + (x - min(xs)) / span_x * (width - 2 * margin_x),
            margin_y + (y - min(ys)) / span_y * (height - 2 * margin_y),
        )

    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' "
        f"height='{height}' role='img' aria-label='signed actor network'>"
    ]
    for a, b, d in graph.edges(data=True):
        (x1, y1), (x2, y2) = place(a), place(b)
        weight = float(d["weight"])
        colour = GREEN if weight > 0 else RED
        stroke = 1.5 + min(6.0, abs(weight))
        dash = "" if weight > 0 else " stroke-dasharray='7 4'"
        tip = f"{names.get(a, a)} – {names.get(b, b)}: {weight:+.1f} ({d['n_pos']} coop, {d['n_neg']} conflict)"
        parts.append(
            f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{colour}' "
            f"stroke-width='{stroke:.1f}' stroke-opacity='0.75'{dash}><title>{escape(tip)}</title></line>"
        )
    for node, d in graph.nodes(data=True):
        x, y = place(node)
        radius = 7 + 3 * math.sqrt(d.get("n_events", 1))
        colour = CAMP_COLOURS[camp_of[node] % len(CAMP_COLOURS)] if node in camp_of else "#9e9e9e"
        label = escape(names.get(node, node))
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='{colour}' stroke='white' "
            f"stroke-width='2'><title>{label}: {d.get('n_events', 0)} events</title></circle>"
            f"<text x='{x:.1f}' y='{y + radius + 14:.1f}' text-anchor='middle' font-size='13' "
            f"{FONT} fill='#212121' paint-order='stroke' stroke='white' stroke-width='3'>{label}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def timeline_svg(events: list[EventLine], width: int = 760) -> str:
    """Events by date, one lane per quad class; each dot's tooltip names the event."""
    if not events:
        return ""
    days = [date.fromisoformat(e.date) for e in events if e.date and _is_iso(e.date)]
    if not days:
        return ""
    lanes = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
    lane_of = {"CONSULT": 0, "AGREE": 0, "SUPPORT": 0, "REQUEST": 0, "COOPERATE": 1, "AID": 1,
               "CONCEDE": 1, "RETREAT": 1, "ACCUSE": 2, "REJECT": 2, "THREATEN": 2,
               "PROTEST": 2}  # fmt: skip
    left, right, top, lane_h = 160, 30, 20, 34
    height = top + lane_h * len(lanes) + 40
    first, last = min(days), max(days)
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return left + (day - first).days / span * (width - left - right)

    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' "
        f"height='{height}' role='img' aria-label='timeline of events'>"
    ]
    for i, lane_name in enumerate(lanes):
        y = top + lane_h * i + lane_h / 2
        parts.append(
            f"<line x1='{left}' y1='{y}' x2='{width - right}' y2='{y}' stroke='#e0e0e0'/>"
            f"<text x='{left - 10}' y='{y + 4}' text-anchor='end' font-size='12' {FONT} "
            f"fill='#555'>{lane_name}</text>"
        )
    stacked: dict[tuple[int, str], int] = {}
    for e in events:
        if not (e.date and _is_iso(e.date)):
            continue
        lane = lane_of.get(e.plover_type, 3)
        n = stacked.get((lane, e.date), 0)
        stacked[(lane, e.date)] = n + 1
        x = x_of(date.fromisoformat(e.date)) + 9 * n  # same-day events side by side
        y = top + lane_h * lane + lane_h / 2
        colour = GREEN if lane < 2 else RED
        tip = escape(f"{e.date} {e.summary} [{e.event_id}]")
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y}' r='6' fill='{colour}' fill-opacity='0.8'>"
            f"<title>{tip}</title></circle>"
        )
    axis_y = top + lane_h * len(lanes) + 14
    for tick in _ticks(first, last):
        x = x_of(tick)
        parts.append(
            f"<line x1='{x:.1f}' y1='{top}' x2='{x:.1f}' y2='{axis_y - 8}' stroke='#f0f0f0'/>"
            f"<text x='{x:.1f}' y='{axis_y + 6}' text-anchor='middle' font-size='11' {FONT} "
            f"fill='#555'>{tick.isoformat()[:7]}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _is_iso(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-"


def _ticks(first: date, last: date, most: int = 8) -> list[date]:
    """Month starts between first and last, thinned to at most `most` ticks."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    step = max(1, math.ceil(len(months) / most))
    return [m for m in months[::step] if first <= m <= last] or [first]
