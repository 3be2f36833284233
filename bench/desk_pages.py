"""The editors' desk at a year's size, measured from outside: each list page (sources, the
review queue, announcements) with its search, filters and a later page, over HTTP from a
running server as a logged-in superuser. Every URL is a first visit (the desk has no page
cache); p50 and p95 over them, and the slowest.

    .venv/bin/python bench/desk_pages.py http://127.0.0.1:8765 [--repeat 1]
"""

import argparse
import os
import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

SOURCES = "/admin/releases/source/"
ANNOUNCEMENTS = "/admin/releases/announcement/"
# A page that takes longer is reported with the time it was given up after.
TIMEOUT = 120


def desk_paths() -> dict[str, list[str]]:
    from releases.models import Feed, Source

    feed = Feed.objects.order_by("pk").values_list("pk", flat=True).first() or 0
    outlet = Source.objects.order_by("-published_at").values_list("outlet", flat=True).first() or "x"
    words = ["amnesty", "pardon", "election", "released", "strike"]
    return {
        "sources": [SOURCES, f"{SOURCES}?p=20", f"{SOURCES}?p=200", f"{SOURCES}?language=en"],
        "sources, status": [f"{SOURCES}?status__exact={s}" for s in ("failed", "ignored", "extracted", "fetched")],
        "sources, feed or outlet": [
            f"{SOURCES}?feed__id__exact={feed}",
            f"{SOURCES}?outlet={outlet.replace(' ', '+')}",
            f"{SOURCES}?status__exact=failed&feed__id__exact={feed}",
        ],  # fmt: skip
        "sources, search": [f"{SOURCES}?q={w}" for w in words] + [f"{SOURCES}?q=bench.example%2Fwire"],
        "review queue": [ANNOUNCEMENTS, f"{ANNOUNCEMENTS}?p=2", f"{ANNOUNCEMENTS}?q=amnesty"],
        "announcements": [
            f"{ANNOUNCEMENTS}?status__exact=all",
            f"{ANNOUNCEMENTS}?status__exact=published&p=100",
            f"{ANNOUNCEMENTS}?status__exact=all&kind__exact=pardon",
            f"{ANNOUNCEMENTS}?status__exact=all&country__exact=IR",
        ],  # fmt: skip
        "announcements, search": [f"{ANNOUNCEMENTS}?status__exact=all&q={w}" for w in words],
    }


def session_cookie() -> str:
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _created = get_user_model().objects.get_or_create(
        username="bench-desk", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    # With STAFF_REQUIRE_2FA (on when DEBUG is off) a session is the desk's only once a second
    # factor has verified it: mark it verified by a confirmed authenticator, as signing in with a
    # code does (without it every desk page was the two-factor page).
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return f"sessionid={session.session_key}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--each", action="store_true", help="print every page's time too")
    options = parser.parse_args()
    import django

    django.setup()
    cookie = session_cookie()
    everything = []
    for name, paths in desk_paths().items():
        times = []
        for path in paths:
            request = urllib.request.Request(options.base + path, headers={"Cookie": cookie})
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                    body = response.read()
                    if (
                        response.status != 200
                        or b'id="result_list"' not in body
                        and b"0 sources" not in body
                        and b"0 announcements" not in body
                    ):
                        print(f"   {path}: unexpected answer {response.status}")
            except OSError as error:  # a timeout or a server error: counted, and the run goes on
                print(f"   {path}: {error}")
            times.append((time.perf_counter() - started) * 1000)
            if options.each:
                print(f"   {times[-1]:7.1f} ms  {path}")
        everything += zip(times, paths, strict=True)
        print(f"{name:24} p50 {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms   ({len(times)} pages)")
    times = sorted(t for t, _path in everything)
    slowest = max(everything)
    print(
        f"{'all desk pages':24} p50 {statistics.median(times):7.1f} ms   p95 {times[int(len(times) * 0.95) - 1]:7.1f} ms"
    )
    print(f"slowest: {slowest[1]} {slowest[0]:.0f} ms")


if __name__ == "__main__":
    main()
