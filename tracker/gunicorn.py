"""Gunicorn settings for the web service: `gunicorn -c python:tracker.gunicorn tracker.wsgi`.

The image, docker-compose and the benchmark use it; command-line flags still override it.
Each worker, once it has loaded the application, renders nothing but loads what the first
requests would (URL patterns, views, templates), then freezes the garbage collector's view
of everything alive at that point. The collector's full passes then walk only objects made
since, instead of the whole framework: without it one request in a hundred on the filtered
list paid a 100-250 ms pause (docs/PERFORMANCE.md).
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# A large export streams for a few seconds; a stuck request is still cut off.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")


def warm_up() -> None:
    """Import and compile what serving needs, so it is made before the freeze."""
    from django.template.loader import get_template
    from django.urls import get_resolver

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 - imports every view module
    resolver.reverse_dict  # noqa: B018 - builds the reverse lookup tables
    for name in ("timeline", "announcement_list", "announcement_detail", "figure_list", "search", "bad_request"):
        get_template(f"releases/{name}.html")


def post_worker_init(worker) -> None:
    warm_up()
    gc.collect()
    gc.freeze()
