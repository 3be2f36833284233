"""The public pages in headless Chromium: the timeline, the filtered list, an announcement
and the figures, in English and Persian at 1,280 px and 390 px, from the demo records.
Each page must not scroll sideways and no two pieces of text may be drawn over each other;
a screenshot of each is kept in tests/artifacts/."""

import pytest
from django.core.management import call_command

from releases.models import Announcement
from tests.conftest import ARTIFACTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"desktop": 1280, "phone": 390}
PAGES = ["timeline", "list", "announcement", "figures"]
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"

# Every visible line of text (a text node's line boxes; an SVG <text> as a whole) and the
# pairs of them whose boxes overlap by more than 2 px both ways. Text inside one element
# (its own lines) and text clipped to a box of 2 px or less (visually hidden labels, which
# screen readers read and nobody sees) are not compared.
OVERLAPS = """() => {
  const clipped = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect(), s = getComputedStyle(e);
      if ((s.overflow === 'hidden' || s.clipPath !== 'none') && (r.width <= 2 || r.height <= 2)) return true;
    }
    return false;
  };
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || parent.closest('svg, script, style, title, desc')) continue;
    if (parent.closest('details:not([open]) > :not(summary)')) continue;  // folded away, not drawn
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.opacity === '0' || clipped(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 2 && r.height > 2) boxes.push({r, el: parent, text: node.textContent.trim().slice(0, 40)});
    }
  }
  for (const t of document.querySelectorAll('svg text')) {
    const r = t.getBoundingClientRect();
    if (r.width > 2 && r.height > 2) boxes.push({r, el: t, text: t.textContent.trim().slice(0, 40)});
  }
  const clash = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el) continue;
      const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const dy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (dx > 2 && dy > 2) clash.push(a.text + ' / ' + b.text);
    }
  }
  return clash.slice(0, 10);
}"""


@pytest.fixture
def demo(live_server):
    call_command("loaddemo", verbosity=0)
    iran = Announcement.objects.published().filter(country="IR").order_by("announced_on").first()
    return {
        "base": live_server.url,
        "timeline": "/",
        "list": "/announcements/",
        "announcement": iran.get_absolute_url().removeprefix("/en"),
        "figures": "/figures/",
    }


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("name", PAGES)
def test_public_page_fits_and_text_does_not_overlap(browser, demo, name, lang, size):
    context = browser.new_context(viewport={"width": WIDTHS[size], "height": 900})
    page = context.new_page()
    prefix = "" if lang == "en" else f"/{lang}"
    response = page.goto(f"{demo['base']}{prefix}{demo[name]}")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ARTIFACTS / f"public-{name}-{lang}-{size}.png"), full_page=True)
    assert page.evaluate(OVERFLOW) <= 0, f"{name} ({lang}) scrolls sideways at {WIDTHS[size]} px"
    assert page.evaluate(OVERLAPS) == [], f"{name} ({lang}) at {WIDTHS[size]} px draws text over text"
    if name in ("list", "figures"):
        # Wide enough for a whole date and its picker ("mm/dd/yyyy" was clipped to "mm/dd/y").
        assert page.locator("#f-after").bounding_box()["width"] >= 150
    context.close()


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_chart_labels_are_readable_on_a_phone(browser, demo, lang):
    """On a 390 px screen the charts' tick labels are drawn at 9 px or more."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    prefix = "" if lang == "en" else f"/{lang}"
    for path in ("/", "/figures/"):
        page.goto(f"{demo['base']}{prefix}{path}")
        heights = page.evaluate(
            "[...document.querySelectorAll('svg .tick')].map(t => t.getBoundingClientRect().height)"
        )
        assert heights and min(heights) >= 9, f"{path} ({lang}): tick labels {min(heights):.1f} px high"
    context.close()


def test_more_opens_the_rest_of_a_facet_without_script(browser, demo):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo["base"] + "/announcements/")
    facet = page.locator("fieldset.facet-country")
    hidden = facet.locator("details input[type=checkbox]")
    assert hidden.count() > 0
    assert not hidden.first.is_visible()
    facet.locator("details summary").click()
    assert hidden.first.is_visible()
    context.close()
