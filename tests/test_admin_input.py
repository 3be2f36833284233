"""The editors' forms refuse oversize and malformed input with a message, and keep nothing of it."""

import pytest
from django.urls import reverse

from releases.models import Announcement, Source

pytestmark = pytest.mark.django_db


def test_an_oversize_post_is_refused(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    response = editor_client.post(
        reverse("admin:releases_announcement_add"),
        {"title": "x" * 200_000, "kind": "pardon", "country": "IR", "announced_on": "2020-03-18"},
    )
    assert response.status_code == 400
    assert not Announcement.objects.exists()


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/a", "javascript:alert(1)", "http://"])
def test_import_from_url_refuses_what_is_not_a_web_address(editor_client, url):
    response = editor_client.post(reverse("admin:releases_source_import"), {"url": url})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Source.objects.exists()


def test_announcement_form_says_what_is_wrong(editor_client):
    response = editor_client.post(
        reverse("admin:releases_announcement_add"),
        {"title": "", "kind": "bailout", "country": "XX", "announced_on": "2020-13-45",
         "figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0"},
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="errorlist') >= 3
    assert not Announcement.objects.exists()
