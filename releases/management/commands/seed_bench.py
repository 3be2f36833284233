"""Fill the database with realistic synthetic records for the benchmark.

Rows are written in bulk, below the ORM: COPY on PostgreSQL, executemany on SQLite. Ids
are taken from the tables' own sequences first, so related rows can be written in the
same pass. No signals run and no history is written: these are not editors' records.
"""

import contextlib
import datetime
import itertools
import random
import time
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, connections, transaction
from django.utils import timezone

from releases import sql
from releases.choices import (
    CONTEXT_METRICS,
    EnteredBy,
    Evidence,
    Kind,
    Metric,
    OfficialPart,
    Qualifier,
    Role,
    SourceStatus,
    Status,
)
from releases.management.bench_sources import FEED_PREFIX, NEWS_PREFIX, SourceSeeder
from releases.management.bulk import TableWriter, reserve_ids
from releases.models import (
    Announcement,
    Feed,
    Figure,
    Official,
    Prisoner,
    PrisonerCategory,
    Source,
    SourceAlias,
    WireBand,
)

BENCH_HOST = "https://bench.example"
BATCH = 10000
# The tables a bulk load writes: their GIN indexes (the announcements' search and categories,
# the sources' search of migration 0017) are dropped for the load and built once afterwards,
# from the definitions the database gave before the drop.
BULK_TABLES = ("releases_announcement", "releases_source")
# For those builds: the default 64 MB made the sources' text index build in many passes.
BUILD_MEMORY = "512MB"
KINDS, METRICS, QUALIFIERS, EVIDENCE = (
    Kind.values,
    Metric.values,
    Qualifier.values,
    Evidence.values,
)

FIRST = (
    "Ali Hassan Maria Jose Omar Leila Dmitri Anna Aung Min Thi Carlos Fatima Reza Sara Juan Kim Amir Nadia Ivan".split()
)
LAST = "Rahimi Karimi Gonzalez Petrov Hlaing Nguyen Haddad Mansour Ortiz Silva Novak Chen Ahmadi Diallo Kaya Moreau".split()
ROLES = [
    "President",
    "Minister of Justice",
    "judiciary spokesman",
    "King",
    "Attorney General",
    "prison service head",
]
OCCASIONS = [
    "",
    "",
    "New Year",
    "Independence Day",
    "Eid al-Fitr",
    "National Day",
    "a religious holiday",
    "Throne Day",
]
WORDS = (
    "prisoners pardon amnesty released decree authorities judiciary court sentence detainees political "
    "security families rights groups lawyers government announced ordered holiday clemency commuted "
    "temporary leave prison overcrowding coronavirus foreign nationals women juveniles elderly journalists "
    "protesters activists opposition ministry statement television agency reported confirmed"
).split()
VERBS = {
    Metric.PARDONED: "pardoned",
    Metric.RELEASED: "freed",
    Metric.TEMPORARILY_RELEASED: "temporarily released",
    Metric.SENTENCE_REDUCED: "commuted the sentences of",
    Metric.PRISON_POPULATION: "counted in prison",
    Metric.DETAINED: "held as detainees",
}


