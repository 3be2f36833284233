"""SQL queries each public page runs against the seeded database (compare with the test budgets)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from releases.models import Announcement  # noqa: E402


def main() -> None:
    announcement = Announcement.objects.published().first()
    pages = {
        "timeline": "/",
        "filtered list": "/announcements/?kind=pardon&category=political&q=amnesty",
        "announcement": announcement.get_absolute_url(),
        "figures": "/figures/?metric=pardoned",
        "official": announcement.officials.first().get_absolute_url(),
        "country": f"/countries/{announcement.country.code}/",
        "search": "/search/?q=amnesty",
    }
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{Announcement.objects.published().count()} published announcements")
    for name, path in pages.items():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path, secure=False).status_code
        print(f"{name:15} {status} {len(queries):3d} queries (cold cache)  {path}")


if __name__ == "__main__":
    main()
