"""Polling feeds: each poll's outcome recorded on its feed, its new entries registered as sources."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from releases.models import Feed

from . import feeds, http
from .filing import source_register


def feed_poll(*, feed: Feed) -> list[int]:
    """Poll one feed: record the outcome on it and register its new entries.

    Returns the ids of the sources created (the caller enqueues their fetch). A failure is
    recorded on the feed (failures, last_error, a later next_poll_at), never raised.
    """
    now = timezone.now()
    try:
        read = feeds.feed_read(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except (http.FetchError, http.PermanentFetchError) as exc:
        _feed_record(feed, now=now, error=str(exc))
        return []
    created = []
    with transaction.atomic():
        for entry in read.entries:
            source, is_new = source_register(url=entry.url, feed=feed, title=entry.title, published=entry.published)
            if is_new:
                created.append(source.pk)
        _feed_record(
            feed, now=now, error=read.error, etag=read.etag, last_modified=read.last_modified, title=read.title
        )
    return created


def _feed_record(feed: Feed, *, now: datetime.datetime, error: str, **read) -> None:
    """Store a poll's outcome; a failing feed is polled again after an exponential back-off."""
    failures = feed.failures + 1 if error else 0
    delay = settings.FEED_POLL_INTERVAL * (2 ** min(failures, 6)) if failures else 0
    fields = {
        "last_polled_at": now,
        "failures": failures,
        "last_error": error,
        "next_poll_at": now + datetime.timedelta(seconds=min(delay, 86400)) if failures else None,
    }
    if read.get("etag") or read.get("last_modified"):
        fields.update(etag=read["etag"], last_modified=read["last_modified"])
    if read.get("title") and not feed.name:
        fields["name"] = read["title"]
    Feed.objects.filter(pk=feed.pk).update(**fields)
    for name, value in fields.items():
        setattr(feed, name, value)


def feeds_due(*, now: datetime.datetime | None = None):
    """Active feeds whose back-off, if any, has run out."""
    now = now or timezone.now()
    return Feed.objects.filter(active=True).filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
