"""Two-factor sign-in for staff, through the admin's real sign-in form: a password alone does
not reach the desk, a code from the app (computed here from the secret the enrolment page
shows) or a recovery code does, once; reset_2fa takes the devices away."""

import hmac
import re
import time
from base64 import b32decode
from hashlib import sha1

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


def totp(secret: str, at: float | None = None) -> str:
    """RFC 6238 with the defaults every app uses (SHA-1, 30 s, 6 digits), written out here
    so the test does not trust the library it checks."""
    counter = int((time.time() if at is None else at) // 30)
    mac = hmac.new(b32decode(secret), counter.to_bytes(8, "big"), sha1).digest()
    offset = mac[-1] & 0x0F
    return f"{(int.from_bytes(mac[offset : offset + 4], 'big') & 0x7FFFFFFF) % 1_000_000:06d}"


@pytest.fixture
def required(settings):
    settings.STAFF_REQUIRE_2FA = True
    return settings


def sign_in(client, code: str = "", address: str = "192.0.2.10"):
    data = {"username": "editor", "password": PASSWORD, "next": "/admin/", "otp_token": code}
    return client.post(reverse("admin:login"), data, REMOTE_ADDR=address)


def enrol(client) -> tuple[str, list[str]]:
    """Sign in with the password, set up the app from the page's secret; (secret, codes)."""
    assert sign_in(client).status_code == 302
    page = client.get(reverse("admin:two_factor_enrol"))
    assert page.status_code == 200
    secret = re.search(r'<code id="otp-secret">([A-Z2-7=]+)</code>', page.content.decode()).group(1)
    assert f"secret={secret}" in page.content.decode()  # the otpauth:// address carries it too
    done = client.post(reverse("admin:two_factor_enrol"), {"otp_token": totp(secret)})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == 10
    client.logout()
    return secret, codes


def reaches_desk(client) -> bool:
    return client.get(reverse("admin:index")).status_code == 200


def test_a_staff_account_without_a_device_is_sent_to_enrolment_and_nowhere_else(client, editor, required):
    response = sign_in(client)
    assert response.status_code == 302
    # Every desk page sends it through the sign-in page to the enrolment page.
    changelist = client.get(reverse("admin:releases_announcement_changelist"))
    assert changelist.status_code == 302 and changelist["Location"].startswith(reverse("admin:login"))
    login_page = client.get(changelist["Location"])
    assert login_page.status_code == 302 and login_page["Location"] == reverse("admin:two_factor_enrol")
    assert not reaches_desk(client)
    # A wrong first code confirms nothing and shows the same secret again.
    page = client.post(reverse("admin:two_factor_enrol"), {"otp_token": "000000"})
    assert b"wrong or expired" in page.content and b"otp-secret" in page.content
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert not reaches_desk(client)


def test_enrolment_shows_recovery_codes_once_and_opens_the_desk(client, editor, required):
    sign_in(client)
    secret = re.search(r'id="otp-secret">(\w+)<', client.get(reverse("admin:two_factor_enrol")).content.decode())[1]
    done = client.post(reverse("admin:two_factor_enrol"), {"otp_token": totp(secret)})
    assert done.status_code == 200 and "no-store" in done["Cache-Control"]
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert reaches_desk(client)
    # Coming back to the page shows neither the secret nor the codes again.
    again = client.get(reverse("admin:two_factor_enrol"))
    assert again.status_code == 302 and again["Location"] == reverse("admin:index")


def test_a_password_alone_does_not_reach_the_desk_once_enrolled(client, editor, required):
    enrol(client)
    response = sign_in(client)
    assert response.status_code == 200  # the form again
    assert b"Enter the code from your authenticator app" in response.content
    assert not reaches_desk(client)
    assert b"That code is wrong" in sign_in(client, "000000").content
    assert not reaches_desk(client)


def test_the_apps_current_code_signs_in(client, editor, required):
    secret, _ = enrol(client)
    # The enrolment used this 30 s step's code; a code is good once, so sign in with the next
    # step's, which the one-step tolerance accepts.
    response = sign_in(client, totp(secret, time.time() + 30))
    assert response.status_code == 302
    assert reaches_desk(client)


def test_a_recovery_code_signs_in_once(client, editor, required):
    _, codes = enrol(client)
    assert sign_in(client, codes[0].upper()).status_code == 302  # as typed from paper
    assert reaches_desk(client)
    client.logout()
    assert sign_in(client, codes[0]).status_code == 200
    assert not reaches_desk(client)
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_recovery_codes_are_stored_as_keyed_digests(client, editor, required):
    """A copy of the database gives no code: what is stored is each code's HMAC under the key."""
    from releases.desk.signin import recovery_digest

    _, codes = enrol(client)
    stored = set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert not stored & set(codes)
    assert stored == {recovery_digest(code) for code in codes}
    assert recovery_digest(codes[0], "another key") not in stored


def test_a_recovery_code_made_before_the_key_changed_still_signs_in(client, editor, required):
    _, codes = enrol(client)
    old_key = required.SECRET_KEY
    required.SECRET_KEY, required.SECRET_KEY_FALLBACKS = "a-new-secret-key-" + "x" * 40, [old_key]
    assert sign_in(client, codes[1]).status_code == 302
    assert reaches_desk(client)
    client.logout()
    required.SECRET_KEY_FALLBACKS = []  # the old key retired: its codes go with it
    assert sign_in(client, codes[2]).status_code == 200
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_codes_issued_before_digests_are_converted_by_the_migration(editor):
    """Codes stored as themselves (before migration 0020) become digests and still sign in once."""
    import importlib

    from django.apps import apps
    from django_otp.plugins.otp_static.models import StaticDevice

    from releases.desk.signin import recovery_digest, verified_device

    device = StaticDevice.objects.create(user=editor, name="recovery codes", confirmed=True)
    StaticToken.objects.create(device=device, token="abcd2345")
    StaticToken.objects.create(device=device, token=recovery_digest("efgh6789"))
    migration = importlib.import_module("releases.migrations.0020_recovery_code_digests")
    migration.digest_codes(apps, None)
    assert set(device.token_set.values_list("token", flat=True)) == {
        recovery_digest("abcd2345"),
        recovery_digest("efgh6789"),
    }
    assert verified_device(editor, "abcd2345") == device
    assert verified_device(editor, "abcd2345") is None


def test_reset_2fa_removes_the_devices_and_unverifies_their_sessions(client, editor, required, capsys):
    _, codes = enrol(client)
    sign_in(client, codes[0])
    assert reaches_desk(client)
    call_command("reset_2fa", "editor")
    assert "Removed 2 two-factor device(s)" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert not reaches_desk(client)  # the session's device is gone
    assert client.get(reverse("admin:login"))["Location"] == reverse("admin:two_factor_enrol")
    with pytest.raises(CommandError, match="No account named 'nobody'"):
        call_command("reset_2fa", "nobody")


def test_wrong_codes_count_towards_the_address_lockout(client, editor, required):
    required.AXES_FAILURE_LIMIT = 3
    required.OTP_STATIC_THROTTLE_FACTOR = 0  # the lockout, not the device's own slowdown, is tested
    enrol(client)
    assert sign_in(client, "aaaaaaaa").status_code == 200
    assert sign_in(client, "bbbbbbbb").status_code == 200
    assert sign_in(client, "cccccccc").status_code == 429
    # Another address, with a password but no code, gets the form, not the lockout.
    assert sign_in(client, address="192.0.2.99").status_code == 200


def test_without_the_setting_a_password_signs_in_as_before(client, editor, settings):
    settings.STAFF_REQUIRE_2FA = False
    login_page = client.get(reverse("admin:login"))
    assert b'name="otp_token"' not in login_page.content
    assert sign_in(client).status_code == 302
    assert reaches_desk(client)
