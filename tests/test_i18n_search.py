"""Search in other scripts: transliterated names of officials and prisoners, Persian and
Arabic spelling variants, and the March 2020 Iran pardon found by searching in Persian."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation

from releases.extraction.text import normalise_for_search
from releases.models import Announcement
from tests.conftest import make_announcement, make_official, make_prisoner
from tests.test_i18n import _translations_ready, compiled_translations  # noqa: F401

pytestmark = pytest.mark.django_db

ZWNJ = "\u200c"


@pytest.fixture(autouse=True)
def _no_language_left_active():
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def named(db):
    """An announcement naming an official and a prisoner who both have Persian spellings."""
    khamenei = make_official(
        name="Ali Khamenei", role="Supreme Leader", aliases=f"Ayatollah Khamenei\nعلی خامنه{ZWNJ}ای"
    )
    prisoner = make_prisoner(name="Nazanin Zaghari-Ratcliffe", aliases="نازنین زاغری\nNazanin Zaghari")
    announcement = make_announcement(title="Iran pardons prisoners for Nowruz", officials=[khamenei])
    prisoner.announcements.add(announcement)
    announcement.refresh_search_text()
    return announcement


def titles(html: str) -> list[str]:
    # The words searched for are marked (<mark>) in the titles: read the text.
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'<h3 class="entry-title"[^>]*><a [^>]*>(.+?)</a>', html)]


def people(html: str, section: str) -> list[str]:
    block = re.search(rf'<section aria-labelledby="found-{section}">(.*?)</section>', html, flags=re.S).group(1)
    return [re.sub(r"<[^>]+>", "", name) for name in re.findall(r'<li><a href="[^"]+">(.+?)</a>', block)]


@pytest.mark.parametrize(
    "q",
    [
        f"خامنه{ZWNJ}ای",  # as Persian writes it, with a zero-width non-joiner
        "خامنه ای",  # with the space many type instead
        f"علي خامنه{ZWNJ}اي",  # with the Arabic yeh
        "Ayatollah Khamenei",
    ],
)
def test_official_found_by_any_spelling(client, named, q):
    html = client.get("/fa/search/", {"q": q}).content.decode()
    assert people(html, "officials") == ["Ali Khamenei"]
    assert titles(html) == [named.title]


@pytest.mark.parametrize("q", ["نازنین زاغری", "زاغری", "Zaghari"])
def test_prisoner_found_by_transliteration(client, named, q):
    html = client.get("/fa/search/", {"q": q}).content.decode()
    assert people(html, "prisoners") == ["Nazanin Zaghari-Ratcliffe"]
    assert titles(html) == [named.title]


def test_filter_q_finds_transliterated_names(client, fresh_cache, named):
    html = client.get("/fa/announcements/", {"q": f"خامنه{ZWNJ}ای"}).content.decode()
    assert titles(html) == [named.title]
    html = client.get("/announcements/", {"q": "زاغری"}).content.decode()
    assert titles(html) == [named.title]


def test_kind_country_and_category_are_searchable_in_every_language(client, fresh_cache):
    make_announcement(title="Royal pardon", country="MA", categories=["political"])
    for q in ("عفو مراکش", "Grâce Maroc", "indulto Marruecos", "زندانیان سیاسی", "السجناء السياسيون"):
        assert titles(client.get("/search/", {"q": q}).content.decode()) == ["Royal pardon"], q


def test_search_text_is_normalised_like_the_query():
    assert normalise_for_search(f"علي خامنه{ZWNJ}اي ۱۰٬۰۰۰ كشور") == "علی خامنه ای 10,000 کشور"
    assert normalise_for_search("Esmaeili pardoned 1,200 prisoners") == "Esmaeili pardoned 1,200 prisoners"
    assert normalise_for_search("عَفْو") == "عفو"


@pytest.mark.parametrize(
    "q",
    [
        f"عفو ۱۰ هزار زندانی خامنه{ZWNJ}ای",
        "خامنه ای عفو",
        "غلامحسین اسماعیلی",
        "عفو زندانیان سیاسی ایران",
        "عفو 10 هزار زندانی",
    ],
)
def test_march_2020_pardon_found_in_persian(client, fresh_cache, q):
    call_command("loaddemo", stdout=None)
    pardon = Announcement.objects.get(country="IR", announced_on="2020-03-18")
    html = client.get("/fa/search/", {"q": q}).content.decode()
    assert pardon.title.replace("'", "&#x27;") in titles(html)
    assert re.search(r'<html lang="fa" dir="rtl">', html)


def test_march_2020_pardon_page_in_persian(client, fresh_cache):
    call_command("loaddemo", stdout=None)
    pardon = Announcement.objects.get(country="IR", announced_on="2020-03-18")
    html = client.get("/fa" + pardon.get_absolute_url()).content.decode()
    assert '<blockquote class="quote" lang="fa" dir="auto"' in html
    assert "عفو ۱۰ هزار زندانی" in html
    assert "a pardon of 10,000 prisoners" in html
    assert "۲۸ اسفند ۱۳۹۸ (۱۸ مارس ۲۰۲۰)" in html
