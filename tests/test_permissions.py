"""Who may open what: every public and admin URL for anonymous, reader, editor and superuser."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from releases.models import Feed, Figure, Official, Prisoner, PrisonerCategory, Source

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reader", "editor", "superuser"]
EDITOR_MODELS = ["announcement", "figure", "source", "official", "feed", "prisoner", "prisonercategory"]


@pytest.fixture
def users(db):
    reader = User.objects.create_user("reader", password="x-long-password-1")
    editor = User.objects.create_user("editor", password="x-long-password-2", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    superuser = User.objects.create_superuser("admin", password="x-long-password-3")
    return {"anonymous": None, "reader": reader, "editor": editor, "superuser": superuser}


def as_role(client, users, role):
    client.logout()
    if users[role] is not None:
        client.force_login(users[role])
    return client


def public_urls(records) -> list[str]:
    iran = records.iran
    return [
        "/", "/announcements/", iran.get_absolute_url(), "/figures/", "/search/?q=pardon",
        records.spokesman.get_absolute_url(), "/countries/IR/", "/categories/political/",
        "/announcements/export.csv", "/announcements/export.json", "/figures/export.csv", "/figures/export.json",
        "/feeds/announcements.atom", "/sitemap.xml", "/fa/", "/healthz",
    ]  # fmt: skip


def hidden_urls(records) -> list[str]:
    return [
        records.draft.get_absolute_url(),
        records.rejected.get_absolute_url(),
        records.hidden_official.get_absolute_url(),
        records.hidden_prisoner.get_absolute_url(),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_open_for_everyone_and_hidden_records_for_no_one(client, users, public_records, role):
    as_role(client, users, role)
    for url in public_urls(public_records):
        assert client.get(url).status_code == 200, (role, url)
    for url in hidden_urls(public_records):
        assert client.get(url).status_code == 404, (role, url)


def admin_urls(records) -> dict[str, list[str]]:
    """Admin URLs by who may open them: the editors' desk, and user administration."""
    figure = Figure.objects.filter(announcement=records.iran).first()
    source, feed = Source.objects.first(), Feed.objects.create(url="https://feeds.example.org/rss")
    desk = [reverse("admin:index"), reverse("admin:releases_source_import")]
    for model in EDITOR_MODELS:
        desk.append(reverse(f"admin:releases_{model}_changelist"))
        if model != "prisonercategory":
            desk.append(reverse(f"admin:releases_{model}_add"))
    objects = {
        "announcement": records.draft, "figure": figure, "source": source, "official": Official.objects.first(),
        "feed": feed, "prisoner": Prisoner.objects.first(), "prisonercategory": PrisonerCategory.objects.first(),
    }  # fmt: skip
    for model, obj in objects.items():
        desk.append(reverse(f"admin:releases_{model}_change", args=[obj.pk]))
    users_admin = [reverse("admin:auth_user_changelist"), reverse("admin:auth_user_add"),
                   reverse("admin:auth_group_changelist"), reverse("admin:auth_group_add")]  # fmt: skip
    return {"desk": desk, "users": users_admin}


EXPECTED = {
    # role: (status on the editors' desk, status on user administration)
    "anonymous": (302, 302),
    "reader": (302, 302),
    "editor": (200, 403),
    "superuser": (200, 200),
}


@pytest.mark.parametrize("role", ROLES)
def test_admin_matrix(client, users, public_records, role):
    as_role(client, users, role)
    urls = admin_urls(public_records)
    desk_status, users_status = EXPECTED[role]
    for area, expected in (("desk", desk_status), ("users", users_status)):
        for url in urls[area]:
            response = client.get(url)
            assert response.status_code == expected, (role, url, response.status_code)
            if expected == 302:
                assert response["Location"].startswith(reverse("admin:login")), (role, url)


def test_editor_cannot_delete_categories_or_grant_permissions(client, users, public_records):
    as_role(client, users, "editor")
    category = PrisonerCategory.objects.first()
    assert client.get(reverse("admin:releases_prisonercategory_delete", args=[category.pk])).status_code == 403
    assert client.get(reverse("admin:auth_user_change", args=[users["reader"].pk])).status_code == 403
    assert client.post(reverse("admin:auth_user_add"), {"username": "intruder"}).status_code == 403
    assert not User.objects.filter(username="intruder").exists()


def test_reader_cannot_publish_through_the_admin(client, users, public_records):
    as_role(client, users, "reader")
    url = reverse("admin:releases_announcement_changelist")
    client.post(url, {"action": "publish", "_selected_action": [public_records.draft.pk]})
    public_records.draft.refresh_from_db()
    assert public_records.draft.status == "draft"
