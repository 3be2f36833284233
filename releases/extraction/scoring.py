"""Scoring an extractor against labelled articles, as the corpus schema defines it.

A figure is found when its value and metric equal a gold figure's; precision, recall and
F1 are taken over all such pairs. Category accuracy is measured on the figures found.
Officials are matched by name (case and accents ignored), the country by ISO code,
the date exactly.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import fold


@dataclass
class Article:
    id: str
    text: str
    published: dt.date | None = None
    title: str = ""
    url: str = ""
    language: str | None = None
    gold: dict[str, Any] | None = None


def load_articles(path: Path) -> list[Article]:
    """Articles from a corpus .jsonl file or a seed .gold.json file (with its text_file)."""
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        row = json.loads(path.read_text(encoding="utf-8"))
        if "text" not in row and "text_file" in row:
            row["text"] = (path.parent / row["text_file"]).read_text(encoding="utf-8")
        rows = [row]
    return [article_from_row(row, str(path)) for row in rows]


def article_from_row(row: dict[str, Any], fallback_id: str) -> Article:
    published = row.get("published")
    return Article(
        id=str(row.get("id") or fallback_id),
        text=str(row.get("text") or ""),
        published=dt.date.fromisoformat(published[:10]) if published else None,
        title=str(row.get("title") or ""),
        url=str(row.get("url") or ""),
        language=row.get("language"),
        gold=row.get("gold"),
    )


@dataclass
class Report:
    articles: int = 0
    found: int = 0
    extracted: int = 0
    gold: int = 0
    category_right: int = 0
    relevance_right: int = 0
    country_right: int = 0
    date_right: int = 0
    relevant_gold: int = 0
    officials_found: int = 0
    officials_gold: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self, verbose: bool = False) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b if b else 1.0:.2f} ({a}/{b})"

        out = list(self.misses) if verbose else []
        out += [
            f"relevance accuracy {ratio(self.relevance_right, self.articles)}",
            f"country accuracy {ratio(self.country_right, self.relevant_gold)}",
            f"date accuracy {ratio(self.date_right, self.relevant_gold)}",
            f"officials recall {ratio(self.officials_found, self.officials_gold)}",
            f"category accuracy {ratio(self.category_right, self.found)} on the figures found",
            f"figures F1 {self.f1:.2f} (P {self.precision:.2f} R {self.recall:.2f}) on {self.articles} articles",
        ]
        return out


def score_article(report: Report, article_id: str, gold: dict[str, Any], got: dict[str, Any]) -> None:
    """Add one article's comparison to the report."""
    report.articles += 1
    report.relevance_right += bool(gold.get("relevant")) == bool(got.get("relevant"))
    if gold.get("relevant"):
        report.relevant_gold += 1
        report.country_right += gold.get("country") == got.get("country")
        report.date_right += gold.get("announced_on") == got.get("announced_on")
        _score_officials(report, article_id, gold, got)
    _score_figures(report, article_id, gold.get("figures") or [], got.get("figures") or [])
    if gold.get("country") != got.get("country") and gold.get("relevant"):
        report.misses.append(f"{article_id}: country {got.get('country')} (gold {gold.get('country')})")
    if gold.get("announced_on") != got.get("announced_on") and gold.get("relevant"):
        report.misses.append(f"{article_id}: date {got.get('announced_on')} (gold {gold.get('announced_on')})")
    if bool(gold.get("relevant")) != bool(got.get("relevant")):
        report.misses.append(f"{article_id}: relevant {got.get('relevant')} (gold {gold.get('relevant')})")


def _score_officials(report: Report, article_id: str, gold: dict[str, Any], got: dict[str, Any]) -> None:
    names = set()
    for official in got.get("officials") or []:
        names.add(fold(official.get("name", "")).strip())
        names.update(fold(alias).strip() for alias in official.get("aliases") or [])
    for official in gold.get("officials") or []:
        report.officials_gold += 1
        if fold(official["name"]).strip() in names:
            report.officials_found += 1
        else:
            report.misses.append(f"{article_id}: official missed: {official['name']}")


def _score_figures(report: Report, article_id: str, gold: list[dict], got: list[dict]) -> None:
    report.gold += len(gold)
    report.extracted += len(got)
    unmatched = list(gold)
    for figure in got:
        match = next(
            (g for g in unmatched if g["value"] == figure["value"] and g["metric"] == figure["metric"]),
            None,
        )
        if match is None:
            report.misses.append(
                f"{article_id}: extra figure {figure['value']} {figure['metric']}: {figure.get('quote')!r}"
            )
            continue
        unmatched.remove(match)
        report.found += 1
        if match.get("category") == figure.get("category"):
            report.category_right += 1
        else:
            report.misses.append(
                f"{article_id}: category of {figure['value']} {figure.get('category')} (gold {match.get('category')})"
            )
    for figure in unmatched:
        report.misses.append(
            f"{article_id}: missed figure {figure['value']} {figure['metric']}: {figure.get('quote')!r}"
        )


def score_corpus(articles: Iterable[Article], run: Callable[[Article], dict[str, Any]]) -> Report:
    """Run the extractor over labelled articles and score it."""
    report = Report()
    for article in articles:
        if article.gold is not None:
            score_article(report, article.id, article.gold, run(article))
    return report
