"""The one network door: every feed and article the importer reads comes through `fetch`.

The pages are untrusted and so are the URLs (a feed can name any address), so the client:
- resolves the host once, refuses private, loopback, link-local, multicast, reserved and
  cloud-metadata addresses (IPv4, IPv6 and IPv4 embedded in IPv6; decimal and octal host
  forms resolve to the same addresses and are refused the same way), then connects to the
  very address it checked, so a name that resolves differently a second time cannot slip
  through (DNS rebinding);
- follows redirects itself, a bounded number, checking every hop the same way;
- sets connect and read timeouts and an overall deadline (FETCH_DEADLINE) that holds for
  every read, headers and TLS included: a watchdog shuts the socket when it passes, so a
  server dripping a byte at a time cannot hold a worker (`TooSlow`, not retried); caps the
  size while streaming (after decompression, so a small gzip bomb is still capped), and
  accepts only the content types the caller allows.

`FetchError` is worth retrying (network trouble, 5xx, 429); `PermanentFetchError` and its
subclasses are not (404, too large, wrong content type, refused address, redirect loop).
"""

import codecs
import contextlib
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import ConnectTimeoutError, HTTPError, SSLError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/plain",
)
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
RETRYABLE_STATUSES = {408, 425, 429, 500, 502, 503, 504}
CHUNK = 64 * 1024
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)

# Cloud metadata services; most sit in ranges refused anyway, listed so the rule is explicit.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254")
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A failure worth retrying later: the network, a timeout, the server's 5xx or 429."""


class PermanentFetchError(Exception):
    """A failure that retrying will not fix."""


class RefusedAddress(PermanentFetchError):
    """The URL points at an address the importer must not reach."""


class ResponseTooLarge(PermanentFetchError):
    pass


class TooSlow(PermanentFetchError):
    """The server took longer than a whole fetch may, however little it sent at a time."""


class UnsupportedContentType(PermanentFetchError):
    pass


class TooManyRedirects(PermanentFetchError):
    pass


class UndecodableContent(PermanentFetchError):
    pass


class HTTPStatusError(PermanentFetchError):
    def __init__(self, status: int, url: str):
        super().__init__(f"HTTP {status} from {url}")
        self.status = status


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def resolve(host: str, port: int) -> list[str]:
    """Every address the name resolves to (a separate function so tests can simulate DNS)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_refusal(address: str) -> str | None:
    """Why the importer must not connect to `address`, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            reason = address_refusal(str(embedded))
            return f"{reason} (embedded in {ip})" if reason else None
    if ip in METADATA_ADDRESSES:
        return f"{ip} is a cloud metadata address"
    for attribute in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{attribute}"):
            return f"{ip} is a {attribute.replace('_', '-')} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def checked_addresses(host: str, port: int) -> list[str]:
    """Resolve `host` once and return the addresses to connect to, refusing the name when any
    of them is not public (unless private hosts are allowed, or the network is listed in
    FETCH_ALLOWED_NETWORKS, e.g. an intranet news server)."""
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"{host} resolves to no address")
    if not settings.FETCH_ALLOW_PRIVATE_HOSTS:
        allowed = [ipaddress.ip_network(n) for n in settings.FETCH_ALLOWED_NETWORKS]
        for address in addresses:
            reason = address_refusal(address)
            if reason and not any(ipaddress.ip_address(address.split("%", 1)[0]) in net for net in allowed):
                raise RefusedAddress(f"refused to fetch {host}: {reason}")
    return addresses


def refusal(url: str) -> str | None:
    """Why the fetcher would refuse `url` outright (not http(s), a bad port, a private or
    loopback address), or None. A name that cannot be resolved now is not a refusal: the
    fetch records it, and retries it, as a network failure."""
    try:
        _scheme, host, port, _path = _split(url)
        checked_addresses(host, port)
    except PermanentFetchError as exc:
        return str(exc)
    except FetchError:
        return None
    return None


