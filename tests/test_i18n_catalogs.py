"""The translation catalogues: complete for the public pages, valid, compiled in pure Python;
and the number and calendar helpers the pages use."""

import datetime
import gettext
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_python
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation.template import templatize

from releases.extraction.jalali import jalali_to_gregorian
from releases.i18n import format_number, gregorian_to_jalali, jalali_date, native_digits
from releases.management.commands.compile_translations import compile_po
from releases.public.templatetags.i18n_numbers import localdate, localdigits, localnum

BASE = Path(settings.BASE_DIR)
LANGUAGES = ["fr", "es", "ar", "fa"]
PUBLIC_TEMPLATES = sorted([BASE / "templates/base.html", BASE / "templates/404.html", BASE / "templates/500.html"])
PUBLIC_TEMPLATES += sorted((BASE / "templates/releases").glob("*.html"))
# Python modules whose strings reach the public pages (labels, choices, charts, errors).
PUBLIC_MODULES = [
    "choices.py", "public/filters.py", "public/charts.py", "public/views.py", "public/feeds.py",
    "public/templatetags/i18n_names.py", "public/templatetags/releases_tags.py",
]  # fmt: skip
KEYWORDS = {
    "_": None, "gettext": None, "gettext_lazy": None, "gettext_noop": None,
    "ngettext": (1, 2), "ngettext_lazy": (1, 2), "pgettext": ((1, "c"), 2), "pgettext_lazy": ((1, "c"), 2),
}  # fmt: skip


def po_path(lang: str) -> Path:
    return BASE / "locale" / lang / "LC_MESSAGES" / "django.po"


def catalog(lang: str):
    with po_path(lang).open("rb") as handle:
        return read_po(handle)


def msgids(source: str) -> set[str]:
    """The message ids gettext calls in `source` (Python, or a templatized template) carry."""
    found = set()
    for _line, func, messages, _comments in extract_python(io.BytesIO(source.encode()), KEYWORDS, [], {}):
        messages = messages if isinstance(messages, tuple | list) else (messages,)
        message = messages[1] if func.startswith("pgettext") else messages[0]
        if message:
            found.add(message)
    return found


def public_msgids() -> set[str]:
    ids = set()
    for template in PUBLIC_TEMPLATES:
        # templatize() keeps only the gettext calls, at arbitrary indentation: drop it.
        source = templatize(template.read_text(encoding="utf-8"), origin=str(template))
        ids |= msgids("\n".join(line.lstrip() for line in source.splitlines()))
    for module in PUBLIC_MODULES:
        ids |= msgids((BASE / "releases" / module).read_text(encoding="utf-8"))
    return ids


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_translates_every_public_message(lang):
    cat = catalog(lang)
    translated = {m.id[0] if isinstance(m.id, tuple | list) else m.id: m for m in cat if m.id}
    wanted = public_msgids()
    assert len(wanted) > 150
    missing = sorted(i for i in wanted if i not in translated)
    assert missing == [], f"not in locale/{lang}: run makemessages and translate them"
    untranslated = sorted(i for i in wanted if not all(translated[i].string) if isinstance(translated[i].string, tuple))
    untranslated += sorted(i for i in wanted if not translated[i].string)
    assert untranslated == []
    assert sorted(i for i in wanted if translated[i].fuzzy) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_no_empty_or_fuzzy_entry_and_checks(lang):
    cat = catalog(lang)
    assert not cat.fuzzy
    assert cat.language_team and f'"Language: {lang}\\n"' in po_path(lang).read_text(encoding="utf-8")
    for message in cat:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        assert all(strings) and not message.fuzzy, message.id
        if isinstance(message.string, tuple | list):
            assert len(message.string) == cat.num_plurals, message.id
    assert list(cat.check()) == []  # placeholders kept, plural forms complete


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_compiles_in_pure_python(tmp_path, lang):
    copy = tmp_path / "django.po"
    shutil.copy(po_path(lang), copy)
    mo = compile_po(copy)
    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    expected = {"fr": "Chronologie", "es": "Cronología", "ar": "الخط الزمني", "fa": "گاه‌شمار"}[lang]
    assert compiled.gettext("Timeline") == expected
    assert compiled.ngettext("%(counter)s source", "%(counter)s sources", 3) % {"counter": 3}


