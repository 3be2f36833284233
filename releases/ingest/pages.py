"""HTML page -> main text, with the page's title, date, site name, canonical URL and language.

trafilatura finds the article body; its date search is skipped (it dominates the cost)
and the page's own metadata tags are read directly instead. Junk input gives an empty
Page, never an exception.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml import html as lxml_html

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 5_000_000  # a news page is far smaller; bigger input is cut, not parsed whole

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "DC.date.issued",
    "sailthru.date",
)
_PARSE_ERRORS = (ValueError, etree.ParserError, etree.XMLSyntaxError)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Page:
    text: str
    title: str
    published: dt.date | None
    sitename: str
    canonical_url: str | None
    language: str | None


def parse_page(html: str | bytes, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page; an empty Page when nothing can be read."""
    if isinstance(html, bytes):
        html = html[:MAX_HTML_BYTES].decode("utf-8", errors="replace")
    html = (html or "")[:MAX_HTML_BYTES]
    tree = _parse_tree(html)
    if tree is None:
        return Page("", "", None, "", None, None)
    head = _head_metadata(tree)
    text = ""
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=True,
            include_comments=False,
            include_tables=False,
            with_metadata=False,
        )
        text = (getattr(document, "text", None) or "") if document else ""
    except Exception:  # trafilatura raises assorted errors on broken markup
        log.warning("main text extraction failed for %s", url, exc_info=True)
    headline = _headline(head["title"], head["sitename"])
    return Page(
        text=with_headline(text.strip(), headline),
        title=headline,
        published=head["published"],
        sitename=head["sitename"],
        canonical_url=head["canonical"],
        language=head["language"],
    )


def _headline(title: str, sitename: str) -> str:
    """The page's title without the site's name after it ("… frees 52 prisoners | Daily Star")."""
    if sitename:
        title = re.sub(rf"\s+[|\-\u2013\u2014:\u00b7]\s+{re.escape(sitename)}\s*$", "", title, flags=re.IGNORECASE)
    return title.strip()


def with_headline(text: str, headline: str) -> str:
    """The article as it is stored, read and quoted: its headline, a blank line, its main text.
    A page's main text seldom repeats the headline of its <h1>, and the headline often carries
    the count ("Vietnam to free nearly 14,000 prisoners"); text that opens with it is kept as is."""
    words = headline.casefold().split()
    if not words or not text or text[: 2 * len(headline) + 20].casefold().split()[: len(words)] == words:
        return text
    return f"{headline}\n\n{text}"


def _parse_tree(html: str):
    if not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except ValueError:
        # A str that declares its own encoding must be parsed as bytes.
        return _parse_bytes(html.encode("utf-8", errors="replace"))
    except _PARSE_ERRORS:  # lxml rejects empty documents and some control characters
        cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", html)
        try:
            return lxml_html.document_fromstring(cleaned) if cleaned.strip() else None
        except _PARSE_ERRORS:
            return None


def _parse_bytes(data: bytes):
    try:
        return lxml_html.document_fromstring(data)
    except _PARSE_ERRORS:
        return None


def _meta(tree, *names: str) -> str:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attribute}=$name]/@content", name=name)
            if values and values[0].strip():
                return values[0].strip()
    return ""


def _head_metadata(tree) -> dict:
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        titles = tree.xpath("//title/text()")
        title = titles[0].strip() if titles else ""
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    language = tree.xpath("/html/@lang")
    published = None
    found = _ISO_DATE.search(_meta(tree, *_DATE_META))
    if not found:
        times = tree.xpath("//time/@datetime")
        found = _ISO_DATE.search(times[0]) if times else None
    if found:
        try:
            published = dt.date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            published = None
    return {
        "title": " ".join(title.split())[:500],
        "canonical": canonical[0].strip() if canonical and canonical[0].strip() else None,
        "language": language[0].strip().split("-")[0].lower() if language and language[0].strip() else None,
        "published": published,
        "sitename": _meta(tree, "og:site_name", "application-name")[:200],
    }
