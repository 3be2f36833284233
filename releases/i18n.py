"""Language helpers for the pages: digits, numbers and dates per language, and Solar Hijri
dates. The digit table, the calendar and the one spelling the search brings Arabic-script
text to are the extractor's (releases.extraction.text, .jalali): one of each.

Pure functions: no database, no request (country_name reads the active language). The
template filters in templatetags/i18n_numbers.py call them with the active language.
"""

import datetime
import functools

from babel.numbers import format_decimal
from django.utils import translation
from django_countries import countries

from .extraction.jalali import gregorian_to_jalali
from .extraction.text import DIGITS

# CLDR numbering systems: their grouping and decimal signs go with the digits above.
NUMBERING = {"fa": "arabext", "ar": "arab"}
_TO_NATIVE = {lang: str.maketrans("0123456789", digits) for lang, digits in DIGITS.items()}

PERSIAN_MONTHS = [
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
]  # fmt: skip


def base_language(language: str | None) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower()


def native_digits(text: str, language: str | None) -> str:
    """`text` with its ASCII digits written in the language's own digits (fa, ar)."""
    table = _TO_NATIVE.get(base_language(language))
    return str(text).translate(table) if table else str(text)


def format_number(value: float | int, language: str | None, *, decimals: int | None = None) -> str:
    """A number as the language writes it: grouping, decimal sign and digits.

    10000 → "10,000" (en), "10 000" (fr), "10.000" (es), "١٠٬٠٠٠" (ar), "۱۰٬۰۰۰" (fa)."""
    try:
        return _format_number(value, base_language(language), decimals)
    except TypeError:  # an unhashable value (a signalling NaN): not cached
        return _format_number.__wrapped__(value, base_language(language), decimals)


# A page writes a few hundred numbers (facet counts, figures), many of them the same.
@functools.lru_cache(maxsize=8192, typed=True)
def _format_number(value: float | int, lang: str, decimals: int | None) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") if decimals is not None else None
    try:
        text = format_decimal(value, format=pattern, locale=lang, numbering_system=NUMBERING.get(lang, "latn"))
    except (ValueError, LookupError):
        text = format_decimal(value, format=pattern, locale="en")
    return native_digits(text, lang)


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    with translation.override(language):
        return {code: str(name) for code, name in countries}


def country_name(code) -> str:
    """A country's name in the active language, from a table made once per language (the
    country list translates every name each time it is read)."""
    code = str(code)
    return _country_names(translation.get_language() or "en").get(code) or str(countries.name(code))


# --- The Solar Hijri (Jalali) calendar ------------------------------------------------------


def jalali_date(day: datetime.date) -> str:
    """A date as Iranian outlets write it: "۲۸ اسفند ۱۳۹۸"."""
    year, month, d = gregorian_to_jalali(day)
    return native_digits(f"{d} {PERSIAN_MONTHS[month - 1]} {year}", "fa")
