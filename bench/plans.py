"""The query plans of the importer's look-ups on the database as it is (EXPLAIN ANALYZE of
the ORM's own queries), for docs/PERFORMANCE.md: each must be an index look-up whose cost
does not grow with the number of stored sources.

    .venv/bin/python bench/plans.py
"""

import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")


def main() -> None:
    import django

    django.setup()
    from django.db.models import Count, Q
    from django.utils import timezone

    from releases.choices import SourceStatus
    from releases.ingest import filing, polling
    from releases.ingest.tasks import QUEUE_DOWN
    from releases.models import Announcement, Source, WireBand
    from releases.records import wire

    sample = Source.objects.filter(status=SourceStatus.EXTRACTED).exclude(text="").order_by("-pk").first()
    url, content_hash = sample.url, sample.content_hash
    bands = wire.text_bands(sample.text)
    announcement = Announcement.objects.order_by("-pk").first()
    queries = {
        "source_register: the URL, canonical or first found": Source.objects.filter(
            Q(url=url) | Q(original_url=url)
        ).order_by("-published_at", "-created_at")[:1],
        "source_register: another URL of a stored article": Source.objects.filter(aliases__url=url)[:1],
        "filing: the twin by URL or content hash": Source.objects.filter(Q(url=url) | Q(content_hash=content_hash))
        .exclude(pk=sample.pk)
        .order_by("-published_at", "-created_at")[:1],
        "poll_all_feeds: the sweep of stuck sources": Source.objects.filter(
            status__in=[SourceStatus.NEW, SourceStatus.FETCHING],
            updated_at__lt=timezone.now() - datetime.timedelta(minutes=30),
        )
        .order_by("updated_at")
        .values_list("pk", flat=True)[:500],
        "send_waiting: sources waiting for the broker": Source.objects.filter(
            status=SourceStatus.NEW, error=QUEUE_DOWN
        ).values_list("pk", flat=True),
        "poll_all_feeds: feeds due": polling.feeds_due().values_list("pk", flat=True),
        "filing: the announcement a report matches": filing.announcement_candidates(
            country=announcement.country, kind=announcement.kind, announced_on=announcement.announced_on
        ),
        "wire: sources sharing a band": WireBand.objects.filter(band__in=bands)
        .exclude(source_id=sample.pk)
        .values("source_id")
        .annotate(shared=Count("band"))
        .order_by("-shared", "source_id")[: wire.CANDIDATE_LIMIT],
    }
    for name, queryset in queries.items():
        print(f"-- {name}")
        print(queryset.explain(analyze=True, costs=False, timing=True, summary=False))
        print()


if __name__ == "__main__":
    main()
