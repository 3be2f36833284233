"""Fill the database with realistic synthetic records for the benchmark (bulk inserts)."""

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from releases.choices import EnteredBy, Evidence, Kind, Metric, Qualifier, SourceStatus, Status
from releases.models import Announcement, Figure, Official, Prisoner, PrisonerCategory, Source

BENCH_HOST = "https://bench.example"
SEARCH_INDEX = (
    "CREATE INDEX IF NOT EXISTS releases_ann_search_idx ON releases_announcement USING gin (search_vector)"
)
KINDS, METRICS, QUALIFIERS, EVIDENCE = Kind.values, Metric.values, Qualifier.values, Evidence.values
BATCH = 5000

FIRST = "Ali Hassan Maria Jose Omar Leila Dmitri Anna Aung Min Thi Carlos Fatima Reza Sara Juan Kim Amir Nadia Ivan".split()
LAST = "Rahimi Karimi Gonzalez Petrov Hlaing Nguyen Haddad Mansour Ortiz Silva Novak Chen Ahmadi Diallo Kaya Moreau".split()
ROLES = ["President", "Minister of Justice", "judiciary spokesman", "King", "Attorney General", "prison service head"]
OCCASIONS = ["", "", "New Year", "Independence Day", "Eid al-Fitr", "National Day", "a religious holiday", "Throne Day"]
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
    help = "Create N published synthetic announcements with officials, sources and figures."

    def add_arguments(self, parser):
        parser.add_argument("--announcements", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=20200318)
        parser.add_argument("--reset", action="store_true", help="Delete earlier benchmark records first.")

    def handle(self, *args, announcements: int, seed: int, reset: bool, **options):
        if announcements < 1:
            raise CommandError("--announcements must be at least 1")
        started = time.monotonic()
        if reset:
            delete_bench_records()
        elif Source.objects.filter(url__startswith=BENCH_HOST).exists():
            raise CommandError("benchmark records exist already; pass --reset to replace them")
        postgres = connection.vendor == "postgresql"
        if postgres:
            # A bulk load: rebuilding the search index once beats updating it row by row.
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO off")
                cursor.execute("DROP INDEX IF EXISTS releases_ann_search_idx")
        try:
            Seeder(random.Random(seed)).run(announcements, self.stdout)
        finally:
            if postgres:
                with connection.cursor() as cursor:
                    cursor.execute(SEARCH_INDEX)
                    cursor.execute("ANALYZE")
        self.stdout.write(f"seeded {announcements} announcements in {time.monotonic() - started:.1f}s")


def delete_bench_records() -> None:
    """Raw deletes (no per-row signals): benchmark rows are only ever made by this command."""
    with transaction.atomic():
        announcements = list(Announcement.objects.filter(slug__startswith="bench-").values_list("pk", flat=True))
        for through in (Announcement.sources.through, Announcement.officials.through,
                        Announcement.categories.through, Prisoner.announcements.through):  # fmt: skip
            for chunk in chunks(announcements):
                through.objects.filter(announcement_id__in=chunk)._raw_delete(connection.alias)
        Figure.objects.filter(source__url__startswith=BENCH_HOST)._raw_delete(connection.alias)
        for chunk in chunks(announcements):
            Announcement.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
        Source.objects.filter(url__startswith=BENCH_HOST)._raw_delete(connection.alias)
        Official.announcements.through.objects.filter(official__slug__startswith="bench-")._raw_delete(connection.alias)
        Official.objects.filter(slug__startswith="bench-")._raw_delete(connection.alias)
        Prisoner.objects.filter(slug__startswith="bench-")._raw_delete(connection.alias)


