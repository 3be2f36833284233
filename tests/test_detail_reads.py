"""The announcement page's reads (releases/public/detail.py) against the rules they follow.

Each read is compared with its ORM equivalent, written here as the rule, on the same
records; the suite runs on SQLite and PostgreSQL, so both backends are held to it."""

import datetime
import random

import pytest
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext

from releases.choices import Metric, Status
from releases.models import Announcement, Figure, Source
from releases.public import detail
from tests.conftest import make_announcement, make_figure, make_official, make_prisoner, make_source

pytestmark = pytest.mark.django_db
DAY = datetime.date(2021, 6, 1)


def test_record_details_match_the_orm_and_need_no_further_queries():
    root = make_source(outlet="Wire Service", title="The wire story")
    copy = make_source(
        outlet="Daily Copy", wire_of=root, published_at=datetime.datetime(2021, 6, 2, tzinfo=datetime.UTC)
    )
    own = make_source(outlet="Own Reporter", published_at=datetime.datetime(2021, 6, 1, tzinfo=datetime.UTC))
    elsewhere = make_source(outlet="Elsewhere")  # a figure's source not linked to the announcement
    announcement = make_announcement(sources=[copy, own], categories=["women", "political"])
    announcement.officials.add(make_official(name="Zara Official"), make_official(name="Adam Official"))
    confirmed, proposed = (
        make_prisoner(name="Named Person", confirmed=True),
        make_prisoner(name="Proposed Only", confirmed=False),
    )
    confirmed.announcements.add(announcement)
    proposed.announcements.add(announcement)
    for value, metric, category, source in [
        (500, Metric.PARDONED, "sick", own),  # a category the announcement itself does not list
        (900, Metric.PARDONED, None, copy),
        (40, Metric.RELEASED, "women", elsewhere),
    ]:
        make_figure(announcement=announcement, value=value, metric=metric, category=category, source=source)

    details = detail.record_details(announcement)

    assert details.sources == list(Source.objects.filter(announcements=announcement).order_by("published_at", "pk"))
    assert [s.wire_of for s in details.sources] == [None, root]  # own (1 June), then the copy (2 June)
    orm_figures = list(Figure.objects.filter(announcement=announcement).order_by("metric", "-value", "pk"))
    assert details.figures == orm_figures
    assert [(f.category, f.source) for f in details.figures] == [(f.category, f.source) for f in orm_figures]
    assert details.officials == list(announcement.officials.all())
    assert [o.name for o in details.officials] == ["Adam Official", "Zara Official"]
    assert details.categories == list(announcement.categories.all())
    assert details.prisoners == [confirmed]
    # Everything the page reads of them was read with them.
    with CaptureQueriesContext(connection) as queries:
        shown = [(f.source.outlet, f.source.safe_url, f.source.language, f.category and f.category.slug)
                 for f in details.figures]  # fmt: skip
        shown += [(o.slug, o.role) for o in details.officials] + [(c.slug, c.name) for c in details.categories]
        shown += [(s.wire_of and s.wire_of.outlet, s.title) for s in details.sources]
        shown += [p.slug for p in details.prisoners]
    assert len(queries) == 0 and shown


def population_by_rule(announcement: Announcement, sources: list[Source]) -> Figure | None:
    """The rule, in the ORM: own (announcement or its sources; undated last), else the latest
    dated on or before the announcement, else the newest undated; published figures only."""
    candidates = Figure.objects.published().filter(metric=Metric.PRISON_POPULATION, country=announcement.country)
    own = candidates.filter(Q(announcement=announcement) | Q(source__in=sources))
    for query in (
        own.order_by(F("as_of").desc(nulls_last=True), "-pk"),
        candidates.filter(as_of__lte=announcement.announced_on).order_by("-as_of", "-pk"),
        candidates.filter(as_of=None).order_by("-pk"),
    ):
        if found := query.first():
            return found
    return None


@pytest.mark.parametrize("seed", range(12))
def test_prison_population_follows_the_rule(seed):
    rng = random.Random(seed)
    shared = make_source()
    announcement = make_announcement(country="IR", announced_on=DAY, sources=[make_source(), shared])
    other = make_announcement(country="IR", announced_on=DAY, sources=[shared])
    draft = make_announcement(country="IR", announced_on=DAY, status=Status.DRAFT)
    for _ in range(rng.randrange(0, 7)):
        owner = rng.choice([announcement, other, draft, None])
        as_of = rng.choice([None, DAY - datetime.timedelta(days=rng.randrange(-400, 400))])
        source = rng.choice([shared, make_source()]) if owner is not announcement else announcement.sources.first()
        make_figure(announcement=owner, source=source, country=rng.choice(["IR", "IR", "TR"]),
                    metric=Metric.PRISON_POPULATION, value=rng.randrange(10_000, 300_000), as_of=as_of)  # fmt: skip
    sources = list(announcement.sources.all())
    expected = population_by_rule(announcement, sources)
    details = detail.record_details(announcement)
    # Read alone, and with the quoted populations the figures' read brought (the page's way).
    for found in (
        detail.prison_population(announcement, sources),
        detail.prison_population(announcement, details.sources, details.quoted_population),
    ):
        assert found == expected
        if found is not None:
            assert (found.source.pk, found.source.outlet, found.source.safe_url) == (
                expected.source.pk, expected.source.outlet, expected.source.safe_url
            )  # fmt: skip
    # The page's figures are the announcement's own, whatever else its sources quote.
    assert details.figures == list(Figure.objects.filter(announcement=announcement).order_by("metric", "-value", "pk"))


@pytest.mark.parametrize("seed", range(4))
def test_related_announcements_are_the_nearest_published_ones_of_the_country(seed):
    rng = random.Random(seed)
    announcement = make_announcement(country="IR", announced_on=DAY)
    # Enough on each side that the five nearest are a choice (more than five within the year).
    for n in range(rng.randrange(20, 40)):
        make_announcement(
            title=f"Around {n}",
            country=rng.choice(["IR", "IR", "IR", "IR", "TR"]),
            announced_on=DAY + datetime.timedelta(days=rng.randrange(-450, 450)),
            status=rng.choice([Status.PUBLISHED, Status.PUBLISHED, Status.PUBLISHED, Status.DRAFT]),
        )
    window = datetime.timedelta(days=365)
    candidates = (
        Announcement.objects.published()
        .filter(country="IR", announced_on__range=(DAY - window, DAY + window))
        .exclude(pk=announcement.pk)
    )
    by_distance = sorted(candidates, key=lambda a: (abs((a.announced_on - DAY).days), a.announced_on, a.pk))
    before = [a for a in by_distance if a.announced_on <= DAY][:5]
    after = [a for a in by_distance if a.announced_on > DAY][:5]
    expected = sorted(before + after, key=lambda a: (abs((a.announced_on - DAY).days), a.announced_on, a.pk))[:5]
    assert detail.related_announcements(announcement) == expected
