"""poll_feeds [--sync]: poll the feeds that are due, through Celery or in this process."""

from django.core.management.base import BaseCommand

from releases.ingest import filing, polling, tasks


class Command(BaseCommand):
    help = "Poll every active feed that is due. --sync runs the whole pipeline here, without a worker."

    def add_arguments(self, parser):
        parser.add_argument("--sync", action="store_true", help="poll, fetch and file in this process")

    def handle(self, *args, sync: bool, **options):
        if not sync:
            result = tasks.poll_all_feeds.delay()
            self.stdout.write(f"Enqueued a poll of the feeds that are due (task {result.id}).")
            return
        statuses: dict[str, int] = {}
        for feed in polling.feeds_due():
            source_ids = polling.feed_poll(feed=feed)
            note = f" ({feed.last_error})" if feed.last_error else ""
            self.stdout.write(f"{feed}: {len(source_ids)} new{note}")
            for source_id in source_ids:
                status = filing.source_fetch_and_file(source_id=source_id)
                statuses[status] = statuses.get(status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items())) or "nothing new"
        self.stdout.write(f"Articles: {summary}")
