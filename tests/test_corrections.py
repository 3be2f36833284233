"""The public corrections log: a reason is required to change a published record, every
change is shown with it, the citation names the version, and ?as_of= shows an earlier one."""

import datetime
import re

import pytest
from django.urls import reverse

from releases import services
from releases.choices import Metric, Status
from releases.models import Announcement, Figure
from tests.conftest import make_announcement, make_figure, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLISHED_ON = datetime.datetime(2024, 5, 2, 10, tzinfo=datetime.UTC)


def backdate(announcement: Announcement, moment: datetime.datetime) -> None:
    """Move the record's history so far (and its publication) to `moment`."""
    Announcement.history.filter(id=announcement.pk).update(history_date=moment)
    Figure.history.filter(announcement_id=announcement.pk).update(history_date=moment)
    Announcement.objects.filter(pk=announcement.pk).update(published_at=moment)


@pytest.fixture
def record(db):
    source = make_source(outlet="Example Wire", text="The judiciary said it would pardon 10,000 prisoners.")
    announcement = make_announcement(
        title="Iran pardons 10,000 prisoners", sources=[source], summary="A pardon for the New Year.",
        figures=[{"value": 10000, "metric": Metric.PARDONED, "quote": "pardon 10,000 prisoners"}],
    )  # fmt: skip
    backdate(announcement, PUBLISHED_ON)
    return announcement


def figure_post(figure: Figure, **changes) -> dict:
    data = {
        "announcement": figure.announcement_id, "value": figure.value, "metric": figure.metric,
        "qualifier": figure.qualifier, "category": figure.category_id or "", "country": figure.country.code,
        "as_of": "", "source": figure.source_id, "quote": figure.quote, "translation": "",
        "entered_by": figure.entered_by, "evidence": figure.evidence, "headline": "on", "note": "",
        "role": figure.role, "part_of": "",
    }  # fmt: skip
    data.update(changes)
    return {k: str(v) for k, v in data.items()}


def announcement_post(announcement: Announcement, figure: Figure, **changes) -> dict:
    data = {
        "title": announcement.title, "slug": announcement.slug, "status": announcement.status,
        "kind": announcement.kind, "country": announcement.country.code,
        "announced_on": announcement.announced_on.isoformat(), "occasion": announcement.occasion,
        "summary": announcement.summary, "sources": [s.pk for s in announcement.sources.all()],
        "figures-TOTAL_FORMS": "1", "figures-INITIAL_FORMS": "1",
        "figures-MIN_NUM_FORMS": "0", "figures-MAX_NUM_FORMS": "1000",
        "figures-0-id": figure.pk, "figures-0-announcement": announcement.pk, "figures-0-value": figure.value,
        "figures-0-metric": figure.metric, "figures-0-qualifier": figure.qualifier, "figures-0-category": "",
        "figures-0-as_of": "", "figures-0-evidence": figure.evidence, "figures-0-headline": "on",
        "figures-0-role": figure.role, "figures-0-part_of": "",
        "figures-0-source": figure.source_id, "figures-0-quote": figure.quote, "figures-0-translation": "",
        "follows-TOTAL_FORMS": "0", "follows-INITIAL_FORMS": "0",
        "official_links-TOTAL_FORMS": "0",
        "official_links-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0", "follow_ups-INITIAL_FORMS": "0",
    }  # fmt: skip
    data.update(changes)
    return data


