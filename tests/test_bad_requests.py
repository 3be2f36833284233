"""Property tests: whatever a client puts in the query string, the answer is 200 or 400, never 500."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PARAMETERS = [
    "country", "kind", "category", "metric", "official", "announced_after", "announced_before",
    "min_value", "max_value", "q", "page", "sort", "evidence", "status", "period", "as_of",
]  # fmt: skip
PAGES = ["/", "/announcements/", "/figures/", "/search/", "/feeds/announcements.atom",
         "/announcements/export.csv", "/figures/export.json", "/figures/totals.json"]  # fmt: skip

# Values that look like the real thing, and values that do not.
plausible = st.sampled_from([
    "IR", "ir", "XX", "pardon", "political", "pardoned", "2020-03-18", "2020-13-45", "0", "-1", "1e9",
    "99999999999999999999999", "abc", "", " ", "%", "'; DROP TABLE x;--", "<script>", "١٠٠٠", "۱۰۰۰",
    "9" * 400, "2020-02-30", "-announced_on", "value", "year", "month", "9999-12-31", "a\x00b",
])  # fmt: skip
anything = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
query = st.lists(st.tuples(st.sampled_from(PARAMETERS), st.one_of(plausible, anything)), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PAGES), params=query)
def test_any_query_string_gives_200_or_400(client, public_records, path, params):
    # Empty fields are dropped by a redirect to the short permalink: follow it.
    response = client.get(f"{path}?{urlencode(params)}", follow=True)
    assert response.status_code in (200, 400), (path, params, response.status_code)
    if response.status_code == 400 and path not in ("/feeds/announcements.atom",):
        assert response.content.strip(), "a 400 says what was wrong"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.one_of(st.integers(min_value=-(10**30), max_value=10**30).map(str), anything))
def test_any_page_number_gives_200_or_400(client, public_records, page):
    for path in ("/", "/announcements/", "/figures/", "/countries/IR/"):
        response = client.get(path, {"page": page}, follow=True)
        assert response.status_code in (200, 400), (path, page, response.status_code)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(as_of=st.one_of(plausible, anything))
def test_any_as_of_date_on_an_announcement_gives_200_400_or_404(client, public_records, as_of):
    response = client.get(public_records.iran.get_absolute_url(), {"as_of": as_of})
    assert response.status_code in (200, 400, 404), (as_of, response.status_code)


EXPORTS = ["/announcements/export.csv", "/announcements/export.json", "/figures/export.csv",
           "/figures/export.json", "/figures/totals.csv", "/figures/totals.json"]  # fmt: skip


@pytest.mark.parametrize("path", EXPORTS)
@pytest.mark.parametrize("query", ["country=XX", "sort=x", "min_value=abc", "q=a%00b"])
def test_every_export_refuses_a_bad_filter_with_400(client, public_records, path, query):
    # The totals exports answered 500 to any bad value (found by bench/attack.py).
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400, (path, query, response.status_code)
    assert response.content.strip()


@pytest.mark.parametrize(
    "query",
    ["min_value=abc", "announced_after=2020-13-45", "country=XX", "page=99999999999", "kind=bailout", "q=%00"],
)
def test_bad_values_say_what_was_wrong(client, public_records, query):
    response = client.get(f"/announcements/?{query}")
    assert response.status_code == 400
    assert "<form" in response.content.decode() or "wrong" in response.content.decode().lower()


@pytest.mark.parametrize("path", ["/search/?q=%00", "/fr/search/?q=a%00b", "/announcements/?q=a%00b"])
def test_a_null_character_in_a_search_is_refused_with_a_reason(client, public_records, path):
    # PostgreSQL refuses a NUL in a string literal: it was a 500 on /search/.
    response = client.get(path)
    assert response.status_code == 400
    assert "Search" in response.content.decode() or "Recherche" in response.content.decode()


@pytest.mark.parametrize("as_of", ["9999-12-31", "9999-12-30", "0001-01-01"])
def test_the_first_and_last_days_of_the_calendar_as_as_of(client, public_records, as_of):
    # A day is added to find the end of `as_of`: on the last day there is none (was a 500).
    response = client.get(public_records.iran.get_absolute_url(), {"as_of": as_of})
    assert response.status_code == (404 if as_of.startswith("0001") else 200)
