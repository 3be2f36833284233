"""The importer's per-article checks at a year's size, on the database as it is (run after
`seed_bench --announcements 100000 --sources 800000`):

- wire copies: recall and precision of the band index on the planted copies (URLs
  /wire/<group>/<k>, k >= 1, whose root is /wire/<group>/0), and how many independent
  stories it wrongly calls copies; milliseconds per check;
- de-duplication: milliseconds per URL look-up (source_register of a known URL, and of an
  unknown one) and per content-hash look-up.

    .venv/bin/python bench/scale_checks.py [--copies 2000] [--others 1000]
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
HOST = "https://bench.example"


def timed(function, *args, **kwargs) -> tuple[object, float]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, (time.perf_counter() - started) * 1000


def summary(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[int(len(times) * 0.95) - 1] if len(times) >= 20 else times[-1]
    return f"{name}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms ({len(times)} checks)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2000, help="planted copies checked (a sample)")
    parser.add_argument("--others", type=int, default=1000, help="independent filed stories checked")
    options = parser.parse_args()
    import django

    django.setup()
    from django.db import transaction
    from django.db.models import Q

    from releases.ingest import filing
    from releases.models import Source, WireBand
    from releases.records import wire

    rng = random.Random(7)
    print(f"sources stored: {Source.objects.count():,}  wire bands: {WireBand.objects.count():,}")
    planted = list(Source.objects.filter(url__startswith=f"{HOST}/wire/").values_list("pk", "url"))
    roots = {url.rsplit("/", 1)[0]: pk for pk, url in planted if url.endswith("/0")}
    copies = [(pk, url) for pk, url in planted if not url.endswith("/0")]
    sample = rng.sample(copies, min(options.copies, len(copies)))
    found = right = 0
    times = []
    for pk, url in sample:
        source = Source.objects.get(pk=pk)
        root, ms = timed(wire.earlier_copy_of, source)
        times.append(ms)
        if root is not None:
            found += 1
            right += root.pk == roots[url.rsplit("/", 1)[0]]
    others = list(
        Source.objects.filter(url__startswith=f"{HOST}/news/", status="extracted")
        .order_by("?")
        .values_list("pk", flat=True)[: options.others]
    )
    false = 0
    for pk in others:
        root, ms = timed(wire.earlier_copy_of, Source.objects.get(pk=pk))
        times.append(ms)
        false += root is not None
    print(f"planted copies checked: {len(sample)} of {len(copies)}; independent stories checked: {len(others)}")
    print(f"wire recall: {right / len(sample):.4f} ({right} roots found of {len(sample)} copies)")
    print(f"wire precision: {right / max(1, found + false):.4f} ({found - right} wrong roots, {false} false copies)")
    print(summary("wire check per article", times))

    known = [url for url in Source.objects.order_by("?").values_list("url", flat=True)[:500]]
    url_times, hash_times, new_times = [], [], []
    for url in known:
        (_source, created), ms = timed(filing.source_register, url=url)
        assert not created
        url_times.append(ms)
    hashes = list(Source.objects.exclude(content_hash="").order_by("?").values_list("content_hash", flat=True)[:500])
    for content_hash in hashes:
        _twin, ms = timed(lambda h=content_hash: Source.objects.filter(Q(url="-") | Q(content_hash=h)).first())
        hash_times.append(ms)
    for n in range(200):
        with transaction.atomic():
            (_source, created), ms = timed(filing.source_register, url=f"https://unknown.example/{rng.random()}/{n}")
            new_times.append(ms)
            transaction.set_rollback(True)  # nothing stays
    print(summary("dedupe: known URL", url_times))
    print(summary("dedupe: new URL (registered, rolled back)", new_times))
    print(summary("dedupe: content hash (the filing's twin look-up)", hash_times))


if __name__ == "__main__":
    main()
