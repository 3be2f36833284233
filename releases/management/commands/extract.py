"""extract PATH… [--published DATE]: print what the extractor reads in articles, as JSON lines."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand

from releases.ingest.articles import add_article_arguments, existing_files, extract_article, read_articles


class Command(BaseCommand):
    help = (
        "Extract announcements from .txt, .html (main text first) and corpus .jsonl files; print one "
        "JSON object per article in the corpus gold format, with its id. Touches no database."
    )

    def add_arguments(self, parser):
        add_article_arguments(
            parser, published_help="publication date (YYYY-MM-DD) for resolving 'on Monday', 'yesterday'"
        )

    def handle(self, *args, paths: list[Path], published: datetime.date | None, **options):
        for path in existing_files(paths):
            for article in read_articles(path, published):
                line = {"id": article.id, **extract_article(article).to_gold()}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
