"""Import throughput: articles per second from a feed on loopback, through real Celery
workers on Redis and PostgreSQL (poll → fetch → main text → extraction → filing).

    .venv/bin/python bench/bench_import.py [--articles 300] [--concurrency 2] [--keep-store]

Uses its own database (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/ingest_bench,
dropped and made again each run, unless --keep-store: then the articles are imported into
the store as it is, e.g. a million seeded sources) and Redis database (REDIS_URL, default
redis://127.0.0.1:6379/6). Prints the rate; the target is 20 articles a second.
"""

import argparse
import datetime
import logging
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ingest_bench")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/6")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ["FETCH_ALLOW_PRIVATE_HOSTS"] = "true"
os.environ.setdefault("LOG_LEVEL", "ERROR")

# Article templates, varied by country, leader, number and date, so each page is its own text.
PLACES = [
    ("Iran", "Tehran", "Supreme Leader Ali Khamenei", "the Persian new year"),
    ("Myanmar", "Yangon", "Senior General Min Aung Hlaing", "the traditional new year"),
    ("Morocco", "Rabat", "King Mohammed VI", "Throne Day"),
    ("Egypt", "Cairo", "President Abdel Fattah al-Sisi", "Eid al-Fitr"),
    ("Vietnam", "Hanoi", "President Vo Van Thuong", "National Day"),
    ("Uzbekistan", "Tashkent", "President Shavkat Mirziyoyev", "Constitution Day"),
]
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{leader} pardons {count:,} prisoners for {occasion}</title>
<meta property="og:site_name" content="Bench Herald">
<meta property="article:published_time" content="{day}T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article>
<h1>{leader} pardons {count:,} prisoners for {occasion}</h1>
<p>{lead}</p>
<p>{leave} Story number {n} of bench run {run}.</p>
<p>{scene} {reporting}</p>
</article><footer>Bench Herald</footer></body></html>"""
# Each story says it in one of several ways, and has reporting of its own: stories on different
# events share a sentence or two, not most of their text. When every article was one template
# with other numbers (Jaccard ~0.6 between two stories of a country), each shared MinHash bands
# with most of the bench's earlier articles, and a store kept over runs compared each new one
# with fifty of them: a cost of the benchmark's texts, not of the store's size.
LEADS = (
    "{city}, {day_text} - {leader} of {country} pardoned {count:,} prisoners on {weekday} to mark {occasion}, "
    "officials said in a statement carried by state media.",
    "{city}, {day_text} - {count:,} prisoners were pardoned on {weekday} by {leader} of {country} on the occasion "
    "of {occasion}, the state news agency reported.",
    "{city}, {day_text} - In a decree read on state television on {weekday}, {leader} of {country} pardoned "
    "{count:,} prisoners ahead of {occasion}.",
)
LEAVES = (
    "The statement said some {temporary:,} inmates had also been temporarily released on leave, and that the "
    "pardon covered people convicted of minor offences.",
    "A further {temporary:,} prisoners were granted temporary leave, according to the judiciary, which said those "
    "convicted of violent crimes were excluded.",
    "Prison officials said about {temporary:,} inmates would also be temporarily released on furlough over the "
    "holiday.",
)
SCENES = (
    "Families gathered outside the main prison in {city} as the first buses left the gates.",
    "Relatives waited through the night outside the central prison in {city}.",
    "Lawyers in {city} said it was not yet clear when the first releases would take place.",
)
WORDS = (
    "morning evening crowd street square bus gate road river bridge market bakery school clinic mosque church "
    "relatives neighbours mother father brother sister lawyer judge guard officer reporter witness driver "
    "waited walked cried smiled carried spoke listened arrived left returned gathered hoped thanked "
    "quiet long cold warm dusty crowded small large old new early late slowly quickly together outside "
    "letters photographs flowers blankets bread water tea coats bags papers names lists phones"
).split()


def reporting(rng: random.Random, sentences: int = 6) -> str:
    return " ".join(" ".join(rng.choices(WORDS, k=rng.randint(10, 16))).capitalize() + "." for _ in range(sentences))


def article(n: int, run: str = "") -> bytes:
    """Story `n` of a run. Its day, counts, wording and reporting are drawn from the run too, so
    a run into a kept store brings new stories, as a feed does, rather than near-copies of an
    earlier run's, which would be filed as wire copies and further reports of the earlier run's
    announcements, each run growing those groups."""
    rng = random.Random(f"{run}/{n}")
    country, city, leader, occasion = PLACES[n % len(PLACES)]
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(25 * 365))
    fields = {"country": country, "city": city.upper(), "leader": leader, "occasion": occasion, "n": n, "run": run}
    fields |= {"count": rng.randrange(100, 20_000), "temporary": rng.randrange(1_000, 90_000)}
    fields |= {"day": day.isoformat(), "day_text": f"{day:%B} {day.day}", "weekday": f"{day:%A}"}
    for name, variants in (("lead", LEADS), ("leave", LEAVES), ("scene", SCENES)):
        fields[name] = rng.choice(variants).format(**fields)
    fields["reporting"] = reporting(rng)
    return PAGE.format(**fields).encode()


def feed(base: str, count: int) -> str:
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/story/{n}?utm_source=rss</link></item>" for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Herald</title>{items}</channel></rss>'


def fresh_database() -> None:
    import psycopg2

    parts = urlsplit(os.environ["DATABASE_URL"])
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username, password=parts.password, dbname="postgres"
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=PROJECT, check=True)


def start_workers(concurrency: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-P", "prefork", "-c", str(concurrency)]
    command += ["--without-mingle", "--without-gossip", "-l", "ERROR", "-n", "bench@%h"]
    # Its banner and warnings go to stderr, kept out of the numbers on stdout.
    return subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL)


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--keep-store", action="store_true", help="import into the database as it is")
    options = parser.parse_args()
    if options.keep_store:
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=PROJECT, check=True)
    else:
        fresh_database()
    # Each run's texts are its own: a kept store already holds the last run's articles.
    run = f"{time.time():.0f}"

    import django

    django.setup()
    from django.db.models import Count
    from pytest_httpserver import HTTPServer
    from werkzeug import Response

    from releases.choices import SourceStatus
    from releases.ingest import tasks
    from releases.models import Announcement, Feed, Source
    from tracker.celery import app

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    base = server.url_for("/").rstrip("/")
    server.expect_request("/feed.rss").respond_with_data(
        feed(base, options.articles), content_type="application/rss+xml"
    )
    # One handler for every story (not one expectation each, which the server would match in
    # turn on every request) and no access log: the feed server shares the 2 cores with the
    # workers and PostgreSQL, and a real one would not.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    pages = {f"/story/{n}": article(n, run) for n in range(options.articles)}

    def story(request):
        return Response(pages[request.path], content_type="text/html; charset=utf-8")

    server.expect_request(re.compile(r"/story/\d+")).respond_with_handler(story)

    app.control.purge()
    workers = start_workers(options.concurrency)
    try:
        wait_until(lambda: bool(app.control.ping(timeout=0.5)), 60, "the workers to start")
        feed_row = Feed.objects.create(url=f"{base}/feed.rss", name="Bench Herald")
        started = time.monotonic()
        tasks.poll_feed.delay(feed_row.pk)
        done = [SourceStatus.EXTRACTED, SourceStatus.IGNORED, SourceStatus.FAILED]
        mine = Source.objects.filter(feed=feed_row, status__in=done)
        wait_until(lambda: mine.count() >= options.articles, 600, "the import")
        elapsed = time.monotonic() - started
    finally:
        workers.terminate()
        workers.wait(30)
        server.stop()
    statuses = dict(Source.objects.filter(feed=feed_row).values_list("status").annotate(n=Count("pk")).order_by())
    print(f"sources stored before the run: {Source.objects.exclude(feed=feed_row).count():,}")
    print(f"articles: {options.articles}  workers: {options.concurrency}  seconds: {elapsed:.1f}")
    print(f"sources by status: {statuses}  announcements: {Announcement.objects.count()}")
    print(f"articles/s: {options.articles / elapsed:.1f}")


if __name__ == "__main__":
    main()
