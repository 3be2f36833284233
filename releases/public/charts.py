"""Server-rendered SVG charts and the tables beside them.

This module does the arithmetic (which periods, where each bar, point and tick goes); the
markup is in templates/releases/_chart_*.html. No inline styles (the
Content-Security-Policy forbids them): shapes carry classes that static/css/site.css
colours. Every chart has a <title> and <desc>, and the same numbers are on the page as a
table.
"""

import datetime
import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from releases.choices import Metric
from releases.i18n import format_number, native_digits

# Stocks count people held at a time: adding them up across announcements means nothing,
# so a period shows the largest; flows (pardoned, released…) are summed. A stock is also
# tens of times larger than any release, so stocks get a chart of their own: on one scale
# the 189,500 in prison would flatten every release line.
STOCK_METRICS = {Metric.PRISON_POPULATION, Metric.DETAINED}
WIDTH, HEIGHT, PAD_END, PAD_TOP, PAD_BOTTOM = 720, 220, 32, 14, 34
# Tick labels are drawn at up to 20 user units (site.css enlarges them on a phone, where
# the chart is drawn at half size); the start pad leaves room for the longest one.
LABEL_CHAR_WIDTH = 12
MAX_TICKS = 5


@dataclass
class MonthGroup:
    month: datetime.date
    count: int
    entries: list = field(default_factory=list)


def group_by_month(announcements, counts: dict) -> list[MonthGroup]:
    """Consecutive announcements of one month in one group, with the month's total count."""
    groups: list[MonthGroup] = []
    for announcement in announcements:
        month = announcement.announced_on.replace(day=1)
        if not groups or groups[-1].month != month:
            groups.append(MonthGroup(month, counts.get(month, 0)))
        groups[-1].entries.append(announcement)
    return groups


