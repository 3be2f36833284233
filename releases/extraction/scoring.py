"""Scoring an extractor against labelled articles, as the corpus schema defines it.

A figure is found when its value and metric equal a gold figure's; precision, recall and
F1 are taken over all such pairs. Category and role accuracy are measured on the figures
found, an official's part on the officials found. An article's totals are right when, for
every metric, the sum of its `total` figures equals the gold sum. Officials are matched by
name (case and accents ignored), the country by ISO code, the date exactly. Every measure is
also kept per language, so a language the rules do not reach cannot hide in the average.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import name_key


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
    officials_right: int = 0  # extracted officials that name a gold official
    officials_extracted: int = 0
    official_part_right: int = 0  # on the officials found
    role_right: int = 0  # on the figures found
    totals_right: int = 0  # relevant articles whose totals per metric all equal gold's
    misses: list[str] = field(default_factory=list)
    languages: dict[str, Report] = field(default_factory=dict)

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
        # One line per language first, so the overall F1 stays the last line.
        out += [f"{code}: {report.summary()}" for code, report in sorted(self.languages.items())]
        out += [
            f"relevance accuracy {ratio(self.relevance_right, self.articles)}",
            f"country accuracy {ratio(self.country_right, self.relevant_gold)}",
            f"date accuracy {ratio(self.date_right, self.relevant_gold)}",
            f"officials recall {ratio(self.officials_found, self.officials_gold)}",
            f"officials precision {ratio(self.officials_right, self.officials_extracted)}",
            f"official part accuracy {ratio(self.official_part_right, self.officials_found)} on the officials found",
            f"category accuracy {ratio(self.category_right, self.found)} on the figures found",
            f"role accuracy {ratio(self.role_right, self.found)} on the figures found",
            f"totals right {ratio(self.totals_right, self.relevant_gold)}",
            f"figures F1 {self.f1:.2f} (P {self.precision:.2f} R {self.recall:.2f}) on {self.articles} articles",
        ]
        return out

    def summary(self) -> str:
        """Every measure on one line (two decimals each), for the per-language lines."""

        def share(a: int, b: int) -> str:
            return f"{a / b if b else 1.0:.2f}"

        return (
            f"F1 {self.f1:.2f} (P {self.precision:.2f} R {self.recall:.2f}) "
            f"roles {share(self.role_right, self.found)} "
            f"totals {share(self.totals_right, self.relevant_gold)} "
            f"officials R {share(self.officials_found, self.officials_gold)} "
            f"P {share(self.officials_right, self.officials_extracted)} "
            f"part {share(self.official_part_right, self.officials_found)} "
            f"relevance {share(self.relevance_right, self.articles)} "
            f"country {share(self.country_right, self.relevant_gold)} "
            f"date {share(self.date_right, self.relevant_gold)} "
            f"on {self.articles} articles"
        )

    def tally(self, counter: str, right: bool, miss: str) -> None:
        """Count one right answer in `counter`, or note the miss."""
        if right:
            setattr(self, counter, getattr(self, counter) + 1)
        else:
            self.misses.append(miss)

    def add(self, other: Report) -> None:
        """Add another report's counts to this one (not its misses)."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))


_COUNTS = (
    "articles found extracted gold category_right relevance_right country_right date_right relevant_gold "
    "officials_found officials_gold officials_right officials_extracted official_part_right role_right "
    "totals_right"
).split()


def score_article(report: Report, article_id: str, gold: dict[str, Any], got: dict[str, Any]) -> None:
    """Add one article's comparison to the report."""
    report.articles += 1
    report.relevance_right += bool(gold.get("relevant")) == bool(got.get("relevant"))
    if gold.get("relevant"):
        report.relevant_gold += 1
        report.country_right += gold.get("country") == got.get("country")
        report.date_right += gold.get("announced_on") == got.get("announced_on")
        _score_officials(report, article_id, gold, got)
        _score_totals(report, article_id, gold.get("figures") or [], got.get("figures") or [])
    _score_official_precision(report, article_id, gold, got)
    _score_figures(report, article_id, gold.get("figures") or [], got.get("figures") or [])
    if gold.get("country") != got.get("country") and gold.get("relevant"):
        report.misses.append(f"{article_id}: country {got.get('country')} (gold {gold.get('country')})")
    if gold.get("announced_on") != got.get("announced_on") and gold.get("relevant"):
        report.misses.append(f"{article_id}: date {got.get('announced_on')} (gold {gold.get('announced_on')})")
    if bool(gold.get("relevant")) != bool(got.get("relevant")):
        report.misses.append(f"{article_id}: relevant {got.get('relevant')} (gold {gold.get('relevant')})")


def _names(official: dict[str, Any]) -> set[str]:
    return {name_key(official.get("name") or "")} | {name_key(alias) for alias in official.get("aliases") or []}


def _score_officials(report: Report, article_id: str, gold: dict[str, Any], got: dict[str, Any]) -> None:
    extracted = got.get("officials") or []
    for official in gold.get("officials") or []:
        report.officials_gold += 1
        match = next((o for o in extracted if name_key(official["name"]) in _names(o)), None)
        if match is None:
            report.misses.append(f"{article_id}: official missed: {official['name']}")
            continue
        report.officials_found += 1
        report.tally(
            "official_part_right",
            match.get("part", "announcer") == official.get("part", "announcer"),
            f"{article_id}: part of {official['name']} {match.get('part')} (gold {official.get('part')})",
        )


def _score_official_precision(report: Report, article_id: str, gold: dict[str, Any], got: dict[str, Any]) -> None:
    gold_names = {name_key(o["name"]) for o in gold.get("officials") or []} if gold.get("relevant") else set()
    for official in got.get("officials") or []:
        report.officials_extracted += 1
        report.tally(
            "officials_right",
            bool(_names(official) & gold_names),
            f"{article_id}: extra official {official.get('name')}",
        )


def _sums(figures: list[dict]) -> dict[str, int]:
    sums: dict[str, int] = {}
    for figure in figures:
        if figure.get("role", "total") == "total":
            sums[figure["metric"]] = sums.get(figure["metric"], 0) + figure["value"]
    return sums


def _score_totals(report: Report, article_id: str, gold: list[dict], got: list[dict]) -> None:
    want, have = _sums(gold), _sums(got)
    report.tally("totals_right", want == have, f"{article_id}: totals {have} (gold {want})")


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
        report.tally(
            "role_right",
            match.get("role", "total") == figure.get("role", "total"),
            f"{article_id}: role of {figure['value']} {figure.get('role')} (gold {match.get('role')})",
        )
        report.tally(
            "category_right",
            match.get("category") == figure.get("category"),
            f"{article_id}: category of {figure['value']} {figure.get('category')} (gold {match.get('category')})",
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
            language = report.languages.setdefault(article.language or "?", Report())
            score_article(language, article.id, article.gold, run(article))
    for language in report.languages.values():
        report.add(language)
        report.misses += language.misses
    return report
