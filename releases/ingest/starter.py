"""The starter feeds: a curated list of real news feeds (starter_feeds.json, beside this
module) that a new deployment adds switched off, for an editor to check and turn on.

Each entry names its language, what kind of feed it is (a news search, an official
agency, a wire, a broadcaster) and why it is on the list.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from releases.models import Feed

from .urls import canonicalize

STARTER_FEEDS = Path(__file__).with_name("starter_feeds.json")
KINDS = ("search", "agency", "wire", "broadcaster", "ngo")


@dataclass(frozen=True)
class StarterFeed:
    url: str
    name: str
    language: str
    kind: str
    why: str
    checked: str


def starter_feeds(path: Path = STARTER_FEEDS) -> list[StarterFeed]:
    """The list, each URL canonical; ValueError naming the entry when one is malformed."""
    languages = {code for code, _name in settings.LANGUAGES}
    entries = json.loads(path.read_text(encoding="utf-8"))["feeds"]
    feeds = []
    for n, entry in enumerate(entries, 1):
        try:
            feed = StarterFeed(**entry)
            if feed.language not in languages or feed.kind not in KINDS or not (feed.name and feed.why):
                raise ValueError(f"language, kind, name and why must be set (language in {sorted(languages)})")
            feeds.append(StarterFeed(**{**entry, "url": canonicalize(feed.url)}))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{path.name}, feed {n} ({entry.get('url', '?')}): {exc}") from exc
    return feeds


@transaction.atomic
def feeds_add_starter(*, feeds: list[StarterFeed] | None = None) -> tuple[int, int]:
    """Add the starter feeds not there yet, switched off; (added, already there). A feed
    already there is left as it is: an editor may have turned it on, or renamed it."""
    feeds = starter_feeds() if feeds is None else feeds
    added = 0
    for feed in feeds:
        _feed, created = Feed.objects.get_or_create(url=feed.url, defaults={"name": feed.name, "active": False})
        added += created
    return added, len(feeds) - added
