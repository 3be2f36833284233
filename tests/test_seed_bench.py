"""`seed_bench`: synthetic published records in bulk, shaped like the real ones."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, models  # noqa: F401 (connection: read by a skipif condition)

from releases.models import Announcement, Figure, Official, Source

pytestmark = pytest.mark.django_db


def test_seed_bench_makes_published_announcements_with_sources_officials_and_figures():
    call_command("seed_bench", announcements=300)
    announcements = Announcement.objects.filter(slug__startswith="bench-")
    assert announcements.count() == 300
    assert announcements.published().count() == 300
    assert Official.objects.filter(slug__startswith="bench-").count() == 2000
    figures = Figure.objects.filter(announcement__in=announcements)
    assert 2.5 <= figures.count() / 300 <= 3.5
    # Written below the ORM, they still carry what Figure.save() would have stored.
    assert Figure.objects.published().count() == figures.count()
    assert not figures.exclude(dated=models.F("announcement__announced_on")).exists()
    assert len(set(announcements.values_list("kind", flat=True))) == 6
    assert len(set(announcements.values_list("country", flat=True))) >= 30
    for announcement in announcements.prefetch_related("sources", "officials")[:50]:
        assert 1 <= len(announcement.sources.all()) <= 4
        assert announcement.officials.all()
        assert announcement.officials.all()[0].name in announcement.search_text
    years = {d.year for d in announcements.values_list("announced_on", flat=True)}
    assert max(years) - min(years) >= 20


def test_seed_bench_refuses_to_seed_twice_and_resets_on_request():
    call_command("seed_bench", announcements=20)
    with pytest.raises(CommandError, match="--reset"):
        call_command("seed_bench", announcements=20)
    call_command("seed_bench", announcements=30, reset=True)
    assert Announcement.objects.filter(slug__startswith="bench-").count() == 30
    assert (
        Source.objects.filter(url__startswith="https://bench.example").count()
        == Announcement.sources.through.objects.count()
    )


def test_seed_bench_leaves_other_records_alone():
    from tests.conftest import make_announcement

    kept = make_announcement(title="An editor's record")
    call_command("seed_bench", announcements=10)
    call_command("seed_bench", announcements=10, reset=True)
    assert Announcement.objects.filter(pk=kept.pk).exists()
    assert kept.sources.count() == 1


def test_seed_bench_stores_a_year_of_sources_with_planted_wire_copies():
    from releases.records import wire

    call_command("seed_bench", announcements=20, sources=1000)
    news = Source.objects.filter(url__startswith="https://bench.example/news/")
    planted = Source.objects.filter(url__startswith="https://bench.example/wire/")
    assert news.count() + planted.filter(url__endswith="/0").count() == 1000
    statuses = dict(news.values_list("status").annotate(n=models.Count("pk")))
    assert statuses["ignored"] > 0.75 * news.count() and statuses["failed"] and statuses["extracted"]
    assert not news.filter(status="failed").exclude(text="").exists()
    lengths = [len(text) for text in news.exclude(text="").values_list("text", flat=True)]
    assert 1000 < sum(lengths) / len(lengths) < 8000
    dates = news.aggregate(first=models.Min("published_at"), last=models.Max("published_at"))
    assert (dates["last"] - dates["first"]).days > 300
    assert news.values("feed").distinct().count() > 100 and news.values("outlet").distinct().count() > 300
    assert not Source.objects.filter(url__startswith="https://bench.example/feeds/").exists()
    # Every planted copy points to its group's root, and the band index finds that root.
    copies = list(planted.exclude(url__endswith="/0"))
    assert copies
    for copy in copies:
        root = Source.objects.get(url=copy.url.rsplit("/", 1)[0] + "/0")
        assert copy.wire_of_id == root.pk and copy.published_at > root.published_at
        assert root.pk in wire.similar_source_ids(copy, wire.text_bands(copy.text))
    # Filed sources are linked to the benchmark's announcements, with their bands stored.
    extracted = news.filter(status="extracted")
    assert not extracted.filter(announcements=None).exists()
    # Some were filed as drafts waiting for review, each with the article it came from.
    drafts = Announcement.objects.filter(slug__startswith="bench-draft-")
    assert drafts.count() >= 1 and not drafts.exclude(status="draft").exists()
    assert all(draft.sources.filter(status="extracted", wire_of=None).count() == 1 for draft in drafts)
    assert not extracted.filter(wire_bands=None).exists()
    call_command("seed_bench", announcements=10, reset=True)
    assert not Source.objects.filter(url__startswith="https://bench.example/news/").exists()


def test_seed_bench_sources_alone_add_to_the_announcements_and_refuse_twice():
    call_command("seed_bench", announcements=10)
    call_command("seed_bench", announcements=0, sources=50)
    # The published records stay; the importer's drafts for review are added beside them.
    assert Announcement.objects.published().filter(slug__startswith="bench-").count() == 10
    drafts = Announcement.objects.filter(slug__startswith="bench-draft-")
    assert Announcement.objects.filter(slug__startswith="bench-").count() == 10 + drafts.count()
    with pytest.raises(CommandError, match="--reset"):
        call_command("seed_bench", announcements=0, sources=50)
    with pytest.raises(CommandError, match="must not be negative"):
        call_command("seed_bench", announcements=0, sources=-1)


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the bulk load's index rebuild is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_a_bulk_load_rebuilds_every_gin_index_it_dropped():
    from releases.management.commands.seed_bench import gin_indexes

    before = gin_indexes()
    # The announcements' search and categories, the sources' title, URL, outlet and text.
    assert len(before) >= 6
    assert any("releases_source" in definition and "to_tsvector" in definition for definition in before.values())
    call_command("seed_bench", announcements=5, sources=20)
    assert gin_indexes() == before
    roots = Source.objects.filter(url__startswith="https://bench.example/wire/", url__endswith="/0")
    assert Source.objects.filter(url__startswith="https://bench.example/news/").count() + roots.count() == 20
