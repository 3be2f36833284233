"""From feed to draft through the services (the path `poll_feeds --sync` takes), against
pages on loopback: what is filed, what is joined, what is ignored."""

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from releases import services, sql  # noqa: F401 (sql: read by the skipif conditions)
from releases.choices import EnteredBy, Metric, SourceStatus, Status
from releases.ingest import filing, polling
from releases.models import Announcement, Feed, Figure, Official, Source

pytestmark = pytest.mark.django_db

INGEST_FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
IRAN = "/world/2020/03/18/iran-pardons-10000-prisoners"
LANTERN = "/lantern/2020/03/19/khamenei-nowruz-clemency"


def run_pipeline() -> None:
    """Poll every due feed and fetch every new entry, in this process."""
    for feed in polling.feeds_due():
        for source_id in polling.feed_poll(feed=feed):
            filing.source_fetch_and_file(source_id=source_id)


def iran_draft() -> Announcement:
    return Announcement.objects.get(country="IR", kind="pardon")


def test_a_feed_fills_the_review_queue(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    statuses = dict(Source.objects.values_list("url", "status"))
    assert statuses[news_site.url(IRAN)] == SourceStatus.EXTRACTED
    assert statuses[news_site.url("/sport/2024/05/04/cup-semi-final")] == SourceStatus.IGNORED
    iran = iran_draft()
    assert iran.status == Status.DRAFT and iran.announced_on == datetime.date(2020, 3, 18)
    values = {(f.metric, f.value) for f in iran.figures.all()}
    assert {(Metric.PARDONED, 10_000), (Metric.TEMPORARILY_RELEASED, 85_000)} <= values
    assert Announcement.objects.filter(country="MM").count() == 1


def test_figures_keep_their_quotes_and_offsets_into_the_source_text(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    source = Source.objects.get(url=news_site.url(IRAN))
    figures = list(source.figures.all())
    assert figures and all(f.entered_by == EnteredBy.MACHINE for f in figures)
    for figure in figures:
        assert source.text[figure.quote_start : figure.quote_end] == figure.quote
    population = source.figures.get(metric=Metric.PRISON_POPULATION)
    assert population.value == 189_500 and population.announcement is None  # context, not the decision


def test_officials_are_matched_by_name_and_alias(news_site):
    Official.objects.create(name="Gholam-Hossein Esmaili", aliases="Gholamhossein Esmaili\nGholamhossein Ismaili")
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    assert Official.objects.filter(name__icontains="Esmaili").count() == 1
    assert iran_draft().officials.filter(name="Gholam-Hossein Esmaili").exists()


def test_a_second_article_about_the_same_announcement_becomes_its_second_source(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    Feed.objects.create(url=news_site.feed("/lantern.atom", "wire.atom", content_type="application/atom+xml"))
    run_pipeline()
    iran = iran_draft()
    assert set(iran.sources.values_list("url", flat=True)) == {news_site.url(IRAN), news_site.url(LANTERN)}
    assert Announcement.objects.filter(country="IR").count() == 1
    # Each source keeps its own figures; only the first report's count is the headline.
    pardoned = iran.figures.filter(metric=Metric.PARDONED, value=10_000)
    assert pardoned.count() == 2 and pardoned.filter(headline=True).count() == 1


def iran_draft_and_another_report(news_site, url: str) -> tuple[Announcement, Source]:
    """The feed's Iran draft, filed, and another outlet's stored report to match against it."""
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    return iran_draft(), Source.objects.create(url=url, text="x", status=SourceStatus.FETCHED)


def test_a_different_announcement_is_not_joined(news_site):
    iran, other = iran_draft_and_another_report(news_site, "https://other.example/iran-2020-03-20")
    figures = [Figure(value=3_000, metric=Metric.PARDONED, source=other)]
    assert (
        filing.announcement_find_match(country="IR", kind="pardon", announced_on=iran.announced_on, figures=figures)
        is None
    )
    figures = [Figure(value=10_050, metric=Metric.PARDONED, source=other)]
    assert (
        filing.announcement_find_match(country="IR", kind="pardon", announced_on=iran.announced_on, figures=figures)
        == iran
    )
    later = iran.announced_on + datetime.timedelta(days=10)
    assert filing.announcement_find_match(country="IR", kind="pardon", announced_on=later, figures=figures) is None


def test_a_report_joins_a_published_announcement_but_never_a_rejected_one(news_site):
    iran, other = iran_draft_and_another_report(news_site, "https://other.example/iran-2020-03-19")
    figures = [Figure(value=10_000, metric=Metric.PARDONED, source=other)]
    match = {"country": "IR", "kind": "pardon", "announced_on": iran.announced_on, "figures": figures}
    Announcement.objects.filter(pk=iran.pk).update(status=Status.PUBLISHED, published_at=timezone.now())
    assert filing.announcement_find_match(**match) == iran
    Announcement.objects.filter(pk=iran.pk).update(status=Status.REJECTED)
    assert filing.announcement_find_match(**match) is None


@pytest.mark.skipif("not sql.postgresql()", reason="the plan is PostgreSQL's")
def test_the_announcements_a_report_could_join_are_read_through_the_country_index():
    """At 100,000 announcements, "not rejected" written as a NOT made each filed article read every
    announcement of the week; the two other statuses let the index read just the country's days."""
    from django.db import connection

    day = datetime.date(2020, 3, 18)
    # A busy week: a thousand announcements of other countries, a few of Iran's.
    countries = ["EG", "MA", "MM", "VN", "UZ", "TR", "BH", "CU", "BY", "IR"]
    Announcement.objects.bulk_create(
        Announcement(
            title=f"Announcement {n}", slug=f"announcement-{n}", kind="pardon", status=Status.PUBLISHED,
            country=countries[n % 9] if n % 100 else "IR", announced_on=day + datetime.timedelta(days=n % 7 - 3),
        )
        for n in range(1_000)
    )  # fmt: skip
    candidates = filing.announcement_candidates(country="IR", kind="pardon", announced_on=day)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE releases_announcement")
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = candidates.explain()
    assert candidates.count() == 10
    assert "Index Scan using releases_ann_" in plan
    condition = plan.split("Index Cond:")[1].splitlines()[0]
    assert "status" in condition and "country" in condition


@pytest.mark.skipif("not sql.postgresql()", reason="synchronous_commit is PostgreSQL's")
def test_filing_alone_commits_without_waiting_for_the_disk(transactional_db, news_site, monkeypatch):
    """Filing's transaction does not wait for its WAL (a filing lost with the server leaves its
    source `fetching`, for the sweep to file again); every other transaction still does, and so
    does a caller's transaction that filing runs inside."""
    from django.db import connection, transaction

    def setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    seen = []
    store_and_file = filing._store_and_file
    monkeypatch.setattr(filing, "_store_and_file", lambda *a, **k: seen.append(setting()) or store_and_file(*a, **k))
    source, _created = filing.source_register(url=news_site.url(IRAN))
    assert filing.source_fetch_and_file(source_id=source.pk) == SourceStatus.EXTRACTED
    assert seen == ["off"]
    assert setting() == "on"
    with transaction.atomic():
        source, _created = filing.source_register(url=news_site.url(LANTERN))
        assert filing.source_fetch_and_file(source_id=source.pk) == SourceStatus.EXTRACTED
    assert seen == ["off", "on"]


@pytest.mark.parametrize(
    ("path", "status"), [(IRAN, SourceStatus.EXTRACTED), ("/sport/2024/05/04/cup-semi-final", SourceStatus.IGNORED)]
)
def test_filing_writes_the_text_and_the_settled_status_in_one_write(news_site, path, status):
    """Each write of a source is a new row version with new entries in every one of its indexes
    (the text's full-text index among them): filing writes the text once, already settled."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    source, _created = filing.source_register(url=news_site.url(path))
    with CaptureQueriesContext(connection) as queries:
        assert filing.source_fetch_and_file(source_id=source.pk) == status
    writes = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "releases_source" SET')]
    with_text = [write for write in writes if '"text" =' in write]
    assert len(with_text) == 1 and '"status" =' in with_text[0]
    assert not [write for write in writes[writes.index(with_text[0]) + 1 :] if '"status" =' in write]
    source.refresh_from_db()
    assert source.status == status and source.text and source.fetched_at is not None


def test_two_urls_with_one_canonical_are_one_source(news_site):
    filing.source_register(url=news_site.url(IRAN))
    amp, _ = filing.source_register(url=news_site.url("/amp" + IRAN))
    for source in Source.objects.all():
        filing.source_fetch_and_file(source_id=source.pk)
    assert Source.objects.count() == 1
    assert not Source.objects.filter(pk=amp.pk).exists()
    assert Announcement.objects.count() == 1


def test_filing_the_same_source_twice_changes_nothing(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    counts = (Source.objects.count(), Announcement.objects.count(), Figure.objects.count(), Official.objects.count())
    for source in Source.objects.all():
        filing.source_fetch_and_file(source_id=source.pk)
    run_pipeline()
    assert (
        Source.objects.count(),
        Announcement.objects.count(),
        Figure.objects.count(),
        Official.objects.count(),
    ) == counts


def test_a_page_in_latin1_keeps_its_accents(news_site):
    source, _ = filing.source_register(url=news_site.url("/es/2024/12/20/conmutacion"))
    filing.source_fetch_and_file(source_id=source.pk)
    source.refresh_from_db()
    assert source.status in (SourceStatus.EXTRACTED, SourceStatus.IGNORED)
    assert "cárcel" in source.text and "\ufffd" not in source.text


def test_merge_a_draft_into_another_announcement(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    iran = iran_draft()
    myanmar = Announcement.objects.get(country="MM")
    services.announcement_merge(draft=myanmar, into=iran)
    services.announcement_merge(draft=myanmar, into=iran)  # again: nothing left to merge
    assert not Announcement.objects.filter(pk=myanmar.pk).exists()
    assert iran.sources.count() == 2 and iran.figures.filter(value=4_893).exists()


def test_merge_refuses_a_published_announcement(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    iran, myanmar = iran_draft(), Announcement.objects.get(country="MM")
    services.announcements_publish(announcements=[myanmar])
    with pytest.raises(ValueError, match="only drafts"):
        services.announcement_merge(draft=myanmar, into=iran)


def test_reextract_replaces_machine_figures_and_keeps_the_editors(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    run_pipeline()
    source = Source.objects.get(url=news_site.url(IRAN))
    iran = iran_draft()
    Figure.objects.create(
        value=9_999, metric=Metric.RELEASED, source=source, announcement=iran, entered_by=EnteredBy.EDITOR
    )
    machine = set(source.figures.filter(entered_by=EnteredBy.MACHINE).values_list("metric", "value", "quote_start"))
    for _ in range(2):
        assert filing.source_reextract(source_id=source.pk) == SourceStatus.EXTRACTED
    again = set(source.figures.filter(entered_by=EnteredBy.MACHINE).values_list("metric", "value", "quote_start"))
    assert again == machine
    assert source.figures.filter(entered_by=EnteredBy.EDITOR, value=9_999).exists()
    assert Announcement.objects.filter(country="IR").get() == iran  # kept: it has an editor's figure


def test_import_articles_from_a_corpus_file_twice(capsys):
    call_command("import_articles", str(INGEST_FIXTURES / "articles.jsonl"))
    assert "articles.jsonl:3: not a corpus article" in capsys.readouterr().err  # the rest still imports
    counts = (Source.objects.count(), Announcement.objects.count(), Figure.objects.count())
    assert counts[:2] == (3, 2)
    assert Source.objects.get(url="https://wire.example/2024/06/01/harbour-regatta").status == SourceStatus.IGNORED
    call_command("import_articles", str(INGEST_FIXTURES / "articles.jsonl"))
    assert (Source.objects.count(), Announcement.objects.count(), Figure.objects.count()) == counts


def test_import_articles_from_text_and_html_files():
    call_command(
        "import_articles", str(INGEST_FIXTURES / "pardon-morocco.txt"), str(INGEST_FIXTURES / "amnesty-myanmar.html")
    )
    assert Source.objects.filter(status=SourceStatus.EXTRACTED).count() == 2
    assert Announcement.objects.filter(country="MA").exists() and Announcement.objects.filter(country="MM").exists()


def test_search_text_includes_every_source_quotes(news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    Feed.objects.create(url=news_site.feed("/lantern.atom", "wire.atom", content_type="application/atom+xml"))
    run_pipeline()
    iran = iran_draft()
    lantern = Source.objects.get(url=news_site.url(LANTERN))
    assert lantern.figures.exists()
    assert all(f.quote in iran.search_text for f in lantern.figures.all())


def test_the_headline_is_stored_before_a_main_text_that_leaves_it_out(news_site):
    # The count is told only in the headline, which the article's markup leaves to the page's title
    # (with the site's name after it).
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Vietnam to free 13,915 prisoners in National Day amnesty"
        " | Mekong Daily</title><meta property='og:site_name' content='Mekong Daily'>"
        "<meta property='article:published_time' content='2024-08-29T09:00:00+07:00'></head><body><main><article>"
        "<p>HANOI, Aug 29 - Vietnam's president signed the amnesty decision on Thursday ahead of National Day, "
        "the state news agency said, in the country's largest clemency in years.</p>"
        "<p>Those released include people convicted of corruption who have repaid what they took, officials said. "
        "Foreign nationals are among them, the agency added, without giving their number.</p>"
        "</article></main></body></html>"
    )
    url = news_site.page("/asia/2024/08/29/vietnam-amnesty", body=html)
    source = Source.objects.create(url=url)
    filing.source_fetch_and_file(source_id=source.pk)
    source.refresh_from_db()
    assert source.text.startswith("Vietnam to free 13,915 prisoners in National Day amnesty\n\nHANOI, Aug 29")
    assert source.title == "Vietnam to free 13,915 prisoners in National Day amnesty"
    figure = source.figures.get(value=13_915)
    assert source.text[figure.quote_start : figure.quote_end] == figure.quote
    assert figure.quote_start < len("Vietnam to free 13,915 prisoners")


def test_a_main_text_that_opens_with_its_headline_is_kept_as_it_is():
    from releases.ingest.pages import _headline, with_headline

    text = "Vietnam to free 13,915 prisoners\nHANOI - The president signed the decision."
    assert with_headline(text, "Vietnam to  free 13,915 prisoners") == text
    assert with_headline("HANOI - The president signed.", "") == "HANOI - The president signed."
    assert _headline("Amnesty for 500 | Daily Star", "Daily Star") == "Amnesty for 500"
    assert _headline("Amnesty for 500 | Daily Star", "") == "Amnesty for 500 | Daily Star"
