"""A task round-trips through a real worker: on Redis when REDIS_URL is set, else in memory."""

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from tracker.celery import app, ping


@pytest.fixture
def real_worker():
    """A worker thread consuming from the configured broker (tasks are not run eagerly)."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        app.conf.task_always_eager = eager


def test_broker_matches_the_settings():
    expected = settings.REDIS_URL or "memory://"
    assert app.conf.broker_url == expected
    assert app.conf.task_acks_late is True


def test_task_round_trips_through_a_real_worker(real_worker):
    result = ping.delay()
    assert result.get(timeout=20) == "pong"
    assert result.status == "SUCCESS"


PATTERNS_COMPILED_READING = """
import json, sys
import re._compiler
import tracker.celery
from celery.signals import worker_init

if sys.argv[1] == "init":
    worker_init.send(sender=None)
compiled = []
compile_pattern = re._compiler.compile
re._compiler.compile = lambda *args, **kwargs: compiled.append(1) or compile_pattern(*args, **kwargs)
from releases.extraction import extract

read = {}
for line in open("tests/corpus/heldout.jsonl", encoding="utf-8"):
    article = json.loads(line)
    if read.setdefault(article["language"], 0) < 2:
        read[article["language"]] += 1
        extract(article["text"], title=article.get("title", ""), url=article.get("url", ""))
print(len(read), len(compiled))
"""


@pytest.mark.parametrize("signal", ["init", "none"])
def test_a_worker_builds_the_extractors_tables_before_it_forks(signal):
    """The worker's parent builds the extractor's patterns at start (worker_init), so its forked
    processes do not each compile hundreds on their first articles."""
    import subprocess
    import sys
    from pathlib import Path

    project = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", PATTERNS_COMPILED_READING, signal],
        cwd=project, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    languages, compiled = map(int, done.stdout.split())
    assert languages == 5
    # Warmed, what is left is the names particular to those articles (a surname's own pattern).
    assert compiled < 40 if signal == "init" else compiled > 150
