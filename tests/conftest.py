"""Fixtures and make_* builders shared by the suite."""

import datetime
import functools
import itertools
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from releases.choices import EnteredBy, Kind, Metric, Qualifier, Status
from releases.ingest import tasks
from releases.models import Announcement, Figure, Official, Prisoner, PrisonerCategory, Source

_counter = itertools.count(1)


def make_source(**fields) -> Source:
    n = next(_counter)
    defaults = {
        "url": f"https://news.example.org/articles/{n}",
        "outlet": "Example News",
        "title": f"Article {n}",
        "language": "en",
        "text": f"Authorities pardoned {n * 100} prisoners on the national holiday.",
        "status": "extracted",
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def make_official(**fields) -> Official:
    n = next(_counter)
    defaults = {"name": f"Official Number{n}", "role": "spokesman", "country": "IR"}
    defaults.update(fields)
    return Official.objects.create(**defaults)


def make_announcement(*, figures=(), officials=(), categories=(), sources=None, **fields) -> Announcement:
    """An announcement (published unless told otherwise) with its figures.

    `figures` is a list of dicts of Figure fields; each gets the announcement's first source.
    """
    n = next(_counter)
    defaults = {
        "title": f"Announcement {n}",
        "kind": Kind.PARDON,
        "country": "IR",
        "announced_on": datetime.date(2020, 3, 18),
        "status": Status.PUBLISHED,
    }
    defaults.update(fields)
    announcement = Announcement.objects.create(**defaults)
    sources = list(sources) if sources is not None else [make_source()]
    announcement.sources.set(sources)
    announcement.officials.set(officials)
    announcement.categories.set([category_of(c) if isinstance(c, str) else c for c in categories])
    for figure in figures:
        make_figure(announcement=announcement, source=sources[0], **figure)
    announcement.refresh_search_text()
    return announcement


def make_figure(**fields) -> Figure:
    defaults = {"value": 100, "metric": Metric.PARDONED, "qualifier": Qualifier.EXACT, "entered_by": EnteredBy.EDITOR}
    defaults.update(fields)
    if isinstance(defaults.get("category"), str):
        defaults["category"] = category_of(defaults["category"])
    if "source" not in defaults:
        defaults["source"] = make_source()
    if "country" not in defaults and defaults.get("announcement"):
        defaults["country"] = defaults["announcement"].country
    return Figure.objects.create(**defaults)


def make_prisoner(**fields) -> Prisoner:
    n = next(_counter)
    defaults = {"name": f"Prisoner Number{n}"}
    defaults.update(fields)
    return Prisoner.objects.create(**defaults)


def page_totals(response) -> dict:
    """A page's totals table as {(period label, metric): value}, empty cells left out."""
    totals = response.context["totals"]
    return {
        (label, metric): value
        for label, values in totals.rows
        for (metric, _name), value in zip(totals.metrics, values, strict=True)
        if value is not None
    }


def category_of(slug: str) -> PrisonerCategory:
    return PrisonerCategory.objects.get(slug=slug)


@pytest.fixture(autouse=True)
def _rate_limits_off_unless_asked(request, settings):
    """Rate limits count per client address, and every test client has the same one: they
    apply only to tests marked `ratelimited`, which start from an empty count."""
    if request.node.get_closest_marker("ratelimited") is None:
        settings.RATE_LIMITS = {}


@pytest.fixture(autouse=True)
def _page_cache_off_unless_asked(request, settings):
    """A cached page is served without running its view, so it has no template context to
    inspect: whole pages are cached only in tests marked `pagecache`."""
    if request.node.get_closest_marker("pagecache") is None:
        settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _public_generation_read_afresh():
    """Each test reads the public generation from its own database: a value kept in the
    process from the test before (rolled back since) would serve that test's cached pages."""
    from releases.invalidation import forget_generation

    forget_generation()
    yield
    forget_generation()


@pytest.fixture(autouse=True)
def _default_language_each_test():
    """Each test starts in the default language and leaves it: a request to /fa/… leaves
    Persian active in the thread, and the next test's reverse() and labels followed it."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def editor(db, django_user_model):
    """A staff user in the Editors group."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", "editor@example.org", "correct-horse-battery", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


# --- The importer's news site: fixture feeds and pages served on loopback -----------------

INGEST_FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
HTML = "text/html; charset=utf-8"


class NewsSite:
    """Routes on a pytest-httpserver; feeds are templates with {base} for the server's URL."""

    def __init__(self, httpserver):
        self.server = httpserver
        self.base = httpserver.url_for("/").rstrip("/")

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, fixture: str | None = None, *, body: bytes | str = b"", content_type: str = HTML, **kw):
        if fixture:
            body = (INGEST_FIXTURES / fixture).read_bytes()
        self.server.expect_request(path).respond_with_data(body, content_type=content_type, **kw)
        return self.url(path)

    def feed(self, path: str, fixture: str, *, content_type: str = "application/rss+xml", **kw) -> str:
        body = (INGEST_FIXTURES / fixture).read_text().replace("{base}", self.base)
        self.server.expect_request(path).respond_with_data(body, content_type=content_type, **kw)
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.server.expect_request(path).respond_with_data("", status=status, headers={"Location": location})
        return self.url(path)


