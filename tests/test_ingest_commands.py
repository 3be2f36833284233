"""add_feed and poll_feeds --sync: an editor's feed filled in one process, twice over."""

import pytest
from django.core.management import call_command

from releases.choices import SourceStatus
from releases.models import Announcement, Feed, Source

pytestmark = pytest.mark.django_db


def test_add_feed_twice_is_one_feed(capsys):
    call_command("add_feed", "https://News.example.org/rss?utm_source=x", "--name", "Example News")
    call_command("add_feed", "https://news.example.org/rss")
    feed = Feed.objects.get()
    assert (feed.url, feed.name, feed.active) == ("https://news.example.org/rss", "Example News", True)
    assert "Already there" in capsys.readouterr().out


def test_add_feed_refuses_what_is_not_a_web_address():
    with pytest.raises(Exception, match="not an http"):
        call_command("add_feed", "ftp://news.example.org/rss")


def test_poll_feeds_sync_runs_the_whole_pipeline_in_process(news_site, capsys):
    call_command("add_feed", news_site.feed("/world.rss", "news.rss"))
    call_command("poll_feeds", "--sync")
    out = capsys.readouterr().out
    assert "3 new" in out and "2 extracted" in out and "1 ignored" in out
    assert Announcement.objects.count() == 2
    assert Source.objects.filter(status=SourceStatus.EXTRACTED).count() == 2
    call_command("poll_feeds", "--sync")
    assert "nothing new" in capsys.readouterr().out
    assert Announcement.objects.count() == 2 and Source.objects.count() == 3
