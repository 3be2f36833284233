"""What /healthz checks: the database and, when configured, Redis."""

from django.conf import settings
from django.db import connection


def check_services() -> list[str]:
    """Names and errors of the services that do not answer; empty when all do."""
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any driver error means the database is not answering
        problems.append(f"database: {error}")
    if settings.REDIS_URL:
        import redis

        try:
            redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=2).ping()
        except (redis.exceptions.RedisError, OSError) as error:
            problems.append(f"redis: {error}")
    return problems
