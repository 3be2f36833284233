"""Template helpers for the public pages."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

register = template.Library()

# Persian and Arabic-Indic digits read as ASCII, so "۱۰٬۰۰۰" is found like "10,000".
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SEPARATOR = "[,.'\u00a0\u202f\u066c ]?"


def number_pattern(value: int) -> re.Pattern:
    """A number as articles write it: 10000, 10,000, 10.000, 10 000 (not inside a longer number)."""
    digits = str(value)
    head, groups = len(digits) % 3 or 3, []
    groups.append(digits[:head])
    groups += [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return re.compile(r"(?<![\d.,])" + _SEPARATOR.join(groups) + r"(?![\d]|[.,]\d)")


@register.filter
def highlight_number(quote: str, value: int) -> SafeString:
    """The quote, escaped, with the first place it states `value` marked."""
    if not quote:
        return mark_safe("")
    match = number_pattern(int(value)).search(quote.translate(_DIGITS))
    if not match:
        return escape(quote)
    start, end = match.span()
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


@register.filter
def option_id(value: str, name: str) -> str:
    """A stable id for a facet checkbox, so htmx keeps the focus on it across a swap."""
    return f"f-{name}-{slugify(str(value)) or 'x'}"


@register.simple_tag(takes_context=True)
def filter_query(context) -> str:
    """The current query string without page and sort (for exports and the feed), with "?"."""
    params = context["request"].GET.copy()
    for name in ("page", "sort", "per"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""
