"""Recompute every announcement's search text (after the way it is built has changed)."""

from django.core.management.base import BaseCommand

from releases.models import Announcement


class Command(BaseCommand):
    help = "Rebuild the stored search text of every announcement from its record and relations."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500)

    def handle(self, *args, batch: int, **options):
        changed = total = 0
        queryset = Announcement.objects.order_by("pk").prefetch_related(
            "officials", "prisoners", "categories", "figures"
        )
        for announcement in queryset.iterator(chunk_size=batch):
            before = announcement.search_text
            announcement.refresh_search_text()
            changed += announcement.search_text != before
            total += 1
        self.stdout.write(f"search text rebuilt: {changed} of {total} announcements changed")