class Command(BaseCommand):
    help = "Create N published synthetic announcements with officials, sources and figures, and M stored articles."

    def add_arguments(self, parser):
        parser.add_argument("--announcements", type=int, default=1000)
        parser.add_argument(
            "--sources",
            type=int,
            default=0,
            help="Also store N articles beside the announcements' own (most ignored; bench_sources.py).",
        )
        parser.add_argument("--seed", type=int, default=20200318)
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete earlier benchmark records first.",
        )

    @contextlib.contextmanager
    def phase(self, name: str):
        """Time one step of the load and print it (`  name: 12.3 s`)."""
        started = time.monotonic()
        yield
        self.stdout.write(f"  {name}: {time.monotonic() - started:.1f} s")

    def build(self, indexes: dict[str, str]) -> None:
        """Create `indexes` two at a time, each on its own connection: the text's full-text index
        alone takes minutes at a million sources, and the others are built beside it."""

        def create(name: str) -> None:
            started = time.monotonic()
            try:
                with connections["default"].cursor() as cursor:
                    cursor.execute(f"SET maintenance_work_mem TO '{BUILD_MEMORY}'")
                    cursor.execute(indexes[name])
            finally:
                connections["default"].close()  # this thread's own connection
            self.stdout.write(f"  index {name}: {time.monotonic() - started:.1f} s")

        # The slowest first (the texts' words), so the rest share the other worker.
        order = sorted(indexes, key=lambda name: "to_tsvector" not in indexes[name])
        with ThreadPoolExecutor(max_workers=2) as pool:
            for future in [pool.submit(create, name) for name in order]:
                future.result()

    def handle(self, *args, announcements: int, sources: int, seed: int, reset: bool, **options):
        if announcements < 0 or sources < 0 or announcements + sources < 1:
            raise CommandError("--announcements and --sources must not be negative, and one must be at least 1")
        started = time.monotonic()
        # Refused before the indexes are dropped: rebuilding them takes minutes at a million sources.
        if not reset:
            if announcements and Announcement.objects.filter(slug__startswith="bench-").exists():
                raise CommandError("benchmark records exist already; pass --reset to replace them")
            if sources and Source.objects.filter(url__startswith=BENCH_HOST + NEWS_PREFIX).exists():
                raise CommandError("benchmark sources exist already; pass --reset to replace them")
        # Inside a caller's transaction (tests) the index cannot be rebuilt while foreign
        # key checks are pending, so the bulk-load trick is only used at the top level.
        postgres = sql.postgresql() and not connection.in_atomic_block
        indexes = gin_indexes() if postgres else {}
        if postgres:
            # A bulk load, and a reset's deletes: building the GIN indexes once beats updating
            # them row by row.
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO off")
                # The texts are compressed as they are stored: lz4 takes a third of the time of
                # the default pglz (30 against 85 us a 3 KB text here), at much the same size.
                with contextlib.suppress(DatabaseError), transaction.atomic():
                    cursor.execute("SET default_toast_compression TO 'lz4'")
                for name in indexes:
                    cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
        try:
            if reset:
                with self.phase("reset"):
                    delete_bench_records()
            rng = random.Random(seed)
            if announcements:
                with self.phase("announcements"):
                    Seeder(rng).run(announcements, self.stdout)
            if sources:
                with self.phase("sources"):
                    seeder = SourceSeeder(rng, BENCH_HOST)
                    seeder.run(sources, self.stdout)
                self.stdout.write(f"planted {seeder.planted} wire copies, filed {seeder.drafts} drafts for review")
        finally:
            if postgres:
                with self.phase("indexes"):
                    self.build(indexes)
                # What autovacuum (off on some servers) would do next: after a --reset the
                # dead rows slowed planning 10-fold and doubled the tables, and after any load
                # the visibility map it sets is what lets the timeline's month counts read the
                # index alone (20 ms rather than 78 ms).
                with self.phase("vacuum and analyze"), connection.cursor() as cursor:
                    cursor.execute("VACUUM (ANALYZE)")
        from releases.invalidation import public_changed

        public_changed()
        self.stdout.write(
            f"seeded {announcements} announcements and {sources} sources in {time.monotonic() - started:.1f}s"
        )


