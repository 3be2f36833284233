"""The public pages read well: charts that scale what they compare, a histogram with a real
axis, facets that show every value, search with a count and marked matches, one line for
sources and outlets, and right-to-left text that keeps Latin names and numbers in place."""

import datetime
import re

import pytest

from releases.choices import Metric
from releases.public.charts import nice_ticks
from releases.public.templatetags.releases_tags import FACET_VISIBLE, highlight_number, highlight_terms
from tests.conftest import make_announcement, make_official

pytestmark = pytest.mark.django_db


def svgs(html: str) -> list[str]:
    return re.findall(r"<svg .*?</svg>", html, flags=re.S)


def test_nice_ticks_are_round_and_reach_the_peak():
    assert nice_ticks(3) == [0, 1, 2, 3]
    ticks = nice_ticks(189_500)
    assert ticks[0] == 0 and ticks[-1] >= 189_500 and 3 <= len(ticks) <= 6
    assert all(t % 10_000 == 0 for t in ticks)


def test_prison_population_has_its_own_chart(client, public_records):
    html = client.get("/figures/").content.decode()
    flows, stocks = svgs(html)
    assert "series-released" in flows and "series-pardoned" in flows
    assert "series-prison_population" not in flows
    assert "series-prison_population" in stocks and "stock-chart" in stocks

    # The releases' axis stops near their own largest total (85,000), not at 189,500.
    def ticks(svg):
        return [int(t.replace(",", "")) for t in re.findall(r'class="tick"[^>]*dy="0.35em"[^>]*>([\d,]+)<', svg)]

    assert 85_000 <= max(ticks(flows)) < 189_500 and len(ticks(flows)) >= 3
    assert max(ticks(stocks)) >= 189_500


def test_no_line_through_a_year_without_data(client):
    for year in (2018, 2020):
        make_announcement(announced_on=datetime.date(year, 5, 1), figures=[{"value": 40, "metric": Metric.RELEASED}])
    make_announcement(announced_on=datetime.date(2019, 5, 1), figures=[{"value": 7, "metric": Metric.PARDONED}])
    html = client.get("/figures/").content.decode()
    released = re.search(r'<g class="series series-released">(.*?)</g>', html, flags=re.S).group(1)
    assert "<polyline" not in released  # 2018 and 2020 are not joined through a zero in 2019
    assert released.count("<circle") == 2


def test_histogram_has_several_ticks(client, public_records):
    html = client.get("/").content.decode()
    (histogram,) = svgs(html)
    assert len(re.findall(r'<text class="tick"[^>]*dy="0.35em"', histogram)) >= 3


def test_every_country_is_in_the_facet_the_rest_behind_more(client):
    codes = ["IR", "EG", "MM", "MA", "AE", "BH", "NI", "CU", "BY", "US", "ID", "TR", "RU"]
    for code in codes:
        make_announcement(country=code)
    html = client.get("/announcements/").content.decode()
    facet = re.search(r'<fieldset class="facet facet-country">(.*?)</fieldset>', html, flags=re.S).group(1)
    assert sorted(re.findall(r'name="country" value="(\w+)"', facet)) == sorted(codes)
    visible, hidden = facet.split("<details>")
    assert visible.count('name="country"') == FACET_VISIBLE
    assert hidden.count('name="country"') == len(codes) - FACET_VISIBLE
    assert f"{len(codes) - FACET_VISIBLE} more" in hidden


def test_a_chosen_option_is_never_hidden(client):
    codes = ["IR", "EG", "MM", "MA", "AE", "BH", "NI", "CU", "BY", "US", "ID", "TR", "RU"]
    for code in codes:
        make_announcement(country=code)
    html = client.get("/announcements/", {"country": "TR"}).content.decode()
    facet = re.search(r'<fieldset class="facet facet-country">(.*?)</fieldset>', html, flags=re.S).group(1)
    assert 'value="TR" id="f-country-tr" checked' in facet.split("<details>")[0]


def test_search_counts_and_marks_matches(client, public_records):
    html = client.get("/search/", {"q": "pardons"}).content.decode()
    assert "1 result for “pardons”" in html
    assert "Iran <mark>pardons</mark> 10,000 prisoners for the New Year" in html
    assert html.count('<input type="search"') == 1  # the header's box, not a second one


@pytest.mark.parametrize(
    ("quote", "value", "marked"),
    [
        ("will forgive 10,000 prisoners", 10000, "will forgive <mark>10,000</mark> prisoners"),
        ("sont 10 000 détenus", 10000, "sont <mark>10 000</mark> détenus"),
        ("10.000 presos", 10000, "<mark>10.000</mark> presos"),
        ("1 304 personnes", 1304, "<mark>1 304</mark> personnes"),
        ("عفو ۱۰٬۰۰۰ زندانی", 10000, "عفو <mark>۱۰٬۰۰۰</mark> زندانی"),
        # Not inside a longer number; the first place the value stands alone.
        ("some 110,000 people and 10000 more", 10000, "some 110,000 people and <mark>10000</mark> more"),
        ("1,200 held, 200 freed", 200, "1,200 held, <mark>200</mark> freed"),
        ("<b>12</b> freed", 12, "&lt;b&gt;<mark>12</mark>&lt;/b&gt; freed"),
        ("no number here", 5, "no number here"),
    ],
)
def test_a_figure_quote_marks_its_number_as_the_article_wrote_it(quote, value, marked):
    assert str(highlight_number(quote, value)) == marked


def test_search_marks_are_escaped():
    marked = highlight_terms("<script>Pardon</script> & pardons", "pardon")
    assert marked == "&lt;script&gt;<mark>Pardon</mark>&lt;/script&gt; &amp; <mark>pardon</mark>s"
    # Arabic-script spellings of one word are one word.
    assert highlight_terms("علي خامنه‌اي", "علی") == "<mark>علي</mark> خامنه‌اي"


def test_announcement_page_says_sources_and_outlets_once(client, public_records):
    html = client.get(public_records.iran.get_absolute_url()).content.decode()
    assert html.count("independent outlet") == 1
    assert "Reported by" not in html


def test_persian_pages_isolate_latin_names_and_translate_roles(client, public_records):
    html = client.get("/fa" + public_records.iran.get_absolute_url()).content.decode()
    assert "<bdi>Gholamhossein Esmaili</bdi>" in html
    assert "<bdi>سخنگوی قوه قضاییه</bdi>" in html and "judiciary spokesman" not in html
    timeline = client.get("/fa/").content.decode()
    assert "<bdi>Gholamhossein Esmaili</bdi>" in timeline


def test_a_role_nobody_catalogued_is_shown_as_stored(client):
    official = make_official(name="Jane Example", role="Keeper of the Seals of Ruritania")
    make_announcement(officials=[official])
    html = client.get(f"/fa/officials/{official.slug}/").content.decode()
    assert "<bdi>Keeper of the Seals of Ruritania</bdi>" in html


def test_a_sources_outlet_and_date_are_isolated_in_persian(client, public_records):
    """ "Example Wire" then a Persian date: unisolated, the day's digits joined the Latin run."""
    html = client.get("/fa" + public_records.iran.get_absolute_url()).content.decode()
    assert '<span class="outlet"><bdi>Example Wire</bdi></span>' in html
    assert ", <bdi>Example Wire</bdi>" in html  # each figure's source line
