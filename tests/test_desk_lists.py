"""The desk's long lists: counts that stay cheap past EXACT_UP_TO rows, filters that offer
values without reading the whole table, and a source search answered by indexes."""

import pytest
from django.urls import reverse

from releases import sql
from releases.desk import lists
from releases.models import Announcement, Source
from tests.conftest import make_announcement, make_source

pytestmark = pytest.mark.django_db
SOURCES = reverse("admin:releases_source_changelist")


def shown(response) -> set[str]:
    return {source.url for source in response.context["cl"].result_list}


def test_source_search_finds_words_of_the_text_and_parts_of_title_url_and_outlet(editor_client):
    evin = make_source(text="Families waited outside Evin prison for the released detainees.")
    titled = make_source(title="Amnesty for Nowruz announced")
    addressed = make_source(url="https://radio.example.net/fa/amnesty-2020")
    outlet = make_source(outlet="Harbour Post")
    make_source(text="The council met about roads.", title="Roads", outlet="Other Daily")
    assert shown(editor_client.get(SOURCES, {"q": "evin"})) == {evin.url}
    assert shown(editor_client.get(SOURCES, {"q": "nowru"})) == {titled.url}
    assert shown(editor_client.get(SOURCES, {"q": "radio.example"})) == {addressed.url}
    assert shown(editor_client.get(SOURCES, {"q": "harbour post"})) == {outlet.url}
    # Every word must match; LIKE's wildcards in a search are plain characters.
    assert shown(editor_client.get(SOURCES, {"q": "evin roads"})) == set()
    assert shown(editor_client.get(SOURCES, {"q": "%"})) == set()
    assert shown(editor_client.get(SOURCES, {"q": "_"})) == set()


def test_outlet_and_language_filters_offer_the_latest_values_and_filter(editor_client):
    make_source(outlet="Harbour Post", language="fa")
    make_source(outlet="Example Wire", language="en")
    response = editor_client.get(SOURCES, {"outlet": "Harbour Post"})
    assert [s.outlet for s in response.context["cl"].result_list] == ["Harbour Post"]
    filters = {spec.title: [c["display"] for c in spec.choices(response.context["cl"])]
               for spec in response.context["cl"].filter_specs}  # fmt: skip
    assert filters["outlet"] == ["All", "Example Wire", "Harbour Post"]
    assert filters["language"] == ["All", "en", "fa"]
    assert len(editor_client.get(SOURCES, {"language": "fa"}).context["cl"].result_list) == 1


def test_counts_are_exact_up_to_the_bound_and_estimated_beyond(editor_client, monkeypatch):
    monkeypatch.setattr(lists, "EXACT_UP_TO", 3)
    for n in range(5):
        make_source(title=f"Article {n}")
    paginator = lists.EstimatedCountPaginator(Source.objects.order_by("pk"), 2)
    if sql.postgresql():
        assert paginator.count >= 4 and paginator.estimated  # the planner's estimate, at least the bound + 1
    else:
        assert paginator.count == 5
    small = lists.EstimatedCountPaginator(Source.objects.filter(title="Article 1"), 2)
    assert small.count == 1 and not small.estimated
    response = editor_client.get(SOURCES)
    assert response.status_code == 200 and len(response.context["cl"].result_list) == 5


def test_announcement_list_counts_each_rows_figures_and_sources(editor_client):
    announcement = make_announcement(title="Nowruz pardon")
    announcement.sources.add(make_source())
    make_announcement(title="Bare", sources=[])
    response = editor_client.get(reverse("admin:releases_announcement_changelist"), {"status__exact": "all"})
    rows = {a.title: (a._figures, a._sources) for a in response.context["cl"].result_list}
    assert rows["Nowruz pardon"] == (announcement.figures.count(), 2)
    assert rows["Bare"] == (0, 0)
    assert Announcement.objects.count() == 2


def test_a_search_shows_every_match_newest_first(editor_client):
    import datetime

    for day in range(1, 5):
        make_source(title=f"Amnesty {day}", published_at=datetime.datetime(2024, 1, day, tzinfo=datetime.UTC))
    make_source(title="Budget talks")
    titles = [s.title for s in editor_client.get(SOURCES, {"q": "amnesty"}).context["cl"].result_list]
    assert titles == ["Amnesty 4", "Amnesty 3", "Amnesty 2", "Amnesty 1"]


