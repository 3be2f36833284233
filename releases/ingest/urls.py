"""Canonical URLs: one spelling per article, so one article is one `Source`.

Feeds and share buttons decorate links with tracking parameters, fragments and odd
host spellings; the same article must still be found under one URL.
"""

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "cmpid",
        "ocid",
        "spm",
        "at_medium",
        "at_campaign",
        "smid",
        "ito",
        "mkt_tok",
        "__twitter_impression",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """The URL with scheme and host lowercased, default port, fragment and tracking parameters removed.

    Raises ValueError for anything that is not an absolute http(s) URL.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    port = parts.port  # raises ValueError on a malformed port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def site_of(url: str) -> str:
    """The host without the prefixes that mobile, AMP and www copies of one site add."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "amp.", "m.", "mobile."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def canonical_url(fetched_url: str, declared: str | None = None) -> str:
    """The canonical URL of a fetched page: its rel=canonical (resolved against the page) when it
    is an http(s) URL on the same site, else the URL it was fetched from.

    A canonical on another site is ignored: a hostile page could otherwise claim another
    outlet's URL and be taken for a copy of that article.
    """
    if fetched_url.startswith("file:"):
        return local_url(fetched_url, declared)
    page = canonicalize(fetched_url)
    if declared:
        try:
            candidate = canonicalize(urljoin(fetched_url, declared.strip()))
        except ValueError:
            return page
        if site_of(candidate) == site_of(page):
            return candidate
    return page


def local_url(file_url: str, declared: str | None = None) -> str:
    """The URL of an article imported from a file: the absolute http(s) URL the page declares
    as canonical, else the file's own URL."""
    try:
        return canonicalize(declared) if declared else file_url
    except ValueError:
        return file_url