@pytest.fixture(scope="session")
def threaded_httpserver():
    """An HTTP server on loopback that answers requests in parallel (a slow page, or a worker
    fetching several articles at once, does not hold up the others)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def news_site(threaded_httpserver, settings):
    """The fixture articles behind the fixture feeds, on loopback, which the fetcher may reach."""
    settings.FETCH_ALLOW_PRIVATE_HOSTS = True
    threaded_httpserver.clear()
    site = NewsSite(threaded_httpserver)
    site.page("/world/2020/03/18/iran-pardons-10000-prisoners", "pardon-nowruz.html")
    site.page("/asia/2025/04/17/myanmar-new-year-amnesty", "amnesty-myanmar.html")
    site.page("/sport/2024/05/04/cup-semi-final", "football.html")
    site.page("/lantern/2020/03/19/khamenei-nowruz-clemency", "pardon-nowruz-second.html")
    site.page("/amp/world/2020/03/18/iran-pardons-10000-prisoners", "pardon-nowruz-amp.html")
    site.page("/es/2024/12/20/conmutacion", "commutation-latin1.html", content_type="text/html")
    return site


@pytest.fixture
def eager_tasks():
    """Celery tasks run in-process, exceptions raised, even when REDIS_URL names a broker."""
    from tracker.celery import app

    saved = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager = app.conf.task_eager_propagates = True
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved


@pytest.fixture
def public_records(db):
    """A small public record: the Iran March 2020 pardon (with its context prison population),
    two other published announcements, and a draft and a rejected one that must never show."""
    from types import SimpleNamespace

    spokesman = make_official(name="Gholamhossein Esmaili", role="judiciary spokesman", country="IR")
    wire = make_source(
        url="https://wire.example.net/iran-pardon-2020", outlet="Example Wire", title="Iran pardons prisoners"
    )
    daily = make_source(url="https://daily.example.com/nowruz-pardon", outlet="Example Daily", title="New Year pardon")
    iran = make_announcement(
        title="Iran pardons 10,000 prisoners for the New Year",
        country="IR",
        kind=Kind.PARDON,
        announced_on=datetime.date(2020, 3, 18),
        occasion="Nowruz",
        summary="The Supreme Leader ordered a pardon of prisoners, political detainees among them.",
        officials=[spokesman],
        categories=["political"],
        sources=[wire, daily],
        figures=[
            {"value": 10000, "metric": Metric.PARDONED, "quote": "will forgive 10,000 prisoners, including political detainees"},
            {"value": 85000, "metric": Metric.TEMPORARILY_RELEASED, "qualifier": Qualifier.APPROXIMATELY,
             "quote": "some 85,000 people had been let out on leave"},
        ],
    )  # fmt: skip
    population = make_figure(
        value=189500, metric=Metric.PRISON_POPULATION, country="IR", source=wire, announcement=None,
        as_of=datetime.date(2020, 3, 1), quote="about 189,500 people are held in its prisons",
    )  # fmt: skip
    myanmar = make_announcement(
        title="Myanmar frees thousands in a new year amnesty",
        country="MM",
        kind=Kind.AMNESTY,
        announced_on=datetime.date(2021, 4, 17),
        categories=["foreign_nationals"],
        figures=[{"value": 23000, "metric": Metric.RELEASED}, {"value": 55, "metric": Metric.RELEASED, "category": "foreign_nationals"}],
    )  # fmt: skip
    egypt = make_announcement(
        title="Egypt releases journalists held in pre-trial detention",
        country="EG",
        kind=Kind.RELEASE,
        announced_on=datetime.date(2020, 3, 25),
        categories=["journalists", "political"],
        figures=[{"value": 15, "metric": Metric.RELEASED, "category": "journalists"}],
    )  # fmt: skip
    hidden_official = make_official(name="Hidden Draftperson", role="minister", country="IR")
    draft = make_announcement(
        title="Unreviewed pardon of 77,777 prisoners",
        status=Status.DRAFT,
        officials=[hidden_official],
        categories=["political"],
        figures=[{"value": 77777, "metric": Metric.PARDONED, "quote": "pardon 77,777 people"}],
    )
    rejected = make_announcement(
        title="Rejected rumour of 55,555 releases",
        status=Status.REJECTED,
        categories=["political"],
        figures=[{"value": 55555, "metric": Metric.RELEASED, "quote": "release 55,555 inmates"}],
    )
    hidden_prisoner = make_prisoner(name="Hidden Detainee")
    hidden_prisoner.announcements.set([draft])
    return SimpleNamespace(
        iran=iran, myanmar=myanmar, egypt=egypt, draft=draft, rejected=rejected, population=population,
        spokesman=spokesman, hidden_official=hidden_official, hidden_prisoner=hidden_prisoner,
    )  # fmt: skip


@pytest.fixture
def fresh_cache():
    """An empty cache, so counts cached by an earlier test (same generation) cannot leak in."""
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _end_stray_database_sessions(django_db_setup, django_db_blocker):
    """Live-server and worker threads keep their own database connections, which would stop
    the test database from being dropped at the end; end them first."""
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


# Headless Chromium for the browser tests, and where they save screenshots (ignored by git).
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A browser named here wins; CI sets REQUIRE_BROWSER=true so the browser tests fail, never
# skip, when none is found (an install step that broke must not pass unnoticed).
BROWSER_VARIABLE = "CHROME_PATH"
REQUIRE_VARIABLE = "REQUIRE_BROWSER"
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
MAC_BROWSERS = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)
NO_BROWSER = (
    "BROWSER TESTS SKIPPED: no Chromium or Chrome found. Install one (Debian: apt-get install chromium; "
    "macOS: brew install --cask chromium; anywhere: .venv/bin/playwright install chromium), or set "
    f"{BROWSER_VARIABLE}=/path/to/chrome."
)


def playwright_chromium() -> str | None:
    """The Chromium that `playwright install chromium` downloaded, if it did."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as playwright:
        path = playwright.chromium.executable_path
    return path if path and os.path.exists(path) else None


