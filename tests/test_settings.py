"""Settings come from the environment: embedded defaults without it, services with it."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = (
    "import json, django; from django.conf import settings; django.setup();"
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'],"
    " 'conn_max_age': settings.DATABASES['default'].get('CONN_MAX_AGE'),"
    " 'health': settings.DATABASES['default'].get('CONN_HEALTH_CHECKS'),"
    " 'eager': settings.CELERY_TASK_ALWAYS_EAGER, 'broker': settings.CELERY_BROKER_URL,"
    " 'cache': settings.CACHES['default']['BACKEND'], 'ssl_redirect': settings.SECURE_SSL_REDIRECT,"
    " 'hsts': settings.SECURE_HSTS_SECONDS, 'two_factor': settings.STAFF_REQUIRE_2FA}))"
)
# What the app reads, plus what test tools may have set in this process (browser tests set
# DJANGO_ALLOW_ASYNC_UNSAFE, which a deployment must not have).
VARIABLES = [
    "DATABASE_URL", "REDIS_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT",
    "STAFF_REQUIRE_2FA", "DJANGO_ALLOW_ASYNC_UNSAFE",
]  # fmt: skip


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    clean["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    clean.update(env)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)


def settings_with(**env: str) -> dict:
    result = run_python(PROBE, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_no_variables_means_sqlite_eager_tasks_and_memory_cache():
    found = settings_with()
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["eager"] is True
    assert found["broker"] == "memory://"
    assert found["cache"].endswith("LocMemCache")
    assert found["two_factor"] is False  # make run: the editor signs in with a password


def test_database_and_redis_urls_mean_postgresql_and_redis():
    found = settings_with(DATABASE_URL="postgres://u:p@db.example:5432/t", REDIS_URL="redis://cache.example:6379/0")
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["conn_max_age"] > 0 and found["health"] is True
    assert found["eager"] is False
    assert found["broker"] == "redis://cache.example:6379/0"
    assert found["cache"] == "releases.cache.FailOpenRedisCache"


def test_secret_key_is_required_when_debug_is_off():
    result = run_python(PROBE, DEBUG="false", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is false" in result.stderr


def test_booleans_accept_only_true_or_false():
    result = run_python(PROBE, DEBUG="yes")
    assert result.returncode != 0
    assert "DEBUG must be 'true' or 'false'" in result.stderr


def test_production_defaults_are_secure_and_ssl_redirect_can_be_turned_off():
    production = {"DEBUG": "false", "SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "example.org"}
    found = settings_with(**production)
    assert found["ssl_redirect"] is True and found["hsts"] >= 31536000
    assert found["two_factor"] is True  # staff need a second factor
    assert settings_with(**production, SECURE_SSL_REDIRECT="false")["ssl_redirect"] is False


def test_check_deploy_is_clean_under_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="tracker.example.org")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_dead_workers_task_comes_back_within_a_minute_and_never_twice_while_alive(settings):
    # Redis gives an unacknowledged task to another worker after the visibility timeout: a
    # SIGKILLed worker's articles waited 600 s. A shorter timeout is safe only if no task
    # runs, or waits for its retry, as long (it would then run twice).
    redelivery = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert redelivery <= 60
    assert settings.FETCH_DEADLINE < settings.CELERY_TASK_SOFT_TIME_LIMIT < settings.CELERY_TASK_TIME_LIMIT
    assert redelivery > settings.CELERY_TASK_TIME_LIMIT
    assert redelivery > settings.FETCH_RETRY_MAX_WAIT


def test_what_editors_asked_while_redis_was_away_is_sent_within_a_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["send-waiting"]
    assert entry["task"] == "releases.tasks.send_waiting" and entry["schedule"] <= 60
