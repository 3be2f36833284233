"""The filters of /announcements/ and /figures/: a row-count test per parameter, several
values per parameter, facet counts under the other filters, and the cache generation."""

import datetime

import pytest
from django.db import connection

from releases.choices import Metric
from releases.models import Announcement, Figure
from releases.public.filters import AnnouncementFilter, FigureFilter, announcement_results
from tests.conftest import make_announcement, make_official

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def titles(client, query: str) -> set[str]:
    response = client.get("/announcements/?" + query)
    assert response.status_code == 200, response.content[:500]
    return {announcement.title for announcement in response.context["page"].object_list}


def count(client, query: str, path: str = "/announcements/") -> int:
    response = client.get(path + "?" + query)
    assert response.status_code == 200
    return response.context["total"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 3),
        ("country=IR", 1),
        ("country=IR&country=MM", 2),
        ("kind=pardon", 1),
        ("kind=pardon&kind=release", 2),
        ("category=political", 2),
        ("category=foreign_nationals&category=journalists", 2),
        ("metric=released", 2),
        ("metric=pardoned&metric=temporarily_released", 1),
        ("announced_after=2020-03-20", 2),
        ("announced_before=2020-03-20", 1),
        ("announced_after=2020-03-01&announced_before=2020-03-31", 2),
        ("min_value=20000", 2),
        ("max_value=20", 1),
        ("min_value=10000&max_value=10000", 1),
        ("metric=released&min_value=1000", 1),
        ("q=pardons", 1),
        ("q=journalists detention", 1),
        ("q=nothingmatchesthisword", 0),
        ("category=political&country=IR&announced_after=2020-01-01&announced_before=2020-12-31", 1),
    ],
)
def test_announcement_filter_counts(client, public_records, query, expected):
    assert count(client, query) == expected
    assert len(titles(client, query)) == expected


def test_official_filter(client, public_records):
    assert titles(client, f"official={public_records.spokesman.slug}") == {public_records.iran.title}
    other = make_official(name="Another Speaker")
    public_records.egypt.officials.add(other)
    assert len(titles(client, f"official={public_records.spokesman.slug}&official={other.slug}")) == 2


@pytest.mark.parametrize(
    "path", ["/announcements/", "/figures/", "/announcements/export.csv", "/feeds/announcements.atom"]
)
def test_an_official_only_on_drafts_is_as_unknown_as_a_made_up_one(client, public_records, path):
    # Answering 200 with the name as a checked option told anyone who guessed the slug that
    # a draft names this person; an unknown slug was already a 400.
    hidden = client.get(f"{path}?official={public_records.hidden_official.slug}")
    unknown = client.get(f"{path}?official=nobody-at-all")
    assert hidden.status_code == unknown.status_code == 400
    assert public_records.hidden_official.name not in hidden.content.decode()


def test_min_value_and_metric_describe_one_figure(client, public_records):
    # Iran has a 10,000 pardoned and an 85,000 temporarily released figure: no pardoned figure >= 50,000.
    assert count(client, "metric=pardoned&min_value=50000") == 0
    assert count(client, "metric=temporarily_released&min_value=50000") == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 6),
        ("country=IR", 3),
        ("kind=pardon", 2),
        ("category=foreign_nationals", 1),
        ("metric=released", 3),
        ("metric=prison_population", 1),
        ("announced_after=2021-01-01", 2),
        ("announced_before=2020-03-10", 1),
        ("min_value=50000", 2),
        ("max_value=100", 2),
        ("q=pardons", 2),
        ("sort=largest", 6),
    ],
)
def test_figure_filter_counts(client, public_records, query, expected):
    response = client.get("/figures/?" + query)
    assert response.status_code == 200
    assert response.context["total"] == expected
    assert len(response.context["page"].object_list) == expected


def test_figure_official_filter(client, public_records):
    response = client.get(f"/figures/?official={public_records.spokesman.slug}")
    assert {f.value for f in response.context["page"].object_list} == {10000, 85000}


@pytest.mark.parametrize(
    ("sort", "first"),
    [("newest", "myanmar"), ("oldest", "iran"), ("largest", "iran"), ("", "myanmar")],
)
def test_sort(client, public_records, sort, first):
    response = client.get(f"/announcements/?sort={sort}", follow=True)
    assert response.context["page"].object_list[0] == getattr(public_records, first)


