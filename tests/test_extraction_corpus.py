"""The founding article, the shared dev corpus (read from the corpus folder next to the checkout), and
the project's own development half, tests/corpus/dev.jsonl, in five languages.

The floors sit a little below what the rules reach, so that a change that loses ground fails here.
The held-out sets (tests/corpus/heldout.jsonl and heldout2.jsonl to heldout6.jsonl) are deliberately not tested: they
are scored by hand, rarely, so the rules are never tuned to them.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from releases.extraction import extract
from releases.extraction.scoring import load_articles, score_corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = CORPUS / "seed" / "iran-2020-03-19.gold.json"
DEV = CORPUS / "dev" / "articles.jsonl"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")


def run(article):
    result = extract(article.text, published=article.published, title=article.title, language=article.language)
    return result.to_gold()


@pytest.fixture(scope="module")
def seed():
    (article,) = load_articles(SEED)
    return article, extract(article.text, published=article.published, title=article.title)


@needs_corpus
def test_founding_article_has_exactly_its_three_figures(seed):
    article, result = seed
    assert sorted((f.value, f.metric) for f in result.figures) == [
        (10000, "pardoned"),
        (85000, "temporarily_released"),
        (189500, "prison_population"),
    ]
    by_value = {f.value: f for f in result.figures}
    assert by_value[85000].qualifier == "approximately"
    assert "temporarily released" in by_value[85000].reason
    for figure in result.figures:
        assert article.text[figure.start : figure.end] == figure.quote


@needs_corpus
def test_founding_article_context(seed):
    article, result = seed
    assert result.relevant
    assert result.country == "IR"
    assert result.announced_on == dt.date(2020, 3, 18)
    officials = {o.name: o for o in result.officials}
    assert {"Ali Khamenei", "Gholamhossein Esmaili", "Javaid Rehman"} <= set(officials)
    assert "Esmaili" in officials["Gholamhossein Esmaili"].aliases
    assert officials["Javaid Rehman"].country is None
    assert {"pardon", "temporary_release"} <= set(result.kinds)
    assert "Nazanin Zaghari-Ratcliffe" in result.named_prisoners


@needs_corpus
def test_dev_corpus_meets_the_floors():
    report = score_corpus(load_articles(DEV), run)
    assert report.articles == sum(1 for line in DEV.read_text().splitlines() if line.strip())
    assert report.f1 >= 0.95, report.lines(verbose=True)
    assert report.relevance_right / report.articles >= 0.95
    assert report.country_right / report.relevant_gold >= 0.95
    assert report.date_right / report.relevant_gold >= 0.9
    assert report.officials_found / report.officials_gold >= 0.9
    assert report.role_right / report.found >= 0.9, report.lines(verbose=True)
    assert report.totals_right / report.relevant_gold >= 0.9, report.lines(verbose=True)


PROJECT_DEV = Path(__file__).resolve().parent / "corpus" / "dev.jsonl"


def test_project_dev_half_meets_its_floors():
    """Regression floors a little under what the development half scores: a change that loses
    ground on it shows here (its articles were used to write the rules, so it says nothing of
    articles never seen: that is the held-out half's job, docs/EXTRACTION.md). The tenth to twenty-seventh
    rounds' 1,102 articles are only partly worked in, so the floors sit a little under what the whole
    half scores with them (docs/EXTRACTION.md, passes ten, thirteen to twenty)."""
    report = score_corpus(load_articles(PROJECT_DEV), run)
    assert set(report.languages) == {"en", "fr", "es", "ar", "fa"}
    assert report.articles >= 1373
    assert report.f1 >= 0.80, report.lines(verbose=True)
    assert report.role_right / report.found >= 0.85
    assert report.relevance_right / report.articles >= 0.97
    assert report.country_right / report.relevant_gold >= 0.93
    assert report.date_right / report.relevant_gold >= 0.83
    assert report.totals_right / report.relevant_gold >= 0.58
    assert report.officials_found / report.officials_gold >= 0.79
    for language, found in report.languages.items():
        assert found.officials_found > 0, f"no official found in {language}"
        assert found.f1 >= 0.77, (language, found.f1)


@needs_corpus
def test_dev_quotes_are_exact_substrings():
    for line in DEV.read_text().splitlines():
        row = json.loads(line)
        for figure in extract(row["text"]).figures:
            assert row["text"][figure.start : figure.end] == figure.quote
