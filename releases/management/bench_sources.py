"""A year of stored articles for the benchmark (`seed_bench --sources N`).

What a deployment polling ~150 feeds keeps: most articles ignored as not relevant, some
failed, some extracted and filed to the benchmark's announcements, with news-length texts,
outlets, feeds and dates spread over the last year. One article in WIRE_EVERY is the root of a
planted wire-copy group: copies published days to months later by other outlets, with a
reworded end and another credit line, stored with `wire_of` pointing to the root (their URLs
say which group they belong to, for the recall measurement in bench/wire_recall.py).
"""

import datetime
import random

from django.db import transaction

from releases.choices import Kind, SourceStatus, Status
from releases.ingest.filing import text_hash
from releases.management.bulk import TableWriter, reserve_ids
from releases.models import Announcement, Feed, Source, WireBand
from releases.records.wire import text_bands

BATCH = 10000
FEEDS = 150
OUTLETS = 400
WIRE_EVERY = 250
# One extracted article in DRAFT_EVERY was filed as a new draft that waits in the editors'
# review queue (a few thousand at a million sources); the others went to published records.
DRAFT_EVERY = 25
DRAFT_COUNTRIES = ["IR", "MM", "EG", "VE", "CU", "MA", "BY", "VN"]
NEWS_PREFIX = "/news/"
WIRE_PREFIX = "/wire/"
FEED_PREFIX = "/feeds/"
# Most polled articles are not about clemency: the extractor ignores them.
STATUSES = [
    (SourceStatus.IGNORED, 0.85),
    (SourceStatus.EXTRACTED, 0.08),
    (SourceStatus.FAILED, 0.06),
    (SourceStatus.FETCHED, 0.01),
]
TOPICS = (
    "election parliament budget ministry court police protest football market inflation drought flood "
    "hospital school border army minister president opposition rights prisoners pardon amnesty released "
    "decree judiciary sentence detainees security families lawyers government announced ordered holiday "
    "clemency commuted journalists activists statement television agency reported confirmed officials city "
    "province villagers workers union strike talks agreement summit trade energy prices fuel water electricity"
).split()
CREDITS = [
    "Reporting by {a}; editing by {b}.",
    "({o})",
    "Copyright {o}. All rights reserved.",
    "Additional reporting by {a} in the capital.",
    "This story was written by {a} for {o}.",
]
NAMES = "Ahmadi Petrova Haddad Nguyen Silva Moreau Diallo Kaya Novak Chen Ortiz Mansour".split()


