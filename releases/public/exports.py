"""CSV and JSON exports of what a filtered page shows, streamed in constant memory.

Rows are read with QuerySet.iterator(chunk_size=…) (a server-side cursor on PostgreSQL,
prefetches per chunk) and written as they come, so a 100,000-row export never holds more
than one chunk.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Prefetch, QuerySet, Sum
from django.http import HttpRequest, StreamingHttpResponse
from django.urls import reverse

from releases.models import Figure, Source
from releases.spreadsheet import safe_row

CHUNK_SIZE = 500
FIGURE_CHUNK_SIZE = 2000
# Rows written per piece of the response: one write per row would be one socket send per row.
ROWS_PER_WRITE = 500
# A spreadsheet runs a cell that starts with one of these as a formula.

ANNOUNCEMENT_COLUMNS = [
    "announcement_title", "announcement_url", "announced_on", "country", "kind", "occasion",
    "officials", "categories", "source_count",
]  # fmt: skip
FIGURE_COLUMNS = [
    "figure_value", "figure_metric", "figure_qualifier", "figure_category", "figure_country", "figure_as_of",
    "figure_quote", "figure_evidence", "figure_headline", "source_url", "source_outlet", "source_title",
    "source_published_at",
]  # fmt: skip
# How each figure adds up (the counting rule): its id, role, the id of the total a part
# divides, and whether the site adds it. Summing the rows where figure_counted is true
# counts each person once.
ROLE_COLUMNS = ["figure_id", "figure_role", "figure_part_of", "figure_counted"]
TOTAL_COLUMNS = [
    "announcement_title", "announcement_url", "announced_on", "announcement_country", "kind", "metric",
    "country", "total", "figures_added",
]  # fmt: skip


def stream_csv(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """The CSV text in pieces of ROWS_PER_WRITE rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow(safe_row(row))
        if n % ROWS_PER_WRITE == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


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
    """A figure's exported fields; it is read with_counted()."""
    return {
        "value": figure.value,
        "metric": figure.metric,
        "qualifier": figure.qualifier,
        "category": figure.category.slug if figure.category_id else None,
        "country": figure.country.code or None,
        "as_of": figure.as_of,
        "quote": figure.quote,
        # official, reported or estimate; and whether the headline uses it where sources disagree.
        "evidence": figure.evidence,
        "headline": figure.headline,
        "id": figure.pk,
        "role": figure.role,
        "part_of": figure.part_of_id,
        "counted": figure.is_counted,
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
    figures = Figure.objects.select_related("category", "source").with_counted().order_by("metric", "-value", "pk")
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
                yield head_row + [""] * (len(FIGURE_COLUMNS) + len(ROLE_COLUMNS))
                continue
            source = _source(figure.source)
            fields = _figure(figure)
            yield head_row + [*list(fields.values())[:9], *source.values(), *list(fields.values())[9:]]


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
        content = stream_csv(
            ANNOUNCEMENT_COLUMNS + FIGURE_COLUMNS + ROLE_COLUMNS, announcement_csv_rows(queryset, base)
        )
    else:
        content = stream_json(announcement_json_items(queryset, base))
    return _response(content, fmt, "announcements")


# The columns a figure export reads, as plain values: building model instances (and
# reversing a URL) per row cost more than the query for 100,000 rows.
FIGURE_VALUES = (
    "value", "metric", "qualifier", "category__slug", "country", "as_of", "quote", "evidence", "headline",
    "source__url", "source__outlet", "source__title", "source__published_at",
    "announcement_id", "announcement__title", "announcement__slug", "announcement__announced_on",
    "announcement__country", "announcement__kind", "announcement__occasion",
    "id", "role", "part_of_id", "is_counted",
)  # fmt: skip


def _figure_values(queryset: QuerySet, base: str) -> Iterator[list]:
    """Per figure, the FIGURE_COLUMNS then the first six ANNOUNCEMENT_COLUMNS (blank for a
    context figure), as plain values; the source URL only when it is http(s)."""
    url_parts = (base + reverse("releases:announcement-detail", args=["slug-here"])).split("slug-here")
    blank = [""] * 6
    rows = queryset.with_counted().values_list(*FIGURE_VALUES).iterator(chunk_size=FIGURE_CHUNK_SIZE)
    for row in rows:
        url = row[9]
        safe_url = url if url.lower().startswith(("http://", "https://")) else ""
        values = [*row[:4], row[4] or None, *row[5:9], safe_url, *row[10:13]]
        roles = list(row[20:24])
        if row[13] is None:
            yield values + blank + roles
        else:
            title, slug, announced_on, country, kind, occasion = row[14:20]
            yield values + [title, slug.join(url_parts), announced_on, country, kind, occasion] + roles


def figure_csv_rows(queryset: QuerySet, base: str) -> Iterator[list]:
    """One row per figure, its announcement and source flattened into columns."""
    return _figure_values(queryset, base)


def figure_json_items(queryset: QuerySet, base: str) -> Iterator[dict]:
    figure_keys = ["value", "metric", "qualifier", "category", "country", "as_of", "quote", "evidence", "headline"]
    source_keys = ["url", "outlet", "title", "published_at"]
    announcement_keys = ["title", "url", "announced_on", "country", "kind", "occasion"]
    for values in _figure_values(queryset, base):
        item = dict(zip(figure_keys, values[:9], strict=True))
        item["source"] = dict(zip(source_keys, values[9:13], strict=True))
        item["announcement"] = dict(zip(announcement_keys, values[13:19], strict=True)) if values[13] else None
        item |= dict(zip(["id", "role", "part_of", "counted"], values[19:], strict=True))
        yield item


def figures_response(request: HttpRequest, queryset: QuerySet, fmt: str) -> StreamingHttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    if fmt == "csv":
        header = FIGURE_COLUMNS + ANNOUNCEMENT_COLUMNS[:6] + ROLE_COLUMNS
        content = stream_csv(header, figure_csv_rows(queryset, base))
    else:
        content = stream_json(figure_json_items(queryset, base))
    return _response(content, fmt, "figures")


def totals_rows(queryset: QuerySet, base: str) -> Iterator[list]:
    """One row per announcement, metric and granting country: the sum of its counted figures
    (Figure.objects.counted(), the counting rule) and how many figures that adds."""
    url_parts = (base + reverse("releases:announcement-detail", args=["slug-here"])).split("slug-here")
    rows = (
        queryset.counted()
        .values(
            "announcement__title", "announcement__slug", "announcement__announced_on", "announcement__country",
            "announcement__kind", "metric", "country",
        )
        .annotate(total=Sum("value"), added=Count("pk"))
        .order_by("-announcement__announced_on", "announcement__slug", "metric", "country")
    )  # fmt: skip
    for row in rows.iterator(chunk_size=FIGURE_CHUNK_SIZE):
        yield [
            row["announcement__title"], row["announcement__slug"].join(url_parts), row["announcement__announced_on"],
            row["announcement__country"], row["announcement__kind"], row["metric"], row["country"] or None,
            row["total"], row["added"],
        ]  # fmt: skip


def totals_response(request: HttpRequest, queryset: QuerySet, fmt: str) -> StreamingHttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    if fmt == "csv":
        content = stream_csv(TOTAL_COLUMNS, totals_rows(queryset, base))
    else:
        content = stream_json(dict(zip(TOTAL_COLUMNS, row, strict=True)) for row in totals_rows(queryset, base))
    return _response(content, fmt, "totals")
