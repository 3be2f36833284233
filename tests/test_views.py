"""The public pages: status, template, partial, what each shows, and what never shows."""

import datetime
import re

import pytest
from django.db import connection  # noqa: F401 (read by a skipif condition)
from django.urls import reverse

from releases.models import Announcement
from tests.conftest import make_announcement, make_figure, make_prisoner, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

HIDDEN = (
    "77,777",
    "77777",
    "55,555",
    "55555",
    "Unreviewed pardon",
    "Rejected rumour",
    "Hidden Draftperson",
    "Hidden Detainee",
)


def page_text(response) -> str:
    return b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()


def assert_nothing_hidden(text: str) -> None:
    for hidden in HIDDEN:
        assert hidden not in text, hidden


def public_urls(records) -> list[str]:
    return [
        "/",
        "/announcements/",
        "/announcements/?category=political",
        "/figures/",
        "/figures/?per=month",
        "/search/?q=pardon",
        records.iran.get_absolute_url(),
        records.spokesman.get_absolute_url(),
        "/countries/IR/",
        "/categories/political/",
        "/announcements/export.csv",
        "/announcements/export.json",
        "/figures/export.csv",
        "/figures/export.json",
        "/feeds/announcements.atom",
        "/feeds/announcements.atom?category=political",
        "/sitemap.xml",
        "/sitemap-announcements.xml",
    ]


def test_every_public_page_answers_and_hides_drafts_and_rejected(client, public_records):
    for url in public_urls(public_records):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_nothing_hidden(page_text(response))


@pytest.mark.parametrize("q", ["Hidden", "77777", "Unreviewed", "rumour", "55555"])
def test_search_never_finds_unpublished(client, public_records, q):
    response = client.get("/search/", {"q": q})
    assert response.context["announcements"] == [] and response.context["officials"] == []
    assert response.context["prisoners"] == []


@pytest.mark.parametrize("record", ["draft", "rejected"])
def test_unpublished_announcement_pages_are_not_found(client, public_records, record):
    assert client.get(getattr(public_records, record).get_absolute_url()).status_code == 404


def test_official_and_prisoner_seen_only_in_drafts_are_not_found(client, public_records):
    assert client.get(public_records.hidden_official.get_absolute_url()).status_code == 404
    assert client.get(public_records.hidden_prisoner.get_absolute_url()).status_code == 404


def test_timeline(client, public_records):
    response = client.get("/")
    assert response.status_code == 200
    assert "releases/timeline.html" in [t.name for t in response.templates]
    text = response.content.decode()
    months = [(group.month, group.count, len(group.entries)) for group in response.context["groups"]]
    assert months == [(datetime.date(2021, 4, 1), 1, 1), (datetime.date(2020, 3, 1), 2, 2)]
    assert "10,000" in text and "pardoned" in text and "Gholamhossein Esmaili" in text
    assert "2 sources" in text
    assert '<svg class="chart histogram"' in text and "<title" in text
    assert 'rel="alternate" type="application/atom+xml"' in text


def test_timeline_month_count_covers_entries_on_other_pages(client, settings, public_records):
    settings.PAGE_SIZE = 1
    response = client.get("/?page=3")
    (group,) = response.context["groups"]
    assert group.month == datetime.date(2020, 3, 1) and group.count == 2 and len(group.entries) == 1


def test_timeline_marks_updated_entries(client, public_records):
    Announcement.objects.filter(pk=public_records.egypt.pk).update(
        published_at=public_records.egypt.updated_at - datetime.timedelta(days=2)
    )
    text = client.get("/").content.decode()
    assert text.count('class="badge"') == 1


def test_list_page_and_partial(client, public_records):
    full = client.get("/announcements/?category=political")
    assert "<html" in full.content.decode() and full.context["total"] == 2
    partial = client.get("/announcements/?category=political", headers={"HX-Request": "true"})
    text = partial.content.decode()
    assert "<html" not in text and text.strip().startswith('<div id="results"')
    assert "HX-Request" in partial["Vary"]
    assert "/announcements/export.csv?category=political" in text


