"""Thin Celery entry points: ids in, one service call, a small result out.

Every task is acknowledged late (settings: acks_late, reject_on_worker_lost), so a worker that
dies mid-task has it delivered again; the services make a second run harmless. Only network
errors are retried, with exponential back-off; the final failure is recorded on the source
or the feed by the service. Follow-up tasks are enqueued after the commit that made their
rows, so a worker never looks for a row that is not there yet.
"""

import datetime
import random

from celery import shared_task
from django.conf import settings

from releases.models import Feed, Source

from . import filing, polling
from .http import FetchError

# Sources left new or fetching this long are enqueued again (a lost enqueue, a dead worker).
STALE_AFTER = datetime.timedelta(minutes=30)


@shared_task(acks_late=True, name="releases.tasks.poll_all_feeds")
def poll_all_feeds() -> int:
    """Fan out one poll per feed that is due, and pick up sources left behind. Run by beat."""
    feed_ids = list(polling.feeds_due().values_list("pk", flat=True))
    for feed_id in feed_ids:
        poll_feed.delay_on_commit(feed_id)
    for source_id in filing.sources_stale(older_than=STALE_AFTER):
        fetch_source.delay_on_commit(source_id)
    return len(feed_ids)


@shared_task(acks_late=True, name="releases.tasks.poll_feed")
def poll_feed(feed_id: int) -> int:
    """Poll one feed and enqueue a fetch of each new entry. A failing feed is backed off by
    the service (next_poll_at), so the task itself does not retry."""
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return 0
    source_ids = polling.feed_poll(feed=feed)
    for source_id in source_ids:
        fetch_source.delay_on_commit(source_id)
    return len(source_ids)


@shared_task(bind=True, acks_late=True, max_retries=settings.FETCH_MAX_RETRIES, name="releases.tasks.fetch_source")
def fetch_source(self, source_id: int) -> str:
    """Fetch one article and file what it reports. Safe to run twice, or twice at once.

    Only network errors are retried, with exponential back-off and jitter; the service
    records each failure on the source and the last one for good.
    """
    retries = self.request.retries
    try:
        return filing.source_fetch_and_file(source_id=source_id, final_attempt=retries >= self.max_retries)
    except FetchError as exc:
        if self.request.is_eager:
            # In-process (no broker): Celery would raise instead of retrying, stopping the
            # whole batch, so retry here at once; the caller is waiting anyway.
            return fetch_source.apply(args=(source_id,), retries=retries + 1).result
        backoff = min(settings.FETCH_RETRY_BACKOFF * 2**retries, settings.FETCH_RETRY_MAX_WAIT)
        raise self.retry(exc=exc, countdown=random.uniform(backoff / 2, backoff)) from exc


@shared_task(acks_late=True, name="releases.tasks.reextract_source")
def reextract_source(source_id: int) -> str:
    """Run the extractor again on a stored article (after the extractor improved)."""
    if not Source.objects.filter(pk=source_id).exists():
        return "gone"
    return filing.source_reextract(source_id=source_id)
