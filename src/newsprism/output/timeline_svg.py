"""A timeline drawn as inline SVG: dates on an axis, one row per entry, precision shown.

A day is a dot; a month or a year known only to that precision is a bar over the days it covers,
so "2023-02" reads as "some time in February 2023", not as 1 February. The axis ticks adapt to the
span (days, weeks, months, quarters, years). Each row is labelled with its number (the list under
the chart has the full text and citations), its date and as much of its text as fits. The SVG has
no script, no external reference, and scales to the column width; colours come from the page's CSS.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from newsprism.output.briefs import MONTHS, DateSpan, date_label, date_span
from newsprism.records import TimelineEntry

__all__ = ["charted", "ordered", "timeline_svg"]

WIDTH = 720  # viewBox width; the page scales the figure to its column (about 46rem)
MARGIN = 20  # room on each side for a tick label centred on the first or last tick
AXIS_Y = 24  # the axis line, under the tick labels
ROW = 26  # one entry per row: a 12-unit mark and an 11.5-unit label with air between rows
MAX_TICKS = 8  # "Apr 2024" takes ~50 units at 11px; 8 ticks leave ~85 units each
CHAR_WIDTH = 6.2  # mean advance of an 11.5px sans-serif character, to cut labels that would overflow
MIN_DAYS = 30  # a timeline of one day still gets a month of axis around it, so a dot is not a wall
DAY_STEPS = (1, 2, 7, 14)
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 300, 600)


def ordered(entries: Sequence[TimelineEntry]) -> list[tuple[TimelineEntry, DateSpan | None]]:
    """Entries by date (a month before the days inside it), entries with no usable date last."""
    spans = [(e, date_span(e.date)) for e in entries]
    return sorted(spans, key=lambda p: (p[1] is None, p[1].start if p[1] else date.max, p[0].date, p[0].text))


def charted(
    entries: Sequence[tuple[int, TimelineEntry, DateSpan]],
) -> tuple[list[tuple[int, TimelineEntry, DateSpan]], list[tuple[int, TimelineEntry, DateSpan]]]:
    """The entries the chart draws, and those it leaves to the list under it: the first entries
    when a gap after them is so long that everything after it would get less than one tick's room
    of the axis (1 / MAX_TICKS, a month at least: MIN_DAYS), background long before the story
    (heap-10000's compensation-fund story: "11 Sep 2001: Kenneth Feinberg oversaw compensation for
    victims of the 11 September, 2001 attacks", 8 articles, put its eight months of 2010-11 in the
    last tenth of a 2001-2011 axis), fewer of them than the entries after the gap (those are the
    story). The latest such gap is the one cut at; the rows keep their numbers."""
    cut = 0
    for k in range(1, len(entries)):
        before = max(s.end for _, _, s in entries[:k])
        start = entries[k][2].start
        rest = max(s.end for _, _, s in entries[k:]) - start
        if k < len(entries) - k and start - before > (MAX_TICKS - 1) * max(rest, timedelta(days=MIN_DAYS)):
            cut = k
    return list(entries[cut:]), list(entries[:cut])


def timeline_svg(entries: Sequence[tuple[int, TimelineEntry, DateSpan]]) -> str:
    """The chart for numbered, dated entries (as `ordered` sorts them); "" when there are none."""
    if not entries:
        return ""
    lo = min(s.start for _, _, s in entries)
    hi = max(s.end for _, _, s in entries)
    if (hi - lo).days < MIN_DAYS:
        mid = lo + (hi - lo) / 2
        lo, hi = mid - timedelta(days=MIN_DAYS // 2), mid + timedelta(days=MIN_DAYS // 2)
    pad = max(timedelta(days=2), (hi - lo) * 0.04)  # a mark on the first day is not cut in half
    lo, hi = lo - pad, hi + pad
    scale = (WIDTH - 2 * MARGIN) / (hi - lo).days

    def x(d: date) -> float:
        return MARGIN + (d - lo).days * scale

    height = AXIS_Y + 10 + len(entries) * ROW
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-label="Timeline of {len(entries)} dated entries, '
        f'{html.escape(date_label(entries[0][1].date))} to {html.escape(date_label(entries[-1][1].date))}">',
        f'<line class="tl-axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{WIDTH - MARGIN}" y2="{AXIS_Y}"/>',
    ]
    for tick, label in _ticks(lo, hi):
        tx = x(tick)
        parts.append(
            f'<line class="tl-grid" x1="{tx:.1f}" y1="{AXIS_Y - 4}" x2="{tx:.1f}" y2="{height - 4}"/>'
            f'<text class="tl-tick" x="{tx:.1f}" y="{AXIS_Y - 9}">{label}</text>'
        )
    for row, (number, entry, span) in enumerate(entries):
        parts.append(_row(number, entry, span, AXIS_Y + 8 + row * ROW + ROW / 2, x))
    parts.append("</svg>")
    return "".join(parts)


def _row(number: int, entry: TimelineEntry, span: DateSpan, y: float, x: Callable[[date], float]) -> str:
    x0, x1 = x(span.start), x(span.end)
    e = html.escape
    if span.precision == "day":
        mark = f'<circle class="tl-day" cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="5.5"/>'
        left, right = (x0 + x1) / 2 - 8, (x0 + x1) / 2 + 8
    else:
        w = max(x1 - x0, 8.0)  # a month on a ten-year axis is still visible
        mark = f'<rect class="tl-span" x="{x0:.1f}" y="{y - 6:.1f}" width="{w:.1f}" height="12" rx="6"/>'
        left, right = x0 - 6, x0 + w + 6
    # the label goes where there is more room: right of the mark, or left of it near the end
    at_end = right > WIDTH * 0.6 and left - MARGIN > WIDTH - MARGIN - right
    room = (left - MARGIN) if at_end else (WIDTH - MARGIN - right)
    head = f"{number} · {date_label(entry.date)}"
    rest = _cut(entry.text, int(room / CHAR_WIDTH) - len(head) - 2)
    anchor = ' text-anchor="end"' if at_end else ""
    label = (
        f'<text class="tl-label" x="{left if at_end else right:.1f}" y="{y + 4:.1f}"{anchor}>'
        f'<tspan class="tl-date">{e(head)}</tspan>'
        + (f"<tspan>  {e(rest)}</tspan>" if rest else "")
        + "</text>"
    )
    return (
        f'<g class="tl-entry" data-date="{e(entry.date)}" data-n="{number}">'
        f"<title>{e(date_label(entry.date))}: {e(entry.text)}</title>{mark}{label}</g>"
    )


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    if n < 8:  # fewer letters than a word or two say nothing; the list under the chart has the text
        return ""
    if len(text) <= n:
        return text
    return text[: n - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Tick dates and labels between lo and hi: at most MAX_TICKS, on round days, months or years."""
    days = (hi - lo).days
    ticks: list[tuple[date, str]] = []
    if days <= 70:
        step = next((s for s in DAY_STEPS if days / s <= MAX_TICKS), DAY_STEPS[-1])
        d = lo + timedelta(days=1)
        if step == 7:  # weeks start on Monday
            d += timedelta(days=-d.weekday() % 7)
        while d < hi:
            first = not ticks
            ticks.append((d, f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if first else "")))
            d += timedelta(days=step)
        return ticks
    months = days / 30.44
    step = next((s for s in MONTH_STEPS if months / s <= MAX_TICKS), MONTH_STEPS[-1])
    index = lo.year * 12 + lo.month  # the first month boundary after lo
    index += -index % step
    while True:
        d = date(index // 12, index % 12 + 1, 1)
        if d >= hi:
            return ticks
        if step >= 12:
            label = str(d.year)
        elif d.month == 1 or not ticks:
            label = f"{MONTHS[d.month - 1]} {d.year}"
        else:
            label = MONTHS[d.month - 1]
        ticks.append((d, label))
        index += step
