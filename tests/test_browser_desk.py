"""The desk in headless Chromium: the home page and a draft's review page at 1,280 px and
390 px, in English and Persian for the review page (it is the public page), with no
horizontal overflow; publishing from the review page. Screenshots go to tests/artifacts/."""

import pytest
from django.test import Client
from playwright import sync_api as playwright_sync

from releases.choices import Metric, SourceStatus, Status
from releases.models import Feed
from tests.conftest import ARTIFACTS, make_announcement, make_source

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"desktop": 1280, "phone": 390}
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def desk(editor, live_server):
    """The editor's session cookie, and a draft, a failed source and a failing feed."""
    client = Client()
    client.force_login(editor)
    draft = make_announcement(
        title="Egypt pardons 1,200 prisoners for Eid al-Fitr", status=Status.DRAFT, country="EG",
        sources=[make_source(outlet="Example Wire", title="Egypt pardons prisoners for Eid")],
        figures=[{"value": 1200, "metric": Metric.PARDONED, "quote": "a pardon for 1,200 prisoners on the occasion of Eid"}],
    )  # fmt: skip
    make_source(title="An article that would not load", status=SourceStatus.FAILED, error="HTTP 503 from the site")
    Feed.objects.create(url="https://feeds.example.org/x.rss", name="A failing feed", failures=2, last_error="HTTP 500")
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
    return {"cookie": cookie, "draft": draft, "base": live_server.url}


def open_page(browser, desk, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_cookies([desk["cookie"]])
    return context, context.new_page()


@pytest.mark.parametrize("size", WIDTHS)
def test_desk_home_fits_the_screen(browser, desk, size):
    context, page = open_page(browser, desk, WIDTHS[size])
    page.goto(desk["base"] + "/admin/")
    expect = playwright_sync.expect
    expect(page.locator("#review-queue")).to_contain_text("Egypt pardons 1,200 prisoners for Eid al-Fitr")
    expect(page.locator("#sources-attention")).to_contain_text("HTTP 503 from the site")
    expect(page.locator("#feeds-health")).to_contain_text("A failing feed")
    expect(page.locator("#import-url input[name=url]")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / f"desk-home-{size}.png"), full_page=True)
    assert page.evaluate(OVERFLOW) <= 0, f"the desk's home page scrolls sideways at {WIDTHS[size]} px"
    context.close()


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_review_page_fits_the_screen(browser, desk, size, lang):
    context, page = open_page(browser, desk, WIDTHS[size])
    prefix = "" if lang == "en" else f"/{lang}"
    page.goto(f"{desk['base']}{prefix}/admin/releases/announcement/{desk['draft'].pk}/review/")
    playwright_sync.expect(page.locator(".review-bar button.publish")).to_be_visible()
    playwright_sync.expect(page.locator("blockquote.quote mark")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / f"desk-review-{lang}-{size}.png"), full_page=True)
    assert page.evaluate(OVERFLOW) <= 0, f"the review page scrolls sideways at {WIDTHS[size]} px ({lang})"
    context.close()


def test_publishing_from_the_review_page_in_the_browser(browser, desk):
    context, page = open_page(browser, desk, 1280)
    page.goto(desk["base"] + "/admin/")
    page.locator("#review-queue").get_by_role("link", name="Review").click()
    page.get_by_role("button", name="Publish").click()
    playwright_sync.expect(page.locator(".messagelist .success")).to_contain_text("Published:")
    desk["draft"].refresh_from_db()
    assert desk["draft"].status == Status.PUBLISHED
    page.locator(".messagelist .success a").click()
    playwright_sync.expect(page.locator("h1")).to_have_text("Egypt pardons 1,200 prisoners for Eid al-Fitr")
    context.close()
