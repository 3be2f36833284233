"""The editors' desk: who gets in, and what an editor can do there."""

import pytest
from django.urls import reverse

from releases.choices import Status
from releases.models import Announcement, Figure
from tests.conftest import make_announcement, make_source

pytestmark = pytest.mark.django_db


def figure_form(prefix: str, **fields) -> dict:
    row = {"value": "", "metric": "", "qualifier": "exact", "category": "", "as_of": "", "evidence": "reported",
           "headline": "on", "source": "", "quote": "", "id": "", "announcement": "", "role": "total",
           "part_of": ""}  # fmt: skip
    row.update({k: str(v) for k, v in fields.items()})
    return {f"{prefix}-{k}": v for k, v in row.items()}


def test_editor_adds_an_announcement_with_two_figures_and_it_is_a_draft(editor_client):
    source = make_source(text="The authorities pardoned 1,200 prisoners and freed 30 women.")
    data = {
        "title": "A pardon for the holiday",
        "status": "draft",
        "kind": "pardon",
        "country": "EG",
        "announced_on": "2024-04-10",
        "occasion": "Eid al-Fitr",
        "summary": "",
        "sources": [source.pk],
        "figures-TOTAL_FORMS": "2",
        "figures-INITIAL_FORMS": "0",
        "figures-MIN_NUM_FORMS": "0",
        "figures-MAX_NUM_FORMS": "1000",
        "follows-TOTAL_FORMS": "0",
        "follows-INITIAL_FORMS": "0",
        "official_links-TOTAL_FORMS": "0",
        "official_links-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0",
        "follow_ups-INITIAL_FORMS": "0",
    }
    data |= figure_form("figures-0", value=1200, metric="pardoned", source=source.pk, quote="pardoned 1,200 prisoners")
    data |= figure_form("figures-1", value=30, metric="released", category="", source=source.pk, quote="freed 30 women")
    response = editor_client.post(reverse("admin:releases_announcement_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    announcement = Announcement.objects.get(slug="2024-04-10-a-pardon-for-the-holiday")
    assert announcement.status == Status.DRAFT
    assert sorted(announcement.figures.values_list("value", "metric")) == [(30, "released"), (1200, "pardoned")]
    assert "pardoned 1,200 prisoners" in announcement.search_text
    assert not Announcement.objects.published().filter(pk=announcement.pk).exists()


def test_review_queue_shows_drafts_first(editor_client):
    draft = make_announcement(title="Waiting for review", status="draft")
    published = make_announcement(title="Already public", status="published")
    page = editor_client.get(reverse("admin:releases_announcement_changelist")).content.decode()
    assert draft.title in page
    assert published.title not in page
    everything = editor_client.get(reverse("admin:releases_announcement_changelist") + "?status__exact=all")
    assert published.title in everything.content.decode()


def test_reject_action_and_no_publish_action(editor_client):
    """Publishing is done from a record's review page (tests/test_desk_review.py), not in bulk."""
    first = make_announcement(status="draft")
    second = make_announcement(status="draft")
    url = reverse("admin:releases_announcement_changelist")
    editor_client.post(url, {"action": "publish", "_selected_action": [first.pk]})
    editor_client.post(url, {"action": "reject", "_selected_action": [second.pk]})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.DRAFT, Status.REJECTED)
    assert first.published_at is None


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(reverse("admin:releases_announcement_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_non_staff_user_is_kept_out(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a-long-password-123")
    client.force_login(user)
    for url in [reverse("admin:index"), reverse("admin:releases_announcement_changelist")]:
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]


def test_editor_has_no_user_administration(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_editors_group_has_exactly_the_editor_permissions(editor):
    from releases.permissions import EDITOR_PERMISSIONS

    perms = {p.split(".", 1)[1] for p in editor.get_all_permissions()}
    expected = {f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions}
    assert perms == expected
    assert not any(p.endswith("_user") or p.endswith("_group") or p.endswith("_permission") for p in perms)


def test_every_editor_page_opens(editor_client):
    announcement = make_announcement(figures=[{"value": 5, "quote": "five"}])
    figure = Figure.objects.get(announcement=announcement)
    for name, args in [
        ("admin:index", []),
        ("admin:releases_announcement_change", [announcement.pk]),
        ("admin:releases_figure_change", [figure.pk]),
        ("admin:releases_source_change", [figure.source_id]),
        ("admin:releases_source_changelist", []),
        ("admin:releases_official_changelist", []),
        ("admin:releases_feed_changelist", []),
        ("admin:releases_prisoner_changelist", []),
        ("admin:releases_figure_changelist", []),
    ]:
        assert editor_client.get(reverse(name, args=args)).status_code == 200, name


def test_source_autocomplete_finds_sources(editor_client):
    make_source(title="Morocco throne day pardon")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "throne", "app_label": "releases", "model_name": "announcement", "field_name": "sources"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Morocco throne day pardon"]
