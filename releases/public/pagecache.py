"""Public pages served from the cache, with conditional GET.

A page's identity is its absolute URL, the language, whether htmx asked for the fragment,
the day (the citation shows an access date) and the public generation, which any change
to what is public replaces (releases/invalidation.py: a database row, so a change made while
the cache was unreachable still leaves the pages cached before it unreachable). That identity is the ETag, known before the
view runs: a client that has the page gets 304 without a query or a render, and a client
that has not gets the stored body. Last-Modified is the moment the generation began.
"""

import datetime
import functools
import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from releases.invalidation import generation_scope, public_generation


def page_key(request: HttpRequest, generation: int) -> str:
    partial = bool(getattr(request, "htmx", False)) and not request.htmx.history_restore_request
    identity = "|".join(
        [str(generation), request.build_absolute_uri(), get_language() or "", str(partial), str(datetime.date.today())]
    )
    return hashlib.sha256(identity.encode()).hexdigest()[:40]


def _cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    """Only a plain 200 that is the same for everyone: no cookie set, no session or CSRF
    token read (a page showing either is someone's own)."""
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.accessed)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _validators(response: HttpResponse, etag: str, generation: int) -> HttpResponse:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(generation / 1e9)
    # Browsers and proxies may keep it, but must ask (cheaply, by ETag) before reuse.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ("HX-Request", "Accept-Language", "Cookie"))
    return response


def cached_page(view: Callable) -> Callable:
    """Serve a public GET view from the cache and answer conditional requests."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        with generation_scope():  # one read of the generation for the page and its counts
            return serve(request, *args, **kwargs)

    def serve(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        generation = public_generation()
        key = page_key(request, generation)
        etag = f'"{key}"'
        stored = cache.get(f"page:{key}")
        if stored is not None:
            not_modified = get_conditional_response(request, etag=etag, last_modified=generation // 10**9)
            if not_modified is not None:
                return _validators(not_modified, etag, generation)
            content_type, body = stored
            return _validators(HttpResponse(body, content_type=content_type), etag, generation)
        response = view(request, *args, **kwargs)
        if _cacheable(request, response):
            cache.set(f"page:{key}", (response["Content-Type"], response.content), seconds)
            _validators(response, etag, generation)
        return response

    return wrapper
