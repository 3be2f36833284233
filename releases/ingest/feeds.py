"""Reading RSS and Atom feeds: a conditional GET through the network door, then feedparser."""

import datetime
import xml.sax
from dataclasses import dataclass, field

import feedparser

from . import http
from .urls import canonicalize


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str = ""
    published: datetime.date | None = None


@dataclass
class FeedRead:
    """What one poll found. `error` is set when the XML was malformed (entries that could be
    recovered are still listed: an article is not dropped for its feed's sloppiness)."""

    not_modified: bool = False
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    title: str = ""
    error: str = ""


def feed_read(url: str, *, etag: str = "", last_modified: str = "") -> FeedRead:
    """Fetch and parse the feed at `url`; a 304 comes back as `not_modified` with no entries.

    Raises http.FetchError / http.PermanentFetchError as the fetch does.
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = http.fetch(url, accept=http.FEED_TYPES, headers=headers)
    if response.not_modified:
        return FeedRead(not_modified=True, etag=etag, last_modified=last_modified)
    parsed = feedparser.parse(
        response.body,
        response_headers={"content-location": response.url, "content-type": response.headers.get("content-type", "")},
        sanitize_html=False,
    )
    return FeedRead(
        entries=_entries(parsed),
        etag=response.headers.get("etag", "")[:500],
        last_modified=response.headers.get("last-modified", "")[:100],
        title=parsed.feed.get("title", "")[:200],
        error=_problem(parsed),
    )


def _problem(parsed: feedparser.FeedParserDict) -> str:
    exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # A charset the server got wrong is fixed by feedparser and is no failure.
    if exception is not None and not isinstance(exception, feedparser.CharacterEncodingOverride):
        where = ""
        if isinstance(exception, xml.sax.SAXParseException):
            where = f" at line {exception.getLineNumber()}, column {exception.getColumnNumber()}"
        return f"Malformed feed XML{where}: {exception.getMessage() if hasattr(exception, 'getMessage') else exception}"
    if not parsed.get("version") and not parsed.entries:
        return "Not an RSS or Atom feed"
    return ""


def _entries(parsed: feedparser.FeedParserDict) -> list[FeedEntry]:
    entries, seen = [], set()
    for item in parsed.entries:
        try:
            url = canonicalize(item.get("link", ""))
        except ValueError:
            continue  # no http(s) link: nothing the importer could fetch
        if url in seen:
            continue
        seen.add(url)
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = datetime.date(*stamp[:3]) if stamp else None
        entries.append(FeedEntry(url=url, title=(item.get("title") or "")[:500], published=published))
    return entries