def test_history_restore_gets_the_whole_page(client, public_records):
    response = client.get(
        "/announcements/?category=political", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in response.content.decode()


def test_list_form_works_without_javascript(client, public_records):
    text = client.get("/announcements/").content.decode()
    assert re.search(r'<form class="filters" method="get" action="/announcements/"', text)
    assert '<button type="submit">Apply filters</button>' in text
    for label_for in re.findall(r'<input type="checkbox" name="\w+" value="[^"]*" id="([^"]+)"', text):
        assert f'<label for="{label_for}">' in text


def test_announcement_page(client, public_records):
    response = client.get(public_records.iran.get_absolute_url())
    text = response.content.decode()
    assert response.status_code == 200
    assert "will forgive <mark>10,000</mark> prisoners, including political detainees" in text
    assert "some <mark>85,000</mark> people" in text
    assert "10,000 of 189,500: 5.3%" in text
    assert "85,000 of 189,500: 44.9%" in text
    assert 'href="https://wire.example.net/iran-pardon-2020"' in text
    # One line says how many sources and how many independent outlets, not two lines.
    assert "2 sources · reported by 2 independent outlets" in text
    assert "Reported by" not in text and "distinct outlets" not in text
    assert "Gholamhossein Esmaili" in text and "Political prisoners" in text
    assert "Cite this" in text and "http://testserver" + public_records.iran.get_absolute_url() in text
    assert "approximately" in text
    assert "Egypt" not in text  # a different country is not related


def test_announcement_page_related_same_country_nearby(client, public_records):
    near = make_announcement(
        title="Iran frees more prisoners weeks later", country="IR", announced_on=datetime.date(2020, 4, 20)
    )
    far = make_announcement(title="Iran amnesty years before", country="IR", announced_on=datetime.date(2015, 1, 1))
    related = client.get(public_records.iran.get_absolute_url()).context["related"]
    assert near in related and far not in related


def test_source_link_only_for_http_urls(client, db):
    bad = make_source(url="javascript:alert(1)", outlet="Bad Outlet", title="Trap")
    announcement = make_announcement(sources=[bad], figures=[{"value": 12, "quote": "freed 12 people"}])
    text = client.get(announcement.get_absolute_url()).content.decode()
    assert "javascript:" not in text and "Trap" in text


def test_share_needs_a_prison_population(client, public_records):
    text = client.get(public_records.myanmar.get_absolute_url()).content.decode()
    assert "Share of the prison population" not in text


def test_official_page_totals_per_metric_per_year(client, public_records):
    response = client.get(public_records.spokesman.get_absolute_url())
    assert response.status_code == 200
    totals = response.context["totals"]
    assert [label for _m, label in totals.metrics] == ["Pardoned", "Temporarily released"]
    assert totals.rows == [("2020", [10000, 85000])]
    assert public_records.iran in response.context["page"].object_list


def test_country_page(client, public_records):
    response = client.get("/countries/ir/")
    assert response.status_code == 200
    assert [a.title for a in response.context["page"].object_list] == [public_records.iran.title]
    totals = dict(
        zip([m for m, _l in response.context["totals"].metrics], response.context["totals"].rows[0][1], strict=True)
    )
    assert totals == {"pardoned": 10000, "temporarily_released": 85000, "prison_population": 189500}
    assert client.get("/countries/ZZ/").status_code == 404


def test_category_page(client, public_records):
    response = client.get("/categories/political/")
    assert response.status_code == 200
    assert {a.title for a in response.context["page"].object_list} == {
        public_records.iran.title,
        public_records.egypt.title,
    }
    assert client.get("/categories/nobody/").status_code == 404


def test_prisoner_page(client, public_records):
    prisoner = make_prisoner(name="Nazanin Example", nationalities=["GB", "IR"])
    prisoner.announcements.set([public_records.iran])
    response = client.get(prisoner.get_absolute_url())
    assert response.status_code == 200
    assert "Nazanin Example" in response.content.decode()
    assert response.context["totals"].rows == [("2020", [10000, 85000])]


def test_figures_page_chart_follows_filters(client, public_records):
    response = client.get("/figures/?country=MM")
    text = response.content.decode()
    assert response.context["total"] == 2
    assert '<svg class="chart metric-chart"' in text and "series-released" in text
    assert "series-pardoned" not in text
    assert response.context["totals"].rows == [("2021", [23055])]
    monthly = client.get("/figures/?country=IR&per=month")
    assert [label for label, _v in monthly.context["totals"].rows] == ["March 2020"]


def test_figures_partial(client, public_records):
    response = client.get("/figures/?metric=released", headers={"HX-Request": "true"})
    assert response.content.decode().strip().startswith('<div id="results"')


def test_search_finds_announcements_officials_prisoners(client, public_records):
    prisoner = make_prisoner(name="Esmaili Namesake")
    prisoner.announcements.set([public_records.iran])
    response = client.get("/search/?q=Esmaili")
    assert response.status_code == 200
    assert public_records.iran in response.context["announcements"]
    assert response.context["officials"] == [public_records.spokesman]
    assert response.context["prisoners"] == [prisoner]


def test_search_ranks_exact_names_first(client, public_records):
    public_records.egypt.officials.add(public_records.spokesman)
    from tests.conftest import make_official

    longer = make_official(name="Esmaili Junior")
    public_records.egypt.officials.add(longer)
    exact = make_official(name="Esmaili")
    public_records.egypt.officials.add(exact)
    assert client.get("/search/?q=esmaili").context["officials"] == [exact, longer, public_records.spokesman]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="ts_rank is PostgreSQL's (SQLite keeps date order)")
