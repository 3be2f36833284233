"""Import from URL says what happened: a refused address in red with its reason, a failed
fetch as a failure, a known article linked and fetched again only when asked."""

import pytest
from django.urls import reverse

from releases.choices import SourceStatus
from releases.models import Source

# Real requests in autocommit: the fetch is enqueued on commit and, without a worker, runs
# before the view answers, as it does in the embedded mode. The rollback is serialised so
# the Editors group made by a migration survives each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

IMPORT = "admin:releases_source_import"


def messages_of(response) -> list[tuple[str, str]]:
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


def test_a_loopback_address_is_refused_in_the_form_with_its_reason(editor_client, settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = False
    response = editor_client.post(reverse(IMPORT), {"url": "http://127.0.0.1:8000/news/pardon"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "will not fetch this address" in page and "127.0.0.1 is a loopback address" in page
    assert 'class="errorlist' in page  # the admin's red error list, next to the field
    assert 'value="http://127.0.0.1:8000/news/pardon"' in page  # the typed address is kept
    assert "will be fetched" not in page
    assert not Source.objects.exists()


def test_a_failed_fetch_is_reported_as_a_failure_with_the_reason(editor_client, news_site, eager_tasks):
    news_site.server.expect_request("/missing").respond_with_data("no", status=404)
    response = editor_client.post(reverse(IMPORT), {"url": news_site.url("/missing")}, follow=True)
    source = Source.objects.get()
    assert source.status == SourceStatus.FAILED
    [(level, text)] = messages_of(response)
    assert level == "error" and "could not be fetched" in text and "HTTP 404" in text
    assert 'class="error"' in response.content.decode()


def test_a_fetched_article_is_reported_filed(editor_client, news_site, eager_tasks):
    url = news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners")
    response = editor_client.post(reverse(IMPORT), {"url": url}, follow=True)
    assert Source.objects.get().status == SourceStatus.EXTRACTED
    assert messages_of(response) == [("success", "The article was fetched and filed with 1 announcement(s).")]


def test_a_known_address_links_to_its_source_and_is_fetched_again_only_when_asked(
    editor_client, news_site, eager_tasks
):
    news_site.server.expect_request("/flaky").respond_with_data("no", status=404)
    editor_client.post(reverse(IMPORT), {"url": news_site.url("/flaky")})
    source = Source.objects.get()
    assert source.attempts == 1

    response = editor_client.post(reverse(IMPORT), {"url": news_site.url("/flaky?utm_source=mail")})
    assert response.status_code == 200
    page = response.content.decode()
    assert "already known" in page and reverse("admin:releases_source_change", args=[source.pk]) in page
    assert 'name="fetch_again"' in page
    source.refresh_from_db()
    assert source.attempts == 1  # not fetched

    response = editor_client.post(reverse(IMPORT), {"url": news_site.url("/flaky"), "fetch_again": "1"}, follow=True)
    source.refresh_from_db()
    assert source.attempts == 2
    assert messages_of(response)[0][0] == "error"


def test_a_filed_article_is_not_fetched_again(editor_client, news_site, eager_tasks):
    url = news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners")
    editor_client.post(reverse(IMPORT), {"url": url})
    response = editor_client.post(reverse(IMPORT), {"url": url, "fetch_again": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "already known" in page and 'name="fetch_again"' not in page
    assert Source.objects.get().attempts == 1
