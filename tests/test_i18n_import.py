"""Articles in French, Spanish, Arabic and Persian through the importer, end to end: the
draft an editor reviews has the figures with their quotes, the metrics, the country and the
date the article reports, and its quotes stay in the article's language."""

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from releases import services
from releases.choices import EnteredBy, Status
from releases.models import Source
from tests.test_i18n import _translations_ready, compiled_translations  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_language_left_active():
    """get_absolute_url() would otherwise carry the prefix of the last request's language."""
    translation.deactivate()
    yield
    translation.deactivate()


FIXTURES = Path(__file__).parent / "fixtures" / "i18n"

ARTICLES = [
    # file, published, language, country, announced on, (value, metric) the draft must hold
    (
        "fr-maroc-grace.txt", "2024-07-30", "fr", "MA", "2024-07-30",
        {(1304, "pardoned"), (1219, "sentence_reduced"), (85, "pardoned"), (100000, "prison_population")},
    ),
    ("es-cuba-indulto.txt", "2019-04-11", "es", "CU", "2019-04-10", {(2900, "pardoned")}),
    ("ar-egypt-afw.txt", "2021-05-13", "ar", "EG", "2021-05-13", {(3157, "pardoned"), (534, "released")}),
    ("fa-iran-afv.txt", "2020-03-18", "fa", "IR", "2020-03-18", {(10000, "pardoned"), (85000, "temporarily_released")}),
]  # fmt: skip


def import_article(name: str, published: str) -> Source:
    path = FIXTURES / name
    call_command("import_articles", str(path), published=datetime.date.fromisoformat(published), stdout=None)
    return Source.objects.get(url=path.resolve().as_uri())


@pytest.mark.parametrize(("name", "published", "language", "country", "announced_on", "expected"), ARTICLES)
def test_article_in_another_language_becomes_a_draft(name, published, language, country, announced_on, expected):
    source = import_article(name, published)
    assert source.status == "extracted", source.error
    assert source.language == language
    assert source.title == (FIXTURES / name).read_text(encoding="utf-8").splitlines()[0]
    draft = source.announcements.get()
    assert draft.status == Status.DRAFT
    assert draft.country.code == country
    assert draft.announced_on == datetime.date.fromisoformat(announced_on)
    # Decisions' figures hang on the draft; a prison population is context, on the source.
    figures = list(source.figures.all())
    assert expected <= {(f.value, f.metric) for f in figures}
    assert all(f.announcement_id == draft.pk for f in figures if f.metric != "prison_population")
    for figure in figures:
        # Each quote is the article's own words, at its offsets, in its language.
        assert source.text[figure.quote_start : figure.quote_end] == figure.quote
        assert figure.entered_by == EnteredBy.MACHINE and figure.country.code == country
        assert figure.translation == ""


@pytest.mark.parametrize(("name", "published"), [(a[0], a[1]) for a in ARTICLES])
def test_importing_again_changes_nothing(name, published):
    first = import_article(name, published)
    counts = (first.announcements.count(), first.figures.count())
    again = import_article(name, published)
    assert again.pk == first.pk and (again.announcements.count(), again.figures.count()) == counts


def test_persian_draft_is_searchable_in_persian_and_shows_its_quote_when_published(client):
    source = import_article("fa-iran-afv.txt", "2020-03-18")
    draft = source.announcements.get()
    url = draft.get_absolute_url()  # before a request activates Persian in this thread
    assert draft.figures.filter(quote__contains="۱۰ هزار").exists()
    services.announcements_publish(announcements=source.announcements.all())
    html = client.get("/fa/search/", {"q": "عفو ۱۰ هزار"}).content.decode()
    assert f'href="/fa{url}"' in html
    page = client.get("/fa" + url).content.decode()
    assert '<blockquote class="quote" lang="fa" dir="auto"' in page
    assert "۲۸ اسفند ۱۳۹۸ (۱۸ مارس ۲۰۲۰)" in page
