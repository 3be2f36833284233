"""The fetcher refuses addresses it must not reach: after resolving, on every redirect, and it
connects to the address it checked. Private hosts are NOT allowed in these tests."""

import pytest

from releases.ingest import http

ARTICLE = "/world/2020/03/18/iran-pardons-10000-prisoners"


@pytest.fixture
def guarded_site(news_site, settings):
    """The loopback news site, with the fetcher's guard on: only 127.0.0.1 itself is let
    through (as an operator would allow an intranet server), every other private address
    is refused."""
    settings.FETCH_ALLOW_PRIVATE_HOSTS = False
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    return news_site


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "169.254.1.1",
        "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1",
        "255.255.255.255", "192.0.0.192", "198.18.0.1",
        "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd00:ec2::254", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.1.2.3", "2002:7f00:1::", "2002:a9fe:a9fe::1",
        "64:ff9b::a00:1", "2001:0:4136:e378:8000:63bf:f5ff:fffe",
    ],
)  # fmt: skip
def test_refused_addresses(address):
    assert http.address_refusal(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.215.14"])
def test_public_addresses(address):
    assert http.address_refusal(address) is None


def test_metadata_address_is_named():
    assert "metadata" in http.address_refusal("169.254.169.254")
    assert "metadata" in http.address_refusal("::ffff:169.254.169.254")


@pytest.mark.parametrize(
    "host",
    ["127.0.0.2", "2130706434", "0177.0.0.2", "0x7f.0.0.2", "127.2", "[::1]", "[::ffff:127.0.0.2]"],
)
def test_loopback_in_any_spelling_is_refused_before_connecting(guarded_site, host):
    port = guarded_site.base.rsplit(":", 1)[1]
    with pytest.raises(http.PermanentFetchError):
        http.fetch(f"http://{host}:{port}{ARTICLE}")
    assert guarded_site.server.log == []


def test_everything_private_is_refused_when_nothing_is_allowed(news_site, settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = False
    with pytest.raises(http.RefusedAddress, match="loopback"):
        http.fetch(news_site.url(ARTICLE))
    assert news_site.server.log == []


def test_allowed_host_is_fetched(guarded_site):
    assert http.fetch(guarded_site.url(ARTICLE)).status == 200


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://10.0.0.1/admin", "private"),
        ("http://[::ffff:10.0.0.1]/", "private"),
        ("http://[fd00:ec2::254]/", "metadata"),
        ("http://0251.0376.0251.0376/latest/meta-data/", "metadata"),  # 169.254.169.254 in octal
    ],
)
def test_redirect_to_a_private_address_is_refused(guarded_site, target, reason):
    start = guarded_site.redirect("/out", target)
    with pytest.raises(http.RefusedAddress, match=reason):
        http.fetch(start)


def test_redirect_to_another_loopback_port_spelling_is_refused(guarded_site):
    port = guarded_site.base.rsplit(":", 1)[1]
    start = guarded_site.redirect("/out", f"http://127.0.0.2:{port}{ARTICLE}")
    with pytest.raises(http.RefusedAddress, match="loopback"):
        http.fetch(start)
    assert [request.path for request, _ in guarded_site.server.log] == ["/out"]


def test_non_http_redirect_is_refused(guarded_site):
    start = guarded_site.redirect("/out", "file:///etc/passwd")
    with pytest.raises(http.PermanentFetchError, match="not an http"):
        http.fetch(start)


def test_connects_to_the_address_that_was_checked(guarded_site, monkeypatch):
    """DNS rebinding: the name resolves once; a second answer is never asked for or used."""
    answers = iter([["127.0.0.1"], ["169.254.169.254"]])
    calls = []

    def rebinding_resolver(host, port):
        calls.append(host)
        return next(answers)

    monkeypatch.setattr(http, "resolve", rebinding_resolver)
    port = guarded_site.base.rsplit(":", 1)[1]
    response = http.fetch(f"http://news.rebind.test:{port}{ARTICLE}")
    assert response.status == 200 and calls == ["news.rebind.test"]
    request, _ = guarded_site.server.log[-1]
    assert request.headers["Host"] == f"news.rebind.test:{port}"


def test_a_name_that_first_resolves_private_is_refused(guarded_site, monkeypatch):
    answers = iter([["169.254.169.254"], ["127.0.0.1"]])
    monkeypatch.setattr(http, "resolve", lambda host, port: next(answers))
    port = guarded_site.base.rsplit(":", 1)[1]
    with pytest.raises(http.RefusedAddress, match="metadata"):
        http.fetch(f"http://news.rebind.test:{port}{ARTICLE}")
    assert guarded_site.server.log == []


def test_a_name_with_any_private_address_is_refused(guarded_site, monkeypatch):
    monkeypatch.setattr(http, "resolve", lambda host, port: ["93.184.215.14", "10.0.0.7"])
    with pytest.raises(http.RefusedAddress, match="10.0.0.7"):
        http.fetch("http://mixed.test/")
