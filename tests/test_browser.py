"""The public site in headless Chromium: a journalist finds the Iran pardon of March 2020
from the timeline, a researcher narrows to political prisoners and downloads the rows.

Screenshots of each page go to tests/artifacts/ (ignored by git).
"""

import csv

import pytest

# A requirement, imported plainly: where it is missing the suite fails to collect, loudly.
from playwright import sync_api as playwright_sync

from tests.conftest import ARTIFACTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_errors.append(f"{page.url} {m.text}"))
    yield page
    context.close()


def shoot(page, name: str) -> None:
    # caret="initial": hiding the caret would put style="" on inputs, which htmx then copies
    # on its next swap, and the Content-Security-Policy (rightly) refuses.
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True, caret="initial")


def heading(page) -> str:
    return page.locator("#results-heading").inner_text()


def test_journalist_and_researcher_journey(page, live_server, fresh_cache, public_records):
    expect = playwright_sync.expect
    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_have_text("Timeline of announcements")
    expect(page.locator("svg.histogram")).to_be_visible()
    shoot(page, "timeline")

    page.get_by_role("link", name="Filter them").click()
    expect(page.locator("#results-heading")).to_have_text("3 announcements")
    shoot(page, "announcements")

    # Ticking a category updates the list in place (htmx) and puts the filter in the URL.
    page.locator(".facet-category").get_by_label("Political prisoners").check()
    expect(page.locator("#results-heading")).to_have_text("2 announcements")
    expect(page).to_have_url(f"{live_server.url}/announcements/?category=political")
    expect(page.locator("#results .entry")).to_have_count(2)
    expect(page.locator(".facet-category").get_by_label("Political prisoners")).to_be_checked()
    shoot(page, "announcements-political")

    # The back button returns to the unfiltered list, forward to the filtered one.
    page.go_back()
    expect(page.locator("#results-heading")).to_have_text("3 announcements")
    page.go_forward()
    expect(page.locator("#results-heading")).to_have_text("2 announcements")

    page.get_by_role("link", name=public_records.iran.title).click()
    expect(page.locator("h1")).to_have_text(public_records.iran.title)
    quote = page.locator("blockquote.quote").first
    expect(quote).to_contain_text("will forgive 10,000 prisoners, including political detainees")
    expect(quote.locator("mark")).to_have_text("10,000")
    expect(page.get_by_text("10,000 of 189,500: 5.3%")).to_be_visible()
    expect(page.get_by_role("heading", name="Cite this")).to_be_visible()
    shoot(page, "announcement-iran-2020")
    page.emulate_media(media="print")
    shoot(page, "announcement-iran-2020-print")
    page.emulate_media(media="screen")

    page.go_back()
    expect(page.locator("#results-heading")).to_have_text("2 announcements")
    with page.expect_download() as download_info:
        page.locator(".downloads").get_by_role("link", name="CSV").click()
    target = ARTIFACTS / "announcements-political.csv"
    download_info.value.save_as(target)
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["announcement_title"] for row in rows} == {public_records.iran.title, public_records.egypt.title}
    assert all("political" in row["categories"] for row in rows)
    assert page.csp_errors == []


def test_filters_work_without_javascript(browser, live_server, fresh_cache, public_records):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/announcements/")
    page.locator(".facet-category").get_by_label("Political prisoners").check()
    page.locator(".facet-country").get_by_label("Iran").check()
    page.get_by_role("button", name="Apply filters").click()
    playwright_sync.expect(page.locator("#results-heading")).to_have_text("1 announcement")
    assert "category=political" in page.url and "country=IR" in page.url
    shoot(page, "announcements-no-js")
    context.close()


def test_bad_filter_page_in_browser(page, live_server, fresh_cache, public_records):
    response = page.goto(live_server.url + "/announcements/?min_value=abc&announced_after=2020-13-45")
    assert response.status == 400
    playwright_sync.expect(page.get_by_role("alert")).to_contain_text("Enter a valid date")
    shoot(page, "bad-filter")


@pytest.mark.parametrize(
    ("path", "name"), [("/figures/", "figures"), ("/search/?q=Iran", "search"), ("/fa/", "timeline-fa")]
)
def test_other_pages_render(page, live_server, fresh_cache, public_records, path, name):
    page.goto(live_server.url + path)
    playwright_sync.expect(page.locator("main")).to_be_visible()
    shoot(page, name)
    assert page.csp_errors == []


def test_phone_layout(browser, live_server, fresh_cache, public_records):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + public_records.iran.get_absolute_url())
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    shoot(page, "announcement-phone")
    page.goto(live_server.url + "/announcements/")
    shoot(page, "announcements-phone")
    context.close()


def test_researcher_follows_a_category_to_its_figures_and_reads_totals_counted_once(page, live_server, fresh_cache):
    """Filter by a category, follow "Its figures and chart", and read a total that counts each
    person once: a part is not added to its total, nor a second outlet's repeat of it."""
    import datetime

    from releases.choices import Role
    from tests.conftest import make_announcement, make_figure, make_source

    first, second = make_source(outlet="First"), make_source(outlet="Second")
    tagged = make_announcement(
        title="Kyrgyz pardon", country="KG", categories=["political"], sources=[first, second],
        announced_on=datetime.date(2024, 3, 1),
    )  # fmt: skip
    total = make_figure(announcement=tagged, source=first, value=1200, quote="1,200 pardoned")
    make_figure(announcement=tagged, source=second, value=1200, headline=False, quote="1,200 freed")
    make_figure(announcement=tagged, source=first, value=85, role=Role.PART, part_of=total, category="political",
                quote="85 political prisoners among them")  # fmt: skip
    general = make_announcement(title="Belarus frees prisoners", country="BY", categories=["political"])
    make_figure(announcement=general, source=general.sources.get(), value=14, metric="released", quote="freed 14")
    expect = playwright_sync.expect
    page.goto(live_server.url + "/announcements/?category=political")
    expect(page.locator("#results .entry")).to_have_count(2)  # tagged, whatever their figures count
    page.get_by_role("link", name="Its figures and chart").click()
    expect(page).to_have_url(f"{live_server.url}/figures/?category=political")
    # The category's own figure is listed; Belarus's 14 count prisoners in general, and the
    # page says so instead of leaving them out silently.
    expect(page.locator("#results-heading")).to_have_text("1 figure")
    expect(page.locator("#results .notice")).to_contain_text("not broken down by category")
    shoot(page, "figures-political")
    page.goto(live_server.url + "/countries/KG/")
    totals = page.locator("table.totals").inner_text()
    assert "1,200" in totals and "1,285" not in totals and "2,400" not in totals
    page.goto(live_server.url + tagged.get_absolute_url())
    expect(page.locator(".total-line").first).to_contain_text("of whom")
    shoot(page, "announcement-roles")
