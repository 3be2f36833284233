"""Thin Celery entry points: ids in, one service call, a small result out.

Every task is acknowledged late (settings: acks_late, reject_on_worker_lost), so a worker that
dies mid-task has it delivered again; the services make a second run harmless. Only network
errors are retried, with exponential back-off; the final failure is recorded on the source
or the feed by the service. Follow-up tasks are enqueued after the commit that made their
rows, so a worker never looks for a row that is not there yet.
"""

import datetime
import logging
import random

from celery import shared_task
from django.conf import settings
from kombu.exceptions import OperationalError

from releases.choices import SourceStatus
from releases.models import Feed, Source

from . import filing, polling
from .http import FetchError

# Sources left new or fetching this long are enqueued again (a lost enqueue, a dead worker).
STALE_AFTER = datetime.timedelta(minutes=30)
# What an editor asked while the broker was unreachable, written on the row (the database
# is up): `send_waiting`, run by beat every minute, enqueues it once the broker is back.
QUEUE_DOWN = "Waiting for the task queue, which was unreachable when this was asked; it runs once the queue is back."
logger = logging.getLogger(__name__)


def _send(task, object_id: int) -> bool:
    """Enqueue now, without the publisher's retries (an editor is waiting for the page)."""
    try:
        task.apply_async((object_id,), retry=False)
    except (OperationalError, OSError) as exc:
        logger.warning("broker unreachable, %s(%s) left for send_waiting: %s", task.name, object_id, exc)
        return False
    return True


def fetch_source_soon(source_id: int) -> bool:
    """Enqueue a fetch the editor asked for; when the broker is away, mark the source so
    `send_waiting` enqueues it once it is back. True when enqueued now. Call after commit."""
    if _send(fetch_source, source_id):
        return True
    Source.objects.filter(pk=source_id).exclude(status__in=filing.DONE_STATUSES).update(
        status=SourceStatus.NEW, error=QUEUE_DOWN
    )
    return False


def poll_feed_soon(feed_id: int) -> bool:
    """Enqueue a poll the editor asked for, or leave it marked for `send_waiting`."""
    if _send(poll_feed, feed_id):
        return True
    Feed.objects.filter(pk=feed_id).update(last_error=QUEUE_DOWN)
    return False


@shared_task(acks_late=True, name="releases.tasks.send_waiting")
def send_waiting() -> int:
    """Enqueue what editors asked while the broker was unreachable. Run by beat every minute."""
    sources = list(Source.objects.filter(status=SourceStatus.NEW, error=QUEUE_DOWN).values_list("pk", flat=True))
    feeds = list(Feed.objects.filter(active=True, last_error=QUEUE_DOWN).values_list("pk", flat=True))
    Source.objects.filter(pk__in=sources, error=QUEUE_DOWN).update(error="")
    Feed.objects.filter(pk__in=feeds, last_error=QUEUE_DOWN).update(last_error="")
    for source_id in sources:
        fetch_source.delay_on_commit(source_id)
    for feed_id in feeds:
        poll_feed.delay_on_commit(feed_id)
    return len(sources) + len(feeds)


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
