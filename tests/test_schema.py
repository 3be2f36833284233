"""The database's shape as the models declare it: the stored search vector is a model field
(a generated column) that rows are read without, on both backends."""

import pytest
from django.db import connection
from django.db.models import GeneratedField
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from releases.dataset import export_dataset
from releases.models import Announcement, Figure, PrisonerEvent
from tests.conftest import make_announcement, make_figure


@pytest.mark.django_db
def test_the_search_vector_is_a_generated_field_of_the_announcement():
    field = Announcement._meta.get_field("search_vector")
    assert isinstance(field, GeneratedField) and field.db_persist
    announcement = make_announcement(title="Amnesty for the harvest")
    stored = Announcement.objects.filter(pk=announcement.pk).values_list("search_vector", flat=True).get()
    if connection.vendor == "postgresql":
        assert "'harvest'" in stored
    else:  # SQLite searches the text itself; the column is empty
        assert stored is None


@pytest.mark.django_db
def test_rows_are_read_without_their_search_vector(client, public_records):
    announcement = Announcement.objects.published().first()
    with CaptureQueriesContext(connection) as queries:
        list(Announcement.objects.all())
        Announcement.objects.get(pk=announcement.pk).refresh_from_db()
        figure = Figure.objects.filter(announcement__isnull=False).first()
        figure.announcement.title  # noqa: B018 (the related row, through the base manager)
        list(PrisonerEvent.objects.select_related("announcement").defer("announcement__search_vector"))
        for url in (
            reverse("releases:announcement-list"),
            reverse("releases:figure-list"),
            announcement.get_absolute_url(),
        ):
            assert client.get(url).status_code == 200
    reads = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")]
    assert reads and not [sql for sql in reads if "search_vector" in sql]


@pytest.mark.django_db
def test_a_search_reads_the_vector_only_in_its_condition(client, public_records):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("releases:announcement-list"), {"q": "pardon"}).status_code == 200
    selects = [q["sql"].split(" FROM ")[0] for q in queries.captured_queries]
    assert not [sql for sql in selects if "search_vector" in sql and "ts_rank" not in sql]


@pytest.mark.django_db
def test_the_dataset_leaves_the_search_vector_out(tmp_path, public_records):
    make_figure(announcement=Announcement.objects.published().first(), value=5)
    export_dataset(tmp_path)
    assert "search_vector" not in (tmp_path / "announcements.json").read_text()
    assert "search_vector" not in (tmp_path / "announcements.csv").read_text()


@pytest.mark.django_db(transaction=True)
def test_an_existing_database_gets_the_declared_search_vector():
    """From migration 0014 (the hand-made column on PostgreSQL, none on SQLite) to the
    declared field, with a row already there, and back."""
    from django.db.migrations.executor import MigrationExecutor

    def migrate(target: str) -> None:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate([("releases", target)])

    def columns() -> set[str]:
        with connection.cursor() as cursor:
            return {c.name for c in connection.introspection.get_table_description(cursor, "releases_announcement")}

    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("releases")[0][1]
    try:
        migrate("0014_withdrawal")
        assert ("search_vector" in columns()) == (connection.vendor == "postgresql")
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO releases_announcement (title, slug, kind, country, announced_on, occasion, summary,"
                " status, search_text, withdrawal_reason, created_at, updated_at) VALUES"
                " ('Old row', 'old-row', 'pardon', 'IR', '2024-03-20', '', '', 'published', 'nowruz pardon', '',"
                " '2024-03-20', '2024-03-20')"
            )
        migrate(latest)
        assert "search_vector" in columns()
        assert list(Announcement.objects.search("nowruz").values_list("slug", flat=True)) == ["old-row"]
        with connection.cursor() as cursor:
            indexes = connection.introspection.get_constraints(cursor, "releases_announcement")
        assert "releases_ann_search_idx" in indexes
    finally:
        migrate(latest)
