"""What the speed-ups must not break: cached pages and counts follow every public change,
conditional GET answers 304 only while nothing changed, and search sees edits at once.

Speed itself is measured by `make bench` (bench/), not here."""

import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from releases import services
from releases.choices import Metric, Status
from releases.invalidation import public_generation
from releases.models import Announcement, Figure, Official, Source
from tests.conftest import make_announcement, make_figure, make_source
from tests.test_admin import figure_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PAGES = ["/", "/announcements/?country=IR", "/figures/", "/feeds/announcements.atom", "/search/?q=pardon"]


def etag_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["ETag"], url
    return response["ETag"]


def only_the_generation_read(queries) -> bool:
    """A page served from the cache reads at most one row: the public generation, which lives
    in the database so that no cache outage can lose an invalidation, and which a process
    keeps for PUBLIC_GENERATION_TTL_MS after reading it (releases/invalidation.py)."""
    sql = [q["sql"] for q in queries]
    assert len(sql) <= 1 and all("releases_publicgeneration" in q for q in sql), sql
    return True


@pytest.mark.pagecache
@pytest.mark.parametrize("url", PAGES)
def test_etag_answers_304_while_nothing_changed(client, public_records, url):
    etag = etag_of(client, url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert only_the_generation_read(queries)


@pytest.mark.pagecache
@pytest.mark.parametrize("url", PAGES)
def test_etag_answers_200_after_an_edit(client, public_records, url):
    etag = etag_of(client, url)
    public_records.iran.title = "Iran pardons 10,000 prisoners for Nowruz"
    public_records.iran.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


@pytest.mark.pagecache
def test_announcement_page_304_then_200_after_its_figure_is_edited(client, public_records):
    url = public_records.iran.get_absolute_url()
    etag = etag_of(client, url)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    figure = public_records.iran.figures.get(metric=Metric.PARDONED)
    figure.value = 10001
    figure.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "10,001" in response.content.decode()


@pytest.mark.pagecache
def test_if_modified_since_answers_304_until_a_change(client, public_records):
    first = client.get("/")
    since = first["Last-Modified"]
    assert client.get("/", HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    services.announcements_withdraw(announcements=[public_records.egypt], reason="Withdrawn in a test")
    # The new generation may start within the same second; the ETag still tells them apart.
    response = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert public_records.egypt.title not in response.content.decode()


@pytest.mark.pagecache
def test_cached_pages_follow_publish_and_reject(client, public_records):
    draft = public_records.draft
    assert draft.title not in client.get("/").content.decode()
    services.announcements_publish(announcements=[draft])
    assert draft.title in client.get("/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200
    services.announcements_withdraw(announcements=[Announcement.objects.get(pk=draft.pk)], reason="Withdrawn in a test")
    assert draft.title not in client.get("/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 410  # withdrawn: the permalink says why


@pytest.mark.pagecache
def test_a_source_edit_shows_on_the_cached_announcement_page(client, public_records):
    url = public_records.iran.get_absolute_url()
    assert "Example Daily" in client.get(url).content.decode()
    source = public_records.iran.sources.get(outlet="Example Daily")
    source.outlet = "Example Evening Daily"
    source.save()
    assert "Example Evening Daily" in client.get(url).content.decode()


@pytest.mark.pagecache
def test_an_update_without_signals_still_reaches_the_cached_pages(client, public_records):
    """update() sends no signal; the public models' querysets start a new generation anyway,
    so a write path (the importer correcting an official's role) cannot forget it."""
    url = public_records.iran.get_absolute_url()
    official = public_records.iran.officials.first()
    assert official.role in client.get(url).content.decode()
    Official.objects.filter(pk=official.pk).update(role="Chief of the wardens")
    assert "Chief of the wardens" in client.get(url).content.decode()
    source = public_records.iran.sources.first()
    Source.objects.filter(pk=source.pk).update(outlet="Renamed Outlet")
    assert "Renamed Outlet" in client.get(url).content.decode()


def test_filing_drafts_keeps_the_public_generation(public_records):
    """Drafts show nowhere: the importer's writes on them and its bookkeeping keep the caches."""
    before = public_generation()
    draft = make_announcement(title="Not yet reviewed", status=Status.DRAFT)
    Announcement.objects.filter(pk=draft.pk).update(search_text="machine text")
    Source.objects.filter(pk=public_records.iran.sources.first().pk).update(status="failed", error="x")
    assert public_generation() == before
    Announcement.objects.filter(pk=public_records.iran.pk).update(summary="edited")
    assert public_generation() > before


@pytest.mark.pagecache
def test_public_pages_set_no_cookie_and_carry_validators(client, public_records):
    response = client.get("/")
    assert not response.cookies
    assert "ETag" in response


def test_page_cache_off_sends_no_etag(client, public_records):
    assert "ETag" not in client.get("/")


# --- Cached facet counts ------------------------------------------------------------------


def facet_count(client, url: str, facet: str, value: str) -> int:
    response = client.get(url)
    assert response.status_code == 200
    options = {
        option.value: option.count for f in response.context["facets"] if f.name == facet for option in f.options
    }
    return options.get(value, 0)


def test_cached_facet_counts_change_on_publish_and_unpublish(client, public_records):
    url = "/announcements/?category=political"
    before = facet_count(client, url, "country", "IR")
    assert facet_count(client, url, "country", "IR") == before  # now from the cache
    services.announcements_publish(announcements=[public_records.draft])
    assert facet_count(client, url, "country", "IR") == before + 1
    services.announcements_withdraw(
        announcements=[Announcement.objects.get(pk=public_records.draft.pk)], reason="Withdrawn in a test"
    )
    assert facet_count(client, url, "country", "IR") == before


def test_cached_figure_facets_and_totals_change_on_unpublish(client, public_records):
    url = "/figures/?metric=pardoned"
    before = facet_count(client, url, "country", "IR")
    assert before >= 1
    services.announcements_withdraw(announcements=[public_records.iran], reason="Withdrawn in a test")
    assert facet_count(client, url, "country", "IR") == before - 1
    totals = client.get(url).context["totals"]
    assert "10,000" not in str(totals) and "10000" not in str(totals)


def test_cached_timeline_month_counts_change_on_publish(client, public_records):
    total = client.get("/").context["total"]
    services.announcements_publish(announcements=[public_records.draft])
    assert client.get("/").context["total"] == total + 1


# --- The search text and vector stay current ---------------------------------------------


def search_titles(client, q: str) -> set[str]:
    response = client.get("/announcements/", {"q": q})
    assert response.status_code == 200
    return {a.title for a in response.context["page"].object_list}


def test_search_finds_a_figure_quote_added_in_the_admin(editor_client, client):
    source = make_source(text="Officials said 4,321 detainees walked free at dawn.")
    announcement = make_announcement(title="Dawn release", sources=[source], announced_on=datetime.date(2024, 5, 1))
    assert search_titles(client, "dawn walked") == set()
    data = {
        "title": "Dawn release of detainees",
        "slug": announcement.slug,
        "status": Status.PUBLISHED,
        "kind": announcement.kind,
        "country": "IR",
        "announced_on": "2024-05-01",
        "occasion": "",
        "summary": "",
        "sources": [source.pk],
        "change_reason": "Added the figure the ministry gave",
        "figures-TOTAL_FORMS": "1",
        "figures-INITIAL_FORMS": "0",
        "figures-MIN_NUM_FORMS": "0",
        "figures-MAX_NUM_FORMS": "1000",
        "follows-TOTAL_FORMS": "0",
        "follows-INITIAL_FORMS": "0",
        "official_links-TOTAL_FORMS": "0",
        "official_links-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0",
        "follow_ups-INITIAL_FORMS": "0",
    }
    data |= figure_form(
        "figures-0", value=4321, metric="released", source=source.pk, quote="4,321 detainees walked free"
    )
    response = editor_client.post(reverse("admin:releases_announcement_change", args=[announcement.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Figure.objects.filter(announcement=announcement, value=4321).exists()
    assert search_titles(client, "dawn walked") == {"Dawn release of detainees"}


def test_search_follows_an_edit_through_the_service(client):
    announcement = make_announcement(title="Clemency for the harvest festival")
    assert search_titles(client, "harvest") == {"Clemency for the harvest festival"}
    announcement.title = "Clemency for the spring festival"
    announcement.save()
    make_figure(announcement=announcement, source=announcement.sources.first(), quote="unshackled 812 inmates")
    services.announcement_refresh_search(announcement=announcement)
    assert search_titles(client, "spring") == {"Clemency for the spring festival"}
    assert search_titles(client, "harvest") == set()
    assert search_titles(client, "unshackled") == {"Clemency for the spring festival"}


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the stored tsvector is PostgreSQL's")
def test_stored_search_vector_is_generated_from_the_search_text():
    announcement = make_announcement(title="Vector check")
    announcement.search_text = "a freshly written sentence"
    Announcement.objects.filter(pk=announcement.pk).update(search_text=announcement.search_text)
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM releases_announcement WHERE id = %s", [announcement.pk])
        vector = cursor.fetchone()[0]
    assert "'freshly'" in vector and "'vector'" not in vector


# --- Query budgets ------------------------------------------------------------------------


@pytest.mark.pagecache
@pytest.mark.parametrize("url", PAGES)
def test_a_cached_page_costs_one_read(client, public_records, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert only_the_generation_read(queries)


@pytest.mark.pagecache
def test_the_generation_is_read_once_per_interval_and_at_once_after_a_change_here(client, public_records, settings):
    settings.PUBLIC_GENERATION_TTL_MS = 60_000
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            assert client.get("/").status_code == 200
    assert [q["sql"] for q in queries] == [], "within the interval a cached page reads nothing"
    # A change made in this process is seen by its next request, interval or not.
    public_records.iran.title = "Iran pardons 10,000 prisoners for the New Year"
    public_records.iran.save()
    assert "for the New Year" in client.get("/").content.decode()


@pytest.mark.pagecache
def test_another_process_change_reaches_cached_pages_once_the_interval_ends(client, public_records, settings):
    """Another process's change: the generation row replaced behind this process's back."""
    from releases.models import PublicGeneration

    settings.PUBLIC_GENERATION_TTL_MS = 300
    client.get("/")
    with connection.cursor() as cursor:  # as another process would: no signal, no forgetting
        cursor.execute(
            f"UPDATE {Announcement._meta.db_table} SET title = %s WHERE id = %s",
            ["Iran pardons 10,000 prisoners, another process says", public_records.iran.pk],
        )
        cursor.execute(
            f"UPDATE {PublicGeneration._meta.db_table} SET value = value + 1 WHERE id = %s", [PublicGeneration.ROW]
        )
    assert "another process says" not in client.get("/").content.decode(), "kept within the interval"
    time.sleep(0.35)
    assert "another process says" in client.get("/").content.decode()
    settings.PUBLIC_GENERATION_TTL_MS = 0
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
        client.get("/")
    assert len(queries) == 2, "with no interval every request reads the generation"


def test_announcement_page_queries_do_not_grow_with_the_country_population(client, public_records):
    url = public_records.iran.get_absolute_url()
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for year in range(2000, 2020):
        make_figure(metric=Metric.PRISON_POPULATION, country="IR", value=150000 + year, as_of=datetime.date(year, 1, 1))
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert len(large) == len(small)
    assert response.context["population"] == public_records.population


# --- Exports ------------------------------------------------------------------------------


def test_safe_row_neutralises_like_safe_cell():
    from releases.spreadsheet import safe_cell, safe_row

    row = ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "plain", "", 0, -5, True, None, 2.5,
           datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.UTC)]  # fmt: skip
    assert [str(cell) for cell in safe_row(row)] == [str(safe_cell(cell)) for cell in row]


def test_figure_export_columns_for_context_figures_and_unsafe_urls(client, public_records):
    import csv
    import io

    source = public_records.iran.sources.get(outlet="Example Wire")
    source.url = "javascript:alert(1)"
    source.save()
    text = b"".join(client.get("/figures/export.csv?country=IR").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["source_url"] for row in rows} == {""}
    population = next(row for row in rows if row["figure_metric"] == "prison_population")
    assert population["announcement_url"] == "" and population["figure_country"] == "IR"
    pardon = next(row for row in rows if row["figure_metric"] == "pardoned")
    assert pardon["announcement_url"] == "http://testserver" + public_records.iran.get_absolute_url()


def stored(figure: Figure) -> tuple[bool, datetime.date | None]:
    figure.refresh_from_db(fields=["public", "dated"])
    return figure.public, figure.dated


def test_stored_public_flag_follows_publish_reject_and_date():
    draft = make_announcement(status=Status.DRAFT, figures=[{"value": 500}])
    figure = draft.figures.get()
    assert stored(figure) == (False, datetime.date(2020, 3, 18))
    services.announcements_publish(announcements=[draft])
    assert stored(figure) == (True, datetime.date(2020, 3, 18))
    draft.announced_on = datetime.date(2021, 1, 2)
    draft.save()
    assert stored(figure) == (True, datetime.date(2021, 1, 2))
    services.announcements_withdraw(announcements=[draft], reason="Withdrawn in a test")
    assert stored(figure) == (False, datetime.date(2021, 1, 2))
    assert not Figure.objects.published().filter(pk=figure.pk).exists()


def test_stored_public_flag_of_a_context_figure_follows_its_source_links():
    source = make_source()
    context = make_figure(source=source, metric=Metric.PRISON_POPULATION, value=9000, as_of=datetime.date(2019, 1, 1))
    assert stored(context) == (False, datetime.date(2019, 1, 1))
    published = make_announcement(sources=[source])
    assert stored(context)[0] is True
    published.sources.remove(source)
    assert stored(context)[0] is False
    source.announcements.add(published)
    assert stored(context)[0] is True
    published.delete()
    assert stored(context)[0] is False


def test_stored_public_flag_equals_the_rule_for_every_figure(public_records):
    expected = {figure.pk: figure.public_state() for figure in Figure.objects.select_related("announcement")}
    Figure.objects.update(public=False, dated=None)
    Figure.objects.all().sync_public()
    assert dict((f.pk, (f.public, f.dated)) for f in Figure.objects.all()) == expected