def chunks(items: list, size: int = 10000):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Seeder:
    """Builds rows in memory and writes them in batches; ids are read back per batch."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.countries = self.pick_countries()
        self.categories = list(PrisonerCategory.objects.all())
        self.today = datetime.date.today()

    def pick_countries(self) -> list[str]:
        from django_countries import countries

        codes = [code for code, _name in countries]
        return self.rng.sample(codes, 100)

    def run(self, total: int, out) -> None:
        officials = self.make_officials(2000)
        prisoners = self.make_prisoners(min(5000, max(10, total // 20)))
        for offset in range(0, total, BATCH):
            with transaction.atomic():
                self.make_batch(offset, min(BATCH, total - offset), officials, prisoners)
            out.write(f"  {min(offset + BATCH, total)}/{total}")

    def make_officials(self, count: int) -> list[Official]:
        rows = []
        for i in range(count):
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            rows.append(
                Official(
                    name=name, slug=f"bench-{i}-{name.lower().replace(' ', '-')}", role=self.rng.choice(ROLES),
                    country=self.countries[i % len(self.countries)],
                )
            )  # fmt: skip
        return Official.objects.bulk_create(rows, batch_size=BATCH)

    def make_prisoners(self, count: int) -> list[Prisoner]:
        rows = [
            Prisoner(name=f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}", slug=f"bench-prisoner-{i}")
            for i in range(count)
        ]
        return Prisoner.objects.bulk_create(rows, batch_size=BATCH)

    def paragraph(self, words: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=words)).capitalize() + "."

    def make_batch(self, offset: int, count: int, officials: list[Official], prisoners: list[Prisoner]) -> None:
        rng, now = self.rng, timezone.now()
        plans = []
        for i in range(offset, offset + count):
            country = self.countries[int(rng.paretovariate(1.2)) % len(self.countries)]
            day = self.today - datetime.timedelta(days=rng.randrange(30 * 365))
            kind = rng.choice(KINDS)
            chosen = rng.sample(officials, rng.choice([1, 1, 2, 3]))
            plans.append((i, country, day, kind, chosen))
        sources = self.make_sources(plans, now)
        announcements = Announcement.objects.bulk_create(
            [self.announcement_row(plan, now) for plan in plans], batch_size=BATCH
        )
        self.link(announcements, plans, sources, prisoners)

    def announcement_row(self, plan, now) -> Announcement:
        i, country, day, kind, chosen = plan
        occasion = self.rng.choice(OCCASIONS)
        title = f"{kind.replace('_', ' ').capitalize()} of prisoners in {country} ({i})"
        summary = self.paragraph(40)
        search = "\n".join([title, summary, occasion, *(o.name for o in chosen)])
        return Announcement(
            title=title, slug=f"bench-{i}", kind=kind, country=country, announced_on=day, occasion=occasion,
            summary=summary, status=Status.PUBLISHED, search_text=search, published_at=now,
        )  # fmt: skip

    def make_sources(self, plans, now) -> list[list[Source]]:
        rows, per_plan = [], []
        for i, country, day, _kind, _chosen in plans:
            n = self.rng.choice([1, 1, 2, 2, 3, 4])
            per_plan.append(n)
            for j in range(n):
                published = datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
                rows.append(
                    Source(
                        url=f"{BENCH_HOST}/{country.lower()}/{i}/{j}", outlet=f"Outlet {self.rng.randrange(300)}",
                        title=f"Report {i}-{j}", published_at=published, language="en",
                        text="\n\n".join(self.paragraph(60) for _ in range(3)), status=SourceStatus.EXTRACTED,
                        fetched_at=now,
                    )
                )  # fmt: skip
        created = Source.objects.bulk_create(rows, batch_size=BATCH)
        grouped, at = [], 0
        for n in per_plan:
            grouped.append(created[at : at + n])
            at += n
        return grouped

    def link(self, announcements, plans, sources, prisoners) -> None:
        rng = self.rng
        Sources = Announcement.sources.through
        Officials = Announcement.officials.through
        Categories = Announcement.categories.through
        Prisoners = Prisoner.announcements.through
        source_rows, official_rows, category_rows, prisoner_rows, figures = [], [], [], [], []
        for announcement, plan, own_sources in zip(announcements, plans, sources, strict=True):
            source_rows += [Sources(announcement_id=announcement.pk, source_id=s.pk) for s in own_sources]
            official_rows += [Officials(announcement_id=announcement.pk, official_id=o.pk) for o in plan[4]]
            picked = rng.sample(self.categories, rng.choice([0, 1, 1, 2]))
            category_rows += [Categories(announcement_id=announcement.pk, prisonercategory_id=c.pk) for c in picked]
            if rng.random() < 0.05:
                prisoner_rows.append(Prisoners(announcement_id=announcement.pk, prisoner_id=rng.choice(prisoners).pk))
            figures += self.figure_rows(announcement, own_sources[0], picked)
        Sources.objects.bulk_create(source_rows, batch_size=BATCH)
        Officials.objects.bulk_create(official_rows, batch_size=BATCH)
        Categories.objects.bulk_create(category_rows, batch_size=BATCH)
        Prisoners.objects.bulk_create(prisoner_rows, batch_size=BATCH, ignore_conflicts=True)
        Figure.objects.bulk_create(figures, batch_size=BATCH)

    def figure_rows(self, announcement, source, categories) -> list[Figure]:
        rng, rows = self.rng, []
        for _ in range(rng.choice([1, 2, 3, 3, 4, 5])):
            metric = rng.choice(METRICS)
            value = int(rng.lognormvariate(6, 2)) + 1
            quote = f"{VERBS[metric]} {value:,} prisoners"
            category = rng.choice(categories) if categories and rng.random() < 0.6 else None
            rows.append(
                Figure(
                    value=value, metric=metric, qualifier=rng.choice(QUALIFIERS), category=category,
                    country=announcement.country, as_of=announcement.announced_on, announcement=announcement,
                    source=source, quote=quote, entered_by=EnteredBy.MACHINE,
                    evidence=rng.choice(EVIDENCE),
                )
            )  # fmt: skip
        return rows
