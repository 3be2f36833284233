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


class DrippingServer:
    """A server on loopback that sends its answer a little at a time, each piece inside the
    read timeout: the status line, then `head` and `body` one piece per `every` seconds."""

    def __init__(self, head: list[bytes], body: list[bytes], every: float):
        import socket
        import threading

        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/article"
        self.head, self.body, self.every = head, body, every
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for piece in self.head + [b"\r\n"] + self.body:
                    conn.sendall(piece)
                    time.sleep(self.every)
            except OSError:
                return  # the client gave up: what this test wants

    def close(self):
        self.listener.close()


@pytest.fixture
def drip(settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = True
    settings.FETCH_READ_TIMEOUT = 0.5
    settings.FETCH_DEADLINE = 1.5
    servers = []

    def make(head, body):
        servers.append(DrippingServer(head, body, every=0.2))
        return servers[-1].url

    yield make
    for server in servers:
        server.close()


def test_a_body_dripped_a_byte_at_a_time_stops_at_the_deadline(drip):
    # One byte per 0.2 s never trips the 0.5 s read timeout; it held a worker until Celery's
    # 120 s soft limit, as the deadline was only checked between 64 KB chunks.
    url = drip([b"Content-Type: text/html\r\n"], [b"x"] * 200)
    started = time.monotonic()
    with pytest.raises(http.TooSlow, match="too slow"):
        http.fetch(url)
    assert time.monotonic() - started < 2.5


def test_headers_dripped_a_line_at_a_time_stop_at_the_deadline(drip):
    url = drip([b"Content-Type: text/html\r\n"] + [f"X-Line-{n}: a\r\n".encode() for n in range(60)], [b"x"])
    started = time.monotonic()
    with pytest.raises(http.TooSlow):
        http.fetch(url)
    assert time.monotonic() - started < 2.5


def test_a_fetch_within_the_deadline_is_not_cut_short(drip):
    # Ends by closing, with no length: a body the watchdog had cut would look complete.
    url = drip([b"Content-Type: text/plain\r\n", b"Connection: close\r\n"], [b"one ", b"two ", b"three"])
    assert http.fetch(url, accept=("text/plain",)).body == b"one two three"


@pytest.mark.django_db
def test_a_source_on_a_too_slow_server_is_failed_with_the_reason(drip):
    from releases.ingest import filing
    from tests.conftest import make_source

    source = make_source(url=drip([b"Content-Type: text/html\r\n"], [b"x"] * 200), status="new", text="")
    assert filing.source_fetch_and_file(source_id=source.pk, final_attempt=False) == "failed"
    source.refresh_from_db()
    assert source.status == "failed"
    assert "too slow" in source.error
