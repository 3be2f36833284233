"""The import benchmark's articles (bench/bench_import.py) are what its rates are read against:
each must be a story the importer files, and different stories must not look like copies of
one another, or a store kept over runs compares every new article with the earlier runs' ones
and the rate into it falls for a reason no real feed has."""

import importlib.util
import itertools
import os
from pathlib import Path

import pytest

from releases.extraction import extract
from releases.ingest.pages import parse_page
from releases.records import wire

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_import.py"


@pytest.fixture(scope="module")
def bench_import():
    saved = dict(os.environ)  # the script sets its own database and broker defaults
    try:
        spec = importlib.util.spec_from_file_location("bench_import", BENCH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return module


@pytest.fixture(scope="module")
def texts(bench_import):
    # Two runs, as a kept store holds: every story of a country, the most alike there are.
    pages = [bench_import.article(n, run) for run in ("run-a", "run-b") for n in range(0, 90, 6)]
    return [parse_page(page.decode(), url="http://127.0.0.1/story").text for page in pages]


def test_every_article_is_a_story_the_importer_files(texts):
    for text in texts:
        result = extract(text)
        assert result.relevant and result.country == "IR" and result.kinds
        assert {f.value for f in result.figures} & {int(w.replace(",", "")) for w in text.split() if w[:1].isdigit()}


def test_different_stories_rarely_share_a_wire_band(texts):
    assert len(set(texts)) == len(texts)
    bands = [set(wire.text_bands(text)) for text in texts]
    pairs = list(itertools.combinations(range(len(texts)), 2))
    shared = [(a, b) for a, b in pairs if bands[a] & bands[b]]
    assert len(shared) <= len(pairs) // 50  # one template with other numbers: nearly every pair
    most_alike = max(wire.jaccard(wire.shingles(a), wire.shingles(b)) for a, b in itertools.combinations(texts, 2))
    assert most_alike < 0.3
