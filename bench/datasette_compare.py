"""The filtered list against Datasette serving the same rows with the same facets.

    python bench/datasette_compare.py OUTDIR   (after bench/run.sh has seeded and measured)

Copies the published announcements of the benchmark database (title, slug, kind, country,
date, summary, search text and category slugs) into an SQLite file with a full-text index,
serves it with Datasette on loopback, and requests, with one client and no cache, the same
filter states as the filtered-list scenario (country, kind, category, a search word), each
with facets on country, kind and categories and a page of 50 rows. Datasette's time limits
are raised so that its facets are computed, not abandoned. Writes OUTDIR/wrk-datasette-c1.txt.
"""

import os
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from releases.models import Announcement  # noqa: E402

PORT = int(os.environ.get("BENCH_DATASETTE_PORT", "8766"))
DATASETTE = os.environ.get("BENCH_DATASETTE", "datasette")


def build(path: Path) -> int:
    """The published announcements into an SQLite file; returns how many."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE announcements (id INTEGER PRIMARY KEY, title TEXT, slug TEXT, kind TEXT, country TEXT, "
        "announced_on TEXT, summary TEXT, search_text TEXT, categories TEXT)"
    )
    rows = (
        Announcement.objects.published()
        .order_by()
        .values_list("pk", "title", "slug", "kind", "country", "announced_on", "summary", "search_text")
    )
    categories: dict[int, list[str]] = {}
    links = Announcement.categories.through.objects.filter(announcement__status="published")
    for announcement_id, slug in links.values_list("announcement_id", "prisonercategory__slug").iterator():
        categories.setdefault(announcement_id, []).append(slug)
    batch = []
    for row in rows.iterator(chunk_size=5000):
        cats = sorted(categories.get(row[0], []))
        batch.append((*row[:5], row[5].isoformat(), *row[6:], "[" + ",".join(f'"{c}"' for c in cats) + "]"))
    db.executemany("INSERT INTO announcements VALUES (?,?,?,?,?,?,?,?,?)", batch)
    # The indexes a Datasette user would add for these filters and its default order.
    db.execute("CREATE INDEX announcements_country_kind ON announcements (country, kind)")
    db.execute("CREATE INDEX announcements_kind ON announcements (kind)")
    db.execute("CREATE INDEX announcements_date ON announcements (announced_on DESC)")
    db.execute(
        "CREATE VIRTUAL TABLE announcements_fts USING fts5(title, summary, search_text, content='announcements', content_rowid='id')"
    )
    db.execute(
        "INSERT INTO announcements_fts (rowid, title, summary, search_text) SELECT id, title, summary, search_text FROM announcements"
    )
    db.commit()
    db.close()
    return len(batch)


def datasette_paths(filtered: Path, out: Path) -> None:
    """The filtered-list paths, said in Datasette's query language."""
    lines = []
    for line in filtered.read_text().splitlines():
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(line).query)
        params = [("country", query["country"][0]), ("kind", query["kind"][0])]
        params += [("categories__arraycontains", query["category"][0]), ("_search", query["q"][0])]
        params += [("_facet", "country"), ("_facet", "kind"), ("_facet_array", "categories")]
        params += [("_sort_desc", "announced_on"), ("_size", "50")]
        lines.append("/bench/announcements?" + urllib.parse.urlencode(params))
    out.write_text("\n".join(lines) + "\n")


def main(outdir: Path) -> None:
    db_path = outdir / "bench.db"
    started = time.perf_counter()
    count = build(db_path)
    print(f"   {count} announcements copied in {time.perf_counter() - started:.1f} s")
    paths = outdir / "paths" / "datasette.txt"
    datasette_paths(outdir / "paths" / "filtered.txt", paths)
    server = subprocess.Popen(
        [DATASETTE, "serve", str(db_path), "--port", str(PORT), "--host", "127.0.0.1", "--immutable", str(db_path),
         "--setting", "sql_time_limit_ms", "60000", "--setting", "facet_time_limit_ms", "60000",
         "--setting", "default_cache_ttl", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        first = paths.read_text().splitlines()[0]
        urllib.request.urlopen(f"http://127.0.0.1:{PORT}{first}", timeout=60).read()  # facets really computed
        with open(outdir / "wrk-datasette-c1.txt", "w") as out:
            subprocess.run(
                ["wrk", "-t1", "-c1", "-d10s", "--timeout", "10s", "--latency", "-s", "bench/paths.lua",
                 f"http://127.0.0.1:{PORT}", "--", str(paths)],
                stdout=out, stderr=subprocess.STDOUT, check=True,
            )  # fmt: skip
    finally:
        server.terminate()
        server.wait()
    print((outdir / "wrk-datasette-c1.txt").read_text())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