def detail(client, announcement, **params) -> str:
    response = client.get(announcement.get_absolute_url(), params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_editing_a_published_figure_without_a_reason_is_refused(editor_client, record):
    figure = record.figures.get()
    url = reverse("admin:releases_figure_change", args=[figure.pk])
    assert 'name="change_reason"' in editor_client.get(url).content.decode()
    response = editor_client.post(url, figure_post(figure, value=9800))
    assert response.status_code == 200
    assert "Give the reason for this change" in response.content.decode()
    figure.refresh_from_db()
    assert figure.value == 10000


def test_a_reason_is_asked_only_of_published_records(editor_client):
    draft = make_announcement(status=Status.DRAFT, figures=[{"value": 5}])
    figure = draft.figures.get()
    assert (
        'name="change_reason"'
        not in editor_client.get(reverse("admin:releases_figure_change", args=[figure.pk])).content.decode()
    )
    page = editor_client.get(reverse("admin:releases_announcement_change", args=[draft.pk])).content.decode()
    assert 'name="change_reason"' not in page
    response = editor_client.post(
        reverse("admin:releases_figure_change", args=[figure.pk]), figure_post(figure, value=6)
    )
    assert response.status_code == 302


def test_a_correction_with_a_reason_is_logged_and_shown(editor_client, client, record):
    figure = record.figures.get()
    url = reverse("admin:releases_figure_change", args=[figure.pk])
    response = editor_client.post(
        url, figure_post(figure, value=9800, change_reason="The judiciary corrected its count")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = Figure.history.filter(id=figure.pk).latest("history_date")
    assert latest.history_change_reason == "The judiciary corrected its count"
    assert latest.history_user.username == "editor"

    html = detail(client, record)
    corrections = section(html, "corrections-heading")
    assert "Version 2" in corrections and "The judiciary corrected its count" in corrections
    assert "Figure 9,800 pardoned · Value: <del>10,000</del> → <ins>9,800</ins>" in corrections
    assert "editor" not in corrections  # who made it stays in the admin
    cite = section(html, "cite-heading")
    today = datetime.date.today()
    assert re.search(rf"version 2, \w+\.? {today.day}, {today.year}", cite)
    assert f"?as_of={today:%Y-%m-%d}" in cite


def test_editing_a_published_announcement_and_its_inline_figure_needs_one_reason(editor_client, client, record):
    figure = record.figures.get()
    url = reverse("admin:releases_announcement_change", args=[record.pk])
    data = announcement_post(record, figure, title="Iran pardons 9,800 prisoners", **{"figures-0-value": "9800"})
    refused = editor_client.post(url, data)
    assert refused.status_code == 200 and "Give the reason for this change" in refused.content.decode()
    record.refresh_from_db()
    assert record.title == "Iran pardons 10,000 prisoners"

    response = editor_client.post(url, data | {"change_reason": "Count revised by the judiciary"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Announcement.history.filter(id=record.pk).latest("history_date").history_change_reason == (
        "Count revised by the judiciary"
    )
    assert Figure.history.filter(id=figure.pk).latest("history_date").history_change_reason == (
        "Count revised by the judiciary"
    )
    corrections = section(detail(client, record), "corrections-heading")
    # One correction (one version), listing both changes.
    assert corrections.count("Version 2") == 1 and "Version 3" not in corrections
    assert "Title: <del>Iran pardons 10,000 prisoners</del> → <ins>Iran pardons 9,800 prisoners</ins>" in corrections
    assert "<del>10,000</del> → <ins>9,800</ins>" in corrections


def test_as_of_reproduces_the_earlier_version_exactly(editor_client, client, record):
    before = detail(client, record)
    figure = record.figures.get()
    url = reverse("admin:releases_announcement_change", args=[record.pk])
    data = announcement_post(
        record, figure, title="Iran pardons 9,800 prisoners", summary="Revised.", change_reason="Revised count",
        **{"figures-0-value": "9800", "figures-0-evidence": "official"},
    )  # fmt: skip
    assert editor_client.post(url, data).status_code == 302
    make_figure(announcement=record, source=figure.source, value=300, metric=Metric.RELEASED)

    current = detail(client, record)
    assert "Iran pardons 9,800 prisoners" in current and "Version 3" in current

    then = detail(client, record, as_of="2024-05-02")
    assert section(then, "figures-heading") == section(before, "figures-heading")
    header = re.search(r"<header>.*?</header>", then, re.S).group(0)
    assert "Iran pardons 10,000 prisoners" in header and "A pardon for the New Year." in header
    assert "9,800" not in section(then, "figures-heading") and "300" not in section(then, "figures-heading")
    assert "as it stood at the end of" in then and "version 1" in then
    assert "Version 2" not in section(then, "corrections-heading")
    assert "version 1, May 2, 2024" in section(then, "cite-heading")


def test_as_of_before_publication_or_of_a_draft_is_not_found(client, record):
    assert client.get(record.get_absolute_url(), {"as_of": "2024-05-01"}).status_code == 404
    draft = make_announcement(status=Status.DRAFT, title="Draft title")
    assert client.get(draft.get_absolute_url(), {"as_of": "2030-01-01"}).status_code == 404


def test_a_draft_state_never_shows_in_the_log_or_an_earlier_version(client):
    announcement = make_announcement(status=Status.DRAFT, title="Machine's rough title", figures=[{"value": 77}])
    backdate(announcement, datetime.datetime(2024, 4, 1, tzinfo=datetime.UTC))
    Announcement.objects.filter(pk=announcement.pk).update(published_at=None)
    announcement.refresh_from_db()
    announcement.title = "An editor's title"
    announcement.save()
    announcement.figures.update(value=78)
    services.announcements_publish(announcements=[announcement])
    html = detail(client, announcement)
    assert "Machine's rough title" not in html and "No corrections since publication." in html
    assert client.get(announcement.get_absolute_url(), {"as_of": "2024-04-02"}).status_code == 404


@pytest.mark.parametrize("bad", ["yesterday", "2024-02-30", "2024-5-2x", "0000-01-01"])
def test_a_bad_as_of_is_a_400(client, record, bad):
    response = client.get(record.get_absolute_url(), {"as_of": bad})
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.content.decode()


def test_a_figure_filed_later_from_a_further_source_is_a_correction(client, record):
    make_figure(announcement=record, source=make_source(outlet="Example Daily"), value=9900, headline=False)
    corrections = section(detail(client, record), "corrections-heading")
    assert "Version 2" in corrections and "filed from a further source" in corrections
    assert "<ins>added</ins>" in corrections


def test_a_long_reason_is_kept_whole():
    from releases.models import Announcement
    from tests.conftest import make_announcement

    announcement = make_announcement(title="A published pardon")
    reason = "The ministry revised the count the next day; " * 8
    assert len(reason) > 300
    history = announcement.history.first()
    history.history_change_reason = reason
    history.save()
    assert Announcement.history.get(pk=history.pk).history_change_reason == reason


def test_edits_made_while_a_record_is_off_the_site_never_reach_its_log(editor_client, client, record):
    # Publish, reject (changing the title in the same save), put internal notes in the
    # title and summary while rejected, put them back, publish again: readers saw no change.
    figure = record.figures.get()
    url = reverse("admin:releases_announcement_change", args=[record.pk])
    off = announcement_post(record, figure, status="rejected", title="INTERNAL hold: legal check")
    assert editor_client.post(url, off | {"change_reason": "Checking with the desk"}).status_code == 302
    record.refresh_from_db()
    assert record.status == Status.REJECTED
    noted = announcement_post(record, figure, summary="INTERNAL note: source says numbers are made up")
    assert editor_client.post(url, noted).status_code == 302  # no reason is asked while it is off the site
    back = announcement_post(
        record, figure, title="Iran pardons 10,000 prisoners", summary="A pardon for the New Year."
    )
    assert editor_client.post(url, back).status_code == 302
    services.announcements_publish(announcements=Announcement.objects.filter(pk=record.pk))
    html = detail(client, record)
    assert "INTERNAL" not in html
    assert "No corrections since publication." in section(html, "corrections-heading")


def test_a_record_published_again_shows_only_what_changed_since_readers_last_saw_it(editor_client, client, record):
    figure = record.figures.get()
    url = reverse("admin:releases_announcement_change", args=[record.pk])
    off = announcement_post(record, figure, status="rejected")
    assert editor_client.post(url, off | {"change_reason": "Checking the date"}).status_code == 302
    record.refresh_from_db()
    for summary in ("INTERNAL draft wording", "A pardon for Nowruz."):
        assert editor_client.post(url, announcement_post(record, figure, summary=summary)).status_code == 302
    services.announcements_publish(announcements=Announcement.objects.filter(pk=record.pk))
    log = section(detail(client, record), "corrections-heading")
    assert "INTERNAL" not in log
    assert "<del>A pardon for the New Year.</del> → <ins>A pardon for Nowruz.</ins>" in log
    assert log.count('<li id="version-') == 1
