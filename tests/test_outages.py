"""Outages: Redis stopped, PostgreSQL restarted. Pages keep serving, imports resume, nothing is lost.

These tests start and stop their own Redis and PostgreSQL servers on spare ports, as real
processes; the machine's own services are never touched.
"""

import contextlib
import datetime
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from glob import glob
from pathlib import Path

import kombu.pools
import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.test import override_settings

from releases import services
from releases.choices import SourceStatus
from releases.ingest import filing, tasks
from releases.models import Source
from tests.conftest import Finished, wait_for
from tracker.celery import app

pytestmark = pytest.mark.services
PROJECT = Path(__file__).resolve().parent.parent
needs_redis_server = pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway redis-server on a spare port that a test can stop and start again."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.answers, timeout=30, what="redis-server")

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        wait_for(lambda: not self.answers(), timeout=30, what="redis-server to stop")


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@needs_redis_server
def test_public_pages_serve_while_redis_is_down(client, public_records, redis_server):
    cache = {"BACKEND": "releases.cache.FailOpenRedisCache", "LOCATION": redis_server.url,
             "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}  # fmt: skip
    pages = ["/", "/announcements/?category=political", public_records.iran.get_absolute_url(), "/figures/"]
    with override_settings(CACHES={"default": cache}):
        from django.core.cache import cache as live_cache

        for url in pages:
            assert client.get(url).status_code == 200, url
        live_cache.set("probe", "up")
        assert live_cache.get("probe") == "up"

        redis_server.stop()
        for url in pages:
            response = client.get(url)
            assert response.status_code == 200, url
        assert "10,000" in client.get(public_records.iran.get_absolute_url()).content.decode()
        assert live_cache.get("probe") is None  # a miss, not an error

        redis_server.start()
        live_cache.set("probe", "back")
        assert live_cache.get("probe") == "back"
        assert client.get("/").status_code == 200


class Partition:
    """A TCP relay between the app and a Redis: cut() drops every connection and refuses new
    ones (a network partition: Redis keeps running, and keeps its data), heal() lets them
    through again."""

    def __init__(self, target_port: int):
        self.target_port, self.port = target_port, free_port()
        self.cut_off = threading.Event()
        self.links: list[socket.socket] = []
        self.server = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.cut_off.is_set():
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self.links += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if self.cut_off.is_set():
                    break
                sink.sendall(data)
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.cut_off.set()
        for sock in self.links:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self.links.clear()

    def heal(self) -> None:
        self.cut_off.clear()

    def close(self) -> None:
        self.cut()
        self.server.close()


@needs_redis_server
@pytest.mark.pagecache
def test_a_withdrawal_during_a_redis_partition_takes_the_record_off_the_cached_pages(
    client, public_records, redis_server, settings
):
    """The withdrawal's invalidation cannot be lost with the cache: the public generation is
    the database's, written in the withdrawal's own transaction."""
    settings.PAGE_CACHE_SECONDS = 300
    partition = Partition(redis_server.port)
    cache = {"BACKEND": "releases.cache.FailOpenRedisCache", "LOCATION": f"redis://127.0.0.1:{partition.port}/0",
             "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}  # fmt: skip
    record = public_records.iran
    pages = {"/": record.title, "/announcements/": record.title, record.get_absolute_url(): "10,000"}
    try:
        with override_settings(CACHES={"default": cache}):
            from django.core.cache import cache as live_cache

            for url, text in pages.items():
                assert text in client.get(url).content.decode(), url
            live_cache.set("probe", "up")
            assert live_cache.get("probe") == "up"

            partition.cut()
            assert live_cache.get("probe") is None  # the app cannot reach Redis
            services.announcements_withdraw(announcements=[record], reason="The count was not confirmed.")
            partition.heal()
            assert live_cache.get("probe") == "up"  # Redis kept what it had, the pages too

            assert client.get(record.get_absolute_url()).status_code == 410  # withdrawn, with its reason
            assert record.title not in client.get("/").content.decode()
            assert record.title not in client.get("/announcements/").content.decode()
    finally:
        partition.close()


def reset_broker_connections() -> None:
    """Drop pooled broker connections; the app makes a fresh pool on next use."""
    kombu.pools.reset()  # closes and forgets kombu's shared connection and producer pools
    app._pool = None  # what Celery does after a fork: new pools, built from the current settings
    app.amqp._producer_pool = None


@pytest.fixture
def broker_on(redis_server):
    """The Celery app pointed at the throwaway Redis, tasks not run eagerly."""
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = redis_server.url, False
    reset_broker_connections()
    app.conf.broker_transport_options = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
    yield redis_server
    app.conf.broker_url, app.conf.task_always_eager = saved
    app.conf.broker_transport_options = {}
    reset_broker_connections()


@needs_redis_server
def test_imports_fail_loudly_while_redis_is_down_and_resume_after(transactional_db, news_site, broker_on):
    url = news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners")
    broker_on.stop()
    source, created = filing.source_register(url=url)
    assert created and source.status == SourceStatus.NEW
    with pytest.raises(Exception) as failure:  # the enqueue itself fails: the caller hears of it
        tasks.fetch_source.apply_async((source.pk,), retry=False)
    assert "Connection" in type(failure.value).__name__ or "refused" in str(failure.value).lower()
    assert Source.objects.get(pk=source.pk).status == SourceStatus.NEW  # the article is kept

    broker_on.start()
    reset_broker_connections()
    Source.objects.filter(pk=source.pk).update(updated_at=source.updated_at - datetime.timedelta(hours=1))
    finished = Finished()  # the worker's signal: SQLite in memory takes one connection at a time
    task_postrun.connect(finished, weak=False)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20):
            tasks.poll_all_feeds.delay()  # beat's sweep finds the article left behind and fetches it
            finished.wait(1)
    finally:
        task_postrun.disconnect(finished)
    source.refresh_from_db()
    assert source.status == SourceStatus.EXTRACTED
    assert source.announcements.count() == 1
    assert Source.objects.count() == 1


def postgres_binaries() -> Path | None:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


needs_postgres_server = pytest.mark.skipif(
    postgres_binaries() is None or not shutil.which("runuser"), reason="PostgreSQL server binaries are not installed"
)


class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary folder, owned by the postgres user."""

    def __init__(self, folder: Path):
        self.bin, self.folder, self.port = postgres_binaries(), folder, free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, *args: str) -> None:
        # No pipes: the server pg_ctl starts would hold them open after pg_ctl returns.
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *args],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
        )  # fmt: skip

    def init(self) -> None:
        shutil.chown(self.folder, "postgres")
        self.run(str(self.bin / "initdb"), "-D", str(self.folder / "data"), "-A", "trust", "-U", "postgres")

    def pg_ctl(self, action: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "server.log")
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-l", log, "-o", options, "-w", "-m", "fast",
                 action)  # fmt: skip


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except urllib.error.URLError:
        return 0  # not listening (yet)


@needs_postgres_server
def test_web_process_recovers_after_postgresql_restarts():
    folder = Path(tempfile.mkdtemp(prefix="ct-pg-"))
    server = PostgresServer(folder)
    server.init()
    server.pg_ctl("start")
    web = None
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)}
        env.update(DATABASE_URL=server.url, DEBUG="false", SECRET_KEY="outage-test-" + "k" * 50,
                   ALLOWED_HOSTS="127.0.0.1", SECURE_SSL_REDIRECT="false", LOG_LEVEL="ERROR")  # fmt: skip
        for command in (["migrate", "--no-input", "-v0"], ["loaddemo"], ["collectstatic", "--no-input", "-v0"]):
            subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT, env=env, check=True, timeout=300)
        port = free_port()
        web = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "tracker.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "1"],
            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: get(f"{base}/healthz") == 200, timeout=60, what="gunicorn")
        assert get(f"{base}/announcements/") == 200

        server.pg_ctl("restart")  # every connection the web process held is now dead
        statuses = [get(f"{base}/announcements/") for _ in range(3)]
        assert statuses == [200, 200, 200]
        assert get(f"{base}/healthz") == 200
        assert web.poll() is None  # the same process, not restarted

        server.pg_ctl("stop")
        assert get(f"{base}/healthz") == 503  # says so while the database is away…
        server.pg_ctl("start")
        assert get(f"{base}/healthz") == 200  # …and is back without a restart
    finally:
        if web is not None:
            web.terminate()
            web.wait(timeout=10)
        with contextlib.suppress(subprocess.CalledProcessError):
            server.pg_ctl("stop")
        shutil.rmtree(folder, ignore_errors=True)


@needs_redis_server
def test_the_desk_says_the_queue_is_away_and_runs_what_was_asked_when_it_is_back(
    transactional_db, news_site, broker_on, client, django_user_model
):
    # With Redis stopped, the import form answered 500 and "poll now" 500 after 19 s, and
    # the article waited for the 30-minute sweep.
    from django.contrib.messages import get_messages
    from django.urls import reverse

    from releases.models import Feed

    # The Editors group is made by a migration, which this test's flushed database lacks.
    client.force_login(django_user_model.objects.create_superuser("desk", password="a-long-passphrase-1"))
    feed = Feed.objects.create(url=news_site.feed("/feed.xml", "news.rss"), name="Harbour Post")
    url = news_site.url("/world/2020/03/18/iran-pardons-10000-prisoners")
    broker_on.stop()
    started = time.monotonic()
    response = client.post(reverse("admin:releases_source_import"), {"url": url})
    assert response.status_code == 302
    assert "task queue is unreachable" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    source = Source.objects.get()
    assert source.status == SourceStatus.NEW and source.error == tasks.QUEUE_DOWN
    action = {"action": "poll_now", "_selected_action": [feed.pk]}
    response = client.post(reverse("admin:releases_feed_changelist"), action, follow=True)
    assert response.status_code == 200 and "task queue is unreachable" in response.content.decode()
    assert time.monotonic() - started < 10

    broker_on.start()
    reset_broker_connections()
    finished = Finished()
    task_postrun.connect(finished, weak=False)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20):
            tasks.send_waiting.delay()  # beat sends it every minute
            finished.wait(3)  # the article asked for, and the feed's two other entries
    finally:
        task_postrun.disconnect(finished)
    source.refresh_from_db()
    assert source.status == SourceStatus.EXTRACTED and source.error == ""
    assert Feed.objects.get(pk=feed.pk).last_polled_at is not None
    assert Source.objects.count() == 3
