"""What makes cached public pages and counts stale, in one place.

Every public page, and every count kept for the pages (facets, month counts, the
histogram), is cached under the *public generation*: a number that any change to what the
public site shows replaces, so what was cached before it is never read again and simply
expires. The generation is a row in the database (PublicGeneration), not a key in the
cache, and it is replaced inside the transaction that makes the change: a change that
commits has always started a new generation, even when the cache was unreachable at the
time (a Redis outage or partition) — a page that shows a withdrawn record cannot be served
again, where a bump sent to the cache would be dropped by the fail-open cache and the old
pages served until they expire. Written in the same transaction, it also closes the race
where a reader took the new generation before the change committed and cached the old
page under it. The price: one primary-key read per public request, and transactions that
change public data queue on the row until the one ahead commits (editors' saves and
filings into published records; drafts never touch it). Two such transactions that also
lock other rows in opposite orders can deadlock: PostgreSQL then aborts one, which fails
whole, its writes rolled back (the editor sees an error and saves again; a task fails
and says so).

The write paths that replace it:

- save() and delete() of every model the pages show, and changes of their many-to-many
  links, through the signal receivers below (`connect()`, called when the app starts);
- update() and bulk_create() on their querysets (PublicQuerySet, the base of every public
  model's manager), which send no signals: a new write path cannot forget it.

A draft that was never published shows nowhere, so the importer filing drafts keeps the
caches; so do the importer's own bookkeeping fields of a source (status, error, attempts).
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save

from .choices import Status

# A source's fields that only the importer and the desk read: writing them changes no page.
SOURCE_BOOKKEEPING = frozenset({"status", "error", "attempts", "fetched_at", "updated_at"})

# Within one request the generation is read once (the page cache and the counts it keeps
# would each read it otherwise); outside a request scope it is read each time.
_request_generation: contextvars.ContextVar[dict | None] = contextvars.ContextVar("public_generation", default=None)

# Across requests a process keeps what it read for PUBLIC_GENERATION_TTL_MS milliseconds: the read
# per cached page cost the timeline 43% of its throughput at 16 connections on two cores
# (docs/PERFORMANCE.md). A change made by another process reaches this one's cached pages
# at most that long after it commits; a change made here is seen at once (public_changed()
# forgets the value, and forgets it again when the change commits). 0 reads every time.
_process_generation: dict[str, float | int] = {}


def forget_generation() -> None:
    """Read the generation from the database on its next use in this process."""
    _process_generation.clear()


def public_generation() -> int:
    """The current generation of public data (nanoseconds since the epoch when it began)."""
    from django.conf import settings

    from .models import PublicGeneration

    memo = _request_generation.get()
    if memo is not None and "value" in memo:
        return memo["value"]
    now, ttl = time.monotonic(), settings.PUBLIC_GENERATION_TTL_MS / 1000
    if ttl > 0 and _process_generation.get("until", 0.0) > now:
        value = int(_process_generation["value"])
    else:
        row = PublicGeneration.objects.filter(pk=PublicGeneration.ROW).order_by().values_list("value", flat=True)
        value = next(iter(row[:1]), 0)
        if ttl > 0:
            _process_generation.update(value=value, until=now + ttl)
    if memo is not None:
        memo["value"] = value
    return value


@contextlib.contextmanager
def generation_scope() -> Iterator[None]:
    """Read the generation at most once inside this block (one public GET request)."""
    token = _request_generation.set({})
    try:
        yield
    finally:
        _request_generation.reset(token)


def public_changed() -> None:
    """Start a new generation: every cached page and count of public data is ignored from now
    on. Runs in the caller's transaction, so it commits (or rolls back) with the change."""
    from .models import PublicGeneration

    forget_generation()
    # A reader in this process between now and the commit would keep the old value.
    transaction.on_commit(forget_generation)
    now = time.time_ns()
    if PublicGeneration.objects.filter(pk=PublicGeneration.ROW).update(value=now):
        return
    try:
        PublicGeneration.objects.get_or_create(pk=PublicGeneration.ROW, defaults={"value": now})
    except IntegrityError:  # another writer made the row first
        PublicGeneration.objects.filter(pk=PublicGeneration.ROW).update(value=now)


def cached_public(key: str, compute: Callable[[], Any], seconds: int) -> Any:
    """`compute()`, kept under `key` for the current public generation; computed every time
    while the cache is down (the fail-open cache misses)."""
    from django.core.cache import cache

    generation = public_generation()
    value = cache.get(f"{key}:{generation}")
    if value is None:
        value = compute()
        cache.set(f"{key}:{generation}", value, seconds)
    return value


