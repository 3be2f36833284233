"""The language switcher and the hreflang alternates of a page.

Each language's version of a page is the same path under its prefix (none for English)
with the same query string, so a researcher switching language keeps their filters.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info

register = template.Library()


def _versions(request) -> list[tuple[str, str]]:
    """(language code, URL of this page in that language) for every language of the site;
    worked out once per request (the head and the switcher both list them)."""
    here = request.get_full_path()
    known = getattr(request, "_language_versions", None)
    if known is None or known[0] != here:
        known = request._language_versions = (
            here,
            [(code, translate_url(here, code)) for code, _ in settings.LANGUAGES],
        )
    return known[1]


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[dict]:
    """The switcher's entries: code, native name, URL, text direction and whether it is current."""
    request, current, names = context.get("request"), get_language(), dict(settings.LANGUAGES)
    if request is None:
        return []
    return [
        {
            "code": code,
            "name": names[code],
            "url": url,
            "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
            "current": code == current,
        }
        for code, url in _versions(request)
    ]


@register.simple_tag(takes_context=True)
def hreflang_alternates(context) -> SafeString:
    """`<link rel="alternate" hreflang>` for each language and x-default (English, unprefixed)."""
    request = context.get("request")
    if request is None:
        return SafeString("")
    versions = [(code, request.build_absolute_uri(url)) for code, url in _versions(request)]
    default = next(url for code, url in versions if code == settings.LANGUAGE_CODE)
    links = format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', versions)
    return links + format_html('\n  <link rel="alternate" hreflang="x-default" href="{}">', default)
