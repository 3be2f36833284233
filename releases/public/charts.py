"""Server-rendered SVG charts and the tables beside them.

No inline styles (the Content-Security-Policy forbids them): shapes carry classes that
static/css/site.css colours, plus presentation attributes. Every chart has a <title> and
<desc>, and the same numbers are on the page as a table.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from releases.choices import Metric
from releases.i18n import format_number, native_digits

# Stocks count people held at a time: adding them up across announcements means nothing,
# so a period shows the largest; flows (pardoned, released…) are summed.
STOCK_METRICS = {Metric.PRISON_POPULATION, Metric.DETAINED}
WIDTH, HEIGHT, PAD_START, PAD_END, PAD_TOP, PAD_BOTTOM = 720, 220, 56, 24, 12, 28


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


def _svg(title: str, desc: str, body: SafeString, css_class: str) -> SafeString:
    return format_html(
        '<svg class="chart {}" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        css_class, WIDTH, HEIGHT, css_class, css_class, css_class, title, css_class, desc, body,
    )  # fmt: skip


def _axis(peak: float) -> SafeString:
    """A base line and the value of the highest mark, at the start edge."""
    bottom = HEIGHT - PAD_BOTTOM
    return format_html(
        '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>'
        '<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>'
        '<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>',
        PAD_START, bottom, WIDTH - PAD_END, bottom,
        PAD_START - 6, PAD_TOP + 10, _grouped(peak),
        PAD_START - 6, bottom, _grouped(0),
    )  # fmt: skip


def _year_labels(periods: list[datetime.date], step: float) -> SafeString:
    """A label under the first period of each year, thinned out so they do not overlap."""
    every = max(1, round(len({p.year for p in periods}) / 10))
    labels = [
        (_n(PAD_START + i * step), HEIGHT - 8, _local(str(period.year)))
        for i, period in enumerate(periods)
        if (i == 0 or period.year != periods[i - 1].year) and period.year % every == 0
    ]
    return format_html_join("", '<text class="tick" x="{}" y="{}" text-anchor="middle">{}</text>', labels)


def histogram_svg(months: list[tuple[datetime.date, int]]) -> SafeString:
    """Bars of announcements per month, oldest on the start side, every month in the span."""
    if not months:
        return mark_safe("")
    counts = dict(months)
    periods = _months_between(min(counts), max(counts))
    peak = max(counts.values())
    step = (WIDTH - PAD_START - PAD_END) / len(periods)
    plot = HEIGHT - PAD_TOP - PAD_BOTTOM
    bars = []
    for i, month in enumerate(periods):
        n = counts.get(month, 0)
        height = plot * n / peak
        label = _("%(month)s: %(n)s") % {"month": _local(date_format(month, "YEAR_MONTH_FORMAT")), "n": _grouped(n)}
        bars.append(
            (_n(PAD_START + i * step), _n(HEIGHT - PAD_BOTTOM - height), _n(max(step - 1, 0.5)), _n(height), label)
        )
    body = format_html_join("", '<rect class="bar" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>', bars)
    title = _("Announcements per month")
    desc = _("%(n)s months from %(first)s to %(last)s; the busiest month had %(peak)s announcements.") % {
        "n": _grouped(len(periods)),
        "first": _local(date_format(periods[0], "YEAR_MONTH_FORMAT")),
        "last": _local(date_format(periods[-1], "YEAR_MONTH_FORMAT")),
        "peak": _grouped(peak),
    }
    return _svg(title, desc, _axis(peak) + body + _year_labels(periods, step), "histogram")


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


def metric_chart_svg(rows: list[dict], period: str) -> SafeString:
    """One line per metric over the periods (years or months) of the filtered figures."""
    series = _series(rows)
    periods = _periods(series, period)
    if not periods:
        return mark_safe("")
    peak = max(max(values.values()) for values in series.values()) or 1
    step = (WIDTH - PAD_START - PAD_END) / max(len(periods) - 1, 1)
    plot = HEIGHT - PAD_TOP - PAD_BOTTOM
    labels = dict(Metric.choices)
    position = {p: i for i, p in enumerate(periods)}
    body = []
    for metric in sorted(series):
        # A flow with nothing announced in a period is zero; a stock not reported is unknown.
        shown = periods if metric not in STOCK_METRICS else [p for p in periods if p in series[metric]]
        points = [
            (PAD_START + position[p] * step, HEIGHT - PAD_BOTTOM - plot * series[metric].get(p, 0) / peak, p)
            for p in shown
        ]
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _p in points)
        dots = format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="3"><title>{}</title></circle>',
            [
                (
                    _n(x),
                    _n(y),
                    f"{labels.get(metric, metric)}, {_period_label(p, period)}: {_grouped(series[metric][p])}",
                )
                for x, y, p in points
                if p in series[metric]
            ],
        )
        body.append(
            format_html('<g class="series series-{}"><polyline points="{}" fill="none"/>{}</g>', metric, line, dots)
        )
    title = _("Totals per year by metric") if period == "year" else _("Totals per month by metric")
    desc = _("Sums of pardoned, released and similar figures; the largest figure for prison population and detained.")
    plot_body = _axis(peak) + mark_safe("".join(body)) + _year_labels(periods, step)
    return _svg(title, desc, plot_body, "metric-chart")


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
