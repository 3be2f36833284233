"""extract PATH… [--published DATE]: print what the extractor reads in articles, as JSON lines."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from releases.extraction import extract
from releases.ingest.articles import read_articles


class Command(BaseCommand):
    help = (
        "Extract announcements from .txt, .html (main text first) and corpus .jsonl files; print one "
        "JSON object per article in the corpus gold format, with its id. Touches no database."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--published",
            type=datetime.date.fromisoformat,
            help="publication date (YYYY-MM-DD) for resolving 'on Monday', 'yesterday'",
        )

    def handle(self, *args, paths: list[Path], published: datetime.date | None, **options):
        for path in paths:
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
            for article in read_articles(path, published):
                result = extract(
                    article.text,
                    published=article.published,
                    title=article.title,
                    url=article.url,
                    language=article.language,
                )
                line = {"id": article.id, **result.to_gold()}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
