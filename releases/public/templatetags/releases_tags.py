"""Template helpers for the public pages."""

import functools
import re

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator, slugify
from django.utils.translation import get_language

from releases.extraction.text import normalise_for_search, normalize_digits
from releases.i18n import format_number

from .i18n_names import translated

register = template.Library()

# A number as articles write it: 10000, 10,000, 10.000, 10 000 (one pattern for every value: a
# pattern per value was compiled on each first visit, 0.3 ms a figure).
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[,.'\u00a0\u202f\u066c ]\d{3})+|\d+)(?![\d]|[.,]\d)")


@register.filter
def highlight_number(quote: str, value: int) -> SafeString:
    """The quote, escaped, with the first place it states `value` marked."""
    if not quote:
        return mark_safe("")
    wanted = str(int(value))
    for match in _NUMBER.finditer(normalize_digits(quote)):
        if re.sub(r"\D", "", match.group()) == wanted:
            start, end = match.span()
            return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])
    return escape(quote)


@functools.lru_cache(maxsize=4096)
def option_id(value: str, name: str) -> str:
    """A stable id for a facet checkbox, so htmx keeps the focus on it across a swap."""
    return f"f-{name}-{slugify(str(value)) or 'x'}"


# A facet lists this many options; the rest wait behind a "more" control (<details>, no
# script needed), so a long country list neither hides options nor fills the page.
FACET_VISIBLE = 8


@register.inclusion_tag("releases/_facet_options.html")
def facet_options(facet) -> dict:
    """A facet's options: a checkbox and a label with its count each, the first
    FACET_VISIBLE shown (chosen ones first), the others behind "more"."""
    language, translate = get_language(), facet.name == "category"
    options = [
        {
            "name": facet.name,
            "value": option.value,
            "id": option_id(option.value, facet.name),
            "selected": option.selected,
            "label": translated(option.label) if translate else option.label,
            "count": format_number(option.count, language),
        }
        for option in facet.options
    ]
    shown = max(FACET_VISIBLE, sum(1 for option in options if option["selected"]))
    return {"shown": options[:shown], "hidden": options[shown:]}


@register.simple_tag(takes_context=True)
def filter_query(context) -> str:
    """The current query string without page and sort (for exports and the feed), with "?"."""
    params = context["request"].GET.copy()
    for name in ("page", "sort", "per"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""


@register.inclusion_tag("releases/_announcement_entry.html")
def announcement_entry(announcement, q: str = "") -> dict:
    """One announcement in a list (the timeline, the filtered list, the pages of an
    official, a country, a category or a prisoner, the search): its title, date, country,
    kind, up to four headline figures, who announced it, and how many sources and
    independent outlets report it. With `q` (the search page), the words searched for are
    marked in the title and a summary is shown with them marked too. It expects
    `with_headline_figures()`."""
    language = get_language()
    figures = [
        {
            "value": format_number(figure.value, language),
            "metric": figure.get_metric_display().lower(),
            "category": translated(figure.category.name).lower() if figure.category else "",
            "qualifier": figure.get_qualifier_display() if figure.qualifier != "exact" else "",
        }
        for figure in announcement.headline_figures[:4]
    ]
    return {
        "announcement": announcement,
        "country_url": reverse("releases:country-detail", args=[announcement.country.code]),
        "figures": figures,
        "officials": list(announcement.officials.all()),
        "title": highlight_terms(announcement.title, q) if q else announcement.title,
        "summary": highlight_terms(Truncator(announcement.summary).words(40), q) if q else "",
    }


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` as search compares it (case and Arabic-script variants folded, harakat
    dropped), with the index in `text` each folded character came from."""
    folded, origin = [], []
    for index, char in enumerate(text):
        for out in normalise_for_search(char).casefold():
            folded.append(out)
            origin.append(index)
    return "".join(folded), origin


@register.filter
def highlight_terms(text: str, q: str) -> SafeString:
    """`text`, escaped, with every place a word of the search `q` occurs marked (<mark>),
    whatever its case or Arabic-script spelling."""
    words = {w for w in _fold(q)[0].split() if len(w) > 1}
    if not text or not words:
        return escape(text or "")
    folded, origin = _fold(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    pieces, cursor = [], 0
    for match in pattern.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        if start < cursor:
            continue
        pieces.append(format_html("{}<mark>{}</mark>", text[cursor:start], text[start:end]))
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))
