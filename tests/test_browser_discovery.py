"""The browser tests find a browser the usual ways, and where there is none they say so in
one loud line, or fail where CI requires a browser: they never vanish quietly."""

import os
import stat

import pytest

from tests import conftest


@pytest.fixture
def nowhere(tmp_path, monkeypatch):
    """A machine with no browser: nothing on PATH, no variable, an empty Playwright cache."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(conftest.BROWSER_VARIABLE, raising=False)
    monkeypatch.delenv(conftest.REQUIRE_VARIABLE, raising=False)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "playwright"))
    conftest.find_browser.cache_clear()
    yield empty
    conftest.find_browser.cache_clear()
    conftest._browser_skips.clear()


def executable(path):
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_the_variable_names_the_browser(nowhere, tmp_path, monkeypatch):
    chrome = executable(tmp_path / "my-chrome")
    monkeypatch.setenv(conftest.BROWSER_VARIABLE, chrome)
    assert conftest.find_browser() == (chrome, "$CHROME_PATH")


def test_a_variable_naming_nothing_is_reported(nowhere, monkeypatch):
    monkeypatch.setenv(conftest.BROWSER_VARIABLE, "/no/such/chrome")
    path, how = conftest.find_browser()
    assert path is None and "/no/such/chrome is not an executable" in how


@pytest.mark.parametrize("name", ["chromium", "chromium-browser", "google-chrome"])
def test_a_browser_on_path_is_found(nowhere, name):
    found = executable(nowhere / name)
    assert conftest.find_browser() == (found, f"{name} on PATH")


def test_playwrights_own_chromium_is_found(nowhere, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        expected = playwright.chromium.executable_path  # where `playwright install` puts it
    os.makedirs(os.path.dirname(expected))
    executable(conftest.Path(expected))
    assert conftest.find_browser() == (expected, "Playwright's Chromium")


def test_no_browser_skips_with_a_line_saying_how_to_get_one(nowhere):
    with pytest.raises(pytest.skip.Exception) as skipped:
        conftest.chromium_or_skip()
    message = str(skipped.value)
    assert message.startswith("BROWSER TESTS SKIPPED") and "\n" not in message
    assert "apt-get install chromium" in message and "playwright install chromium" in message
    assert conftest._browser_skips == [message]  # repeated at the end of the run, in red


def test_no_browser_fails_where_one_is_required(nowhere, monkeypatch):
    monkeypatch.setenv(conftest.REQUIRE_VARIABLE, "true")
    with pytest.raises(pytest.fail.Exception) as failed:
        conftest.chromium_or_skip()
    assert "REQUIRE_BROWSER is set" in str(failed.value)


def test_ci_requires_the_browser():
    ci = (conftest.Path(__file__).parent.parent / ".ci" / "run").read_text()
    assert f"export {conftest.REQUIRE_VARIABLE}=true" in ci
