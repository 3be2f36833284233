"""The announcement page's reads, written as plain SQL.

The page makes about ten small reads. Composed through the ORM, each spent 0.3-1 ms of
Python building its SQL (joins, OR conditions, ordering expressions), several times what
PostgreSQL spent answering it, and the page missed its 15 ms budget on a first visit
(docs/PERFORMANCE.md). Here each read is a fixed SQL string, made once from the models'
table and column names, whose rows `Model.objects.raw()` turns into instances (applying
each backend's conversions, so the same SQL serves SQLite and PostgreSQL). Columns the
page never shows (an article's text) are left unread: they load on access, as with
`defer()`. tests/test_detail_reads.py holds each read equal to its ORM equivalent.
"""

import datetime
import functools
from dataclasses import dataclass

from django.db import connection

from releases.choices import Metric, Status
from releases.models import Announcement, Figure, Official, Prisoner, PrisonerCategory, Source
from releases.sql import columns, instance, links, table, with_lists

POPULATION_SOURCE_FIELDS = ("id", "url", "outlet", "title", "language")


@functools.cache
def _sql() -> dict[str, str]:
    """The page's statements, made once (the models are loaded by then)."""
    sources, s_own, s_other = links(Announcement, "sources")
    officials, o_own, o_other = links(Announcement, "officials")
    categories, c_own, c_other = links(Announcement, "categories")
    prisoners, p_other, p_own = links(Prisoner, "announcements")
    figure = table(Figure)
    # With the few fields of its source the page shows (the source is usually another
    # announcement's, not among this one's).
    population = (
        f"SELECT {columns(Figure, 'f')}, %s AS choice, "
        + ", ".join(f"s.{name} AS src_{name}" for name in POPULATION_SOURCE_FIELDS)
        + f" FROM {figure} f JOIN {table(Source)} s ON s.id = f.source_id "
        f"WHERE f.public AND f.metric = '{Metric.PRISON_POPULATION}' AND f.country = %s AND "
    )
    return {
        # The article text is the admin's; the page never shows it.
        "sources": f"SELECT {columns(Source, 's', without=('text',))} FROM {table(Source)} s "
        f'JOIN {sources} l ON l."{s_other}" = s.id WHERE l."{s_own}" = %s ORDER BY s.published_at, s.id',
        # The roots its wire copies repeat.
        "roots": f"SELECT {columns(Source, 's', without=('text',))} FROM {table(Source)} s WHERE s.id IN "
        f'(SELECT c.wire_of_id FROM {sources} l JOIN {table(Source)} c ON l."{s_other}" = c.id '
        f'WHERE l."{s_own}" = %s)',
        "figures": f"SELECT {columns(Figure, 'f')} FROM {figure} f WHERE f.announcement_id = %s "
        "ORDER BY f.metric, f.value DESC, f.id",
        # Officials, categories (the announcement's and its figures') and confirmed
        # prisoners in one round trip: (kind, id, name, slug, role).
        "people": f"SELECT 'official', o.id, o.name, o.slug, o.role FROM {table(Official)} o "
        f'JOIN {officials} l ON l."{o_other}" = o.id WHERE l."{o_own}" = %s '
        f"UNION ALL SELECT 'category', c.id, c.name, c.slug, c.description FROM {table(PrisonerCategory)} c "
        f'JOIN {categories} l ON l."{c_other}" = c.id WHERE l."{c_own}" = %s '
        f"UNION ALL SELECT 'figure category', c.id, c.name, c.slug, c.description FROM {table(PrisonerCategory)} c "
        f"WHERE c.id IN (SELECT category_id FROM {figure} WHERE announcement_id = %s) "
        f"UNION ALL SELECT 'prisoner', p.id, p.name, p.slug, '' FROM {table(Prisoner)} p "
        f'JOIN {prisoners} l ON l."{p_other}" = p.id WHERE l."{p_own}" = %s AND p.confirmed '
        "ORDER BY 1, 3, 2",  # by name within each kind, as each model's Meta orders them
        # The first that exists of: a population figure the announcement quotes itself
        # (from it, or from one of its sources), the latest for its country as of its
        # date, an undated one. Each part stops at its first row (the dated one walks
        # releases_fig_cntry_metric_idx newest first); wrapped in sub-selects, since
        # SQLite allows no ORDER BY or LIMIT in the parts of a UNION.
        "population": "SELECT * FROM ("
        # {sources}: a placeholder per source id (literal ids let the planner OR two index
        # scans; a sub-select over the links made it read every population figure of the
        # country).
        f"SELECT * FROM ({population} (f.announcement_id = %s OR f.source_id IN ({{sources}})) "
        "ORDER BY f.as_of IS NULL, f.as_of DESC, f.id DESC LIMIT 1) own "
        f"UNION ALL SELECT * FROM ({population} f.as_of <= %s ORDER BY f.as_of DESC, f.id DESC LIMIT 1) dated "
        f"UNION ALL SELECT * FROM ({population} f.as_of IS NULL ORDER BY f.id DESC LIMIT 1) undated"
        ") candidates ORDER BY choice LIMIT 1",
        # Up to five other published announcements of the country on each side of the
        # date, within the window (releases_ann_country_idx).
        "near": "SELECT * FROM ("
        f"SELECT * FROM (SELECT a.id, a.title, a.slug, a.announced_on FROM {table(Announcement)} a "
        f"WHERE a.status = '{Status.PUBLISHED}' AND a.country = %s AND a.id <> %s "
        "AND a.announced_on BETWEEN %s AND %s ORDER BY a.announced_on DESC, a.id DESC LIMIT %s) before "
        f"UNION ALL SELECT * FROM (SELECT a.id, a.title, a.slug, a.announced_on FROM {table(Announcement)} a "
        f"WHERE a.status = '{Status.PUBLISHED}' AND a.country = %s AND a.id <> %s "
        "AND a.announced_on > %s AND a.announced_on <= %s ORDER BY a.announced_on, a.id LIMIT %s) after"
        ") nearby",
    }


