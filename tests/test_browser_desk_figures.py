"""The figures inline in headless Chromium at 1,280 px: every field of every figure on
screen (no sideways scrolling, no field cut off), the quote in a text area under the
numbers. The screenshot goes to tests/artifacts/."""

import pytest
from django.test import Client

from releases.choices import Metric, Status
from tests.conftest import ARTIFACTS, make_announcement, make_source

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_figures_inline_fits_a_1280_px_screen(browser, editor, live_server):
    client = Client()
    client.force_login(editor)
    source = make_source(
        outlet="Example Wire", title="Egypt pardons prisoners for Eid",
        text="President Sisi pardoned 1,200 prisoners for Eid, among them 30 women held on remand.",
    )  # fmt: skip
    draft = make_announcement(
        title="Egypt pardons 1,200 prisoners for Eid al-Fitr", status=Status.DRAFT, country="EG", sources=[source],
        figures=[{"value": 1200, "metric": Metric.PARDONED, "quote": "pardoned 1,200 prisoners for Eid"},
                 {"value": 30, "metric": Metric.PARDONED, "category": "women", "headline": True,
                  "quote": "among them 30 women held on remand"}],
    )  # fmt: skip
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/releases/announcement/{draft.pk}/change/")
    page.locator("[name='figures-0-quote']").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "desk-figures-inline-desktop.png"), full_page=True)
    assert page.evaluate(OVERFLOW) <= 0, "the announcement form scrolls sideways at 1,280 px"
    for n in (0, 1):
        for name in ("value", "metric", "qualifier", "category", "role", "part_of", "source", "quote"):
            box = page.locator(f"[name='figures-{n}-{name}']").bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1280, (n, name, box)
        value = page.locator(f"[name='figures-{n}-value']").bounding_box()
        quote = page.locator(f"textarea[name='figures-{n}-quote']").bounding_box()
        assert quote["y"] > value["y"] + value["height"], "the quote sits under the numbers"
        assert quote["width"] >= 400, "the quote has room to be read"
    # The source text sits beside the figures, its quotes marked.
    panel = page.locator(".desk-source-panel")
    panel_box = panel.bounding_box()
    quote = page.locator("textarea[name='figures-0-quote']").bounding_box()
    assert panel_box["x"] >= quote["x"] + quote["width"], "the source text is beside the figures, not above"
    assert panel_box["x"] + panel_box["width"] <= 1280
    assert 0 <= panel_box["y"] < 900, "scrolled to the figures, the source text stays in view"
    assert "President Sisi pardoned 1,200 prisoners for Eid" in panel.inner_text()
    context.close()


def test_on_a_narrow_screen_the_source_text_follows_the_figures(browser, editor, live_server):
    client = Client()
    client.force_login(editor)
    source = make_source(outlet="Example Wire", title="Jordan pardon", text="The king pardoned 400 prisoners.")
    draft = make_announcement(
        title="Jordan pardons 400", status=Status.DRAFT, country="JO", sources=[source],
        figures=[{"value": 400, "metric": Metric.PARDONED, "quote": "pardoned 400 prisoners"}],
    )  # fmt: skip
    context = browser.new_context(viewport={"width": 900, "height": 900})
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/releases/announcement/{draft.pk}/change/")
    assert page.evaluate(OVERFLOW) <= 0, "the announcement form scrolls sideways at 900 px"
    quote = page.locator("textarea[name='figures-0-quote']").bounding_box()
    panel = page.locator(".desk-source-panel").bounding_box()
    assert panel["y"] > quote["y"] + quote["height"], "one column: the source text under the figures"
    context.close()
