"""The database itself refuses records that break the model's invariants."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from releases.models import Announcement, Figure, Source
from tests.conftest import make_announcement, make_figure, make_source

pytestmark = pytest.mark.django_db


def test_duplicate_source_url_is_refused():
    make_source(url="https://news.example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(url="https://news.example.org/a", title="again")


def test_duplicate_content_hash_is_refused_but_blank_hashes_are_not():
    make_source(content_hash="a" * 64)
    make_source(content_hash="")
    make_source(content_hash="")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_source(content_hash="a" * 64)


def test_negative_figure_value_is_refused():
    source = make_source()
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.create(value=-1, metric="pardoned", source=source)


@pytest.mark.parametrize("start,end", [(10, 10), (12, 3), (5, None), (None, 5)])
def test_bad_quote_offsets_are_refused(start, end):
    source = make_source()
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.create(value=1, metric="pardoned", source=source, quote_start=start, quote_end=end)


def test_good_quote_offsets_are_kept():
    figure = make_figure(quote="pardoned 100", quote_start=0, quote_end=12)
    assert Figure.objects.get(pk=figure.pk).quote_end == 12


@pytest.mark.parametrize(
    "field,value",
    [("metric", "freed"), ("qualifier", "maybe"), ("entered_by", "robot"), ("evidence", "rumour")],
)
def test_figure_choices_are_enforced_by_the_database(field, value):
    fields = {"value": 1, "metric": "pardoned", "source": make_source(), field: value}
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.create(**fields)


@pytest.mark.parametrize("field,value", [("kind", "bailout"), ("status", "maybe")])
def test_announcement_choices_are_enforced_by_the_database(field, value):
    fields = {"title": "x", "slug": "x", "kind": "pardon", "country": "IR", "announced_on": datetime.date(2020, 1, 1)}
    fields[field] = value
    with pytest.raises(IntegrityError), transaction.atomic():
        Announcement.objects.create(**fields)


def test_duplicate_slug_is_refused():
    announcement = make_announcement()
    with pytest.raises(IntegrityError), transaction.atomic():
        Announcement.objects.create(
            title="Other", slug=announcement.slug, kind="pardon", country="IR", announced_on=datetime.date(2020, 1, 1)
        )


def test_slugs_are_made_unique_from_date_and_title():
    first = make_announcement(title="Pardon for the New Year", announced_on=datetime.date(2020, 3, 18))
    second = make_announcement(title="Pardon for the New Year", announced_on=datetime.date(2020, 3, 18))
    assert first.slug == "2020-03-18-pardon-for-the-new-year"
    assert second.slug == "2020-03-18-pardon-for-the-new-year-2"


def test_eleven_categories_exist_with_names_and_descriptions():
    from releases.models import PrisonerCategory

    categories = PrisonerCategory.objects.all()
    assert sorted(c.slug for c in categories) == sorted(
        [
            "political", "security", "foreign_nationals", "dual_nationals", "women", "juveniles",
            "elderly", "sick", "journalists", "protesters", "religious_minorities",
        ]
    )  # fmt: skip
    assert all(c.name and c.description for c in categories)


def test_published_queryset_excludes_drafts_and_rejected():
    published = make_announcement(status="published")
    make_announcement(status="draft")
    make_announcement(status="rejected")
    assert list(Announcement.objects.published()) == [published]


def test_context_figure_is_public_only_through_a_published_announcement_source():
    source = make_source()
    context = make_figure(source=source, metric="prison_population", value=189500)
    assert context not in Figure.objects.published()
    make_announcement(status="draft", sources=[source])
    assert context not in Figure.objects.published()
    make_announcement(status="published", sources=[source])
    assert list(Figure.objects.published().filter(pk=context.pk)) == [context]


def test_search_text_collects_officials_and_quotes():
    from tests.conftest import make_official

    official = make_official(name="Gholamhossein Esmaili", aliases="Esmaeili")
    announcement = make_announcement(officials=[official], figures=[{"value": 10000, "quote": "forgive 10,000"}])
    announcement.refresh_from_db()
    assert "Esmaeili" in announcement.search_text
    assert "forgive 10,000" in announcement.search_text


def test_safe_url_refuses_other_schemes():
    assert make_source(url="javascript:alert(1)").safe_url == ""
    assert make_source(url="https://ok.example/x").safe_url == "https://ok.example/x"