class SourceSeeder:
    """N stored articles beside the benchmark's announcements, written in batches of BATCH."""

    def __init__(self, rng: random.Random, host: str):
        self.rng, self.host = rng, host
        self.now = datetime.datetime.now(datetime.UTC)
        # A pool of paragraphs that articles are made of: stories share some (as news on one
        # topic does) without being copies of each other.
        self.paragraphs = [self.paragraph() for _ in range(20000)]
        self.writers = {
            model: TableWriter(model, self.now)
            for model in (Feed, Source, WireBand, Announcement, Announcement.sources.through)
        }
        self.announcements = list(
            Announcement.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)[:200000]
        )
        self.planted = 0
        self.drafts = 0

    def paragraph(self) -> str:
        words = self.rng.choices(TOPICS, k=self.rng.randint(35, 90))
        return " ".join(words).capitalize() + "."

    def run(self, total: int, out) -> None:
        with transaction.atomic():
            self.feeds = self.make_feeds()
        for offset in range(0, total, BATCH):
            with transaction.atomic():
                self.make_batch(offset, min(BATCH, total - offset))
            out.write(f"  {min(offset + BATCH, total)}/{total} sources")

    def make_feeds(self) -> list[int]:
        ids = reserve_ids(Feed, FEEDS)
        # Inactive: a benchmark worker must not poll addresses that do not exist.
        rows = [{"id": pk, "url": f"{self.host}{FEED_PREFIX}{i}.xml", "name": f"Bench feed {i}", "active": False}
                for i, pk in enumerate(ids)]  # fmt: skip
        self.writers[Feed].write(rows)
        return ids

    def article(self, n: int) -> tuple[str, str]:
        rng = self.rng
        title = f"{' '.join(rng.choices(TOPICS, k=rng.randint(5, 10))).capitalize()} ({n})"
        body = rng.sample(self.paragraphs, rng.choice([3, 4, 5, 6, 6, 7, 8, 10, 12]))
        credit = rng.choice(CREDITS).format(a=rng.choice(NAMES), b=rng.choice(NAMES), o=f"Outlet {n % OUTLETS}")
        return title, "\n\n".join([title, *body, credit])

    def make_batch(self, offset: int, count: int) -> None:
        rng = self.rng
        rows = {model: [] for model in self.writers}
        reserved = reserve_ids(Source, count + (count // WIRE_EVERY + 1) * 3)
        ids = iter(reserved)
        # At most one draft per DRAFT_EVERY consecutive source ids.
        self.draft_ids = iter(reserve_ids(Announcement, len(reserved) // DRAFT_EVERY + 2))
        statuses, weights = zip(*STATUSES, strict=True)
        for n in range(offset, offset + count):
            planted = n % WIRE_EVERY == 0
            status = SourceStatus.EXTRACTED if planted else rng.choices(statuses, weights)[0]
            path = f"{WIRE_PREFIX}{n}/0" if planted else f"{NEWS_PREFIX}{n}"
            published = self.now - datetime.timedelta(seconds=rng.randrange(365 * 86400))
            title, text = self.article(n)
            root, announcement = self.add_source(rows, next(ids), path, title, text, status, published)
            if planted:
                self.plant_copies(rows, ids, root, announcement, n)
        for model in (Source, Announcement, Announcement.sources.through, WireBand):
            self.writers[model].write(rows[model])

    def add_source(
        self, rows, pk: int, path: str, title: str, text: str, status, published, *, wire_of=None, announcement=None
    ) -> tuple[dict, int | None]:
        """One source row; an extracted one is filed to an announcement with its text's bands."""
        rng = self.rng
        failed = status == SourceStatus.FAILED
        row = {
            "id": pk, "url": f"{self.host}{path}", "original_url": f"{self.host}{path}", "title": title[:500],
            "outlet": f"Outlet {rng.randrange(OUTLETS)}", "published_at": published, "language": "en",
            "text": "" if failed else text, "content_hash": "" if failed else text_hash(text),
            "feed_id": rng.choice(self.feeds), "status": status, "attempts": 3 if failed else 1,
            "error": "HTTP 503 from the outlet (attempt 3)" if failed else "", "wire_of_id": wire_of,
            "fetched_at": None if failed else published + datetime.timedelta(minutes=rng.randrange(5, 600)),
            "created_at": published + datetime.timedelta(minutes=rng.randrange(1, 300)),
            "updated_at": published + datetime.timedelta(minutes=rng.randrange(300, 900)),
        }  # fmt: skip
        rows[Source].append(row)
        if status != SourceStatus.EXTRACTED:
            return row, None
        if announcement is None and wire_of is None and pk % DRAFT_EVERY == 0:
            announcement = self.add_draft(rows, pk, title, text, published)
        if announcement is None and self.announcements:
            announcement = rng.choice(self.announcements)
        if announcement is not None:
            rows[Announcement.sources.through].append({"announcement_id": announcement, "source_id": pk})
        # Filed sources carry their text's bands (releases/records/wire.py), as filing stores them.
        rows[WireBand] += [{"source_id": pk, "band": band} for band in set(text_bands(text))]
        return row, announcement

    def add_draft(self, rows, pk: int, title: str, text: str, published) -> int:
        """A draft the importer filed from this article, waiting for an editor."""
        draft = next(self.draft_ids)
        rows[Announcement].append({
            "id": draft, "title": title[:300], "slug": f"bench-draft-{pk}", "kind": Kind.PARDON,
            "country": self.rng.choice(DRAFT_COUNTRIES), "announced_on": published.date(), "status": Status.DRAFT,
            "summary": "", "occasion": "", "search_text": "\n".join([title, text[:500]]),
        })  # fmt: skip
        self.drafts += 1
        return draft

    def plant_copies(self, rows, ids, root: dict, announcement: int | None, n: int) -> None:
        """1-3 copies of `root`: later, by other outlets, the last words and the credit reworded."""
        rng = self.rng
        for k in range(1, rng.choice([1, 1, 2, 3]) + 1):
            paragraphs = root["text"].split("\n\n")[:-1]  # the root's credit line goes
            last = paragraphs[-1].split()
            keep = max(1, len(last) - rng.randint(8, 20))
            paragraphs[-1] = " ".join(last[:keep] + rng.choices(TOPICS, k=rng.randint(6, 14))) + "."
            credit = rng.choice(CREDITS).format(a=rng.choice(NAMES), b=rng.choice(NAMES), o=f"Copier {k}")
            text = "\n\n".join([*paragraphs, credit])
            later = root["published_at"] + datetime.timedelta(hours=rng.randrange(1, 24 * 200))
            self.add_source(rows, next(ids), f"{WIRE_PREFIX}{n}/{k}", root["title"], text, SourceStatus.EXTRACTED,
                            later, wire_of=root["id"], announcement=announcement)  # fmt: skip
            self.planted += 1
