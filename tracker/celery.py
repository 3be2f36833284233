"""The Celery application: settings come from Django's, under the CELERY_ namespace."""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
# The import jobs live in releases.ingest.tasks; their names stay "releases.tasks.<name>".
app.autodiscover_tasks(["releases.ingest"])


@app.task(name="tracker.ping")
def ping() -> str:
    """A task with no side effects, to check that a worker answers."""
    return "pong"


@worker_init.connect
def warm_extractor(**_kwargs) -> None:
    """Build the extractor's tables in the worker's parent, before it forks its processes:
    each then shares them instead of spending its first task (about a second) on its own."""
    from releases.extraction import warm

    warm()
