"""Per-client rate limits on the expensive public endpoints (search and exports).

A rule is (path pattern, limit, window in seconds[, query parameter]): with a parameter, it
counts only the requests that give it a value (`?q=` runs a full-text search wherever it
is, on the search page, the lists and the feed).

Counted in the cache, so every web process shares the count when the cache is Redis.
When the cache is unreachable the limit fails open: a public page is better served
unthrottled than not served.
"""

import functools
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse


def client_address(request: HttpRequest) -> str:
    """The client's address; behind RATE_LIMIT_PROXIES trusted proxies, read from X-Forwarded-For."""
    proxies = settings.RATE_LIMIT_PROXIES
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


class RateLimitMiddleware:
    """Answers 429 with Retry-After once a client passes a scope's limit within its window."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for name, pattern, limit, window, parameter in compiled_rules(tuple(settings.RATE_LIMITS.items())):
            if pattern.search(request.path) and (not parameter or request.GET.get(parameter, "").strip()):
                retry_after = self.over_limit(name, client_address(request), limit, window)
                if retry_after:
                    return too_many_requests(retry_after)
                break
        return self.get_response(request)

    @staticmethod
    def over_limit(name: str, address: str, limit: int, window: int) -> int:
        """Seconds until the client may try again, or 0 when under the limit."""
        window_start = int(time.time()) // window * window
        key = f"ratelimit:{name}:{address}:{window_start}"
        cache.add(key, 0, timeout=window + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # the key expired between add and incr: a new window
            return 0
        if count is None or count <= limit:  # None: cache unreachable, fail open
            return 0
        return max(1, window_start + window - int(time.time()))


@functools.lru_cache(maxsize=8)
def compiled_rules(rules: tuple) -> list[tuple[str, re.Pattern, int, int, str]]:
    compiled = []
    for name, (pattern, limit, window, *parameter) in rules:
        if limit > 0:
            compiled.append((name, re.compile(pattern), limit, window, parameter[0] if parameter else ""))
    return compiled


def too_many_requests(retry_after: int) -> HttpResponse:
    response = HttpResponse(
        f"Too many requests. Please wait {retry_after} seconds and try again.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(retry_after)
    return response
