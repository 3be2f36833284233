"""Canonical URLs: one spelling per article."""

import pytest

from releases.ingest.urls import canonical_url, canonicalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://News.Example.ORG/a/b", "https://news.example.org/a/b"),
        ("https://news.example.org:443/a", "https://news.example.org/a"),
        ("http://news.example.org:80/a", "http://news.example.org/a"),
        ("http://news.example.org:8080/a", "http://news.example.org:8080/a"),
        ("https://news.example.org/a#comments", "https://news.example.org/a"),
        ("https://news.example.org/a?utm_source=rss&utm_medium=feed", "https://news.example.org/a"),
        ("https://news.example.org/a?id=7&fbclid=x&gclid=y&UTM_Campaign=z", "https://news.example.org/a?id=7"),
        ("https://news.example.org/a?mc_cid=1&page=2&msclkid=3", "https://news.example.org/a?page=2"),
        ("https://news.example.org", "https://news.example.org/"),
        ("https://news.example.org./a", "https://news.example.org/a"),
        ("http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"),
    ],
)
def test_canonicalize(raw, expected):
    assert canonicalize(raw) == expected


@pytest.mark.parametrize("raw", ["ftp://news.example.org/a", "javascript:alert(1)", "/relative/path", "", "mailto:a@b"])
def test_canonicalize_refuses_what_is_not_http(raw):
    with pytest.raises(ValueError):
        canonicalize(raw)


def test_rel_canonical_wins_and_is_resolved_against_the_page():
    fetched = "https://amp.news.example.org/amp/story-1?utm_source=x"
    assert canonical_url(fetched, "/world/story-1") == "https://amp.news.example.org/world/story-1"
    assert canonical_url(fetched, "https://www.news.example.org/world/story-1#top") == (
        "https://www.news.example.org/world/story-1"
    )


def test_rel_canonical_on_another_site_is_ignored():
    # A page must not claim another outlet's article as its own.
    fetched = "https://news.example.org/story-1"
    assert canonical_url(fetched, "https://other.example.com/story-9") == fetched


def test_unusable_rel_canonical_falls_back_to_the_fetched_url():
    assert (
        canonical_url("https://news.example.org/a?utm_source=x", "javascript:void(0)") == "https://news.example.org/a"
    )
    assert canonical_url("https://news.example.org/a", None) == "https://news.example.org/a"
