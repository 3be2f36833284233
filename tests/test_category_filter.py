"""The category filter: the same answer on every backend, and on PostgreSQL the stored
`category_ids` array (migration 0009) equal to the announcement's links whatever changes them."""

import random

import pytest
from django.core.management import call_command
from django.db import connection

from releases.models import Announcement, PrisonerCategory
from releases.public.filters import AnnouncementFilter
from tests.conftest import category_of, make_announcement

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the stored array is PostgreSQL's")


def stored_ids(announcement: Announcement) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT category_ids FROM releases_announcement WHERE id = %s", [announcement.pk])
        return cursor.fetchone()[0]


def linked_ids(announcement: Announcement) -> list[int]:
    return sorted(announcement.categories.values_list("pk", flat=True))


def test_the_category_filter_finds_exactly_the_linked_announcements():
    rng = random.Random(4)
    slugs = list(PrisonerCategory.objects.values_list("slug", flat=True))
    links = {}
    for n in range(40):
        chosen = rng.sample(slugs, rng.choice([0, 1, 1, 2, 3]))
        announcement = make_announcement(title=f"Linked {n}", categories=chosen)
        links[announcement.pk] = set(chosen)
    for wanted in ([slugs[0]], [slugs[1], slugs[2]], slugs[3:7]):
        filterset = AnnouncementFilter({"category": wanted}, queryset=Announcement.objects.published())
        assert filterset.is_valid()
        found = set(filterset.qs.values_list("pk", flat=True))
        assert found == {pk for pk, chosen in links.items() if chosen & set(wanted)}, wanted
    # An empty category matches nothing; an unknown slug is refused by the form.
    PrisonerCategory.objects.create(slug="unused", name="Unused")
    assert not Announcement.objects.in_categories(["unused"]).exists()
    assert not AnnouncementFilter({"category": ["no-such"]}, queryset=Announcement.objects.all()).is_valid()


@postgres_only
def test_stored_ids_follow_every_change_of_the_links():
    women, sick, political = category_of("women"), category_of("sick"), category_of("political")
    announcement = make_announcement(categories=["women"])
    other = make_announcement()
    assert stored_ids(announcement) == [women.pk] and stored_ids(other) == []

    announcement.categories.add(sick, political)
    assert stored_ids(announcement) == linked_ids(announcement) == sorted([women.pk, sick.pk, political.pk])
    announcement.categories.remove(women)
    assert stored_ids(announcement) == linked_ids(announcement)
    announcement.categories.set([political])
    assert stored_ids(announcement) == [political.pk]
    sick.announcements.add(announcement, other)  # from the category's side
    assert stored_ids(announcement) == linked_ids(announcement) and stored_ids(other) == [sick.pk]
    announcement.categories.clear()
    assert stored_ids(announcement) == []

    # Links written in bulk, moved by an UPDATE, or gone with their category.
    through = Announcement.categories.through
    through.objects.bulk_create([through(announcement=announcement, prisonercategory=c) for c in (women, political)])
    assert stored_ids(announcement) == sorted([women.pk, political.pk])
    through.objects.filter(announcement=other).update(announcement=announcement)
    assert stored_ids(other) == [] and stored_ids(announcement) == linked_ids(announcement)
    women.delete()
    assert stored_ids(announcement) == linked_ids(announcement) == sorted([sick.pk, political.pk])
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending before a TRUNCATE
        cursor.execute("TRUNCATE releases_announcement_categories")
    assert stored_ids(announcement) == []


@postgres_only
def test_seeded_announcements_carry_their_category_ids():
    call_command("seed_bench", announcements=200)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM releases_announcement AS a
            WHERE a.slug LIKE 'bench-%%' AND a.category_ids IS DISTINCT FROM COALESCE((
                SELECT array_agg(l.prisonercategory_id ORDER BY l.prisonercategory_id)
                FROM releases_announcement_categories AS l WHERE l.announcement_id = a.id
            ), '{}')
            """
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM releases_announcement WHERE category_ids <> '{}'")
        assert cursor.fetchone()[0] > 100
