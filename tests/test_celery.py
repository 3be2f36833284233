"""A task round-trips through a real worker: on Redis when REDIS_URL is set, else in memory."""

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from tracker.celery import app, ping


@pytest.fixture
def real_worker():
    """A worker thread consuming from the configured broker (tasks are not run eagerly)."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        app.conf.task_always_eager = eager


def test_broker_matches_the_settings():
    expected = settings.REDIS_URL or "memory://"
    assert app.conf.broker_url == expected
    assert app.conf.task_acks_late is True


def test_task_round_trips_through_a_real_worker(real_worker):
    result = ping.delay()
    assert result.get(timeout=20) == "pong"
    assert result.status == "SUCCESS"
