"""The importer through real workers: a worker thread on the configured broker (Redis when
REDIS_URL is set, memory otherwise), and worker processes on Redis that are killed mid-task."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.conf import settings
from django.db import connection
from werkzeug import Response

from releases.choices import SourceStatus, Status
from releases.ingest import tasks
from releases.models import Announcement, Feed, Figure, Source
from tests.conftest import Finished, wait_for
from tracker.celery import app

IRAN = "/world/2020/03/18/iran-pardons-10000-prisoners"
MYANMAR = "/asia/2025/04/17/myanmar-new-year-amnesty"
LANTERN = "/lantern/2020/03/19/khamenei-nowruz-clemency"
FINAL = {SourceStatus.EXTRACTED, SourceStatus.IGNORED, SourceStatus.FAILED}
PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def worker_thread(transactional_db, news_site):
    """A real worker consuming from the configured broker (tasks are not run eagerly): two
    threads on PostgreSQL, so tasks really run at once; one on SQLite, which takes one writer."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    app.control.purge()
    finished = Finished()
    task_postrun.connect(finished, weak=False)
    pool = {"pool": "threads", "concurrency": 2} if connection.vendor == "postgresql" else {"pool": "solo"}
    try:
        with start_worker(app, perform_ping_check=False, shutdown_timeout=20, **pool):
            yield finished
    finally:
        task_postrun.disconnect(finished)
        app.conf.task_always_eager = eager


def test_a_feed_fills_the_review_queue_through_a_worker(worker_thread, news_site):
    Feed.objects.create(url=news_site.feed("/world.rss", "news.rss"))
    Feed.objects.create(url=news_site.feed("/lantern.atom", "wire.atom", content_type="application/atom+xml"))
    tasks.poll_all_feeds.delay()
    worker_thread.wait(4)
    assert dict(Source.objects.values_list("url", "status")) == {
        news_site.url(IRAN): SourceStatus.EXTRACTED,
        news_site.url(MYANMAR): SourceStatus.EXTRACTED,
        news_site.url(LANTERN): SourceStatus.EXTRACTED,
        news_site.url("/sport/2024/05/04/cup-semi-final"): SourceStatus.IGNORED,
    }
    iran = Announcement.objects.get(country="IR")
    assert iran.status == Status.DRAFT and iran.sources.count() == 2
    assert Announcement.objects.count() == 2
    # Polling again through the worker files nothing new.
    figures = Figure.objects.count()
    assert tasks.poll_all_feeds.delay().get(timeout=30) == 2
    time.sleep(1)
    assert worker_thread.count == 4
    assert (Source.objects.count(), Announcement.objects.count(), Figure.objects.count()) == (4, 2, figures)


def test_the_same_task_twice_at_once_files_once(worker_thread, news_site):
    source = Source.objects.create(url=news_site.url(IRAN))
    first, second = tasks.fetch_source.delay(source.pk), tasks.fetch_source.delay(source.pk)
    assert {first.get(timeout=30), second.get(timeout=30)} == {SourceStatus.EXTRACTED}
    assert Announcement.objects.count() == 1
    assert Figure.objects.filter(source=source, value=10_000).count() == 1


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite in memory cannot take two writers at once")
def test_two_copies_of_a_task_racing_in_threads_file_once(transactional_db, news_site):
    """Both copies fetch, then race to file: the conditional claim lets one through."""
    source = Source.objects.create(url=news_site.url(IRAN))
    barrier, results = threading.Barrier(2), []

    def copy():
        barrier.wait()
        try:
            results.append(tasks.fetch_source(source.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=copy) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == [SourceStatus.EXTRACTED] * 2
    assert Announcement.objects.count() == 1 and Figure.objects.filter(value=10_000).count() == 1


# --- A worker process killed with SIGKILL in the middle of a task ---------------------------

needs_redis = pytest.mark.skipif(
    not settings.REDIS_URL or connection.vendor != "postgresql",
    reason="a worker process needs the Redis broker and a database it can share (PostgreSQL)",
)


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker_process(name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "FETCH_ALLOW_PRIVATE_HOSTS": "true",
        # Unacknowledged messages of a dead worker come back after this many seconds.
        "CELERY_VISIBILITY_TIMEOUT": "3",
        "DB_CONN_MAX_AGE": "0",
    }
    command = [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-P", "solo", "-n", f"{name}@%h"]
    command += ["--without-mingle", "--without-gossip", "-l", "WARNING"]
    return subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture
def worker_processes():
    started: list[subprocess.Popen] = []
    app.control.purge()

    def start(name: str) -> subprocess.Popen:
        started.append(start_worker_process(name))
        return started[-1]

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


@needs_redis
@pytest.mark.services
def test_a_worker_killed_mid_task_has_it_redelivered(transactional_db, news_site, worker_processes):
    """The first worker dies with SIGKILL while fetching; acks_late keeps the message, Redis
    hands it to the next worker, which files the article once."""
    arrived, requests = threading.Event(), []

    def slow_first_time(request):
        requests.append(time.monotonic())
        if len(requests) == 1:
            arrived.set()
            time.sleep(30)  # the worker is killed while it waits here
        body = (news_site_fixture / "pardon-nowruz.html").read_bytes()
        return Response(body, content_type="text/html; charset=utf-8")

    news_site_fixture = PROJECT / "tests" / "fixtures" / "ingest"
    news_site.server.expect_request("/slow" + IRAN).respond_with_handler(slow_first_time)
    source = Source.objects.create(url=news_site.url("/slow" + IRAN))
    tasks.fetch_source.delay(source.pk)

    first = worker_processes("doomed")
    assert arrived.wait(60), "the first worker never started the task"
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    source.refresh_from_db()
    assert source.status == SourceStatus.FETCHING  # cut off mid-task

    time.sleep(3.5)  # past the visibility timeout: the message is due to come back
    worker_processes("survivor")
    wait_for(lambda: Source.objects.get(pk=source.pk).status in FINAL, timeout=60, what="the redelivered task")
    source.refresh_from_db()
    assert source.status == SourceStatus.EXTRACTED and len(requests) == 2
    assert Source.objects.count() == 1 and Announcement.objects.count() == 1
    assert Figure.objects.filter(source=source, value=10_000).count() == 1
