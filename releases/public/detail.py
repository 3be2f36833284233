"""The announcement page's reads, in the ORM.

Each relation is read once, with what the page shows of it joined in (`select_related`) and
the article text it never shows left unread (`defer`), so the count of queries is fixed
whatever the record (tests/test_queries.py). A first visit costs a few milliseconds more
than the hand-written SQL this replaced; the page cache serves every later visit without
running any of it (docs/PERFORMANCE.md).
"""

import datetime
from dataclasses import dataclass

from django.db.models import F, Q

from releases.choices import Metric
from releases.models import Announcement, AnnouncementOfficial, Figure, Official, Prisoner, PrisonerCategory, Source


@dataclass
class Details:
    """What the announcement page shows of the record itself."""

    figures: list[Figure]
    officials: list[Official]
    categories: list[PrisonerCategory]
    sources: list[Source]
    prisoners: list[Prisoner]
    # The published prison populations the record quotes (from it or from its sources): the
    # first choice of prison_population(), read with the figures.
    quoted_population: list[Figure]


def officials_with_parts(announcement: Announcement) -> list[Official]:
    """The announcement's officials by name, each with its `part` (announcer or commenter),
    in one read of the links."""
    links = (
        AnnouncementOfficial.objects.filter(announcement=announcement)
        .select_related("official")
        .only("part", "official__id", "official__name", "official__slug", "official__role")
        .order_by("official__name", "official__pk")
    )
    officials = []
    for link in links:
        link.official.part = link.part
        officials.append(link.official)
    return officials


def record_details(announcement: Announcement) -> Details:
    """The announcement's figures (each with its category and source), officials,
    categories, sources (each with the root a wire copy repeats), confirmed prisoners and
    the prison populations it quotes: five queries whatever the record."""
    sources = list(
        Source.objects.filter(announcements=announcement)
        .select_related("wire_of")
        .defer("text", "wire_of__text")
        .order_by("published_at", "pk")
    )
    population = Q(metric=Metric.PRISON_POPULATION, country=announcement.country, public=True)
    read = list(
        Figure.objects.filter(Q(announcement=announcement) | population & Q(source__in=[s.pk for s in sources]))
        .select_related("category", "source")
        .defer("source__text")
        .with_counted()
        .order_by("metric", "-value", "pk")
    )
    figures = [figure for figure in read if figure.announcement_id == announcement.pk]
    quoted = [
        figure
        for figure in read
        if figure.metric == Metric.PRISON_POPULATION and figure.public and figure.country == announcement.country
    ]
    return Details(
        figures=figures,
        officials=officials_with_parts(announcement),
        categories=list(announcement.categories.all()),
        sources=sources,
        prisoners=list(announcement.prisoners.filter(confirmed=True).only("id", "name", "slug")),
        quoted_population=quoted,
    )


def prison_population(
    announcement: Announcement, sources: list[Source], quoted: list[Figure] | None = None
) -> Figure | None:
    """The published prison population to compare the announcement's figures with: one it
    quotes itself (from it, or from one of its `sources`; `quoted` when already read with
    its figures, see record_details), else the latest for its country as of its date, else
    an undated one; with its source's link, outlet and title. Each candidate is one indexed
    read that stops at its first row (releases_fig_cntry_metric_idx): ranking all of a
    country's population figures in one read cost 6.7 ms where a country has thousands."""
    if quoted:  # the latest dated first, undated last
        return max(quoted, key=lambda f: (f.as_of is not None, f.as_of or datetime.date.min, f.pk))
    candidates = (
        Figure.objects.published()
        .filter(metric=Metric.PRISON_POPULATION, country=announcement.country)
        .select_related("source")
        .only(*(f.attname for f in Figure._meta.concrete_fields), "source__url", "source__outlet", "source__title")
    )
    own = candidates.filter(Q(announcement=announcement) | Q(source__in=[source.pk for source in sources]))
    queries = [
        candidates.filter(as_of__lte=announcement.announced_on).order_by("-as_of", "-pk"),
        candidates.filter(as_of=None).order_by("-pk"),
    ]
    if quoted is None:
        queries.insert(0, own.order_by(F("as_of").desc(nulls_last=True), "-pk"))
    for query in queries:
        if found := query.first():
            return found
    return None


def related_announcements(announcement: Announcement, *, days: int = 365, limit: int = 5) -> list[Announcement]:
    """Up to `limit` other published announcements of the same country within `days`,
    nearest first: the nearest `limit` on each side (releases_ann_country_idx), merged."""
    day, window = announcement.announced_on, datetime.timedelta(days=days)
    nearby = (
        Announcement.objects.published()
        .filter(country=announcement.country)
        .exclude(pk=announcement.pk)
        .only("id", "title", "slug", "announced_on")
    )
    before = nearby.filter(announced_on__range=(day - window, day)).order_by("-announced_on", "-pk")[:limit]
    after = nearby.filter(announced_on__gt=day, announced_on__lte=day + window).order_by("announced_on", "pk")[:limit]
    found = [*before, *after]
    return sorted(found, key=lambda other: (abs((other.announced_on - day).days), other.announced_on, other.pk))[:limit]
