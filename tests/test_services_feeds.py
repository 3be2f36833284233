"""Polling feeds: what is recorded on the feed, which sources are registered."""

import datetime

import pytest
from django.utils import timezone

from releases.ingest import filing, polling
from releases.models import Feed, Source

pytestmark = pytest.mark.django_db


def poll(feed: Feed) -> list[int]:
    feed.refresh_from_db()
    return polling.feed_poll(feed=feed)


def test_poll_registers_each_entry_once(news_site):
    feed = Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    created = poll(feed)
    assert len(created) == 3
    assert set(Source.objects.values_list("url", flat=True)) == {
        news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners"),
        news_site.url("/asia/2025/04/17/myanmar-new-year-amnesty"),
        news_site.url("/sport/2024/05/04/cup-semi-final"),
    }
    source = Source.objects.get(url__endswith="iran-pardons-10000-prisoners")
    assert source.status == "new" and source.feed == feed
    assert source.published_at == datetime.datetime(2020, 3, 18, tzinfo=datetime.UTC)
    feed.refresh_from_db()
    assert feed.name == "Harbour Post: World" and feed.failures == 0 and feed.last_polled_at


def test_polling_twice_registers_nothing_new(news_site):
    feed = Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    poll(feed)
    assert poll(feed) == []
    assert Source.objects.count() == 3


def test_same_article_in_two_feeds_is_one_source(news_site):
    world = Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    lantern = Feed.objects.create(url=news_site.feed("/lantern.atom", "wire.atom", content_type="application/atom+xml"))
    poll(world)
    assert len(poll(lantern)) == 1  # only the Lantern article; the syndicated one is known
    assert Source.objects.filter(url__endswith="iran-pardons-10000-prisoners").count() == 1
    assert Source.objects.count() == 4


def test_conditional_get_is_used_on_the_next_poll(news_site):
    url = news_site.feed("/world.rss", "news.rss", headers={"ETag": '"abc"'})
    feed = Feed.objects.create(url=url)
    poll(feed)
    news_site.server.clear()
    news_site.server.expect_request("/world.rss", headers={"If-None-Match": '"abc"'}).respond_with_data("", status=304)
    assert poll(feed) == []
    feed.refresh_from_db()
    assert feed.etag == '"abc"' and feed.failures == 0 and feed.last_error == ""


def test_malformed_feed_xml_is_recorded_and_the_other_feeds_still_import(news_site):
    broken = Feed.objects.create(url=news_site.feed("/broken.rss", "malformed.rss"))
    good = Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    for feed in polling.feeds_due():
        polling.feed_poll(feed=feed)
    broken.refresh_from_db()
    assert broken.last_error.startswith("Malformed feed XML") and broken.failures == 1
    assert broken.next_poll_at > timezone.now()
    assert Source.objects.filter(feed=good).count() == 3


def test_a_failing_feed_is_backed_off_and_recovers(news_site, settings):
    settings.FEED_POLL_INTERVAL = 60
    news_site.server.expect_request("/gone.rss").respond_with_data("no", status=404)
    feed = Feed.objects.create(url=news_site.url("/gone.rss"))
    poll(feed)
    poll(feed)
    feed.refresh_from_db()
    assert feed.failures == 2 and "HTTP 404" in feed.last_error
    assert feed.next_poll_at - feed.last_polled_at == datetime.timedelta(seconds=240)
    assert feed not in polling.feeds_due()
    assert feed in polling.feeds_due(now=feed.next_poll_at)
    news_site.server.clear()
    news_site.feed("/gone.rss", "news.rss")
    poll(feed)
    feed.refresh_from_db()
    assert (feed.failures, feed.last_error, feed.next_poll_at) == (0, "", None)


def test_a_feed_pointing_at_a_private_address_is_refused(news_site, settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = False
    feed = Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    poll(feed)
    feed.refresh_from_db()
    assert "refused" in feed.last_error and Source.objects.count() == 0


def test_register_finds_the_source_under_any_spelling_of_its_url(db):
    source, created = filing.source_register(url="https://news.example.org/a?utm_source=x#frag")
    again, created_again = filing.source_register(url="https://NEWS.example.org/a")
    assert created and not created_again and again.pk == source.pk
    assert source.url == "https://news.example.org/a"


def test_a_copy_found_after_fetching_keeps_its_address_and_is_not_fetched_again(news_site):
    original, _ = filing.source_register(url=news_site.url("/sport/2024/05/04/cup-semi-final"))
    filing.source_fetch_and_file(source_id=original.pk)
    mirror = news_site.page("/mirror/cup", "football.html")
    copy, created = filing.source_register(url=mirror)
    assert created
    assert filing.source_fetch_and_file(source_id=copy.pk) == "duplicate"
    assert not Source.objects.filter(pk=copy.pk).exists()
    # A feed without ETag or Last-Modified lists the entry again: it is the stored article.
    again, created_again = filing.source_register(url=mirror)
    assert not created_again and again.pk == original.pk
    assert list(original.aliases.values_list("url", flat=True)) == [mirror]
    fetched = [request.path for request, _response in news_site.server.log]
    assert fetched.count("/mirror/cup") == 1