def test_empty_parameters_redirect_to_the_short_permalink(client, public_records):
    response = client.get("/announcements/?q=&category=political&category=&country=IR&min_value=&sort=")
    assert response.status_code == 302
    assert response["Location"] == "/announcements/?category=political&country=IR"
    assert client.get("/figures/?per=&metric=").url == "/figures/"


def test_search_sorts_by_relevance_by_default(client, public_records):
    response = client.get("/announcements/?q=prisoners")
    assert response.status_code == 200
    assert response.context["total"] >= 1


def facet(facets, name):
    return {option.value: option.count for option in next(f for f in facets if f.name == name).options}


def test_facet_counts_under_the_other_filters(public_records):
    filterset = AnnouncementFilter({"country": ["IR"]}, queryset=Announcement.objects.published())
    assert filterset.is_valid()
    facets, total, _rows = announcement_results(filterset)
    assert total == 1
    # The country facet ignores the country filter itself, so other countries stay choosable.
    assert facet(facets, "country") == {"IR": 1, "MM": 1, "EG": 1}
    # The others count under country=IR, across the many-to-many links.
    assert facet(facets, "category") == {"political": 1}
    assert facet(facets, "official") == {public_records.spokesman.slug: 1}
    assert facet(facets, "metric") == {"pardoned": 1, "temporarily_released": 1}
    assert facet(facets, "kind") == {"pardon": 1}


def test_facet_counts_without_filters_skip_drafts(public_records):
    filterset = AnnouncementFilter({}, queryset=Announcement.objects.published())
    assert filterset.is_valid()
    facets, total, _rows = announcement_results(filterset)
    assert total == 3
    assert facet(facets, "category") == {"political": 2, "foreign_nationals": 1, "journalists": 1}
    assert facet(facets, "metric") == {"pardoned": 1, "temporarily_released": 1, "released": 2}
    assert public_records.hidden_official.slug not in facet(facets, "official")


def test_chosen_option_with_no_rows_stays_checked(client, public_records):
    response = client.get("/announcements/?country=IR&category=journalists")
    options = {o.value: o for f in response.context["facets"] if f.name == "category" for o in f.options}
    assert options["journalists"].selected and options["journalists"].count == 0
    assert 'value="journalists" id="f-category-journalists" checked' in response.content.decode()


def test_facet_counts_are_cached_until_something_is_published(client, public_records):
    assert count(client, "category=political") == 2
    # A write below the ORM does not show: the counts come from the cache...
    with connection.cursor() as cursor:
        table = Announcement._meta.db_table
        cursor.execute(f"UPDATE {table} SET status = 'published' WHERE id = %s", [public_records.draft.pk])
    assert count(client, "category=political") == 2
    # ...until a write through the ORM, even an update() that sends no signal, starts a new
    # cache generation (releases/invalidation.py).
    Announcement.objects.filter(pk=public_records.draft.pk).update(status="published")
    assert count(client, "category=political") == 3


def test_unpublishing_changes_cached_counts(client, public_records):
    assert count(client, "") == 3
    public_records.egypt.status = "rejected"
    public_records.egypt.save()
    assert count(client, "") == 2


def test_drafts_figures_not_counted_on_figures_page(client, public_records):
    response = client.get("/figures/")
    values = {f.value for f in response.context["page"].object_list}
    assert 77777 not in values and 55555 not in values
    assert facet(response.context["facets"], "metric")["pardoned"] == 1


def test_filtersets_validate_values():
    for data in (
        {"country": "ZZ"},
        {"kind": "pardons"},
        {"category": "nobody"},
        {"metric": "freed"},
        {"announced_after": "2020-13-45"},
        {"min_value": "abc"},
        {"max_value": "-5"},
        {"min_value": "1.5"},
        {"sort": "random"},
        {"q": "x" * 201},
    ):
        assert not AnnouncementFilter(data, queryset=Announcement.objects.none()).is_valid(), data
        assert not FigureFilter(data, queryset=Figure.objects.none()).is_valid(), data


def test_context_figure_dated_by_as_of(public_records):
    filterset = FigureFilter({"announced_before": "2020-03-05"}, queryset=Figure.objects.published())
    assert [f.metric for f in filterset.qs] == [Metric.PRISON_POPULATION]


def test_many_values_of_one_parameter_do_not_duplicate_rows(client, public_records):
    make_announcement(
        title="Two categories", categories=["political", "journalists"], announced_on=datetime.date(2019, 1, 1)
    )
    assert count(client, "category=political&category=journalists") == 3
