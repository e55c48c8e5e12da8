"""Pictures made on the server as SVG: an agreement's lifecycle and a state's partners.

No script and no fonts of our own: the page works offline and the picture is the same in
every browser. Every text and attribute goes through :func:`el`, which escapes it, because
names and dates are data from articles (a name holding ``<script>`` must stay text).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Optional, Sequence, Union

from markupsafe import Markup, escape

from kg.doc import STAGES

#: one colour per lifecycle stage (timeline markers, network edges, legends)
COLOURS: dict[str, str] = {"planned": "#8a8f98", "signed": "#1f6fb4", "ratified": "#2c9a3a",
                           "in_force": "#7b4bb7", "terminated": "#c62828"}
LABELS: dict[str, str] = {"planned": "planned", "signed": "signed", "ratified": "ratified",
                          "in_force": "in force", "terminated": "terminated"}

Child = Union[str, Markup, None]


def el(tag: str, attrs: Optional[dict[str, object]] = None, *children: Child) -> Markup:
    """One element; attribute values and text children are escaped, Markup children kept.
    ``class_`` and ``data_x`` spell ``class`` and ``data-x``; None leaves an attribute out."""
    parts = [f"<{tag}"]
    for key, value in (attrs or {}).items():
        if value is not None:
            name = key.rstrip("_").replace("_", "-")
            parts.append(f' {name}="{escape(str(value))}"')
    body = "".join(str(escape(c)) for c in children if c is not None)
    return Markup("".join(parts) + f">{body}</{tag}>")


def _svg(width: int, height: int, label: str, class_: str, *children: Child) -> Markup:
    return el("svg", {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width} {height}",
                      "width": width, "height": height, "role": "img", "aria-label": label,
                      "class": class_, "font-family": "sans-serif", "font-size": 12}, *children)


# -- timeline -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Event:
    """A lifecycle event as the timeline shows it: its stage, date as written (2025-01-17,
    2025-01 or 2025, None when not reported), where it links and how many articles report it."""

    stage: str
    date: Optional[str] = None
    href: Optional[str] = None
    sources: int = 0


def precision(date: str) -> str:
    """day, month or year: how much of the date was reported."""
    return {4: "year", 7: "month"}.get(len(date), "day")


def date_span(date: str) -> tuple[dt.date, dt.date]:
    """The half-open span of days a date stands for: a year is a span, not its first day."""
    kind = precision(date)
    if kind == "year":
        year = int(date)
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    if kind == "month":
        year, month = int(date[:4]), int(date[5:7])
        return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)
    start = dt.date.fromisoformat(date[:10])
    return start, start + dt.timedelta(days=1)


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Year ticks for a long range, else month ticks; at most about a dozen."""
    if (end - start).days > 550:
        years = list(range(start.year + (start > dt.date(start.year, 1, 1)), end.year + 1))
        step = max(1, math.ceil(len(years) / 12))
        return [(dt.date(y, 1, 1), str(y)) for y in years[::step]]
    months, day = [], dt.date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            months.append((day, day.strftime("%Y-%m")))
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, math.ceil(len(months) / 12))
    return months[::step]


def timeline(events: Sequence[Event], width: int = 760) -> Markup:
    """One lane per stage, earliest stage on top; a dated event is a dot (a day) or a bar (its
    month or year), an undated one an open circle at the left. Each links to its source."""
    left, right, lane, top = 96, 24, 34, 14
    height = top + lane * len(STAGES) + 34
    dated = [date_span(e.date) for e in events if e.date]
    if dated:
        lo, hi = min(s for s, _ in dated), max(e for _, e in dated)
        pad = max(dt.timedelta(days=20), (hi - lo) * 0.08)
        lo, hi = lo - pad, hi + pad
    else:
        lo = hi = None
    x0, x1 = left + 90, width - right

    def x(day: dt.date) -> float:
        return x0 + (x1 - x0) * (day - lo).days / max(1, (hi - lo).days)

    parts: list[Markup] = []
    for i, stage in enumerate(STAGES):
        y = top + lane * i + lane / 2
        reported = any(e.stage == stage for e in events)
        parts.append(el("text", {"x": 8, "y": y + 4, "fill": COLOURS[stage] if reported else "#b0b0b0"},
                        LABELS[stage]))
        parts.append(el("line", {"x1": left, "x2": x1, "y1": y, "y2": y, "stroke": "#e4e4e4"}))
    axis_y = top + lane * len(STAGES) + 6
    if lo is not None:
        for day, text in _ticks(lo, hi):
            parts.append(el("line", {"x1": f"{x(day):.1f}", "x2": f"{x(day):.1f}", "y1": top, "y2": axis_y,
                                     "stroke": "#f0f0f0"}))
            parts.append(el("text", {"x": f"{x(day):.1f}", "y": axis_y + 14, "text-anchor": "middle",
                                     "fill": "#666", "font-size": 11}, text))
    parts.append(el("text", {"x": left, "y": axis_y + 14, "fill": "#999", "font-size": 11}, "undated"))
    for e in events:
        if e.stage in STAGES:
            parts.append(_event(e, top + lane * STAGES.index(e.stage) + lane / 2, left, x if lo else None, x1))
    return _svg(width, height, "lifecycle timeline", "timeline", *parts)


