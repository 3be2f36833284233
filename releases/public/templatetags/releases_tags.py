"""Template helpers for the public pages."""

import functools
import re

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language, gettext, ngettext

from releases.extraction.text import normalize_digits
from releases.i18n import country_name, format_number, native_digits

from .i18n_names import translated
from .i18n_numbers import localdate

register = template.Library()

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
    match = number_pattern(int(value)).search(normalize_digits(quote))
    if not match:
        return escape(quote)
    start, end = match.span()
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


@functools.lru_cache(maxsize=4096)
def option_id(value: str, name: str) -> str:
    """A stable id for a facet checkbox, so htmx keeps the focus on it across a swap."""
    return f"f-{name}-{slugify(str(value)) or 'x'}"


@register.simple_tag
def facet_options(facet) -> SafeString:
    """A facet's options: a checkbox and a label with its count, one <li> each. Built here
    rather than in a template loop: the country facet alone lists a hundred options, which
    the template language took about 3 ms to write, a tenth of the filtered list's time."""
    language, translate = get_language(), facet.name == "category"
    items = []
    for option in facet.options:
        ident = option_id(option.value, facet.name)
        items.append(
            format_html(
                '<li><input type="checkbox" name="{}" value="{}" id="{}"{}>'
                ' <label for="{}">{} <span class="count">{}</span></label></li>',
                facet.name,
                option.value,
                ident,
                CHECKED if option.selected else "",
                ident,
                translated(option.label) if translate else option.label,
                format_number(option.count, language),
            )
        )
    return mark_safe("\n".join(items))


CHECKED = mark_safe(" checked")


@register.simple_tag(takes_context=True)
def filter_query(context) -> str:
    """The current query string without page and sort (for exports and the feed), with "?"."""
    params = context["request"].GET.copy()
    for name in ("page", "sort", "per"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""


@register.simple_tag
def announcement_entry(announcement) -> SafeString:
    """One announcement in a list (the timeline, the filtered list, the pages of an
    official, a country, a category or a prisoner, the search): its title, date, country,
    kind, up to four headline figures, who announced it, and how many sources and
    independent outlets report it. Written here rather than by a template included once
    per entry: fifty entries took 18 ms through the template language, the largest part of
    a filtered list seen for the first time. It expects `with_headline_figures()`."""
    language = get_language()
    code = announcement.country.code
    meta = format_html(
        '<time datetime="{}">{}</time> · <a href="{}">{}</a> · {}',
        announcement.announced_on.isoformat(),
        localdate(announcement.announced_on),
        reverse("releases:country-detail", args=[code]),
        country_name(code),
        announcement.get_kind_display(),
    )
    if announcement.was_updated:
        meta += format_html(' <span class="badge">{}</span>', gettext("updated"))
    figures = format_html_join(
        "\n",
        '<li><strong class="figure-value">{}</strong> {}{}{}</li>',
        (
            (
                format_number(figure.value, language),
                figure.get_metric_display().lower(),
                f" · {translated(figure.category.name).lower()}" if figure.category else "",
                f" ({figure.get_qualifier_display()})" if figure.qualifier != "exact" else "",
            )
            for figure in announcement.headline_figures[:4]
        ),
    )
    officials = list(announcement.officials.all())
    named = ""
    if officials:
        links = format_html_join(", ", '<a href="{}">{}</a>', ((o.get_absolute_url(), o.name) for o in officials))
        named = format_html("{} {} · ", gettext("Announced by"), links)
    counts = ngettext("%(counter)s source", "%(counter)s sources", announcement.source_count) % {
        "counter": announcement.source_count
    }
    if announcement.independent_count is not None:
        outlets = announcement.independent_count
        counts += " · " + ngettext("%(counter)s independent outlet", "%(counter)s independent outlets", outlets) % {
            "counter": outlets
        }
    return format_html(
        '<article class="entry" aria-labelledby="a-{pk}">\n'
        '  <h3 class="entry-title" id="a-{pk}"><a href="{url}">{title}</a></h3>\n'
        '  <p class="entry-meta">{meta}</p>\n'
        "{figures}"
        '  <p class="entry-sources">{named}{counts}</p>\n'
        "</article>",
        pk=announcement.pk,
        url=announcement.get_absolute_url(),
        title=announcement.title,
        meta=meta,
        figures=format_html('  <ul class="headline-figures">\n{}\n  </ul>\n', figures) if figures else "",
        named=named,
        counts=native_digits(counts, language),
    )