@functools.cache
def find_browser() -> tuple[str | None, str]:
    """(path, how it was found): the variable, then a browser on PATH, the usual macOS
    places, and Playwright's own download; (None, why) when there is none."""
    named = os.environ.get(BROWSER_VARIABLE, "").strip()
    if named:
        found = shutil.which(named)
        if found:
            return found, f"${BROWSER_VARIABLE}"
        return None, f"${BROWSER_VARIABLE}={named} is not an executable"
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found, f"{name} on PATH"
    for path in MAC_BROWSERS:
        if os.access(path, os.X_OK):
            return path, path
    found = playwright_chromium()
    if found:
        return found, "Playwright's Chromium"
    return None, "none found"


def browser_required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "").strip().lower() in ("1", "true", "yes")


def chromium_or_skip() -> str:
    """The browser's path; else a loud skip, or a failure where a browser is required."""
    path, how = find_browser()
    if path is None:
        message = NO_BROWSER if how == "none found" else f"{NO_BROWSER} ({how})"
        if browser_required():
            pytest.fail(f"{message} {REQUIRE_VARIABLE} is set, so this is a failure.", pytrace=False)
        _browser_skips.append(message)
        pytest.skip(message)
    return path


_browser_skips: list[str] = []


def pytest_terminal_summary(terminalreporter):
    """One line at the end of the run, in red, that no browser test ran."""
    if _browser_skips:
        terminalreporter.write_line(f"{_browser_skips[0]} ({len(_browser_skips)} tests)", red=True, bold=True)


@pytest.fixture
def browser(monkeypatch):
    executable = chromium_or_skip()
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
    # test body are still synchronous and safe. Only for this test: subprocesses started
    # later must not inherit it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(exist_ok=True)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# --- Waiting on real workers and servers -------------------------------------------------


def wait_for(condition, *, timeout: float = 60, what: str = "it") -> None:
    """Poll `condition` until it holds; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


class Finished:
    """Counts fetch tasks the in-process worker finished, so the test can wait without
    reading the database (SQLite in memory allows one connection in at a time)."""

    def __init__(self):
        self.count, self.lock = 0, threading.Lock()

    def __call__(self, sender=None, **kwargs):
        if sender is not None and sender.name == tasks.fetch_source.name:
            with self.lock:
                self.count += 1

    def wait(self, expected: int, timeout: float = 60) -> None:
        wait_for(lambda: self.count >= expected, timeout=timeout, what=f"{expected} fetches")
