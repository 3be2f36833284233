"""Search and exports are rate-limited per client through the cache: 429 with Retry-After."""

import time
import uuid

import pytest

from releases.public.ratelimit import RateLimitMiddleware

pytestmark = [pytest.mark.django_db, pytest.mark.ratelimited]


@pytest.fixture
def tight_limits(settings):
    """Two searches and one export a minute, under a scope name unique to this test, on the
    configured paths."""
    tag = uuid.uuid4().hex[:8]
    # The limits count in fixed one-minute windows: a test's few requests must fall in one,
    # so one that would start in a minute's last 15 seconds waits for the next minute.
    if time.time() % 60 > 45:
        time.sleep(60.5 - time.time() % 60)
    export, search = settings.RATE_LIMITS["export"], settings.RATE_LIMITS["search"]
    settings.RATE_LIMITS = {f"export-{tag}": (export[0], 1, 60), f"search-{tag}": (search[0], 2, 60, *search[3:])}


def test_search_is_limited_per_client(client, tight_limits):
    assert client.get("/search/?q=pardon", REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.get("/search/?q=amnesty", REMOTE_ADDR="10.0.0.1").status_code == 200
    refused = client.get("/search/?q=release", REMOTE_ADDR="10.0.0.1")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Too many requests" in refused.content.decode()
    # Another client is counted on its own.
    assert client.get("/search/?q=release", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_exports_are_limited_and_pages_are_not(client, tight_limits):
    assert client.get("/figures/export.csv", REMOTE_ADDR="10.0.0.3").status_code == 200
    assert client.get("/announcements/export.json", REMOTE_ADDR="10.0.0.3").status_code == 429
    for _ in range(5):
        assert client.get("/announcements/", REMOTE_ADDR="10.0.0.3").status_code == 200


@pytest.mark.parametrize("path", ["/announcements/", "/fr/figures/", "/feeds/announcements.atom"])
def test_a_search_on_the_lists_and_the_feed_counts_as_a_search(client, tight_limits, path):
    # Only /search/ was limited: /announcements/?q= ran the same full-text search unlimited.
    statuses = [client.get(path, {"q": f"pardon {n}"}, REMOTE_ADDR="10.0.0.5").status_code for n in range(3)]
    assert statuses == [200, 200, 429]
    assert client.get(path, REMOTE_ADDR="10.0.0.5").status_code == 200  # browsing without a search is not


def test_language_prefixed_search_is_limited_too(client, tight_limits):
    statuses = [client.get("/fa/search/?q=x", REMOTE_ADDR="10.0.0.4").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_forwarded_address_is_used_only_behind_trusted_proxies(client, tight_limits, settings):
    for n in range(3):  # a client cannot dodge the limit by inventing forwarded addresses
        response = client.get("/search/?q=x", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert response.status_code == 429
    settings.RATE_LIMIT_PROXIES = 1
    for n in range(3):  # behind one proxy, each forwarded client has its own count
        response = client.get("/search/?q=x", REMOTE_ADDR="10.0.0.6", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        assert response.status_code == 200


def test_limit_fails_open_when_the_cache_is_unreachable(monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "add", lambda *a, **k: False)
    monkeypatch.setattr(cache, "incr", lambda *a, **k: None)  # what the fail-open cache answers when down
    assert RateLimitMiddleware.over_limit("search", "10.0.0.7", 1, 60) == 0
