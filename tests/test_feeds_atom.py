"""The Atom feed: parsed by feedparser, filtered by the same parameters as the list."""

import feedparser
import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def parse(client, query: str = ""):
    response = client.get("/feeds/announcements.atom" + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def test_feed_lists_published_announcements_newest_first(client, public_records):
    feed = parse(client)
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == [
        public_records.myanmar.title,
        public_records.egypt.title,
        public_records.iran.title,
    ]
    iran = feed.entries[-1]
    assert iran.link == "http://testserver" + public_records.iran.get_absolute_url()
    assert "10,000 pardoned" in iran.summary
    assert "will forgive 10,000 prisoners" in iran.summary
    assert iran.author == "Gholamhossein Esmaili"
    assert [tag.term for tag in iran.tags] == ["Political prisoners"]


def test_feed_takes_the_list_filters(client, public_records):
    feed = parse(client, "?category=political&country=EG")
    assert [entry.title for entry in feed.entries] == [public_records.egypt.title]
    assert feed.feed.link == "http://testserver/announcements/?category=political&country=EG"
    assert parse(client, "?q=pardons").entries[0].title == public_records.iran.title
    assert parse(client, "?min_value=50000&metric=released").entries == []


def test_feed_never_carries_drafts_or_rejected(client, public_records):
    for query in ("", "?category=political", f"?official={public_records.spokesman.slug}"):
        titles = {entry.title for entry in parse(client, query).entries}
        assert public_records.draft.title not in titles and public_records.rejected.title not in titles


def test_bad_feed_filter_is_400(client, db):
    assert client.get("/feeds/announcements.atom?announced_after=yesterday").status_code == 400


def test_pages_carry_autodiscovery_of_their_feed(client, public_records):
    text = client.get("/announcements/?country=IR&page=1").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in text
    assert 'href="/feeds/announcements.atom?country=IR"' in text
    text = client.get(public_records.spokesman.get_absolute_url()).content.decode()
    assert f'href="/feeds/announcements.atom?official={public_records.spokesman.slug}"' in text
    assert 'href="/feeds/announcements.atom?country=IR"' in client.get("/countries/IR/").content.decode()
