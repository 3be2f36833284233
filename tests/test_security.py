"""Untrusted text is escaped everywhere, links are only http(s), and the headers hold."""

import pytest
from django.urls import reverse

from releases.choices import Metric
from tests.conftest import make_announcement, make_official, make_prisoner, make_source

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


@pytest.fixture
def hostile(fresh_cache):
    """A published record whose every text field came from a hostile page."""
    source = make_source(url="javascript:alert(document.cookie)", outlet=f"Outlet {SCRIPT}", title=f"Title {IMG}")
    official = make_official(name=f"Official {SCRIPT}", role=IMG)
    announcement = make_announcement(
        title=f"Pardon {SCRIPT}",
        summary=f"Summary {IMG}",
        occasion=SCRIPT,
        officials=[official],
        sources=[source],
        figures=[{"value": 4000, "metric": Metric.PARDONED, "quote": f"pardoned 4,000 {SCRIPT}"}],
    )
    prisoner = make_prisoner(name=f"Prisoner {SCRIPT}")
    prisoner.announcements.add(announcement)
    return announcement, official, prisoner


def pages(announcement, official, prisoner) -> list[str]:
    return [
        "/",
        "/announcements/",
        announcement.get_absolute_url(),
        "/figures/",
        official.get_absolute_url(),
        prisoner.get_absolute_url(),
        f"/countries/{announcement.country.code}/",
        "/categories/political/",
        "/search/?q=Pardon",
        f"/search/?q={SCRIPT}",
        f"/announcements/?q={SCRIPT}",
    ]


def test_hostile_text_is_escaped_on_every_page(client, hostile):
    for url in pages(*hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert 'href="javascript:' not in html.lower(), url


def test_hostile_text_is_escaped_in_the_feed_and_sitemap(client, hostile):
    feed = client.get("/feeds/announcements.atom").content.decode()
    assert "<script>alert" not in feed
    assert "&lt;script&gt;" in feed
    assert "<script>" not in client.get("/sitemap.xml").content.decode()


def test_hostile_text_is_escaped_in_the_admin(editor_client, hostile):
    announcement, official, _prisoner = hostile
    source = announcement.sources.get()
    for url in [
        reverse("admin:releases_announcement_changelist") + "?status__exact=all",
        reverse("admin:releases_announcement_change", args=[announcement.pk]),
        reverse("admin:releases_source_change", args=[source.pk]),
        reverse("admin:releases_source_changelist"),
        reverse("admin:releases_official_changelist"),
        reverse("admin:releases_figure_changelist"),
    ]:
        html = editor_client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url


def test_json_exports_are_json_not_html(client, hostile):
    for url in ("/announcements/export.json", "/figures/export.json"):
        response = client.get(url)
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_content_security_policy_allows_no_inline_script(client, hostile):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    script = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'self'" in script and "unsafe-inline" not in script and "unsafe-eval" not in script
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert "<script>" not in response.content.decode().replace("<script src=", "")
