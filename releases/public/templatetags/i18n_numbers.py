"""Numbers and dates in the page's language: `localnum`, `localdate`, `localdigits`.

Persian pages write Persian digits (۰-۹) and give the Solar Hijri date beside the
Gregorian one; Arabic pages write Arabic-Indic digits (٠-٩). Machine-readable places
(`<time datetime>`, exports, URLs) keep ASCII: use these only on text people read.
"""

import datetime
from decimal import Decimal

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from releases.i18n import base_language, format_number, jalali_date, native_digits

register = template.Library()


@register.filter(is_safe=True)
def localnum(value, decimals=None):
    """10000 → "10,000", "10 000", "10.000", "١٠٬٠٠٠" or "۱۰٬۰۰۰"; `decimals` fixes the
    number of decimal places. Anything that is not a number is returned as it is."""
    if isinstance(value, str):
        try:
            value = Decimal(value.strip())
        except ArithmeticError:
            return value
    if not isinstance(value, int | float | Decimal) or isinstance(value, bool):
        return value
    return format_number(value, get_language(), decimals=None if decimals in (None, "") else int(decimals))


@register.filter(is_safe=True)
def localdate(value, fmt: str = "DATE_FORMAT"):
    """A date in the page's language; on Persian pages a full date is the Solar Hijri date
    followed by the Gregorian one: "۲۸ اسفند ۱۳۹۸ (۱۸ مارس ۲۰۲۰)"."""
    if not isinstance(value, datetime.date):
        return value if value is not None else ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    language = base_language(get_language())
    text = native_digits(date_format(value, fmt), language)
    day = value.date() if isinstance(value, datetime.datetime) else value
    if language == "fa" and fmt in ("DATE_FORMAT", "SHORT_DATE_FORMAT"):
        return f"{jalali_date(day)} ({text})"
    return text


@register.filter(is_safe=True)
def localdigits(value):
    """Text (a translated sentence with a count in it) with the page language's digits.
    Only for plain text: digits inside markup attributes would be changed too."""
    return native_digits(value, get_language())
