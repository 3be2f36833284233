"""The site in English, French, Spanish, Arabic and Persian: language, direction, digits,
dates, the switcher and its alternates, quotes in their own language, exports in ASCII."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from releases.choices import Metric
from tests.conftest import make_announcement, make_figure, make_source

pytestmark = pytest.mark.django_db

# prefix, lang, dir, 10,000 as the language writes it, a sentence of the page in the language
LANGUAGES = [
    ("", "en", "ltr", "10,000", "Timeline of announcements"),
    ("/fr", "fr", "ltr", "10\u202f000", "Chronologie des annonces"),
    ("/es", "es", "ltr", "10.000", "Cronología de los anuncios"),
    ("/ar", "ar", "rtl", "١٠٬٠٠٠", "الخط الزمني للإعلانات"),
    ("/fa", "fa", "rtl", "۱۰٬۰۰۰", "گاه‌شمار اعلامیه‌ها"),
]
PERSIAN_OR_ARABIC_DIGIT = re.compile("[۰-۹٠-٩]")


@pytest.fixture(scope="session")
def compiled_translations():
    """The .mo files, compiled when stale (make does it first; a bare pytest run too), and
    Django's catalogue cache dropped so that a fresh compile is read."""
    from pathlib import Path

    from django.core.management import call_command
    from django.utils.translation.reloader import translation_file_changed

    call_command("compile_translations", verbosity=0)
    translation_file_changed(sender=None, file_path=Path("django.mo"))


@pytest.fixture(autouse=True)
def _translations_ready(compiled_translations):
    pass


@pytest.fixture(autouse=True)
def _no_language_left_active():
    """A request leaves its language active in the thread, and get_absolute_url() would
    then add its prefix: each test starts and ends in the default language."""
    translation.deactivate()
    yield
    translation.deactivate()


class Page(HTMLParser):
    """The few things these tests read from a page: <html> attributes, links, quotes."""

    def __init__(self, html: str):
        super().__init__()
        self.html_attrs: dict = {}
        self.links: list[dict] = []
        self.anchors: list[dict] = []
        self.blockquotes: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs)
        elif tag == "blockquote":
            self.blockquotes.append(attrs)

    def alternates(self) -> dict[str, str]:
        return {link["hreflang"]: link["href"] for link in self.links if link.get("hreflang")}

    def switcher(self) -> dict[str, str]:
        return {a["hreflang"]: a["href"] for a in self.anchors if "data-language-switch" in a}


def visible(html: str) -> str:
    """The page's text, as a reader sees it (no tags, no scripts, no chart)."""
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&nbsp;", "\u00a0")


