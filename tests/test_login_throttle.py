"""Failed admin logins are throttled per client address."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def attempt(client, password: str, address: str = "192.0.2.10"):
    return client.post(
        reverse("admin:login"),
        {"username": "editor", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_wrong_passwords_lock_the_address_out(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    locked = attempt(client, "wrong")
    assert locked.status_code == 429
    # Even the right password is refused while the address is locked out…
    assert attempt(client, "correct-horse-battery").status_code == 429
    # …but another address may still sign in.
    assert attempt(client, "correct-horse-battery", address="192.0.2.99").status_code == 302


def test_a_right_password_signs_in_and_resets_the_count(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "correct-horse-battery").status_code == 302
    client.logout()
    attempt(client, "wrong")
    assert attempt(client, "wrong").status_code == 200
