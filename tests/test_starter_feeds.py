"""The starter feeds: a curated list in the repository, added switched off by a command or
the desk's button, never polled until an editor turns each on."""

import json
from collections import Counter

import pytest
from django.core.management import call_command
from django.urls import reverse

from releases.ingest import polling
from releases.ingest.starter import starter_feeds
from releases.models import Feed


def test_the_list_covers_five_languages_with_searches_and_official_agencies():
    feeds = starter_feeds()
    assert len({f.url for f in feeds}) == len(feeds)
    assert all(f.url.startswith("https://") for f in feeds)
    languages = Counter(f.language for f in feeds)
    assert set(languages) == {"en", "fr", "es", "ar", "fa"} and min(languages.values()) >= 3
    assert {f.language for f in feeds if f.kind == "search"} == {"en", "fr", "es", "ar", "fa"}
    agencies = " ".join(f.url for f in feeds if f.kind == "agency")
    for site in ("mizanonline.ir", "irna.ir", "mapexpress.ma", "aps.dz", "spa.gov.sa", "wam.ae"):
        assert site in agencies
    assert all(len(f.why) > 20 and f.checked for f in feeds)


def test_a_malformed_entry_is_named(tmp_path):
    bad = tmp_path / "feeds.json"
    bad.write_text(json.dumps({"feeds": [{"url": "ftp://x.example/feed", "name": "X", "language": "en",
                                          "kind": "wire", "why": "because", "checked": "no"}]}))  # fmt: skip
    with pytest.raises(ValueError, match=r"feeds.json, feed 1 \(ftp://x.example/feed\)"):
        starter_feeds(bad)
    bad.write_text(json.dumps({"feeds": [{"url": "https://x.example/feed", "name": "X", "language": "de",
                                          "kind": "wire", "why": "because", "checked": "no"}]}))  # fmt: skip
    with pytest.raises(ValueError, match="language"):
        starter_feeds(bad)


@pytest.mark.django_db
def test_the_command_adds_them_switched_off_and_leaves_an_editors_choice_alone(capsys):
    call_command("add_starter_feeds")
    count = len(starter_feeds())
    assert Feed.objects.count() == count and not Feed.objects.filter(active=True).exists()
    assert not polling.feeds_due().exists()  # nothing polled until an editor turns it on
    assert f"Added {count} feed(s), switched off" in capsys.readouterr().out

    irna = Feed.objects.get(url="https://www.irna.ir/rss")
    irna.active = True
    irna.save()
    call_command("add_starter_feeds")
    assert Feed.objects.count() == count
    assert list(polling.feeds_due()) == [irna]
    assert f"Added 0 feed(s), switched off; {count} already there" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_desk_button_adds_them(editor_client):
    page = editor_client.get(reverse("admin:releases_feed_changelist")).content.decode()
    assert reverse("admin:releases_feed_starter") in page and "Add the starter feeds" in page
    assert editor_client.get(reverse("admin:releases_feed_starter")).status_code == 405
    response = editor_client.post(reverse("admin:releases_feed_starter"), follow=True)
    assert Feed.objects.count() == len(starter_feeds()) and not Feed.objects.filter(active=True).exists()
    assert "starter feed(s) added, switched off" in response.content.decode()