def test_compile_translations_command_writes_every_mo():
    call_command("compile_translations", "--force", verbosity=0)
    for lang in LANGUAGES:
        mo = po_path(lang).with_suffix(".mo")
        assert mo.exists() and mo.stat().st_mtime >= po_path(lang).stat().st_mtime
    with translation.override("fa"):
        assert translation.gettext("Timeline of announcements") == "گاه‌شمار اعلامیه‌ها"


def test_compile_translations_runs_before_the_database_exists(tmp_path):
    """`make test` compiles the catalogues first, on a machine where the database is not made yet."""
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/no_such_database_here"}
    result = subprocess.run(
        [sys.executable, "manage.py", "compile_translations", "--force", "-v2"],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "translation file(s) compiled" in result.stdout


def test_the_build_compiles_with_the_pure_python_command():
    makefile = (BASE / "Makefile").read_text()
    assert "manage.py compile_translations" in makefile and "compilemessages" not in makefile
    dockerfile = (BASE / "Dockerfile").read_text()
    assert "compile_translations" in dockerfile and "compilemessages" not in dockerfile
    assert any(line.startswith("Babel==") for line in (BASE / "requirements.txt").read_text().splitlines())


# --- Numbers and dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        ("en", 189500, "189,500"),
        ("fr", 189500, "189\u202f500"),
        ("es", 189500, "189.500"),
        ("ar", 189500, "١٨٩٬٥٠٠"),
        ("fa", 189500, "۱۸۹٬۵۰۰"),
        ("fa", 7, "۷"),
        ("ar", 0, "٠"),
    ],
)
def test_numbers_per_language(lang, value, expected):
    assert format_number(value, lang) == expected
    with translation.override(lang):
        assert localnum(value) == expected
        assert localnum(str(value)) == expected


def test_localnum_decimals_and_non_numbers():
    with translation.override("fa"):
        assert localnum(5.2770, 1) == "۵٫۳"
        assert localnum("abc") == "abc" and localnum(None) is None
    with translation.override("fr"):
        assert localnum(5.277, "1") == "5,3"


@pytest.mark.parametrize(
    ("day", "jalali", "text"),
    [
        (datetime.date(2020, 3, 18), (1398, 12, 28), "۲۸ اسفند ۱۳۹۸"),
        (datetime.date(2020, 3, 20), (1399, 1, 1), "۱ فروردین ۱۳۹۹"),
        (datetime.date(2024, 3, 20), (1403, 1, 1), "۱ فروردین ۱۴۰۳"),
        (datetime.date(2025, 3, 20), (1403, 12, 30), "۳۰ اسفند ۱۴۰۳"),
        (datetime.date(2022, 9, 16), (1401, 6, 25), "۲۵ شهریور ۱۴۰۱"),
        (datetime.date(1979, 2, 11), (1357, 11, 22), "۲۲ بهمن ۱۳۵۷"),
    ],
)
def test_solar_hijri_dates(day, jalali, text):
    assert gregorian_to_jalali(day) == jalali
    assert jalali_date(day) == text


def test_solar_hijri_round_trip_with_the_extractors_converter():
    day = datetime.date(1950, 1, 1)
    while day < datetime.date(2060, 1, 1):
        assert jalali_to_gregorian(*gregorian_to_jalali(day)) == day
        day += datetime.timedelta(days=3)


def test_localdate_per_language():
    day = datetime.date(2020, 3, 18)
    expected = {
        "en": "March 18, 2020",
        "fr": "18 mars 2020",
        "es": "18 de marzo de 2020",
        "ar": "١٨ مارس، ٢٠٢٠",
        "fa": "۲۸ اسفند ۱۳۹۸ (۱۸ مارس ۲۰۲۰)",
    }
    for lang, text in expected.items():
        with translation.override(lang):
            assert localdate(day) == text
    with translation.override("fa"):
        assert localdate(day, "YEAR_MONTH_FORMAT") == "مارس ۲۰۲۰"
        moment = datetime.datetime(2020, 3, 18, 23, 30, tzinfo=datetime.UTC)
        assert localdate(moment).startswith("۲۸ اسفند ۱۳۹۸")
        assert localdate(None) == "" and localdate("x") == "x"


def test_localdigits_only_changes_digits():
    with translation.override("ar"):
        assert localdigits("3 إعلانات") == "٣ إعلانات"
    with translation.override("es"):
        assert localdigits("3 anuncios") == "3 anuncios"
    assert native_digits("Page 2 of 10", "fa") == "Page ۲ of ۱۰"
