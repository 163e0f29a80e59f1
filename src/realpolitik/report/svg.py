"""Pictures drawn as inline SVG: the signed network and the timeline. No scripts, no assets."""

from __future__ import annotations

import math
from datetime import date
from html import escape

import networkx as nx

from realpolitik.report.sections import EventLine
from realpolitik.report.timeline import Band, band_ticks, band_widths, split_into_bands

GREEN = "#2e7d32"
RED = "#c62828"
CAMP_COLOURS = ["#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#8d6e63"]
FONT = "font-family='system-ui, sans-serif'"


def network_svg(
    graph: nx.Graph,
    camp_of: dict[str, int],
    names: dict[str, str],
    width: int = 900,
    height: int = 540,
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
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='100%' "
        f"role='img' aria-label='signed actor network'>"
    ]
    texts: list[str] = []
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
    radius = {n: 7 + 3 * math.sqrt(d.get("n_events", 1)) for n, d in graph.nodes(data=True)}
    circles = [(*place(n), radius[n]) for n in graph.nodes]
    labels: list[Box] = []
    # Big nodes first: they get the best label spot.
    for node in sorted(graph.nodes, key=lambda n: (-radius[n], n)):
        d = graph.nodes[node]
        x, y = place(node)
        colour = CAMP_COLOURS[camp_of[node] % len(CAMP_COLOURS)] if node in camp_of else "#9e9e9e"
        label = names.get(node, node)
        (lx, ly, anchor), box = _label_spot(
            x, y, radius[node], label, labels, circles, (width, height)
        )
        labels.append(box)
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{radius[node]:.1f}' fill='{colour}' "
            f"stroke='white' stroke-width='2'><title>{escape(label)}: "
            f"{d.get('n_events', 0)} events</title></circle>"
        )
        texts.append(
            f"<text x='{lx:.1f}' y='{ly:.1f}' text-anchor='{anchor}' font-size='13' {FONT} "
            f"fill='#212121' paint-order='stroke' stroke='white' stroke-width='4'>"
            f"{escape(label)}</text>"
        )
    parts.extend(texts)  # labels last, so no circle or line covers them
    parts.append("</svg>")
    return "".join(parts)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1
CHAR_W = 7.2  # average width of a 13 px character, to size label boxes without a font


def _label_spot(
    x: float,
    y: float,
    r: float,
    text: str,
    taken: list[Box],
    circles: list[tuple[float, float, float]],
    frame: tuple[int, int],
) -> tuple[tuple[float, float, str], Box]:
    """Where to write a node's label: below, above, right or left of it, whichever overlaps
    the labels already placed and the other nodes least (below when all are free)."""
    w, h = len(text) * CHAR_W, 14.0
    spots = [
        ((x, y + r + 14, "middle"), (x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h)),
        ((x, y - r - 6, "middle"), (x - w / 2, y - r - 4 - h, x + w / 2, y - r - 4)),
        ((x + r + 5, y + 4, "start"), (x + r + 5, y - h / 2, x + r + 5 + w, y + h / 2)),
        ((x - r - 5, y + 4, "end"), (x - r - 5 - w, y - h / 2, x - r - 5, y + h / 2)),
    ]

    def clash(box: Box) -> float:
        area = sum(_overlap(box, other) for other in taken)
        area += sum(_overlap(box, (cx - cr, cy - cr, cx + cr, cy + cr)) for cx, cy, cr in circles)
        # A label cut off by the picture's edge is worse than one crossing another.
        inside = _overlap(box, (0, 0, frame[0], frame[1]))
        return area + 10 * ((box[2] - box[0]) * (box[3] - box[1]) - inside)

    return min(spots, key=lambda spot: clash(spot[1]))


def _overlap(a: Box, b: Box) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


LANES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
LANE_OF = {"CONSULT": 0, "AGREE": 0, "SUPPORT": 0, "REQUEST": 0, "COOPERATE": 1, "AID": 1,
           "CONCEDE": 1, "RETREAT": 1, "ACCUSE": 2, "REJECT": 2, "THREATEN": 2,
           "PROTEST": 2}  # fmt: skip