def gin_indexes() -> dict[str, str]:
    """The GIN indexes on BULK_TABLES, by name, with the statement that creates each."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            " AND tablename = ANY(%s) AND indexdef LIKE '%% USING gin %%' ORDER BY indexname",
            [list(BULK_TABLES)],
        )
        return dict(cursor.fetchall())


def delete_bench_records() -> int:
    """Raw deletes (no per-row signals): benchmark rows are only ever made by this command.
    Returns how many announcements were deleted."""
    with transaction.atomic():
        bench = Announcement.objects.filter(slug__startswith="bench-").values("pk")
        for through in (
            Announcement.sources.through,
            Announcement.officials.through,
            Announcement.categories.through,
            Prisoner.announcements.through,
        ):
            through.objects.filter(announcement_id__in=bench)._raw_delete(connection.alias)
        Figure.objects.filter(source__url__startswith=BENCH_HOST)._raw_delete(connection.alias)
        deleted = Announcement.objects.filter(slug__startswith="bench-")._raw_delete(connection.alias)
        bench_sources = Source.objects.filter(url__startswith=BENCH_HOST).values("pk")
        Announcement.sources.through.objects.filter(source_id__in=bench_sources)._raw_delete(connection.alias)
        for model in (WireBand, SourceAlias):
            model.objects.filter(source_id__in=bench_sources)._raw_delete(connection.alias)
        Source.objects.filter(url__startswith=BENCH_HOST)._raw_delete(connection.alias)
        Feed.objects.filter(url__startswith=BENCH_HOST + FEED_PREFIX)._raw_delete(connection.alias)
        Official.objects.filter(slug__startswith="bench-")._raw_delete(connection.alias)
        Prisoner.objects.filter(slug__startswith="bench-")._raw_delete(connection.alias)
    return deleted


class Seeder:
    """N announcements over ~100 countries and 30 years, ~2,000 officials, 1-4 sources and ~3 figures each."""

    def __init__(self, rng: random.Random):
        from django_countries import countries

        self.rng = rng
        self.now = timezone.now()
        self.countries = rng.sample([code for code, _name in countries], 100)
        # A few countries announce often and most rarely, as in the real record.
        self.country_weights = list(itertools.accumulate(1 / (rank + 1) ** 0.8 for rank in range(100)))
        self.categories = list(PrisonerCategory.objects.values_list("pk", flat=True))
        self.today = datetime.date.today()
        # On PostgreSQL each announcement's category ids are written with it (the triggers
        # that keep them find them already right, and rewrite nothing).
        self.stored_categories = sql.postgresql()
        self.writers = {
            model: TableWriter(model, self.now)
            for model in (
                Announcement, Source, Figure, Official, Prisoner, Announcement.sources.through,
                Announcement.officials.through, Announcement.categories.through, Prisoner.announcements.through,
            )
        }  # fmt: skip
        if self.stored_categories:
            self.writers[Announcement] = TableWriter(Announcement, self.now, extra=("category_ids",))

    def run(self, total: int, out) -> None:
        with transaction.atomic():
            self.officials = self.make_officials(2000)
            self.prisoners = self.make_prisoners(min(5000, max(10, total // 20)))
        for offset in range(0, total, BATCH):
            with transaction.atomic():
                self.make_batch(range(offset, min(offset + BATCH, total)))
            out.write(f"  {min(offset + BATCH, total)}/{total}")

    def paragraph(self, words: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=words)).capitalize() + "."

    def make_officials(self, count: int) -> list[tuple[int, str]]:
        ids, rows, made = reserve_ids(Official, count), [], []
        for pk, i in zip(ids, range(count), strict=True):
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            made.append((pk, name))
            rows.append({"id": pk, "name": name, "slug": f"bench-{i}", "role": self.rng.choice(ROLES),
                         "country": self.countries[i % len(self.countries)]})  # fmt: skip
        self.writers[Official].write(rows)
        return made

    def make_prisoners(self, count: int) -> list[int]:
        ids = reserve_ids(Prisoner, count)
        rows = [{"id": pk, "name": f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}", "slug": f"bench-prisoner-{i}"}
                for i, pk in enumerate(ids)]  # fmt: skip
        self.writers[Prisoner].write(rows)
        return ids

    def make_batch(self, numbers: range) -> None:
        rng = self.rng
        rows = {model: [] for model in self.writers}
        announcement_ids = reserve_ids(Announcement, len(numbers))
        source_counts = [rng.choice([1, 1, 2, 2, 3, 4]) for _ in numbers]
        source_ids = iter(reserve_ids(Source, sum(source_counts)))
        for n, pk, sources in zip(numbers, announcement_ids, source_counts, strict=True):
            country = rng.choices(self.countries, cum_weights=self.country_weights)[0]
            day = self.today - datetime.timedelta(days=rng.randrange(30 * 365))
            officials = rng.sample(self.officials, rng.choice([1, 1, 2, 3]))
            own_sources = [next(source_ids) for _ in range(sources)]
            self.add_announcement(rows, n, pk, country, day, officials)
            self.add_sources(rows, n, pk, country, day, own_sources)
            # (A database flushed since its migrations has no categories: none are linked.)
            categories = rng.sample(self.categories, min(len(self.categories), rng.choice([0, 1, 1, 2])))
            if self.stored_categories:
                rows[Announcement][-1]["category_ids"] = sorted(categories)
            rows[Announcement.categories.through] += [
                {"announcement_id": pk, "prisonercategory_id": c} for c in categories
            ]
            if rng.random() < 0.05:
                rows[Prisoner.announcements.through].append(
                    {"announcement_id": pk, "prisoner_id": rng.choice(self.prisoners)}
                )
            self.add_figures(rows, pk, country, day, own_sources[0], categories)
        figure_ids = iter(reserve_ids(Figure, len(rows[Figure])))
        for row in rows[Figure]:
            row["id"] = next(figure_ids)
        for model in (Announcement, Source, Announcement.sources.through, Announcement.officials.through,
                      Announcement.categories.through, Prisoner.announcements.through, Figure):  # fmt: skip
            self.writers[model].write(rows[model])

    def add_announcement(self, rows, n: int, pk: int, country: str, day, officials) -> None:
        kind = self.rng.choice(KINDS)
        occasion = self.rng.choice(OCCASIONS)
        title = f"{kind.replace('_', ' ').capitalize()} of prisoners in {country} ({n})"
        summary = self.paragraph(40)
        rows[Announcement].append({
            "id": pk, "title": title, "slug": f"bench-{n}", "kind": kind, "country": country, "announced_on": day,
            "occasion": occasion, "summary": summary, "status": Status.PUBLISHED, "published_at": self.now,
            "search_text": "\n".join([title, summary, occasion, *(name for _pk, name in officials)]),
        })  # fmt: skip
        rows[Announcement.officials.through] += [
            {"announcement_id": pk, "official_id": o, "part": OfficialPart.ANNOUNCER} for o, _name in officials
        ]

    def add_sources(self, rows, n: int, pk: int, country: str, day, source_ids: list[int]) -> None:
        published = datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
        for j, source_id in enumerate(source_ids):
            rows[Source].append({
                "id": source_id, "url": f"{BENCH_HOST}/{country.lower()}/{n}/{j}", "title": f"Report {n}-{j}",
                "outlet": f"Outlet {self.rng.randrange(300)}", "published_at": published, "language": "en",
                "text": self.paragraph(45) + "\n\n" + self.paragraph(45), "status": SourceStatus.EXTRACTED,
                "fetched_at": self.now,
            })  # fmt: skip
            rows[Announcement.sources.through].append({"announcement_id": pk, "source_id": source_id})

    def add_figures(self, rows, pk: int, country: str, day, source_id: int, categories: list[int]) -> None:
        rng = self.rng
        for _ in range(rng.choice([1, 2, 3, 3, 4, 5])):
            metric = rng.choice(METRICS)
            value = int(rng.lognormvariate(6, 2)) + 1
            category = rng.choice(categories) if categories and rng.random() < 0.6 else None
            rows[Figure].append({
                "value": value, "metric": metric, "qualifier": rng.choice(QUALIFIERS), "category_id": category,
                "role": Role.CONTEXT if metric in CONTEXT_METRICS else Role.TOTAL,
                "country": country, "as_of": day, "announcement_id": pk, "source_id": source_id,
                "quote": f"{VERBS[metric]} {value:,} prisoners", "entered_by": EnteredBy.MACHINE,
                "evidence": rng.choice(EVIDENCE),
                # Every seeded announcement is published: its figures are public, dated by it.
                "public": True, "dated": day,
            })  # fmt: skip
