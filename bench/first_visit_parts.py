"""Where a first visit's time goes, per page: SQL, template, and the rest (Python).

    python bench/first_visit_parts.py PATHS_DIR [N]   (after bench/make_paths.py)

For the announcement pages and the filtered lists of the benchmark, in process (Django's test
client, page cache cleared before each page): the whole response, the time PostgreSQL spent
answering (as the database connection sees it), and the template alone. The template alone is
measured by rendering the same context a second time, when every read has been made: what the
page costs to write out with nothing left to fetch. Prints medians over N pages (200).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

import django.template.loader  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

WARM_UP = 10  # pages read first, so that templates are compiled and the connection open


def measure(paths: list[str]) -> dict[str, float]:
    """Median milliseconds of the whole response, its SQL, its template alone and the rest."""
    render = django.template.loader.render_to_string
    template_alone: list[float] = []

    def render_twice(*args, **kwargs):
        render(*args, **kwargs)
        started = time.perf_counter()
        out = render(*args, **kwargs)
        template_alone.append(1000 * (time.perf_counter() - started))
        return out

    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths[-WARM_UP:]:
        client.get(path)
    whole, sql = [], []
    django.template.loader.render_to_string = render_twice
    try:
        for path in paths:
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(path)
                elapsed = 1000 * (time.perf_counter() - started)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code}")
            sql.append(sum(1000 * float(query["time"]) for query in queries.captured_queries))
            # The second render is not part of what a visitor waits for.
            whole.append(elapsed - template_alone[-1])
    finally:
        django.template.loader.render_to_string = render
    rest = [w - s - t for w, s, t in zip(whole, sql, template_alone[len(template_alone) - len(whole) :], strict=True)]
    return {
        "whole": statistics.median(whole),
        "sql": statistics.median(sql),
        "template": statistics.median(template_alone[-len(whole) :]),
        "rest": statistics.median(rest),
    }


def main(paths_dir: Path, count: int) -> None:
    for scenario in ("announcement", "filtered"):
        paths = (paths_dir / f"{scenario}.txt").read_text().split()[:count]
        parts = measure(paths)
        print(
            f"{scenario:12} first visit p50 {parts['whole']:.1f} ms: SQL {parts['sql']:.1f} ms, "
            f"template alone {parts['template']:.1f} ms, the rest {parts['rest']:.1f} ms ({len(paths)} pages)"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200)
