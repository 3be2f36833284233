"""The desk's home page: the review queue by age with headline figures, failed and stuck
sources with a retry button, the feeds' health, and the import form."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from releases.choices import Metric, Role, SourceStatus, Status
from releases.models import Announcement, Feed, Figure, Source
from tests.conftest import make_announcement, make_source

HOME = "admin:index"


@pytest.mark.django_db
def test_the_review_queue_lists_drafts_oldest_first_with_headline_figures(editor_client):
    newer = make_announcement(
        title="Newer draft", status=Status.DRAFT, figures=[{"value": 700, "metric": Metric.RELEASED}]
    )
    older = make_announcement(title="Older draft", status=Status.DRAFT, figures=[{"value": 1200}])
    Announcement.objects.filter(pk=older.pk).update(created_at=timezone.now() - datetime.timedelta(days=3))
    make_announcement(title="Already public", status=Status.PUBLISHED)
    response = editor_client.get(reverse(HOME))
    assert response.status_code == 200
    page = response.content.decode()
    queue = page[page.index('id="review-queue"') : page.index('id="sources-attention"')]
    assert "Review queue: 2 drafts" in queue
    assert queue.index("Older draft") < queue.index("Newer draft")
    assert "Already public" not in queue
    assert "1200 pardoned" in queue and "700 released" in queue
    assert "3\xa0days" in queue  # how long it has waited
    assert reverse("admin:releases_announcement_review", args=[older.pk]) in queue
    assert reverse("admin:releases_announcement_review", args=[newer.pk]) in queue


@pytest.mark.django_db
def test_failed_and_stuck_sources_are_shown_and_settled_ones_are_not(editor_client):
    failed = make_source(title="Broken link", status=SourceStatus.FAILED, error="HTTP 404 from https://x.example/a")
    stuck = make_source(title="Lost in the queue", status=SourceStatus.NEW, text="")
    Source.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - datetime.timedelta(hours=2))
    make_source(title="Just registered", status=SourceStatus.NEW, text="")
    make_source(title="Filed fine", status=SourceStatus.EXTRACTED)
    page = editor_client.get(reverse(HOME)).content.decode()
    section = page[page.index('id="sources-attention"') : page.index('id="feeds-health"')]
    assert "Broken link" in section and "HTTP 404 from https://x.example/a" in section
    assert "Lost in the queue" in section
    assert "Just registered" not in section and "Filed fine" not in section
    assert reverse("admin:releases_source_retry", args=[failed.pk]) in section


@pytest.mark.django_db
def test_feeds_show_last_poll_error_and_back_off(editor_client):
    later = timezone.now() + datetime.timedelta(hours=4)
    Feed.objects.create(
        url="https://feeds.example.org/bad.rss", name="Failing feed", failures=3, last_error="HTTP 503",
        next_poll_at=later, last_polled_at=timezone.now() - datetime.timedelta(minutes=5),
    )  # fmt: skip
    Feed.objects.create(url="https://feeds.example.org/off.rss", name="Switched off", active=False)
    page = editor_client.get(reverse(HOME)).content.decode()
    section = page[page.index('id="feeds-health"') : page.index('id="import-url"')]
    assert "Failing feed" in section and "HTTP 503" in section and "5\xa0minutes ago" in section
    assert timezone.localtime(later).strftime("%Y-%m-%d %H:%M") in section
    assert section.index("Failing feed") < section.index("Switched off") and "never" in section


@pytest.mark.django_db
def test_the_home_page_has_the_import_form(editor_client):
    page = editor_client.get(reverse(HOME)).content.decode()
    section = page[page.index('id="import-url"') :]
    assert f'action="{reverse("admin:releases_source_import")}"' in section and 'name="url"' in section


@pytest.mark.django_db
def test_sections_follow_permissions(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("viewer", password="a-long-password-123", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_feed"))
    client.force_login(user)
    page = client.get(reverse(HOME)).content.decode()
    assert 'id="feeds-health"' in page
    assert 'id="review-queue"' not in page and 'id="import-url"' not in page and 'id="sources-attention"' not in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_retry_fetches_a_failed_source_again_and_reports_the_outcome(editor_client, news_site, eager_tasks):
    url = news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners")
    source = make_source(url=url, status=SourceStatus.FAILED, error="timed out", text="", title="")
    response = editor_client.post(reverse("admin:releases_source_retry", args=[source.pk]), follow=True)
    source.refresh_from_db()
    assert source.status == SourceStatus.EXTRACTED and source.attempts == 1
    assert [m.level_tag for m in response.context["messages"]] == ["success"]
    assert response.redirect_chain[-1][0] == reverse(HOME)

    news_site.server.expect_request("/gone").respond_with_data("no", status=404)
    gone = make_source(url=news_site.url("/gone"), status=SourceStatus.FAILED, error="timed out", text="")
    response = editor_client.post(reverse("admin:releases_source_retry", args=[gone.pk]), follow=True)
    [message] = response.context["messages"]
    assert message.level_tag == "error" and "HTTP 404" in str(message)


@pytest.mark.django_db
def test_retry_needs_a_post_and_the_change_permission(client, editor_client, django_user_model):
    from django.contrib.auth.models import Permission

    source = make_source(status=SourceStatus.FAILED, error="timed out")
    assert editor_client.get(reverse("admin:releases_source_retry", args=[source.pk])).status_code == 405
    viewer = django_user_model.objects.create_user("viewer", password="a-long-password-123", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_source"))
    client.force_login(viewer)
    client.post(reverse("admin:releases_source_retry", args=[source.pk]))
    source.refresh_from_db()
    assert source.attempts == 0


@pytest.mark.django_db
def test_the_review_queue_shows_the_totals_the_site_will_add(editor_client):

    draft = make_announcement(title="Draft with parts", status=Status.DRAFT, figures=[{"value": 1200}])
    total = draft.figures.get()
    source = draft.sources.get()
    Figure.objects.create(announcement=draft, source=source, value=85, metric=Metric.PARDONED, role=Role.PART,
                          part_of=total, headline=False)  # fmt: skip
    Figure.objects.create(announcement=draft, source=source, value=189_500, metric=Metric.PRISON_POPULATION)
    page = editor_client.get(reverse(HOME)).content.decode()
    queue = page[page.index('id="review-queue"') : page.index('id="sources-attention"')]
    totals = queue.split('class="totals mini"')[1].split("</div>")[0]
    assert "<strong>1200</strong> pardoned" in totals
    assert "1285" not in queue and "189500" not in totals
