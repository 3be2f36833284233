"""Reading articles from files for the extract, score_extraction and import_articles commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import CommandError

from releases.extraction import Extraction, extract
from releases.extraction.scoring import Article, load_articles


def add_article_arguments(parser, *, published_help: str) -> None:
    """PATH… and --published DATE, as the commands that read article files take them."""
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--published", type=dt.date.fromisoformat, help=published_help)


def existing_files(paths: list[Path]) -> list[Path]:
    """`paths`, once every one is known to be a file: a wrong path stops the command before
    anything is read or written."""
    for path in paths:
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
    return paths


def extract_article(article: Article) -> Extraction:
    """What the extractor reads in one article file."""
    return extract(
        article.text, published=article.published, title=article.title, url=article.url, language=article.language
    )


def read_articles(path: Path, published: dt.date | None = None) -> list[Article]:
    """Articles in a .txt, .html, .jsonl (corpus) or .gold.json (seed) file."""
    if path.suffix == ".jsonl" or path.name.endswith(".gold.json"):
        articles = load_articles(path)
    elif path.suffix in (".html", ".htm"):
        # Imported here so the extractor itself needs no HTML parser.
        from .pages import parse_page

        page = parse_page(path.read_bytes(), url=path.resolve().as_uri())
        articles = [
            Article(
                id=str(path),
                text=page.text,
                published=page.published,
                title=page.title,
                url=page.canonical_url or "",
                language=page.language,
            )
        ]
    else:
        articles = [Article(id=str(path), text=path.read_text(encoding="utf-8", errors="replace"))]
    for article in articles:
        article.published = published or article.published
    return articles