def _event(e: Event, y: float, left: float, x, x_max: float) -> Markup:
    colour = COLOURS[e.stage]
    kind = precision(e.date) if e.date else None
    title = f"{LABELS[e.stage]} {e.date or '(date not reported)'}" + (f" ({kind})" if kind else "") + \
        f", reported by {e.sources} article{'s' * (e.sources != 1)}"
    if e.date is None or x is None:
        mark = el("circle", {"cx": left + 40, "cy": y, "r": 6, "fill": "white", "stroke": colour, "stroke-width": 2})
        tx, anchor = left + 52, "start"
    else:
        start, end = date_span(e.date)
        a, b = x(start), x(end)
        if kind == "day":
            mark = el("circle", {"cx": f"{a:.1f}", "cy": y, "r": 6, "fill": colour})
        else:
            mark = el("rect", {"x": f"{a:.1f}", "y": y - 6, "width": f"{max(3.0, b - a):.1f}", "height": 12,
                               "rx": 3, "fill": colour, "fill-opacity": 0.75})
        anchor = "end" if b > x_max - 110 else "start"
        tx = a - 9 if anchor == "end" else max(a, b) + 9
    label = el("text", {"x": f"{tx:.1f}", "y": y + 4, "text-anchor": anchor, "class": "date", "fill": "#222"},
               e.date or "date not reported")
    group = el("g", {"class": "event", "data-stage": e.stage, "data-date": e.date or "",
                     "data-precision": kind or "none"}, el("title", {}, title), mark, label)
    return el("a", {"href": e.href}, group) if e.href else group


# -- network --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    """A state in the network: its label (name and ISO code) and its page."""

    key: str
    label: str
    href: Optional[str] = None


@dataclass(frozen=True)
class Edge:
    """One agreement between the centre and a partner, coloured by the agreement's stage."""

    partner: str
    stage: Optional[str]
    href: Optional[str] = None
    title: str = ""


def network(centre: Node, partners: Sequence[Node], edges: Sequence[Edge], width: int = 680,
            height: int = 520) -> Markup:
    """The centre state in the middle, its partners on a circle (in the order given), one line per
    agreement (parallel lines when several), coloured by stage, with a legend."""
    cx, cy = width / 2, (height - 40) / 2
    radius = min(cx, cy) - 70
    where = {}
    for i, node in enumerate(partners):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(partners))
        where[node.key] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    parts: list[Markup] = []
    by_partner: dict[str, list[Edge]] = {}
    for edge in edges:
        if edge.partner in where:
            by_partner.setdefault(edge.partner, []).append(edge)
    for key, group in by_partner.items():
        px, py, _ = where[key]
        length = math.hypot(px - cx, py - cy) or 1
        nx, ny = -(py - cy) / length, (px - cx) / length
        for j, edge in enumerate(group):
            shift = (j - (len(group) - 1) / 2) * 5
            stage = edge.stage if edge.stage in COLOURS else None
            line = el("line", {"x1": f"{cx + nx * shift:.1f}", "y1": f"{cy + ny * shift:.1f}",
                               "x2": f"{px + nx * shift:.1f}", "y2": f"{py + ny * shift:.1f}",
                               "stroke": COLOURS[stage] if stage else "#bbb", "stroke-width": 2.5,
                               "stroke-dasharray": "5 4" if stage in (None, "planned") else None,
                               "class": "edge", "data-stage": stage or "unknown"},
                      el("title", {}, edge.title))
            parts.append(el("a", {"href": edge.href}, line) if edge.href else line)
    for node in partners:
        px, py, angle = where[node.key]
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (18 if math.sin(angle) > 0 else -12)
        parts.append(_node(node, px, py, 7, "#555", px + dx, py + dy, anchor, "partner"))
    parts.append(_node(centre, cx, cy, 11, "#222", cx, cy + 26, "middle", "centre"))
    parts.append(_legend(16, height - 20))
    return _svg(width, height, f"partners of {centre.label}", "network", *parts)


def _node(node: Node, x: float, y: float, r: float, fill: str, tx: float, ty: float, anchor: str,
          role: str) -> Markup:
    group = el("g", {"class": f"node {role}", "data-key": node.key},
               el("circle", {"cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": r, "fill": fill}),
               el("text", {"x": f"{tx:.1f}", "y": f"{ty:.1f}", "text-anchor": anchor, "fill": "#111"}, node.label))
    return el("a", {"href": node.href}, group) if node.href else group


def _legend(x: float, y: float) -> Markup:
    items = []
    for stage in STAGES:
        items.append(el("line", {"x1": x, "x2": x + 22, "y1": y, "y2": y, "stroke": COLOURS[stage],
                                 "stroke-width": 3, "stroke-dasharray": "5 4" if stage == "planned" else None}))
        items.append(el("text", {"x": x + 27, "y": y + 4}, LABELS[stage]))
        x += 36 + 7 * len(LABELS[stage])
    return el("g", {"class": "legend"}, *items)
