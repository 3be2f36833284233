"""score_extraction CORPUS.jsonl [--verbose]: how well the extractor reads a labelled corpus."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from releases.extraction.scoring import Article, score_corpus
from releases.ingest.articles import existing_files, extract_article, read_articles


def _run(article: Article) -> dict:
    return extract_article(article).to_gold()


class Command(BaseCommand):
    help = (
        "Run the extractor over a labelled corpus (.jsonl, or a seed .gold.json) and print, per language and "
        "overall: figures precision, recall and F1, category and role accuracy, totals right, officials recall, "
        "precision and part accuracy, country, date and relevance accuracy."
    )

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="+", type=Path)
        parser.add_argument("--verbose", action="store_true", help="list each miss and extra")

    def handle(self, *args, corpus: list[Path], verbose: bool, **options):
        articles: list[Article] = []
        for path in existing_files(corpus):
            articles += read_articles(path)
        if not any(article.gold is not None for article in articles):
            raise CommandError("no labelled articles (a 'gold' object) in the corpus")
        report = score_corpus(articles, _run)
        for line in report.lines(verbose=verbose):
            self.stdout.write(line)
