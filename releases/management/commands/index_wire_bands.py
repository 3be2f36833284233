"""Store the MinHash bands of filed sources that have none (after upgrading to the band index,
or for sources written below the ORM), so later copies of them are found."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Exists, OuterRef

from releases.choices import SourceStatus
from releases.models import Source, WireBand
from releases.records.wire import text_bands


class Command(BaseCommand):
    help = "Index the text of every extracted source without wire-copy bands. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000)

    def handle(self, *args, batch: int, **options):
        banded = WireBand.objects.filter(source=OuterRef("pk"))
        waiting = Source.objects.filter(status=SourceStatus.EXTRACTED).exclude(text="").filter(~Exists(banded))
        indexed, after = 0, 0
        while True:
            # In pk order from where the last batch ended: each batch is an index range scan.
            rows = list(waiting.filter(pk__gt=after).order_by("pk").values_list("pk", "text")[:batch])
            if not rows:
                break
            bands = [WireBand(source_id=pk, band=band) for pk, text in rows for band in set(text_bands(text))]
            with transaction.atomic():
                WireBand.objects.bulk_create(bands, batch_size=5000, ignore_conflicts=True)
            indexed += len(rows)
            after = rows[-1][0]
        self.stdout.write(f"wire bands stored for {indexed} sources")
