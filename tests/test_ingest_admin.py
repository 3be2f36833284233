"""The editors' side of the importer in the admin: review with quotes in place, merge, poll
now, import from URL, failed sources with their errors."""

import pytest
from django.urls import reverse

from releases.choices import EnteredBy, Metric, SourceStatus, Status
from releases.models import Announcement, Feed, Source
from tests.conftest import make_announcement, make_figure, make_source

pytestmark = pytest.mark.django_db

TEXT = "Officials said on Friday that 1,200 prisoners were pardoned. <script>alert(1)</script> Some 300 were freed."


def draft_with_quotes() -> Announcement:
    source = make_source(text=TEXT, status=SourceStatus.EXTRACTED)
    draft = make_announcement(status=Status.DRAFT, sources=[source], title="Draft pardon")
    for quote, metric in (("1,200 prisoners were pardoned", Metric.PARDONED), ("Some 300 were freed", Metric.RELEASED)):
        start = TEXT.index(quote)
        make_figure(
            announcement=draft, source=source, value=int(quote.split()[0 if metric == Metric.PARDONED else 1].replace(",", "")),
            metric=metric, quote=quote, quote_start=start, quote_end=start + len(quote), entered_by=EnteredBy.MACHINE,
        )  # fmt: skip
    return draft


def test_a_draft_shows_its_source_text_with_the_quotes_highlighted(editor_client):
    draft = draft_with_quotes()
    page = editor_client.get(reverse("admin:releases_announcement_change", args=[draft.pk])).content.decode()
    assert '1,200 pardoned (Machine)">1,200 prisoners were pardoned</mark>' in page
    assert ">Some 300 were freed</mark>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_a_source_page_highlights_its_quotes(editor_client):
    source = draft_with_quotes().sources.get()
    page = editor_client.get(reverse("admin:releases_source_change", args=[source.pk])).content.decode()
    assert "<mark" in page and "1,200 prisoners were pardoned</mark>" in page


def test_merge_action_folds_drafts_into_the_published_announcement(editor_client):
    published = make_announcement(status=Status.PUBLISHED, figures=[{"value": 1_200, "metric": Metric.PARDONED}])
    draft = draft_with_quotes()
    response = editor_client.post(
        reverse("admin:releases_announcement_changelist") + "?status__exact=all",
        {"action": "merge", "_selected_action": [published.pk, draft.pk]},
        follow=True,
    )
    assert "Merged 1 draft(s)" in response.content.decode()
    assert not Announcement.objects.filter(pk=draft.pk).exists()
    assert published.sources.count() == 2 and published.figures.count() == 3
    assert published.figures.filter(value=1_200, headline=True).count() == 1  # the editor's stays the headline


def test_merge_action_needs_one_announcement_to_keep(editor_client):
    one, two = make_announcement(status=Status.PUBLISHED), make_announcement(status=Status.PUBLISHED)
    response = editor_client.post(
        reverse("admin:releases_announcement_changelist") + "?status__exact=all",
        {"action": "merge", "_selected_action": [one.pk, two.pk]},
        follow=True,
    )
    assert "Select one announcement to keep" in response.content.decode()
    assert Announcement.objects.filter(pk__in=[one.pk, two.pk]).count() == 2


def test_poll_now(editor_client, news_site, eager_tasks, django_capture_on_commit_callbacks):
    news_site.server.expect_request("/gone.rss").respond_with_data("no", status=404)
    feed = Feed.objects.create(url=news_site.url("/gone.rss"))
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("admin:releases_feed_changelist"), {"action": "poll_now", "_selected_action": [feed.pk]}
        )
    feed.refresh_from_db()
    assert feed.last_polled_at and "HTTP 404" in feed.last_error


def test_import_from_url_enqueues_a_fetch(editor_client, news_site, eager_tasks, django_capture_on_commit_callbacks):
    news_site.server.expect_request("/missing-article").respond_with_data("no", status=404)
    url = reverse("admin:releases_source_import")
    assert editor_client.get(url).status_code == 200
    assert url in editor_client.get(reverse("admin:releases_source_changelist")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"url": news_site.url("/missing-article?utm_source=x")})
    source = Source.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/source/{source.pk}/change/")
    assert source.url == news_site.url("/missing-article")
    assert source.status == SourceStatus.FAILED and "HTTP 404" in source.error
    response = editor_client.post(url, {"url": news_site.url("/missing-article")}, follow=True)
    assert Source.objects.count() == 1


def test_import_from_url_refuses_what_is_not_a_web_address(editor_client):
    response = editor_client.post(reverse("admin:releases_source_import"), {"url": "javascript:alert(1)"})
    assert response.status_code == 200 and Source.objects.count() == 0


def test_failed_and_ignored_sources_are_listed_with_their_errors(editor_client):
    make_source(status=SourceStatus.FAILED, error="HTTP 404 from https://news.example.org/x", text="")
    make_source(status=SourceStatus.IGNORED, error="Relevant, but no country could be read: file it by hand.")
    page = editor_client.get(reverse("admin:releases_source_changelist") + "?status__exact=failed").content.decode()
    assert "HTTP 404 from https://news.example.org/x" in page
    page = editor_client.get(reverse("admin:releases_source_changelist") + "?status__exact=ignored").content.decode()
    assert "no country could be read" in page
