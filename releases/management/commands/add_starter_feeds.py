"""add_starter_feeds [--list]: add the curated news feeds, switched off."""

from django.core.management.base import BaseCommand, CommandError

from releases.ingest.starter import STARTER_FEEDS, feeds_add_starter, starter_feeds


class Command(BaseCommand):
    help = (
        "Add the starter feeds (releases/ingest/starter_feeds.json: real news feeds about pardons and "
        "releases in five languages), switched off until an editor turns each on. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="print the list and add nothing")

    def handle(self, *args, list: bool, **options):
        try:
            feeds = starter_feeds()
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if list:
            for feed in feeds:
                self.stdout.write(f"{feed.language}  {feed.kind:<11}  {feed.name}\n    {feed.url}\n    {feed.why}")
            return
        added, already = feeds_add_starter(feeds=feeds)
        self.stdout.write(
            f"Added {added} feed(s), switched off; {already} already there. "
            f"Turn each on in the desk (Feeds) after checking it. List: {STARTER_FEEDS.name}"
        )