@pytest.mark.parametrize(("prefix", "lang", "direction", "ten_thousand", "sentence"), LANGUAGES)
def test_timeline_in_each_language(
    client, fresh_cache, public_records, prefix, lang, direction, ten_thousand, sentence
):
    response = client.get(f"{prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    page = Page(html)
    assert page.html_attrs == {"lang": lang, "dir": direction}
    text = visible(html)
    assert sentence in text
    assert ten_thousand in text  # the Iran pardon's headline figure
    if lang in ("ar", "fa"):
        assert "10,000" not in text.replace(public_records.iran.title, "")


@pytest.mark.parametrize(("prefix", "lang", "direction", "ten_thousand", "sentence"), LANGUAGES)
def test_announcement_page_in_each_language(client, public_records, prefix, lang, direction, ten_thousand, sentence):
    html = client.get(prefix + public_records.iran.get_absolute_url()).content.decode()
    page = Page(html)
    assert page.html_attrs == {"lang": lang, "dir": direction}
    text = visible(html)
    assert ten_thousand in text
    # The share of the prison population, in the language's digits and decimal sign.
    share = {"en": "5.3%", "fr": "5,3 %", "es": "5,3 %", "ar": "٥٫٣٪", "fa": "۵٫۳٪"}[lang]
    assert share in text
    # A quote stays as its source wrote it, with ASCII digits, whatever the page's language.
    assert "will forgive 10,000 prisoners, including political detainees" in text


@pytest.mark.parametrize(
    "path",
    ["/announcements/", "/figures/", "/search/?q=Iran", "/countries/IR/", "/categories/political/", "/nowhere/"],
)
@pytest.mark.parametrize(("prefix", "lang", "direction"), [(p, la, d) for p, la, d, *_rest in LANGUAGES])
def test_every_public_page_has_lang_and_dir(client, fresh_cache, public_records, prefix, lang, direction, path):
    response = client.get(prefix + path)
    assert response.status_code == (404 if path == "/nowhere/" else 200)
    assert Page(response.content.decode()).html_attrs == {"lang": lang, "dir": direction}


def test_official_page_in_persian(client, public_records):
    html = client.get("/fa" + public_records.spokesman.get_absolute_url()).content.decode()
    assert Page(html).html_attrs["dir"] == "rtl"
    assert "۱۰٬۰۰۰" in visible(html)  # the totals table


def test_persian_dates_are_solar_hijri_beside_gregorian(client, public_records):
    text = visible(client.get("/fa" + public_records.iran.get_absolute_url()).content.decode())
    assert "۲۸ اسفند ۱۳۹۸ (۱۸ مارس ۲۰۲۰)" in text


def test_arabic_dates_use_arabic_indic_digits(client, public_records):
    html = client.get("/ar" + public_records.iran.get_absolute_url()).content.decode()
    assert "١٨ مارس، ٢٠٢٠" in visible(html)
    assert '<time datetime="2020-03-18">' in html  # machine-readable dates stay ASCII


def test_category_names_are_translated(client, fresh_cache, public_records):
    text = visible(client.get("/fa/categories/political/").content.decode())
    assert "زندانیان سیاسی" in text
    assert "کسانی که به خاطر دیدگاه سیاسی" in text
    facets = visible(client.get("/es/announcements/").content.decode())
    assert "Presos políticos" in facets and "Indultados" in facets


def test_switcher_keeps_path_and_filters(client, fresh_cache, public_records):
    query = "?country=IR&category=political&min_value=100"
    page = Page(client.get("/announcements/" + query).content.decode())
    assert page.switcher() == {
        "en": "/announcements/" + query,
        "fr": "/fr/announcements/" + query,
        "es": "/es/announcements/" + query,
        "ar": "/ar/announcements/" + query,
        "fa": "/fa/announcements/" + query,
    }
    # From a Persian page, back to English (no prefix) with the same filters.
    page = Page(client.get("/fa/announcements/" + query).content.decode())
    assert page.switcher()["en"] == "/announcements/" + query
    assert page.switcher()["ar"] == "/ar/announcements/" + query
    assert client.get(page.switcher()["es"]).status_code == 200


def test_switcher_marks_the_current_language(client, public_records):
    html = client.get("/ar/").content.decode()
    current = [a for a in Page(html).anchors if a.get("aria-current") == "true" and "data-language-switch" in a]
    assert [a["hreflang"] for a in current] == ["ar"]


def test_hreflang_alternates_and_x_default(client, public_records):
    path = public_records.iran.get_absolute_url()
    alternates = Page(client.get("/fa" + path).content.decode()).alternates()
    base = "http://testserver"
    assert alternates == {
        "en": base + path,
        "fr": base + "/fr" + path,
        "es": base + "/es" + path,
        "ar": base + "/ar" + path,
        "fa": base + "/fa" + path,
        "x-default": base + path,
    }
    timeline = Page(client.get("/es/").content.decode()).alternates()
    assert timeline["x-default"] == base + "/" and timeline["fa"] == base + "/fa/"


def test_switcher_script_is_a_static_file(client, public_records):
    html = client.get("/fa/").content.decode()
    assert re.search(r'<script src="/static/js/languages\.js" defer>', html)
    assert "<script>" not in html and " style=" not in html


@pytest.mark.parametrize("url", ["/fa/announcements/export.csv", "/ar/figures/export.csv"])
def test_csv_exports_keep_ascii_digits(client, public_records, url):
    body = b"".join(client.get(url).streaming_content).decode()
    assert "10000" in body
    assert not PERSIAN_OR_ARABIC_DIGIT.search(body)


@pytest.mark.parametrize("url", ["/fa/announcements/export.json", "/ar/figures/export.json"])
def test_json_exports_keep_plain_numbers(client, public_records, url):
    response = client.get(url)
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert re.search(r'"value": ?10000\b', body)
    assert not PERSIAN_OR_ARABIC_DIGIT.search(body)


PERSIAN_TEXT = (
    "غلامحسین اسماعیلی، سخنگوی قوه قضاییه، اعلام کرد رهبر انقلاب با عفو ۱۰ هزار زندانی به مناسبت نوروز موافقت کرد."
)
PERSIAN_QUOTE = "عفو ۱۰ هزار زندانی"


def persian_pardon():
    source = make_source(language="fa", title="عفو ۱۰ هزار زندانی", outlet="ایرنا", text=PERSIAN_TEXT)
    start = PERSIAN_TEXT.index(PERSIAN_QUOTE)
    announcement = make_announcement(title="Iran pardons 10,000 for Nowruz", sources=[source])
    make_figure(
        announcement=announcement, source=source, value=10000, metric=Metric.PARDONED, quote=PERSIAN_QUOTE,
        quote_start=start, quote_end=start + len(PERSIAN_QUOTE), translation="a pardon of 10,000 prisoners",
    )  # fmt: skip
    announcement.refresh_search_text()
    return announcement


@pytest.mark.parametrize("prefix", ["", "/fr", "/fa"])
def test_persian_quote_is_shown_untranslated_with_its_translation(client, prefix):
    announcement = persian_pardon()
    figure = announcement.figures.get()
    assert figure.quote == PERSIAN_QUOTE and figure.source.text[figure.quote_start : figure.quote_end] == PERSIAN_QUOTE
    html = client.get(prefix + announcement.get_absolute_url()).content.decode()
    quote = re.search(r'<div class="quote-pair with-translation">(.*?)</div>\s*</div>', html, flags=re.S).group(1)
    blockquote = re.search(r"<blockquote ([^>]*)>(.*?)</blockquote>", quote, flags=re.S)
    assert 'lang="fa"' in blockquote.group(1) and 'dir="auto"' in blockquote.group(1)
    # The number is marked, the words are the source's own (Persian digits and all).
    assert re.sub(r"</?mark>", "", blockquote.group(2)).strip() == f"<p>{PERSIAN_QUOTE}</p>"
    translation = re.search(r'<div class="translation">(.*)', quote, flags=re.S).group(1)
    assert "a pardon of 10,000 prisoners" in translation
    label = {"": "Translation:", "/fr": "Traduction :", "/fa": "ترجمه:"}[prefix]
    assert label in translation


def test_quote_without_translation_has_its_language(client, public_records):
    public_records.iran.sources.update(language="en")
    page = Page(client.get("/fa" + public_records.iran.get_absolute_url()).content.decode())
    assert page.blockquotes and all(q.get("lang") == "en" and q.get("dir") == "auto" for q in page.blockquotes)


def test_admin_figure_inline_offers_a_translation(admin_client):
    announcement = persian_pardon()
    html = admin_client.get(f"/admin/releases/announcement/{announcement.pk}/change/").content.decode()
    assert 'name="figures-0-translation"' in html
    assert "a pardon of 10,000 prisoners" in html
    html = admin_client.get(f"/admin/releases/figure/{announcement.figures.get().pk}/change/").content.decode()
    assert 'name="translation"' in html


def test_the_pages_say_when_nothing_is_published(client, fresh_cache):
    html = client.get("/fa/").content.decode()
    assert "هنوز هیچ اعلامیه‌ای منتشر نشده است." in visible(html)


def test_date_without_announcement_figures(client, fresh_cache, public_records):
    """A context figure's as-of date in the figures table, in Persian."""
    text = visible(client.get("/fa/figures/?metric=prison_population").content.decode())
    assert "۱۱ اسفند ۱۳۹۸ (۱ مارس ۲۰۲۰)" in text
    assert datetime.date(2020, 3, 1) == public_records.population.as_of


def test_prisoner_pages_in_persian(client, fresh_cache):
    from django.core.management import call_command

    call_command("loaddemo", stdout=None)
    html = client.get("/fa/prisoners/").content.decode()
    assert Page(html).html_attrs == {"lang": "fa", "dir": "rtl"}
    assert re.search("[۰-۹]+ زندانی", visible(html))
    html = client.get("/fa/prisoners/nazanin-zaghari-ratcliffe/").content.decode()
    text = visible(html)
    assert re.search(r"[۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱۳۹[۵-۹]", text)
    assert "(۱ سپتامبر ۲۰۱۶)" in text  # the Gregorian date beside it, in Persian digits


def test_country_names_and_choice_labels_follow_the_language_after_first_use():
    """The per-language tables (country names, choice labels) must not keep the first
    language they were read in."""
    from releases.i18n import country_name
    from releases.models import Announcement

    pardon = Announcement(kind="pardon", country="DE")
    seen = {}
    for lang in ("en", "fr", "es", "en"):
        with translation.override(lang):
            seen[lang] = (country_name("DE"), pardon.get_kind_display())
    assert seen["en"] == ("Germany", "Pardon")
    assert seen["fr"] == ("Allemagne", "Grâce")
    assert seen["es"][0] == "Alemania" and seen["es"][1] != "Pardon"
    assert Announcement(kind="not-a-kind").get_kind_display() == "not-a-kind"


def test_country_facet_and_entries_name_countries_in_the_page_language(client, fresh_cache, public_records):
    page = client.get("/fr/announcements/?country=IR&country=DE").content.decode()
    assert "Allemagne" in page and "Germany" not in page


def test_timeline_histogram_is_kept_per_language(client, fresh_cache, public_records):
    """The histogram is cached per public generation and language: the French timeline read
    after the English one still labels its bars in French."""
    english = client.get("/").content.decode()
    french = client.get("/fr/").content.decode()
    assert "<title>March 2020: 2</title>" in english
    assert "<title>mars 2020 : 2</title>" in french
    assert "March 2020" not in french
