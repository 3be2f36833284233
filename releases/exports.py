"""CSV and JSON exports of what a filtered page shows, streamed in constant memory.

Rows are read with QuerySet.iterator(chunk_size=…) (a server-side cursor on PostgreSQL,
prefetches per chunk) and written as they come, so a 100,000-row export never holds more
than one chunk.
"""

import csv
import json
from collections.abc import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, StreamingHttpResponse

from .models import Figure, Source

CHUNK_SIZE = 500
FIGURE_CHUNK_SIZE = 2000
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

ANNOUNCEMENT_COLUMNS = [
    "announcement_title", "announcement_url", "announced_on", "country", "kind", "occasion",
    "officials", "categories", "source_count",
]  # fmt: skip
FIGURE_COLUMNS = [
    "figure_value", "figure_metric", "figure_qualifier", "figure_category", "figure_country", "figure_as_of",
    "figure_quote", "source_url", "source_outlet", "source_title", "source_published_at",
]  # fmt: skip


def safe_cell(value) -> str | int:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def stream_csv(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([safe_cell(cell) for cell in row])


def stream_json(items: Iterable[dict]) -> Iterator[str]:
    """A JSON array written one element at a time."""
    yield "["
    for i, item in enumerate(items):
        yield ("," if i else "") + "\n" + json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False)
    yield "\n]\n"


def _response(content: Iterator[str], fmt: str, filename: str) -> StreamingHttpResponse:
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/json; charset=utf-8"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _source(source: Source | None) -> dict:
    if source is None:
        return {"url": "", "outlet": "", "title": "", "published_at": None}
    return {"url": source.safe_url, "outlet": source.outlet, "title": source.title, "published_at": source.published_at}


def _figure(figure: Figure) -> dict:
    return {
        "value": figure.value,
        "metric": figure.metric,
        "qualifier": figure.qualifier,
        "category": figure.category.slug if figure.category_id else None,
        "country": figure.country.code or None,
        "as_of": figure.as_of,
        "quote": figure.quote,
    }


def _announcement(announcement, base: str) -> dict:
    return {
        "title": announcement.title,
        "url": base + announcement.get_absolute_url(),
        "announced_on": announcement.announced_on,
        "country": announcement.country.code,
        "kind": announcement.kind,
        "occasion": announcement.occasion,
    }


def _announcements(queryset: QuerySet) -> Iterator:
    figures = Figure.objects.select_related("category", "source").order_by("metric", "-value", "pk")
    return queryset.prefetch_related(
        Prefetch("figures", queryset=figures), "officials", "categories", "sources"
    ).iterator(chunk_size=CHUNK_SIZE)


def announcement_csv_rows(queryset: QuerySet, base: str) -> Iterator[list]:
    """One row per figure (an announcement without figures gets one row with empty figure cells)."""
    for announcement in _announcements(queryset):
        head = _announcement(announcement, base)
        sources = list(announcement.sources.all())
        head_row = [*head.values()]
        head_row += ["; ".join(o.name for o in announcement.officials.all())]
        head_row += ["; ".join(c.slug for c in announcement.categories.all()), len(sources)]
        figures = list(announcement.figures.all()) or [None]
        for figure in figures:
            if figure is None:
                yield head_row + [""] * len(FIGURE_COLUMNS)
                continue
            source = _source(figure.source)
            yield head_row + [*_figure(figure).values(), *source.values()]


def announcement_json_items(queryset: QuerySet, base: str) -> Iterator[dict]:
    """Each announcement with its officials, categories, sources and figures nested."""
    for announcement in _announcements(queryset):
        item = _announcement(announcement, base)
        item["summary"] = announcement.summary
        item["officials"] = [
            {"name": o.name, "role": o.role, "url": base + o.get_absolute_url()} for o in announcement.officials.all()
        ]
        item["categories"] = [c.slug for c in announcement.categories.all()]
        item["sources"] = [_source(s) for s in announcement.sources.all()]
        item["figures"] = [_figure(f) | {"source": _source(f.source)} for f in announcement.figures.all()]
        yield item


def announcements_response(request: HttpRequest, queryset: QuerySet, fmt: str) -> StreamingHttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    if fmt == "csv":
        content = stream_csv(ANNOUNCEMENT_COLUMNS + FIGURE_COLUMNS, announcement_csv_rows(queryset, base))
    else:
        content = stream_json(announcement_json_items(queryset, base))
    return _response(content, fmt, "announcements")


def _figures(queryset: QuerySet) -> Iterator[Figure]:
    return queryset.select_related("announcement", "category", "source").iterator(chunk_size=FIGURE_CHUNK_SIZE)


def figure_csv_rows(queryset: QuerySet, base: str) -> Iterator[list]:
    """One row per figure, its announcement and source flattened into columns."""
    blank = [""] * 6
    for figure in _figures(queryset):
        announcement = _announcement(figure.announcement, base).values() if figure.announcement_id else blank
        yield [*_figure(figure).values(), *_source(figure.source).values(), *announcement]


def figure_json_items(queryset: QuerySet, base: str) -> Iterator[dict]:
    for figure in _figures(queryset):
        item = _figure(figure) | {"source": _source(figure.source)}
        item["announcement"] = _announcement(figure.announcement, base) if figure.announcement_id else None
        yield item


def figures_response(request: HttpRequest, queryset: QuerySet, fmt: str) -> StreamingHttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    if fmt == "csv":
        header = FIGURE_COLUMNS + ANNOUNCEMENT_COLUMNS[:6]
        content = stream_csv(header, figure_csv_rows(queryset, base))
    else:
        content = stream_json(figure_json_items(queryset, base))
    return _response(content, fmt, "figures")