# --- Writes that send no signal ---------------------------------------------------------------


def _shown(model: type[models.Model]) -> Q | None:
    """The rows of `model` that a public page can show, when only some can."""
    name = model.__name__
    if name == "Announcement":
        return ~Q(published_at=None)  # published now, or once (its pages say it was withdrawn)
    if name in ("Source", "Prisoner"):
        return Q(announcements__published_at__isnull=False)
    return None


class PublicQuerySet(models.QuerySet):
    """The base of the querysets of every model the public pages show: update() and
    bulk_create() start a new public generation when they change something public."""

    def update(self, **fields):
        if self.model.__name__ == "Source" and set(fields) <= SOURCE_BOOKKEEPING:
            return super().update(**fields)
        shown = _shown(self.model)
        publishing = self.model.__name__ == "Announcement" and {"status", "published_at"} & set(fields)
        # Asked before the update, whose new values may no longer match the filter.
        was_shown = shown is None or publishing or self.filter(shown).exists()
        with transaction.atomic(using=self.db, savepoint=False):
            changed = super().update(**fields)
            if changed and was_shown:
                public_changed()
        return changed

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        objs = super().bulk_create(objs, *args, **kwargs)
        # A machine-made figure of a draft is not public: filing a draft keeps the caches.
        if any(getattr(obj, "public", True) for obj in objs):
            public_changed()
        return objs

    bulk_create.alters_data = True


# --- Signal receivers: save(), delete(), links --------------------------------------------------


def connect() -> None:
    """Connect the receivers (from the app's ready()). Signals only clear caches."""
    from .models import Announcement, Figure, FollowUp, Official, Prisoner, PrisonerCategory, PrisonerEvent, Source

    def announcement_changed(sender, instance, **kwargs) -> None:
        if instance.published_at is not None or instance.status == Status.PUBLISHED:
            public_changed()
            if kwargs.get("signal") is post_delete:
                # Its source links went with it: a context figure may have lost its only
                # published report. Context figures are few, so all of them are rechecked.
                Figure.objects.filter(announcement=None).sync_public()

    def sources_changed(sender, instance, action: str, pk_set=None, **kwargs) -> None:
        # Figure.public is a stored copy of a rule (a context figure is public through a
        # source that reports a published announcement), kept here as a cache would be.
        if not action.startswith("post_"):
            return
        if isinstance(instance, Announcement):
            if instance.status != Status.PUBLISHED and instance.published_at is None:
                return  # a draft's links make nothing public, nor did they
            context = Figure.objects.filter(announcement=None)
            if pk_set is not None:
                context = context.filter(source_id__in=pk_set)
        else:
            context = Figure.objects.filter(announcement=None, source=instance)
        context.sync_public()

    def figure_changed(sender, instance, **kwargs) -> None:
        announcement = Announcement.objects.filter(pk=instance.announcement_id)
        if instance.announcement_id is None or announcement.exclude(published_at=None).exists():
            public_changed()

    def links_changed(sender, instance, action: str, **kwargs) -> None:
        if action.startswith("post_") and getattr(instance, "published_at", True) is not None:
            public_changed()

    def name_changed(sender, instance, created: bool = False, **kwargs) -> None:
        if not created:
            public_changed()

    # A source's outlet and title, a prisoner's name show on the pages of what they report.
    # The importer saving a source that reports nothing public yet keeps the caches.
    def shown_on_pages(sender, instance, created: bool = False, **kwargs) -> None:
        if not created and instance.announcements.exclude(published_at=None).exists():
            public_changed()

    def timeline_changed(sender, instance, **kwargs) -> None:
        public_changed()

    saved_or_deleted = {
        Announcement: announcement_changed,
        Figure: figure_changed,
        Official: name_changed,
        PrisonerCategory: name_changed,
        Source: shown_on_pages,
        Prisoner: shown_on_pages,
        PrisonerEvent: timeline_changed,
        FollowUp: timeline_changed,
    }
    for model, receiver in saved_or_deleted.items():
        for signal in (post_save, post_delete):
            uid = f"public:{model.__name__}:{'save' if signal is post_save else 'delete'}"
            signal.connect(receiver, sender=model, weak=False, dispatch_uid=uid)
    m2m_changed.connect(sources_changed, sender=Announcement.sources.through, weak=False, dispatch_uid="public:figs")
    links = [Announcement.categories, Announcement.officials, Announcement.sources, Prisoner.announcements]
    for field in links:
        m2m_changed.connect(links_changed, sender=field.through, weak=False, dispatch_uid=f"public:{field.through}")