def test_a_search_lists_the_closest_match_first(client, db):
    """The rank reads the stored vector itself: ranked through its text form in the default
    (English) configuration, "amnesty" became "amnesti" there, no row ranked above another,
    and the newest came first."""
    close = make_announcement(
        title="Amnesty for prisoners of conscience",
        summary="The amnesty covers detainees held since the protests; the amnesty decree names 300.",
        announced_on=datetime.date(2021, 5, 1),
    )
    passing = make_announcement(
        title="Holiday releases announced",
        summary="Officials spoke of releases, a pardon and, in passing, an amnesty for debtors.",
        announced_on=datetime.date(2023, 5, 1),
    )
    listed = list(client.get(reverse("releases:announcement-list"), {"q": "amnesty"}).context["page"].object_list)
    assert listed == [close, passing]
    assert listed[0].rank > listed[1].rank > 0
    assert client.get(reverse("releases:search"), {"q": "amnesty"}).context["announcements"] == [close, passing]


def test_search_without_query(client, db):
    response = client.get("/search/")
    assert response.status_code == 200 and "announcements" not in response.context


def test_search_alias(client, public_records):
    public_records.spokesman.aliases = "Gholam-Hossein Esmaeili"
    public_records.spokesman.save()
    assert client.get("/search/?q=Esmaeili").context["officials"] == [public_records.spokesman]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/announcements/?country=ZZ", "Country"),
        ("/announcements/?min_value=abc", "Enter a whole number"),
        ("/announcements/?announced_after=2020-13-45", "Enter a valid date"),
        ("/announcements/?page=99999999999999999999", "There is no page"),
        ("/announcements/?page=abc", "There is no page"),
        ("/announcements/?official=nobody-at-all", "Official"),
        ("/announcements/?kind=coup", "Kind"),
        ("/announcements/?sort=random", "Sort"),
        ("/figures/?max_value=1e999", "Largest figure"),
        ("/figures/?page=0", "There is no page"),
        ("/?page=5000", "There is no page"),
        ("/announcements/export.csv?country=ZZ", "Country"),
        ("/figures/export.json?announced_before=2020-02-30", "Enter a valid date"),
        ("/feeds/announcements.atom?metric=everything", "Metric"),
        ("/search/?q=" + "x" * 300, "Keep the search under"),
        ("/countries/IR/?page=9", "There is no page"),
    ],
)
def test_bad_input_is_a_400_page_that_says_why(client, public_records, url, says):
    response = client.get(url)
    assert response.status_code == 400
    text = response.content.decode()
    assert says in text
    assert "<html" in text and 'role="alert"' in text


def test_bad_input_partial_for_htmx(client, public_records):
    response = client.get("/announcements/?min_value=abc", headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert response.content.decode().strip().startswith('<div id="results"')


def test_404_page(client, db):
    response = client.get("/announcements/no-such-thing/")
    assert response.status_code == 404


def test_html_basics(client, public_records):
    text = client.get("/").content.decode()
    assert '<html lang="en" dir="ltr">' in text
    assert "<main" in text and "<nav" in text and "<header" in text and "<footer" in text
    assert "style=" not in text and "<script>" not in text


def test_no_inline_styles_or_scripts_anywhere(client, public_records):
    for url in public_urls(public_records)[:12]:
        text = page_text(client.get(url))
        assert " style=" not in text and "<style" not in text, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), url
        assert " on" + "click=" not in text


def test_csp_header(client, db):
    response = client.get("/")
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_other_language_prefix(client, public_records):
    response = client.get("/fr/announcements/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


def test_right_to_left_language(client, public_records):
    assert 'dir="rtl"' in client.get("/fa/").content.decode()


def test_context_population_figure_reached_only_through_published(client, db):
    source = make_source()
    draft = make_announcement(status="draft", sources=[source])
    make_figure(value=123456, metric="prison_population", country="IR", source=source, announcement=None)
    assert "123,456" not in client.get("/figures/").content.decode()
    draft.status = "published"
    draft.save()
    assert "123,456" in client.get("/figures/").content.decode()


def test_sitemap_lists_published_only(client, public_records):
    text = client.get("/sitemap-announcements.xml").content.decode()
    assert public_records.iran.slug in text and public_records.draft.slug not in text
    assert reverse("releases:sitemap") == "/sitemap.xml"