def _months_between(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(datetime.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def nice_ticks(peak: float) -> list[int]:
    """Round values from 0 to at least `peak`, at most MAX_TICKS + 1 of them, a step of 1, 2
    or 5 times a power of ten apart (0, 1, 2, 3 for a peak of 3; 0, 50,000 … 200,000 for
    189,500)."""
    if peak <= 0:
        return [0, 1]
    raw = peak / MAX_TICKS
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    top = math.ceil(peak / step) * step
    return list(range(0, top + 1, step))


@dataclass
class Frame:
    """The plotting area of one chart and its value axis."""

    ticks: list[int]
    pad_start: float
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def top(self) -> int:
        return self.ticks[-1] or 1

    @property
    def end(self) -> int:
        return WIDTH - PAD_END

    @property
    def bottom(self) -> int:
        return HEIGHT - PAD_BOTTOM

    @property
    def plot_height(self) -> int:
        return HEIGHT - PAD_TOP - PAD_BOTTOM

    def y(self, value: float) -> float:
        return self.bottom - self.plot_height * value / self.top

    def tick_marks(self) -> list[dict]:
        return [{"y": _n(self.y(t)), "label": _grouped(t)} for t in self.ticks]


def _frame(peak: float) -> Frame:
    ticks = nice_ticks(peak)
    longest = max(len(_grouped(t)) for t in ticks)
    return Frame(ticks=ticks, pad_start=max(40, longest * LABEL_CHAR_WIDTH + 10))


def _year_labels(periods: list[datetime.date], x) -> list[dict]:
    """A label under the first period of each year, thinned out so they do not overlap
    (at most eight: a phone draws them at 20 user units)."""
    every = max(1, math.ceil(len({p.year for p in periods}) / 8))
    return [
        {"x": _n(x(i)), "label": _local(str(period.year))}
        for i, period in enumerate(periods)
        if (i == 0 or period.year != periods[i - 1].year) and period.year % every == 0
    ]


def histogram_svg(months: list[tuple[datetime.date, int]]) -> SafeString:
    """Bars of announcements per month, oldest on the start side, every month in the span,
    over an axis with round ticks."""
    if not months:
        return mark_safe("")
    counts = dict(months)
    periods = _months_between(min(counts), max(counts))
    peak = max(counts.values())
    frame = _frame(peak)
    step = (WIDTH - frame.pad_start - PAD_END) / len(periods)
    bars = []
    for i, month in enumerate(periods):
        n = counts.get(month, 0)
        bars.append(
            {
                "x": _n(frame.pad_start + i * step),
                "y": _n(frame.y(n)),
                "width": _n(max(step - 1, 0.5)),
                "height": _n(frame.bottom - frame.y(n)),
                "month": _local(date_format(month, "YEAR_MONTH_FORMAT")),
                "n": _grouped(n),
            }
        )
    ctx = {
        "frame": frame,
        "css_class": "histogram",
        "ident": "histogram",
        "ticks": frame.tick_marks(),
        "bars": bars,
        "years": _year_labels(periods, lambda i: frame.pad_start + (i + 0.5) * step),
        "months": _grouped(len(periods)),
        "first": _local(date_format(periods[0], "YEAR_MONTH_FORMAT")),
        "last": _local(date_format(periods[-1], "YEAR_MONTH_FORMAT")),
        "peak": _grouped(peak),
    }
    return mark_safe(render_to_string("releases/_chart_histogram.html", ctx))


def _series(rows: list[dict]) -> dict[str, dict[datetime.date, int]]:
    """metric → period → the value a chart shows (sum for flows, largest for stocks)."""
    series: dict[str, dict[datetime.date, int]] = defaultdict(dict)
    for row in rows:
        period = row["period"]
        period = period.date() if isinstance(period, datetime.datetime) else period
        series[row["metric"]][period] = row["peak"] if row["metric"] in STOCK_METRICS else row["total"]
    return series


def _periods(series: dict, period: str) -> list[datetime.date]:
    dates = {d for values in series.values() for d in values}
    if not dates:
        return []
    if period == "month":
        return _months_between(min(dates), max(dates))
    return [datetime.date(year, 1, 1) for year in range(min(dates).year, max(dates).year + 1)]


def _segments(points: list[tuple[int, float, float]]) -> list[str]:
    """Polyline point lists through runs of consecutive periods: a period without data is a
    gap in the line, not a zero (the table shows it as "–")."""
    runs: list[list[tuple[float, float]]] = []
    previous = None
    for index, x, y in points:
        if previous is None or index != previous + 1:
            runs.append([])
        runs[-1].append((x, y))
        previous = index
    return [" ".join(f"{x:.1f},{y:.1f}" for x, y in run) for run in runs if len(run) > 1]


def _line_chart(series: dict, periods: list[datetime.date], period: str, stocks: bool) -> SafeString:
    frame = _frame(max(max(values.values()) for values in series.values()))
    step = (WIDTH - frame.pad_start - PAD_END) / max(len(periods) - 1, 1)
    labels = dict(Metric.choices)
    drawn = []
    for metric in [m for m in Metric.values if m in series]:
        values = series[metric]
        points = [(i, frame.pad_start + i * step, frame.y(values[p]), p) for i, p in enumerate(periods) if p in values]
        dots = [
            {"x": _n(x), "y": _n(y), "label": f"{labels[metric]}, {_period_label(p, period)}: {_grouped(values[p])}"}
            for _i, x, y, p in points
        ]
        drawn.append({"metric": metric, "lines": _segments([(i, x, y) for i, x, y, _p in points]), "dots": dots})
    ctx = {
        "frame": frame,
        "css_class": "metric-chart stock-chart" if stocks else "metric-chart",
        "ident": "stock-chart" if stocks else "metric-chart",
        "ticks": frame.tick_marks(),
        "series": drawn,
        "years": _year_labels(periods, lambda i: frame.pad_start + i * step),
        "stocks": stocks,
        "period": period,
    }
    return mark_safe(render_to_string("releases/_chart_lines.html", ctx))


def metric_charts(rows: list[dict], period: str) -> list[dict]:
    """Line charts of the filtered figures per period (years or months): the released,
    pardoned and similar counts on one, prison population and detained on their own scale
    on another. Each: {"svg", "metrics": [(metric, label)]}."""
    series = _series(rows)
    periods = _periods(series, period)
    if not periods:
        return []
    labels = dict(Metric.choices)
    charts = []
    for stocks in (False, True):
        part = {m: v for m, v in series.items() if (m in STOCK_METRICS) == stocks}
        if part:
            metrics = [(m, str(labels.get(m, m))) for m in Metric.values if m in part]
            charts.append({"svg": _line_chart(part, periods, period, stocks), "metrics": metrics, "stocks": stocks})
    return charts


def _period_label(period_start: datetime.date, period: str) -> str:
    return _local(str(period_start.year) if period == "year" else date_format(period_start, "YEAR_MONTH_FORMAT"))


@dataclass
class TotalsTable:
    metrics: list[tuple[str, str]]
    rows: list[tuple[str, list]]


def totals_table(rows: list[dict], period: str) -> TotalsTable:
    """Periods (newest first) by metrics, with the value each chart point shows."""
    series = _series(rows)
    labels = dict(Metric.choices)
    metrics = [(m, str(labels.get(m, m))) for m in Metric.values if m in series]
    periods = sorted({d for values in series.values() for d in values}, reverse=True)
    table_rows = [(_period_label(p, period), [series[m].get(p) for m, _label in metrics]) for p in periods]
    return TotalsTable(metrics=metrics, rows=table_rows)


def _grouped(value: int) -> str:
    """A number as the page's language writes it (Persian and Arabic-Indic digits too)."""
    return format_number(value, get_language())


def _local(text: str) -> str:
    """A label (a year, a month) with the page language's digits."""
    return native_digits(text, get_language())


def _n(coordinate: float) -> str:
    return f"{coordinate:.1f}"
