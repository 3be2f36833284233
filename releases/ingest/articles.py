"""Reading articles from files for the extract and score_extraction commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from releases.extraction.scoring import Article, load_articles


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