BAND_GAP = 26  # pixels between bands, where the axis is drawn broken


def timeline_svg(events: list[EventLine], width: int = 900) -> str:
    """Events by date, one lane per quad class, the axis cut into bands at long gaps (each band
    with its own scale and heading); each dot's tooltip names the event."""
    bands = split_into_bands(events)
    if not bands:
        return ""
    left, right, top, lane_h = 150, 20, 34, 34
    axis_y = top + lane_h * len(LANES)
    height = axis_y + 34
    widths = band_widths(bands, width - left - right, BAND_GAP)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='100%' "
        f"role='img' aria-label='timeline of events'>"
    ]
    for i, lane_name in enumerate(LANES):
        y = top + lane_h * i + lane_h / 2
        parts.append(
            f"<text x='{left - 10}' y='{y + 4}' text-anchor='end' font-size='12' {FONT} "
            f"fill='#555'>{lane_name}</text>"
        )
    x0 = float(left)
    for n, (band, band_w) in enumerate(zip(bands, widths, strict=True)):
        parts.append(_band_svg(band, x0, band_w, top, lane_h, axis_y))
        if n + 1 < len(bands):  # the cut: two slanted strokes across the axis
            mid = x0 + band_w + BAND_GAP / 2
            parts.append(
                f"<path d='M{mid - 5:.1f},{axis_y + 6} l6,-12 M{mid + 1:.1f},{axis_y + 6} l6,-12' "
                "stroke='#777' stroke-width='1.5' fill='none'/>"
            )
        x0 += band_w + BAND_GAP
    parts.append("</svg>")
    return "".join(parts)


def _band_svg(band: Band, x0: float, band_w: float, top: int, lane_h: int, axis_y: int) -> str:
    def x_of(day: date) -> float:
        return x0 + (day - band.start).days / band.days * band_w

    parts = [
        f"<rect x='{x0:.1f}' y='{top}' width='{band_w:.1f}' height='{axis_y - top}' "
        "fill='#f7f9fa'/>"
        f"<text x='{x0 + band_w / 2:.1f}' y='{top - 10}' text-anchor='middle' font-size='12' "
        f"font-weight='600' {FONT} fill='#333'>{escape(band.label)}</text>"
        f"<line x1='{x0:.1f}' y1='{axis_y}' x2='{x0 + band_w:.1f}' y2='{axis_y}' stroke='#999'/>"
    ]
    for i in range(len(LANES)):
        y = top + lane_h * i + lane_h / 2
        parts.append(
            f"<line x1='{x0:.1f}' y1='{y}' x2='{x0 + band_w:.1f}' y2='{y}' stroke='#e0e0e0'/>"
        )
    for day, label in band_ticks(band, band_w):
        x = x_of(day)
        parts.append(
            f"<line x1='{x:.1f}' y1='{top}' x2='{x:.1f}' y2='{axis_y + 4}' stroke='#e8e8e8'/>"
            f"<text x='{x:.1f}' y='{axis_y + 17}' text-anchor='middle' font-size='11' {FONT} "
            f"fill='#555'>{escape(label)}</text>"
        )
    stacked: dict[tuple[int, date], int] = {}
    for e in band.events:
        assert e.day is not None  # bands hold dated events only
        lane = LANE_OF.get(e.plover_type, 3)
        n = stacked.get((lane, e.day), 0)
        stacked[(lane, e.day)] = n + 1
        x = x_of(e.day) + 9 * n  # same-day events side by side
        y = top + lane_h * lane + lane_h / 2
        colour = GREEN if lane < 2 else RED
        tip = escape(f"{e.date_label} {e.summary} [{e.event_id}]")
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y}' r='6' fill='{colour}' fill-opacity='0.8' "
            f"stroke='white'><title>{tip}</title></circle>"
        )
    return "".join(parts)
