"""Query budgets: every page runs the same number of SQL queries with 1 and with 50
announcements, and stays under a fixed budget."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from releases.choices import Kind, Metric
from releases.invalidation import forget_generation
from releases.models import PrisonerEvent
from tests.conftest import make_announcement, make_figure, make_official, make_prisoner, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

BUDGET = 16


def add_announcements(n: int, start: int = 0) -> None:
    """n published announcements with figures, officials, categories, sources and a prisoner."""
    official = make_official(name="Budget Speaker") if start == 0 else None
    kinds, metrics = list(Kind.values), [Metric.PARDONED, Metric.RELEASED, Metric.TEMPORARILY_RELEASED]
    for i in range(start, start + n):
        sources = [make_source(outlet=f"Outlet {i % 3}"), make_source(outlet="Wire")]
        announcement = make_announcement(
            title=f"Budget announcement {i}",
            country=["IR", "MM", "EG", "CU"][i % 4],
            kind=kinds[i % len(kinds)],
            announced_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=9 * i),
            officials=[official or make_official(name=f"Speaker {i}"), make_official(name=f"Aide {i}")],
            categories=["political", ["women", "journalists"][i % 2]],
            sources=sources,
            figures=[
                {"value": 100 * (i + 1), "metric": metrics[i % 3], "quote": f"freed {100 * (i + 1)} prisoners"},
                {"value": 7 + i, "metric": Metric.RELEASED, "category": "political"},
            ],
        )
        prisoner = make_prisoner(name=f"Prisoner {i}", nationalities=["IR", "GB"])
        prisoner.announcements.add(announcement)
        kind = ["arrested", "temporarily_released", "released"][i % 3]
        PrisonerEvent.objects.create(
            prisoner=prisoner, kind=kind, happened_on=announcement.announced_on, announcement=announcement
        )
    make_figure(
        value=100000 + start, metric=Metric.PRISON_POPULATION, country="IR", source=sources[0], announcement=None
    )


def urls() -> list[str]:
    from releases.models import Announcement, Official, Prisoner

    first = Announcement.objects.order_by("pk").first()
    official = Official.objects.get(name="Budget Speaker")
    prisoner = Prisoner.objects.order_by("pk").first()
    return [
        "/",
        "/?page=1",
        "/announcements/",
        "/announcements/?category=political&country=IR&country=MM&kind=pardon&kind=amnesty&q=budget",
        f"/announcements/?official={official.slug}&metric=pardoned&min_value=1&max_value=100000000&sort=largest",
        "/announcements/?announced_after=2020-01-01&announced_before=2030-01-01&sort=oldest",
        first.get_absolute_url(),
        "/figures/",
        "/figures/?per=month&category=political&country=IR&q=budget",
        official.get_absolute_url(),
        "/countries/IR/",
        "/categories/political/",
        prisoner.get_absolute_url(),
        "/prisoners/",
        "/prisoners/?status=held&status=temporary&nationality=GB",
        first.get_absolute_url() + "?as_of=2030-01-01",
        "/figures/?evidence=official&evidence=reported",
        "/search/?q=budget",
        "/feeds/announcements.atom?category=political",
        "/feeds/announcements.atom",
    ]


def count_queries(client, url: str, *, cold: bool = True) -> int:
    if cold:
        cache.clear()
    forget_generation()  # every count includes the generation's read, however soon after the last
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        assert response.status_code == 200, url
    return len(captured)


def test_same_queries_with_1_and_50_announcements(client):
    add_announcements(1)
    small = {url: count_queries(client, url) for url in urls()}
    add_announcements(49, start=1)
    large = {url: count_queries(client, url) for url in urls()}
    assert large == small
    assert max(large.values()) <= BUDGET, large


def test_cached_counts_save_queries(client):
    add_announcements(3)
    url = "/announcements/?category=political"
    cold = count_queries(client, url)
    warm = count_queries(client, url, cold=False)
    assert warm < cold and warm <= 6


def test_export_queries_bounded_per_chunk(client, django_assert_max_num_queries):
    add_announcements(20)
    with django_assert_max_num_queries(8):
        response = client.get("/announcements/export.json")
        b"".join(response.streaming_content)
    with django_assert_max_num_queries(4):
        response = client.get("/figures/export.csv?category=political")
        b"".join(response.streaming_content)
