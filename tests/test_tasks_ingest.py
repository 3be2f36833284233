"""The Celery tasks, run in-process: each bad input is recorded on its source or feed while
the rest of the batch imports, and every task can run twice with the same result."""

import time

import pytest
from werkzeug import Response

from releases.choices import SourceStatus
from releases.ingest import tasks
from releases.models import Announcement, Feed, Figure, Official, Source

pytestmark = pytest.mark.django_db

IRAN = "/world/2020/03/18/iran-pardons-10000-prisoners"
MYANMAR = "/asia/2025/04/17/myanmar-new-year-amnesty"


@pytest.fixture
def site(news_site, settings, eager_tasks, monkeypatch):
    settings.FETCH_READ_TIMEOUT = 0.3
    settings.FETCH_CONNECT_TIMEOUT = 0.3
    monkeypatch.setattr(tasks.fetch_source, "max_retries", 1)  # one retry is enough to show it
    return news_site


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run the beat's task and everything it enqueues, after each commit, as a worker would."""

    def run_beat():
        with django_capture_on_commit_callbacks(execute=True):
            tasks.poll_all_feeds.delay()

    return run_beat


def batch_feed(site, *paths: str, name: str = "/batch.rss") -> Feed:
    """A feed listing the given pages: the good ones and a bad one."""
    items = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in paths)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Batch</title>{items}</channel></rss>'
    site.server.expect_request(name).respond_with_data(body, content_type="application/rss+xml")
    return Feed.objects.create(url=site.url(name))


def assert_batch(site, bad_path: str, error: str) -> Source:
    """The good articles were filed; the bad one is a failed source with a readable error."""
    assert Source.objects.get(url=site.url(IRAN)).status == SourceStatus.EXTRACTED
    assert Source.objects.get(url=site.url(MYANMAR)).status == SourceStatus.EXTRACTED
    assert Announcement.objects.filter(country__in=["IR", "MM"]).count() == 2
    bad = Source.objects.get(url=site.url(bad_path))
    assert bad.status == SourceStatus.FAILED and error in bad.error, bad.error
    return bad


def test_a_404(site, run):
    site.server.expect_request("/missing").respond_with_data("gone", status=404)
    batch_feed(site, IRAN, "/missing", MYANMAR)
    run()
    bad = assert_batch(site, "/missing", "HTTP 404")
    assert bad.attempts == 1  # not worth retrying


def test_a_timeout_is_retried_then_recorded(site, run):
    def slow(request):
        time.sleep(0.6)
        return Response("<p>late</p>", content_type="text/html")

    site.server.expect_request("/slow").respond_with_handler(slow)
    batch_feed(site, IRAN, "/slow", MYANMAR)
    run()
    bad = assert_batch(site, "/slow", "timed out")
    assert bad.attempts == 2 and "attempt 2" in bad.error


def test_a_page_over_the_size_cap(site, run, settings):
    settings.FETCH_MAX_BYTES = 50_000
    site.page("/huge", body=b"<html><body>" + b"<p>words</p>" * 10_000 + b"</body></html>")
    batch_feed(site, IRAN, "/huge", MYANMAR)
    run()
    assert_batch(site, "/huge", "over the 50,000 byte limit")


def test_a_pdf(site, run):
    site.page("/report.pdf", body=b"%PDF-1.4 binary", content_type="application/pdf")
    batch_feed(site, IRAN, "/report.pdf", MYANMAR)
    run()
    assert_batch(site, "/report.pdf", "content type application/pdf")


def test_bytes_that_are_not_utf8(site, run):
    garbage = b"<html><body><p>" + bytes(range(128, 256)) * 40 + b"</p></body></html>"
    site.page("/mojibake", body=garbage, content_type="text/html; charset=utf-8")
    batch_feed(site, IRAN, "/mojibake", MYANMAR)
    run()
    assert_batch(site, "/mojibake", "not valid utf-8")


def test_a_redirect_loop(site, run):
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    batch_feed(site, IRAN, "/loop-a", MYANMAR)
    run()
    assert_batch(site, "/loop-a", "redirect loop")


def test_a_redirect_to_a_private_address(site, run, settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = False
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]  # the test site itself, nothing else
    site.redirect("/out", "http://169.254.169.254/latest/meta-data/iam/")
    batch_feed(site, IRAN, "/out", MYANMAR)
    run()
    assert_batch(site, "/out", "cloud metadata address")


def test_malformed_feed_xml(site, run):
    broken = Feed.objects.create(url=site.feed("/broken.rss", "malformed.rss"))
    batch_feed(site, IRAN, MYANMAR)
    run()
    broken.refresh_from_db()
    assert broken.failures == 1 and broken.last_error.startswith("Malformed feed XML")
    assert Announcement.objects.filter(country__in=["IR", "MM"]).count() == 2


def counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Source, Announcement, Figure, Official))


def test_poll_all_feeds_twice(site, run):
    Feed.objects.create(url=site.feed("/world.rss", "news.rss"))
    run()
    before = counts()
    run()
    assert counts() == before and before[0] == 3


def test_poll_feed_twice(site, django_capture_on_commit_callbacks):
    feed = Feed.objects.create(url=site.feed("/world.rss", "news.rss"))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.poll_feed.delay(feed.pk).get() == 3
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.poll_feed.delay(feed.pk).get() == 0
    assert counts() == before


def test_fetch_source_twice(site):
    source = Source.objects.create(url=site.url(IRAN))
    assert tasks.fetch_source.delay(source.pk).get() == SourceStatus.EXTRACTED
    before = counts()
    assert tasks.fetch_source.delay(source.pk).get() == SourceStatus.EXTRACTED
    assert counts() == before


def test_reextract_source_twice(site):
    source = Source.objects.create(url=site.url(IRAN))
    tasks.fetch_source.delay(source.pk)
    before = counts()
    quotes = set(Figure.objects.values_list("quote", "quote_start"))
    for _ in range(2):
        assert tasks.reextract_source.delay(source.pk).get() == SourceStatus.EXTRACTED
    assert counts() == before and set(Figure.objects.values_list("quote", "quote_start")) == quotes


def test_tasks_for_rows_that_are_gone(site):
    assert tasks.fetch_source.delay(987654).get() == "gone"
    assert tasks.reextract_source.delay(987654).get() == "gone"
    assert tasks.poll_feed.delay(987654).get() == 0


def test_sources_left_behind_are_picked_up(site, run):
    """A source whose enqueue was lost (committed, then the process died) is fetched by the
    next beat."""
    source = Source.objects.create(url=site.url(IRAN))
    Source.objects.filter(pk=source.pk).update(updated_at=source.updated_at - tasks.STALE_AFTER * 2)
    run()
    source.refresh_from_db()
    assert source.status == SourceStatus.EXTRACTED
