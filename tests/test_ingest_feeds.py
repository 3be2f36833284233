"""Reading feeds over HTTP on loopback."""

import datetime

from releases.ingest.feeds import feed_read


def test_reads_rss_entries_with_canonical_links(news_site):
    read = feed_read(news_site.feed("/world.rss", "news.rss"))
    assert read.error == "" and read.title == "Harbour Post: World"
    assert [e.url for e in read.entries] == [
        news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners"),
        news_site.url("/asia/2025/04/17/myanmar-new-year-amnesty"),
        news_site.url("/sport/2024/05/04/cup-semi-final"),
    ]
    assert read.entries[0].published == datetime.date(2020, 3, 18)
    assert read.entries[0].title.startswith("Iran's leader pardons")


def test_reads_atom(news_site):
    read = feed_read(news_site.feed("/lantern.atom", "wire.atom", content_type="application/atom+xml"))
    assert read.error == ""
    assert news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners") in [e.url for e in read.entries]


def test_keeps_the_validators_and_sends_them_back(news_site):
    url = news_site.feed(
        "/world.rss", "news.rss", headers={"ETag": '"v7"', "Last-Modified": "Wed, 18 Mar 2020 10:00:00 GMT"}
    )
    first = feed_read(url)
    assert (first.etag, first.last_modified) == ('"v7"', "Wed, 18 Mar 2020 10:00:00 GMT")
    news_site.server.clear()
    news_site.server.expect_request("/world.rss", headers={"If-None-Match": '"v7"'}).respond_with_data("", status=304)
    again = feed_read(url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.entries == [] and again.etag == '"v7"'
    request, _ = news_site.server.log[-1]
    assert request.headers["If-Modified-Since"] == "Wed, 18 Mar 2020 10:00:00 GMT"


def test_malformed_xml_is_reported(news_site):
    read = feed_read(news_site.feed("/broken.rss", "malformed.rss"))
    assert read.error.startswith("Malformed feed XML")


def test_a_page_that_is_not_a_feed_is_reported(news_site):
    read = feed_read(
        news_site.page("/notafeed.xml", body=b"<?xml version='1.0'?><note>hi</note>", content_type="text/xml")
    )
    assert read.entries == [] and read.error
