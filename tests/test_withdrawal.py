"""Taking a public record off the site: an editor withdraws it with a reason that stays at
its permalink; only a superuser deletes one that was ever public, once withdrawn, and a
tombstone keeps the permalink's answer; a figure of a published record goes only with a
reason its corrections log shows."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from releases import services
from releases.choices import Status
from releases.models import Announcement, Figure, Tombstone
from tests.conftest import make_announcement
from tests.test_corrections import announcement_post, section

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

REASON = "The judiciary denied the decree: the report was based on a forged document."


@pytest.fixture
def published(db):
    return make_announcement(title="Iran pardons 10,000 prisoners", figures=[{"value": 10000}])


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="a-long-passphrase-9"))
    return client


def act(client, action: str, *announcements, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in announcements], **extra}
    return client.post(reverse("admin:releases_announcement_changelist") + "?status__exact=all", data)


def test_an_editor_cannot_delete_a_published_record_from_its_page_or_the_list(editor_client, client, published):
    url = reverse("admin:releases_announcement_delete", args=[published.pk])
    assert "withdraw them" in editor_client.get(url).content.decode()
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert act(editor_client, "delete_selected", published, post="yes").status_code == 403
    assert Announcement.objects.filter(pk=published.pk, status=Status.PUBLISHED).exists()
    assert client.get(published.get_absolute_url()).status_code == 200


def test_an_editor_withdraws_with_a_reason_that_stays_at_the_permalink(editor_client, client, published):
    page = act(editor_client, "withdraw", published)
    assert page.status_code == 200 and 'name="reason"' in page.content.decode()
    refused = act(editor_client, "withdraw", published, apply="1", reason="  ")
    assert "Give the reason readers will see" in refused.content.decode()
    assert Announcement.objects.get(pk=published.pk).status == Status.PUBLISHED
    assert act(editor_client, "withdraw", published, apply="1", reason=REASON).status_code == 302
    response = client.get(published.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert "Withdrawn on" in html and REASON in html and published.title in html
    assert published.title not in client.get("/announcements/").content.decode()
    assert not Figure.objects.published().filter(announcement=published).exists()


def test_taking_a_record_off_the_site_in_its_form_is_a_withdrawal_with_the_forms_reason(
    editor_client, client, published
):
    url = reverse("admin:releases_announcement_change", args=[published.pk])
    data = announcement_post(published, published.figures.get(), status="rejected")
    assert editor_client.post(url, data).status_code == 200  # the reason is asked
    assert editor_client.post(url, data | {"change_reason": REASON}).status_code == 302
    response = client.get(published.get_absolute_url())
    assert response.status_code == 410 and REASON in response.content.decode()


def test_rejecting_is_for_drafts_only(editor_client, published):
    draft = make_announcement(status=Status.DRAFT)
    act(editor_client, "reject", published, draft)
    assert Announcement.objects.get(pk=published.pk).status == Status.PUBLISHED
    assert Announcement.objects.get(pk=draft.pk).status == Status.REJECTED


def test_not_even_a_superuser_deletes_a_published_record_before_withdrawing_it(superuser_client, client, published):
    url = reverse("admin:releases_announcement_delete", args=[published.pk])
    assert superuser_client.post(url, {"post": "yes"}).status_code == 403
    assert act(superuser_client, "delete_selected", published, post="yes").status_code == 403
    assert client.get(published.get_absolute_url()).status_code == 200


def test_a_superuser_deletes_a_withdrawn_record_and_its_permalink_says_why(superuser_client, client, published):
    services.announcements_withdraw(announcements=[published], reason=REASON)
    url = reverse("admin:releases_announcement_delete", args=[published.pk])
    assert superuser_client.post(url, {"post": "yes"}).status_code == 302
    assert not Announcement.objects.filter(pk=published.pk).exists()
    assert Tombstone.objects.get(slug=published.slug).reason == REASON
    response = client.get(published.get_absolute_url())
    assert response.status_code == 410
    assert "Removed on" in response.content.decode() and REASON in response.content.decode()


def test_an_editor_cannot_delete_a_withdrawn_record_but_deletes_a_draft(editor_client, client, published):
    services.announcements_withdraw(announcements=[published], reason=REASON)
    draft = make_announcement(status=Status.DRAFT)
    assert act(editor_client, "delete_selected", published, post="yes").status_code == 403
    assert act(editor_client, "delete_selected", draft, post="yes").status_code == 302
    assert not Announcement.objects.filter(pk=draft.pk).exists()
    assert Announcement.objects.filter(pk=published.pk).exists()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert not Tombstone.objects.exists()


def test_a_figure_of_a_published_record_is_removed_only_with_a_reason_the_log_shows(editor_client, client, published):
    figure = published.figures.get()
    url = reverse("admin:releases_figure_delete", args=[figure.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    bulk = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [figure.pk], "post": "yes"}
    assert editor_client.post(reverse("admin:releases_figure_changelist"), bulk).status_code == 403
    assert Figure.objects.filter(pk=figure.pk).exists()
    change = reverse("admin:releases_announcement_change", args=[published.pk])
    data = announcement_post(published, figure, **{"figures-0-DELETE": "on"})
    assert editor_client.post(change, data).status_code == 200  # no reason: refused
    assert Figure.objects.filter(pk=figure.pk).exists()
    assert editor_client.post(change, data | {"change_reason": "Counted twice"}).status_code == 302
    assert not Figure.objects.filter(pk=figure.pk).exists()
    log = section(client.get(published.get_absolute_url()).content.decode(), "corrections-heading")
    assert "Counted twice" in log and "none given" not in log


def test_a_withdrawal_reason_and_title_are_shown_as_text(client, published):
    Announcement.objects.filter(pk=published.pk).update(title='<img src=x onerror="alert(1)">')
    published.refresh_from_db()
    services.announcements_withdraw(announcements=[published], reason="<script>alert(2)</script>")
    html = client.get(published.get_absolute_url()).content.decode()
    assert "<script>alert(2)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
