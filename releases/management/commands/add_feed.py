"""add_feed URL [--name N]: start polling an RSS or Atom feed."""

from django.core.management.base import BaseCommand, CommandError

from releases.ingest.urls import canonicalize
from releases.models import Feed


class Command(BaseCommand):
    help = "Add an RSS or Atom feed for the importer to poll (again active if it was already there)."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--name", default="")

    def handle(self, *args, url: str, name: str, **options):
        try:
            url = canonicalize(url)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        # update_or_create on the unique URL: adding a feed twice leaves one feed.
        feed, created = Feed.objects.update_or_create(
            url=url, defaults={"active": True}, create_defaults={"name": name}
        )
        if name and feed.name != name:
            Feed.objects.filter(pk=feed.pk).update(name=name)
        self.stdout.write(f"{'Added' if created else 'Already there'}: feed {feed.pk} {url}")