def fetch(url: str, *, accept: tuple[str, ...] = HTML_TYPES, headers: dict[str, str] | None = None) -> Response:
    """GET `url`, following redirects, and return the body within the size cap."""
    deadline = time.monotonic() + settings.FETCH_DEADLINE
    seen = {url}
    for _hop in range(settings.FETCH_MAX_REDIRECTS + 1):
        response = _fetch_once(url, accept=accept, headers=headers or {}, deadline=deadline)
        if not isinstance(response, str):
            return response
        next_url = response
        if next_url in seen:
            raise TooManyRedirects(f"redirect loop at {next_url}")
        seen.add(next_url)
        url = next_url
    raise TooManyRedirects(f"more than {settings.FETCH_MAX_REDIRECTS} redirects from {next(iter(seen))}")


def _split(url: str) -> tuple[str, str, int, str]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise PermanentFetchError(f"not an http(s) URL: {url}")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise PermanentFetchError(f"bad port in {url}") from exc
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, parts.hostname, port, path


class Watchdog:
    """Shuts a connection's socket when the fetch's deadline passes. Socket timeouts bound
    each read, not their sum: a server sending a header line or a body byte just inside the
    read timeout would hold the worker for ever. Shutting the socket ends whatever read is
    waiting on it (headers, TLS, body), at once."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.fired = False
        self._timers: list[threading.Timer] = []

    def watch(self, sock: socket.socket) -> None:
        timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._fire, args=(sock,))
        timer.daemon = True
        timer.start()
        self._timers.append(timer)

    def _fire(self, sock: socket.socket) -> None:
        self.fired = True
        with contextlib.suppress(OSError):  # already closed: the fetch ended on its own
            sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


def _watched(connection_class: type, watchdog: Watchdog) -> type:
    """The pool's connection class, its raw socket handed to the watchdog as it is made."""

    class Watched(connection_class):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            watchdog.watch(sock)
            return sock

    return Watched


def _pool(scheme: str, host: str, address: str, port: int, watchdog: Watchdog) -> urllib3.HTTPConnectionPool:
    remaining = max(0.01, watchdog.deadline - time.monotonic())
    timeout = urllib3.Timeout(
        connect=min(settings.FETCH_CONNECT_TIMEOUT, remaining), read=min(settings.FETCH_READ_TIMEOUT, remaining)
    )
    if scheme == "https":
        # Connect to the checked address but verify the certificate (and send SNI) for the name.
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1,
            cert_reqs="CERT_REQUIRED", assert_hostname=host, server_hostname=host,
        )  # fmt: skip
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    pool.ConnectionCls = _watched(pool.ConnectionCls, watchdog)
    return pool


def _fetch_once(url: str, *, accept: tuple[str, ...], headers: dict[str, str], deadline: float) -> Response | str:
    """One request. Returns the Response, or the next URL when redirected."""
    scheme, host, port, path = _split(url)
    default_port = 443 if scheme == "https" else 80
    host_header = host if ":" not in host else f"[{host}]"
    request_headers = {
        "Host": host_header if port == default_port else f"{host_header}:{port}",
        "User-Agent": settings.FETCH_USER_AGENT,
        "Accept": ", ".join(accept) + ";q=1.0, */*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
        **headers,
    }
    addresses = checked_addresses(host, port)
    watchdog = Watchdog(deadline)
    try:
        return _try_addresses(url, addresses, scheme, host, port, path, request_headers, accept, watchdog)
    except (FetchError, PermanentFetchError) as exc:
        if watchdog.fired:
            raise TooSlow(f"{url} took over {settings.FETCH_DEADLINE:g} s: the server is too slow") from exc
        raise
    finally:
        watchdog.cancel()


