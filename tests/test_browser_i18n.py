"""Right to left in headless Chromium: the timeline and an announcement page in Persian and
Arabic, screenshots in tests/artifacts/; and the switcher keeping filters changed in place.
"""

import pytest
from django.utils import translation

from tests.test_browser import playwright_sync, shoot
from tests.test_i18n import _translations_ready, compiled_translations, persian_pardon  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# lang, the timeline's heading, the figures heading on an announcement page, 10,000
RTL = [
    ("fa", "گاه‌شمار اعلامیه‌ها", "ارقام", "۱۰٬۰۰۰"),
    ("ar", "الخط الزمني للإعلانات", "الأرقام", "١٠٬٠٠٠"),
]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_errors.append(m.text))
    yield page
    context.close()


def direction_of(page, selector: str) -> str:
    return page.locator(selector).first.evaluate("element => getComputedStyle(element).direction")


def starts_on_the_right(page, selector: str) -> bool:
    """The element's text hugs the right edge of its box, as right-to-left text does."""
    return page.locator(selector).first.evaluate(
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const text = range.getBoundingClientRect(), box = element.getBoundingClientRect();
            return Math.abs(box.right - text.right) < 2 && text.left - box.left > 2;
        }"""
    )


@pytest.mark.parametrize(("lang", "heading", "figures_heading", "ten_thousand"), RTL)
def test_timeline_and_announcement_right_to_left(
    page, live_server, fresh_cache, public_records, lang, heading, figures_heading, ten_thousand
):
    expect = playwright_sync.expect
    with translation.override("en"):
        iran = public_records.iran.get_absolute_url()
    page.goto(f"{live_server.url}/{lang}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_text(heading)
    assert direction_of(page, "main") == "rtl"
    assert starts_on_the_right(page, "main h1")
    expect(page.locator(".headline-figures").filter(has_text=ten_thousand)).to_have_count(1)
    expect(page.locator("svg.histogram")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    shoot(page, f"timeline-{lang}")

    page.goto(f"{live_server.url}/{lang}{iran}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#figures-heading")).to_have_text(figures_heading)
    expect(page.locator(".figure-value").first).to_have_text(ten_thousand)
    # The English quote keeps its own language and reads left to right inside the page.
    quote = page.locator("blockquote.quote").first
    expect(quote).to_have_attribute("lang", "en")
    assert direction_of(page, "blockquote.quote p") == "ltr"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    shoot(page, f"announcement-iran-2020-{lang}")
    assert page.csp_errors == []


def test_persian_quote_beside_its_translation(page, live_server, fresh_cache):
    with translation.override("en"):
        url = persian_pardon().get_absolute_url()
    page.goto(f"{live_server.url}/fa{url}")
    quote = page.locator("blockquote.quote")
    playwright_sync.expect(quote).to_have_attribute("lang", "fa")
    playwright_sync.expect(quote).to_contain_text("عفو ۱۰ هزار زندانی")
    translation_box = page.locator(".translation")
    playwright_sync.expect(translation_box).to_contain_text("a pardon of 10,000 prisoners")
    # Side by side on a wide screen: the translation is level with the quote, not under it.
    quote_box, translation_rect = quote.bounding_box(), translation_box.bounding_box()
    assert abs(quote_box["y"] - translation_rect["y"]) < 20
    assert translation_rect["x"] < quote_box["x"]  # right to left: the quote comes first, on the right
    shoot(page, "announcement-persian-quote-fa")


def test_switcher_follows_filters_changed_in_place(page, live_server, fresh_cache, public_records):
    expect = playwright_sync.expect
    page.goto(f"{live_server.url}/fa/announcements/")
    page.locator(".facet-category input[value=political]").check()
    expect(page).to_have_url(f"{live_server.url}/fa/announcements/?category=political")
    english = page.locator("a[data-language-switch][hreflang=en]")
    expect(english).to_have_attribute("href", "/announcements/?category=political")
    english.click()
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("#results-heading")).to_have_text("2 announcements")
    expect(page.locator(".facet-category").get_by_label("Political prisoners")).to_be_checked()
    shoot(page, "announcements-switched-to-en")
    assert page.csp_errors == []