@dataclass
class Details:
    """What the announcement page shows of the record itself."""

    figures: list[Figure]
    officials: list[Official]
    categories: list[PrisonerCategory]
    sources: list[Source]
    prisoners: list[Prisoner]


def record_details(announcement: Announcement) -> Details:
    """The announcement's figures (each with its category and source), officials,
    categories, sources (each with the root a wire copy repeats) and confirmed prisoners,
    in three or four round trips whatever the record. A figure's source is nearly always
    one of the announcement's own; any other is read with the rest in one query."""
    sql, pk = _sql(), announcement.pk
    sources = list(Source.objects.raw(sql["sources"], [pk]))
    by_pk = {source.pk: source for source in sources}
    if any(source.wire_of_id for source in sources):
        roots = {root.pk: root for root in Source.objects.raw(sql["roots"], [pk])}
        for source in sources:
            source.wire_of = roots.get(source.wire_of_id) if source.wire_of_id else None
    else:
        for source in sources:
            source.wire_of = None
    figures = list(Figure.objects.raw(sql["figures"], [pk]))
    if missing := {figure.source_id for figure in figures} - set(by_pk):
        by_pk |= Source.objects.defer("text").in_bulk(missing)
    with connection.cursor() as cursor:
        cursor.execute(sql["people"], [pk, pk, pk, pk])
        rows = cursor.fetchall()
    officials, categories, prisoners, figure_categories = [], [], [], {}
    for kind, *values in rows:
        if kind == "official":
            officials.append(instance(Official, ["id", "name", "slug", "role"], values))
        elif kind == "prisoner":
            prisoners.append(instance(Prisoner, ["id", "name", "slug"], values[:3]))
        else:
            category = instance(PrisonerCategory, ["id", "name", "slug", "description"], values)
            if kind == "category":
                categories.append(category)
            figure_categories[category.pk] = category
    for figure in figures:
        figure.source = by_pk[figure.source_id]
        figure.category = figure_categories.get(figure.category_id)
    return Details(figures, officials, categories, sources, prisoners)


def prison_population(announcement: Announcement, sources: list[Source]) -> Figure | None:
    """The published prison population to compare the announcement's figures with: one it
    quotes itself (from it, or from one of its `sources`), else the latest for its country
    as of its date, else an undated one; with its source's link, outlet and title."""
    country = str(announcement.country)
    sql, lists = with_lists(_sql()["population"], sources=[source.pk for source in sources])
    params = [0, country, announcement.pk, *lists["sources"], 1, country, announcement.announced_on, 2, country]
    population = next(iter(Figure.objects.raw(sql, params)), None)
    if population is not None:
        fields = POPULATION_SOURCE_FIELDS
        population.source = instance(Source, list(fields), [getattr(population, f"src_{name}") for name in fields])
    return population


def related_announcements(announcement: Announcement, *, days: int = 365, limit: int = 5) -> list[Announcement]:
    """Up to `limit` other published announcements of the same country within `days`,
    nearest first."""
    day, window, country, pk = (
        announcement.announced_on,
        datetime.timedelta(days=days),
        str(announcement.country),
        announcement.pk,
    )
    params = [country, pk, day - window, day, limit, country, pk, day, day + window, limit]
    found = Announcement.objects.raw(_sql()["near"], params)
    nearest = sorted(found, key=lambda other: (abs((other.announced_on - day).days), other.announced_on, other.pk))
    return nearest[:limit]
