"""Publishing as a step: the review page shows the record as the public will, only an editor
with the publish permission can publish from it, the status field cannot; slugs start with
the date and follow a draft's title until it is first published."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from releases import services
from releases.choices import Metric, Status
from releases.models import Announcement
from tests.conftest import make_announcement, make_source
from tests.test_admin import figure_form

pytestmark = pytest.mark.django_db


def review(announcement) -> str:
    return reverse("admin:releases_announcement_review", args=[announcement.pk])


@pytest.fixture
def draft():
    source = make_source(outlet="Example Wire", title="Egypt pardons 1,200 for Eid", url="https://wire.example.net/eid")
    return make_announcement(
        title="Egypt pardons 1,200 prisoners for Eid",
        status=Status.DRAFT,
        country="EG",
        announced_on=datetime.date(2024, 4, 10),
        sources=[source],
        figures=[{"value": 1200, "metric": Metric.PARDONED, "quote": "pardoned 1,200 prisoners for the holiday"}],
    )


def change_data(announcement, **fields) -> dict:
    data = {
        "title": announcement.title,
        "status": announcement.status,
        "kind": announcement.kind,
        "country": announcement.country.code,
        "announced_on": announcement.announced_on.isoformat(),
        "occasion": "",
        "summary": "",
        "sources": [s.pk for s in announcement.sources.all()],
        "figures-TOTAL_FORMS": "0",
        "figures-INITIAL_FORMS": "0",
        "follows-TOTAL_FORMS": "0",
        "follows-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0",
        "follow_ups-INITIAL_FORMS": "0",
    }
    for n, figure in enumerate(announcement.figures.all()):
        data |= figure_form(
            f"figures-{n}", id=figure.pk, announcement=announcement.pk, value=figure.value, metric=figure.metric,
            source=figure.source_id, quote=figure.quote,
        )  # fmt: skip
    data["figures-TOTAL_FORMS"] = data["figures-INITIAL_FORMS"] = str(announcement.figures.count())
    return data | {k: str(v) for k, v in fields.items()}


def test_the_review_page_shows_the_record_as_the_public_page_does(editor_client, draft):
    response = editor_client.get(review(draft))
    assert response.status_code == 200
    assert "releases/announcement_detail.html" in [t.name for t in response.templates]
    page = response.content.decode()
    assert draft.title in page
    assert "<mark>1,200</mark> prisoners for the holiday" in page  # the quote, its number marked
    assert "Example Wire" in page  # the source
    assert 'name="decision" value="publish"' in page
    assert '<meta name="robots" content="noindex">' in page
    # The public page itself does not show a draft.
    assert editor_client.get(draft.get_absolute_url()).status_code == 404


def test_publishing_from_the_review_page(editor_client, draft):
    page = editor_client.get(review(draft))
    version = page.context["review"]["version"]
    response = editor_client.post(review(draft), {"decision": "publish", "version": version})
    assert response.status_code == 302 and response["Location"] == reverse("admin:releases_announcement_changelist")
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.published_at is not None
    assert editor_client.get(draft.get_absolute_url()).status_code == 200


def test_a_decision_on_a_record_changed_since_the_review_is_refused(editor_client, draft):
    version = editor_client.get(review(draft)).context["review"]["version"]
    draft.summary = "Changed by another editor meanwhile."
    draft.save()
    response = editor_client.post(review(draft), {"decision": "publish", "version": version}, follow=True)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert "changed after you opened this review" in response.content.decode()


def test_rejecting_from_the_review_page(editor_client, draft):
    version = editor_client.get(review(draft)).context["review"]["version"]
    editor_client.post(review(draft), {"decision": "reject", "version": version})
    draft.refresh_from_db()
    assert draft.status == Status.REJECTED


def test_an_editor_without_the_publish_permission_reviews_but_cannot_publish(editor_client, editor, draft):
    from django.contrib.auth.models import Group

    Group.objects.get(name="Editors").permissions.remove(Permission.objects.get(codename="publish_announcement"))
    page = editor_client.get(review(draft))
    assert page.status_code == 200 and 'value="publish"' not in page.content.decode()
    response = editor_client.post(review(draft), {"decision": "publish", "version": page.context["review"]["version"]})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_status_field_cannot_publish(editor_client, draft):
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    form = editor_client.get(url).context["adminform"].form
    assert Status.PUBLISHED not in [value for value, _label in form.fields["status"].choices]
    response = editor_client.post(url, change_data(draft, status="published"))
    assert response.status_code == 200
    assert "Publish from the record" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.published_at is None


def test_the_list_and_change_form_link_to_the_review(editor_client, draft):
    assert review(draft) in editor_client.get(reverse("admin:releases_announcement_changelist")).content.decode()
    change = reverse("admin:releases_announcement_change", args=[draft.pk])
    assert review(draft) in editor_client.get(change).content.decode()


def test_a_record_made_in_the_admin_gets_a_date_prefixed_slug(editor_client):
    source = make_source()
    data = {
        "title": "A pardon for the holiday", "status": "draft", "kind": "pardon", "country": "EG",
        "announced_on": "2024-04-10", "occasion": "", "summary": "", "sources": [source.pk],
        "figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0", "follows-TOTAL_FORMS": "0",
        "follows-INITIAL_FORMS": "0", "follow_ups-TOTAL_FORMS": "0", "follow_ups-INITIAL_FORMS": "0",
    }  # fmt: skip
    response = editor_client.post(reverse("admin:releases_announcement_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Announcement.objects.get(title="A pardon for the holiday").slug == "2024-04-10-a-pardon-for-the-holiday"


def test_a_drafts_slug_follows_its_title_until_first_published(editor_client, draft):
    assert draft.slug == "2024-04-10-egypt-pardons-1200-prisoners-for-eid"
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    response = editor_client.post(url, change_data(draft, title="Egypt pardons 1,250 prisoners for Eid al-Fitr"))
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.slug == "2024-04-10-egypt-pardons-1250-prisoners-for-eid-al-fitr"

    services.announcements_publish(announcements=[draft])
    draft.refresh_from_db()
    public = draft.slug
    draft.title = "Egypt pardons 1,300 prisoners for Eid al-Fitr"
    draft.save()
    draft.refresh_from_db()
    assert draft.slug == public  # a public address stays


def test_a_title_corrected_just_before_publishing_gives_the_published_slug():
    draft = make_announcement(title="Draft wording", status=Status.DRAFT, announced_on=datetime.date(2024, 1, 2))
    Announcement.objects.filter(pk=draft.pk).update(title="Final wording")  # e.g. a bulk correction
    services.announcements_publish(announcements=Announcement.objects.filter(pk=draft.pk))
    draft.refresh_from_db()
    assert (draft.status, draft.slug) == (Status.PUBLISHED, "2024-01-02-final-wording")


def test_two_drafts_of_one_title_and_date_keep_distinct_slugs():
    one = make_announcement(title="Amnesty", status=Status.DRAFT, announced_on=datetime.date(2024, 1, 2))
    two = make_announcement(title="Amnesty", status=Status.DRAFT, announced_on=datetime.date(2024, 1, 2))
    assert (one.slug, two.slug) == ("2024-01-02-amnesty", "2024-01-02-amnesty-2")
    two.summary = "saved again"
    two.save()
    two.refresh_from_db()
    assert two.slug == "2024-01-02-amnesty-2"