@pytest.mark.skipif("not sql.postgresql()", reason="the search indexes are PostgreSQL's")
def test_the_source_search_is_an_index_lookup_on_the_searched_rows(editor_client):
    """Each word's four conditions are the expressions migration 0017 indexes, written on the
    rows being searched. (A condition naming the table outside a subquery once made every
    search compare each row with the whole table: minutes over a million sources.)"""
    from django.contrib.admin.sites import site
    from django.db import connection

    make_source(title="Amnesty for Nowruz", text="Families waited outside Evin prison.")
    queryset, _duplicates = site._registry[Source].get_search_results(None, Source.objects.all(), "evin nowruz")
    sent = str(queryset.query)
    assert " IN (SELECT" not in sent and sent.count("to_tsvector('simple'::regconfig") == 2
    with connection.cursor() as cursor:  # as on a large table: no sequential scan, no walk by date
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = queryset.explain()
    for index in ("title_trgm", "url_trgm", "outlet_trgm", "text_fts"):
        assert f"Bitmap Index Scan on releases_source_{index}" in plan
    assert [source.title for source in queryset] == ["Amnesty for Nowruz"]


@pytest.mark.skipif("not sql.postgresql()", reason="the planner's estimate is PostgreSQL's")
def test_a_list_the_planner_expects_to_be_long_is_not_counted(monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_source(title="Article")
    monkeypatch.setattr(lists, "planned_rows", lambda queryset: 900_000)
    paginator = lists.EstimatedCountPaginator(Source.objects.order_by("pk"), 2)
    with CaptureQueriesContext(connection) as queries:
        assert paginator.count == 900_000 and paginator.estimated
    assert not [query for query in queries.captured_queries if "COUNT(" in query["sql"]]
    # Expected short, it is counted: exactly.
    monkeypatch.setattr(lists, "planned_rows", lambda queryset: 40)
    short = lists.EstimatedCountPaginator(Source.objects.order_by("pk"), 2)
    assert short.count == 1 and not short.estimated


ANNOUNCEMENTS = reverse("admin:releases_announcement_changelist")


def titles_found(client, q: str) -> set[str]:
    response = client.get(ANNOUNCEMENTS, {"status__exact": "all", "q": q})
    return {announcement.title for announcement in response.context["cl"].result_list}


def test_the_announcement_search_reads_the_record_its_people_and_quotes_as_typed(editor_client):
    from tests.conftest import make_official

    nowruz = make_announcement(
        title="Nowruz pardon",
        status="draft",
        officials=[make_official(name="Gholamhossein Mohseni-Ejei")],
        figures=[{"quote": "Some 2,000 inmates at Evin were freed.", "value": 2000}],
    )
    make_announcement(title="Independence day amnesty", country="MM")
    assert titles_found(editor_client, "nowruz") == {nowruz.title}
    assert titles_found(editor_client, "Nowr") == {nowruz.title}  # the start of a word, as typed
    assert titles_found(editor_client, "mohseni evin") == {nowruz.title}  # an official, a quote
    assert titles_found(editor_client, "nowruz independence") == set()  # every word must match
    assert titles_found(editor_client, "%") == set()
    assert titles_found(editor_client, "amnesty") == {"Independence day amnesty"}


@pytest.mark.skipif("not sql.postgresql()", reason="the search and date indexes are PostgreSQL's")
def test_the_announcement_list_and_search_are_read_by_their_indexes(editor_client):
    from django.db import connection

    make_announcement(title="Nowruz pardon")
    response = editor_client.get(ANNOUNCEMENTS, {"status__exact": "all", "q": "nowr"})
    searched = response.context["cl"].queryset
    newest = editor_client.get(ANNOUNCEMENTS, {"status__exact": "all"}).context["cl"].queryset[:50]
    with connection.cursor() as cursor:  # as on a large table
        cursor.execute("SET LOCAL enable_seqscan = off")
        assert "releases_ann_search_idx" in searched.explain()
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        assert "Index Scan using releases_ann_date_idx" in newest.explain()


def test_the_date_hierarchy_offers_the_years_from_first_to_last_without_a_distinct(editor_client):
    import datetime

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_announcement(title="Early", announced_on=datetime.date(2019, 3, 18))
    make_announcement(title="Late", announced_on=datetime.date(2021, 5, 2))
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(ANNOUNCEMENTS, {"status__exact": "all"})
    import re

    html = response.content.decode().replace("&amp;", "&")
    years = re.findall(r'href="\?[^"]*announced_on__year=(\d{4})[^"]*">\s*(\d{4})', html)
    assert [title for _link, title in years] == ["2019", "2020", "2021"]
    assert [link for link, _title in years] == ["2019", "2020", "2021"]
    assert not [q for q in queries.captured_queries if "DISTINCT" in q["sql"] and "announced_on" in q["sql"]]
    # Within a year, Django's own months: those with a row.
    html = editor_client.get(ANNOUNCEMENTS, {"status__exact": "all", "announced_on__year": "2021"}).content.decode()
    assert "May 2021" in html and "March 2021" not in html


def test_a_later_page_reads_its_ids_first_and_keeps_the_lists_order_and_counts(editor_client):
    import datetime

    from django.contrib.admin.sites import site

    for day in range(1, 6):
        make_announcement(title=f"Day {day}", announced_on=datetime.date(2024, 1, day), figures=[{"value": day}] * day)
    listed = site._registry[Announcement].get_queryset(None).order_by("-announced_on", "-id")
    page = lists.EstimatedCountPaginator(listed, 2).page(2)
    assert [(a.title, a._figures) for a in page.object_list] == [("Day 3", 3), ("Day 2", 2)]
    assert "IN (" in str(page.object_list.query)  # the page's rows by id, the counts for them only
    assert [a.title for a in lists.EstimatedCountPaginator(listed, 2).page(3).object_list] == ["Day 1"]


@pytest.mark.skipif("not sql.postgresql()", reason="read as on a large table, by PostgreSQL's planner")
def test_one_outlets_sources_are_read_newest_first_from_their_index(editor_client):
    from django.db import connection

    make_source(outlet="Harbour Post")
    listed = editor_client.get(SOURCES, {"outlet": "Harbour Post"}).context["cl"].queryset[:100]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        assert "releases_source_outlet_idx" in listed.explain()


@pytest.mark.skipif("not sql.postgresql()", reason="read as on a large table, by PostgreSQL's planner")
def test_one_feeds_sources_are_read_newest_first_from_their_index(editor_client):
    from django.db import connection

    from releases.models import Feed

    feed = Feed.objects.create(url="https://news.example.org/feed.rss", name="Example News")
    make_source(feed=feed)
    listed = editor_client.get(SOURCES, {"feed__id__exact": feed.pk}).context["cl"].queryset[:50]
    with connection.cursor() as cursor:  # as on a large table: no scan of it, no sort of a feed's rows
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        assert "Index Scan using releases_source_feed_date_idx" in listed.explain()


def test_with_a_search_the_date_hierarchy_spans_the_whole_list(editor_client):
    import datetime
    import re

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_announcement(title="Early", announced_on=datetime.date(2019, 3, 18))
    make_announcement(title="Late amnesty", announced_on=datetime.date(2021, 5, 2))
    with CaptureQueriesContext(connection) as queries:
        html = editor_client.get(ANNOUNCEMENTS, {"status__exact": "all", "q": "amnesty"}).content.decode()
    assert re.findall(r'announced_on__year=(\d{4})[^"]*"', html.replace("&amp;", "&")) == ["2019", "2020", "2021"]
    ends = [q["sql"] for q in queries.captured_queries if "MIN(" in q["sql"]]
    assert ends and not [sql for sql in ends if "search" in sql]  # the ends are not walked to with the words


def test_a_page_of_sources_is_read_by_id_without_texts_in_the_lists_order(editor_client, monkeypatch):
    """A page's rows are read by their ids alone, without the articles' texts: a search's
    conditions evaluated again on them read every row's article (20-30 ms a page at a million)."""
    import datetime

    from django.contrib.admin.sites import site
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    monkeypatch.setattr(site._registry[Source], "list_per_page", 2)
    now = timezone.now()
    copied = make_source(title="Amnesty announced", text="The amnesty covers 300 prisoners.", published_at=now)
    for days in (3, 1, 2):
        make_source(
            title=f"Amnesty, day {days}", text=f"Amnesty text {days}", wire_of=copied,
            published_at=now - datetime.timedelta(days=days),
        )  # fmt: skip
    make_source(title="Roads", text="The council met about roads.")
    pages = []
    for page in (1, 2):
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(SOURCES, {"q": "amnesty", "p": page})  # newest first
        listed = list(response.context["cl"].result_list)
        pages.append([s.title for s in listed])
        assert all("text" in s.get_deferred_fields() for s in listed)
        with CaptureQueriesContext(connection) as reads:  # the story copied, read with the rows
            assert [str(s.wire_of) for s in listed if s.wire_of_id] == ["Amnesty announced"] * (1 if page == 1 else 2)
        assert len(reads) == 0
        rows = [q["sql"] for q in queries if '"releases_source"."id" IN (' in q["sql"] and "EXPLAIN" not in q["sql"]]
        assert len(rows) == 1
        assert "LIKE" not in rows[0] and "tsvector" not in rows[0] and '"releases_source"."text"' not in rows[0]
    assert pages == [["Amnesty announced", "Amnesty, day 1"], ["Amnesty, day 2", "Amnesty, day 3"]]
