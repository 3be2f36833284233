"""The network door, against a real HTTP server on loopback."""

import gzip
import time

import pytest
from werkzeug import Response

from releases.ingest import http


@pytest.fixture
def site(news_site, settings):
    settings.FETCH_READ_TIMEOUT = 0.5
    settings.FETCH_CONNECT_TIMEOUT = 0.5
    return news_site


def test_fetches_a_page_with_an_honest_user_agent(site, settings):
    response = http.fetch(site.url("/world/2020/03/18/iran-pardons-10000-prisoners"))
    assert response.status == 200
    assert response.content_type == "text/html" and response.charset == "utf-8"
    assert b"Gholamhossein Esmaili" in response.body
    request, _ = site.server.log[-1]
    assert request.headers["User-Agent"] == settings.FETCH_USER_AGENT
    assert request.headers["Host"] == site.base.split("//")[1]


def test_follows_a_bounded_number_of_redirects(site):
    site.redirect("/old", "/older", status=301)
    site.redirect("/older", site.url("/world/2020/03/18/iran-pardons-10000-prisoners"), status=308)
    response = http.fetch(site.url("/old"))
    assert response.url.endswith("/world/2020/03/18/iran-pardons-10000-prisoners")


def test_too_many_redirects(site, settings):
    settings.FETCH_MAX_REDIRECTS = 2
    for n in range(4):
        site.redirect(f"/hop{n}", f"/hop{n + 1}")
    with pytest.raises(http.TooManyRedirects, match="more than 2 redirects"):
        http.fetch(site.url("/hop0"))


def test_redirect_loop(site):
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    with pytest.raises(http.TooManyRedirects, match="redirect loop"):
        http.fetch(site.url("/loop-a"))


def test_404_is_permanent(site):
    site.server.expect_request("/gone").respond_with_data("no", status=404)
    with pytest.raises(http.HTTPStatusError, match="HTTP 404") as caught:
        http.fetch(site.url("/gone"))
    assert not isinstance(caught.value, http.FetchError)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_server_errors_are_worth_retrying(site, status):
    site.server.expect_request("/busy").respond_with_data("busy", status=status)
    with pytest.raises(http.FetchError, match=f"HTTP {status}"):
        http.fetch(site.url("/busy"))


def test_read_timeout_is_worth_retrying(site):
    def slow(request):
        time.sleep(1.5)
        return Response("late", content_type="text/html")

    site.server.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(http.FetchError, match="timed out"):
        http.fetch(site.url("/slow"))
    assert time.monotonic() - started < 1.4


def test_connection_refused_is_worth_retrying(site):
    with pytest.raises(http.FetchError, match="cannot connect"):
        http.fetch("http://127.0.0.1:9/nothing-listens-here")


def test_declared_size_over_the_cap(site, settings):
    settings.FETCH_MAX_BYTES = 10_000
    site.page("/big", body=b"x" * 20_000)
    with pytest.raises(http.ResponseTooLarge, match="20,000 bytes, over the 10,000 byte limit"):
        http.fetch(site.url("/big"))


def test_streamed_size_over_the_cap_without_a_length(site, settings):
    settings.FETCH_MAX_BYTES = 100_000

    def endless(request):
        chunks = (b"<p>" + b"y" * 8_000 + b"</p>" for _ in range(1_000))
        return Response(chunks, content_type="text/html")  # chunked: no Content-Length

    site.server.expect_request("/endless").respond_with_handler(endless)
    with pytest.raises(http.ResponseTooLarge, match="over the 100,000 byte limit"):
        http.fetch(site.url("/endless"))


def test_the_cap_applies_after_decompression(site, settings):
    settings.FETCH_MAX_BYTES = 100_000
    bomb = gzip.compress(b"<p>" + b"z" * 1_000_000)
    site.page("/bomb", body=bomb, headers={"Content-Encoding": "gzip"})
    assert len(bomb) < 10_000
    with pytest.raises(http.ResponseTooLarge):
        http.fetch(site.url("/bomb"))


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/octet-stream", ""])
def test_content_types_outside_the_allow_list(site, content_type):
    site.page("/file", body=b"%PDF-1.7 ...", content_type=content_type)
    with pytest.raises(http.UnsupportedContentType, match="is not accepted"):
        http.fetch(site.url("/file"))


@pytest.mark.parametrize("content_type", ["text/html", "application/xhtml+xml; charset=utf-8", "text/plain"])
def test_content_types_on_the_allow_list(site, content_type):
    site.page("/ok", body=b"<p>fine</p>", content_type=content_type)
    assert http.fetch(site.url("/ok")).body == b"<p>fine</p>"


def test_conditional_get_answers_not_modified(site):
    site.server.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    response = http.fetch(site.url("/feed.xml"), accept=http.FEED_TYPES, headers={"If-None-Match": '"v1"'})
    assert response.not_modified and response.body == b""


def test_decodes_the_declared_charset_or_a_meta_one():
    assert http.decode_text("café".encode("latin-1"), "iso-8859-1") == "café"
    assert http.decode_text(b'<meta charset="iso-8859-1"><p>caf\xe9</p>') == '<meta charset="iso-8859-1"><p>café</p>'
    assert http.decode_text("café".encode()) == "café"
    assert http.decode_text(b"\xef\xbb\xbfhello") == "hello"
    assert http.decode_text(b"<p>caf\xe9 cr\xe8me</p>") == "<p>café crème</p>"  # undeclared legacy page


def test_bytes_that_are_not_the_declared_charset_are_refused():
    with pytest.raises(http.UndecodableContent, match="not valid utf-8"):
        http.decode_text(bytes(range(128, 256)) * 20, "utf-8")


def test_binary_data_is_refused():
    with pytest.raises(http.UndecodableContent, match="binary"):
        http.decode_text(b"\x00\x01\x02\x00" * 100)