def _try_addresses(url, addresses, scheme, host, port, path, request_headers, accept, watchdog) -> Response | str:
    for index, address in enumerate(addresses):
        if time.monotonic() >= watchdog.deadline:
            watchdog.fired = True
            raise FetchError(f"no time left to connect to {host}")
        pool = _pool(scheme, host, address, port, watchdog)
        try:
            raw = pool.urlopen(
                "GET", path, headers=request_headers, redirect=False, retries=False,
                preload_content=False, assert_same_host=False,
            )  # fmt: skip
            try:
                response = _handle(url, raw, accept=accept, deadline=watchdog.deadline)
            finally:
                raw.release_conn()
            if watchdog.fired:  # the socket was shut: what was read may be cut short
                raise FetchError(f"deadline passed while reading {url}")
            return response
        except ConnectTimeoutError as exc:
            # Only the addresses that were checked are tried, never a fresh lookup.
            if index == len(addresses) - 1:
                raise FetchError(f"cannot connect to {host}: {exc}") from exc
        except SSLError as exc:
            raise PermanentFetchError(f"TLS error from {host}: {exc}") from exc
        except Urllib3Timeout as exc:
            raise FetchError(f"timed out fetching {url}") from exc
        except HTTPError as exc:
            raise FetchError(f"network error fetching {url}: {exc}") from exc
        finally:
            pool.close()
    raise FetchError(f"cannot connect to {host}")


def _handle(url: str, raw: urllib3.BaseHTTPResponse, *, accept: tuple[str, ...], deadline: float) -> Response | str:
    status = raw.status
    if status in REDIRECT_STATUSES:
        location = raw.headers.get("Location")
        if not location:
            raise PermanentFetchError(f"HTTP {status} from {url} without a Location")
        return urljoin(url, location.strip())
    headers = {k.lower(): v for k, v in raw.headers.items()}
    if status == 304:
        return Response(url=url, status=304, content_type="", charset=None, body=b"", headers=headers)
    if status in RETRYABLE_STATUSES or status >= 500:
        raise FetchError(f"HTTP {status} from {url}")
    if status != 200:
        raise HTTPStatusError(status, url)
    content_type, charset = parse_content_type(headers.get("content-type", ""))
    if content_type not in accept:
        raise UnsupportedContentType(f"content type {content_type or 'missing'} from {url} is not accepted")
    body = _read_capped(url, raw, headers, deadline)
    return Response(url=url, status=200, content_type=content_type, charset=charset, body=body, headers=headers)


def _read_capped(url: str, raw: urllib3.BaseHTTPResponse, headers: dict[str, str], deadline: float) -> bytes:
    limit = settings.FETCH_MAX_BYTES
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(f"{url} is {int(declared):,} bytes, over the {limit:,} byte limit")
    chunks, total = [], 0
    for chunk in raw.stream(CHUNK, decode_content=True):
        total += len(chunk)
        if total > limit:
            raise ResponseTooLarge(f"{url} is over the {limit:,} byte limit")
        if time.monotonic() > deadline:
            raise TooSlow(f"{url} took over {settings.FETCH_DEADLINE:g} s: the server is too slow")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_content_type(value: str) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def decode_text(body: bytes, charset: str | None = None) -> str:
    """The body as text: in the charset the header or a <meta> declares, else UTF-8, else
    Windows-1252 (what browsers assume of an undeclared legacy page).

    Raises UndecodableContent when the bytes are binary, or mostly invalid in the charset
    they claim: better a clear error than a draft full of replacement characters.
    """
    if body.count(b"\x00") > len(body) // 100:
        raise UndecodableContent("the body is binary data, not text")
    codec = _codec(charset) or _codec(_meta_charset(body))
    if codec is None:
        try:
            return body.decode("utf-8-sig")
        except UnicodeDecodeError:
            codec = "cp1252"
    text = body.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(8, len(text) // 100):
        raise UndecodableContent(f"{bad:,} bytes are not valid {codec} text")
    return text.lstrip("\ufeff")


def _meta_charset(body: bytes) -> str | None:
    match = META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
