"""import_articles PATH…: import articles from .txt, .html and corpus .jsonl files."""

import datetime
import json
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand

from releases.ingest import filing
from releases.ingest.articles import add_article_arguments, existing_files


class Command(BaseCommand):
    help = (
        "Import articles through the same services as the importer: .txt (first line is the title), "
        ".html (main text extracted) and .jsonl (one corpus article per line). Importing twice changes nothing."
    )

    def add_arguments(self, parser):
        add_article_arguments(parser, published_help="date for .txt and .html files")

    def handle(self, *args, paths: list[Path], published: datetime.date | None, **options):
        counts: Counter[str] = Counter()
        for path in existing_files(paths):
            for label, status in self.import_path(path, published):
                counts[status] += 1
                if options["verbosity"] > 1:
                    self.stdout.write(f"{label}: {status}")
        self.stdout.write("Imported: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))

    def import_path(self, path: Path, published: datetime.date | None):
        if path.suffix == ".jsonl":
            yield from self.import_jsonl(path)
        elif path.suffix in (".html", ".htm"):
            html = path.read_bytes()
            yield path.name, self.attempt(path.name, url=path.resolve().as_uri(), html=html, published=published)
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
            yield path.name, self.attempt(path.name, url=path.resolve().as_uri(), text=text, published=published)

    def import_jsonl(self, path: Path):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            label = f"{path.name}:{number}"
            try:
                article = json.loads(line)
                fields = {
                    "url": article["url"],
                    "text": article["text"],
                    "title": article.get("title", ""),
                    "outlet": article.get("outlet", ""),
                    "language": article.get("language"),
                    "published": datetime.date.fromisoformat(article["published"])
                    if article.get("published")
                    else None,
                }
            except (ValueError, KeyError, TypeError) as exc:
                self.stderr.write(f"{label}: not a corpus article ({exc})")
                yield label, "failed"
                continue
            yield label, self.attempt(label, **fields)

    def attempt(self, label: str, **fields) -> str:
        """One article; a bad one is reported and the rest of the batch still imports."""
        try:
            return filing.source_import(**fields)
        except ValueError as exc:
            self.stderr.write(f"{label}: {exc}")
            return "failed"
