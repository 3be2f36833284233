"""Two-factor sign-in in headless Chromium: the sign-in page with its code field, the
enrolment page, the recovery codes, then the desk; no Content-Security-Policy violation."""

import time

import pytest

from tests.conftest import ARTIFACTS
from tests.test_browser_desk import OVERFLOW
from tests.test_two_factor import PASSWORD, totp

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_editor_enrols_and_signs_in_with_a_code(browser, editor, live_server, settings):
    settings.STAFF_REQUIRE_2FA = True
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    csp_errors = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp_errors.append(f"{page.url} {m.text}"))

    def sign_in(code: str) -> None:
        page.goto(live_server.url + "/admin/login/?next=/admin/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", PASSWORD)
        page.fill("#id_otp_token", code)
        page.click("input[type=submit]")

    sign_in("")
    assert page.url.endswith("/admin/two-factor/")  # no app yet: set one up
    secret = page.inner_text("#otp-secret")
    assert page.inner_text("#otp-uri").startswith("otpauth://totp/Clemency%20Tracker%3Aeditor?secret=" + secret)
    page.screenshot(path=str(ARTIFACTS / "two-factor-enrol.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 900})  # a phone: the long address wraps
    assert page.evaluate(OVERFLOW) <= 0, "the enrolment page scrolls sideways at 390 px"
    page.screenshot(path=str(ARTIFACTS / "two-factor-enrol-phone.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.fill("#id_otp_token", totp(secret))
    page.click("input[type=submit]")
    codes = page.locator(".recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.goto(live_server.url + "/admin/")
    assert page.locator("#review-queue").count() == 1  # the desk's home page

    page.context.clear_cookies()
    sign_in("")  # a password alone, now that the account has an app
    assert "/admin/login/" in page.url and "Enter the code" in page.inner_text(".errornote")
    sign_in(totp(secret, time.time() + 30))  # the next step's code: this step's was used
    assert page.url == live_server.url + "/admin/"
    page.screenshot(path=str(ARTIFACTS / "two-factor-desk.png"), full_page=True)
    assert csp_errors == []
