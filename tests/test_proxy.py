"""The compose proxy (tracker/nginx.conf), run for real in front of a real gunicorn on
loopback: slow clients wait in nginx, not in gunicorn's few sync workers."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import wait_for

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def local_config(folder: Path, listen: int, upstream: int) -> Path:
    """The compose file's nginx.conf with loopback ports and paths a test may write."""
    text = (ROOT / "tracker" / "nginx.conf").read_text()
    text = text.replace("server web:8000;", f"server 127.0.0.1:{upstream};").replace(
        "listen 8080;", f"listen {listen};"
    )
    text = text.replace("/srv/static/", f"{ROOT}/staticfiles/")
    temp = "".join(
        f"{name}_temp_path {folder}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    text = text.replace("http {", "http {\n" + temp, 1)
    path = folder / "nginx.conf"
    path.write_text(f"pid {folder}/nginx.pid;\n" + text)
    return path


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture
def stack():
    folder = Path(tempfile.mkdtemp(prefix="ct-proxy-"))
    listen, upstream = free_port(), free_port()
    config = local_config(folder, listen, upstream)
    check = subprocess.run(["nginx", "-t", "-c", str(config), "-e", "stderr"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"GUNICORN_BIND": f"127.0.0.1:{upstream}", "GUNICORN_WORKERS": "1", "GUNICORN_ACCESS_LOG": "/dev/null"}
    command = [sys.executable, "-m", "gunicorn", "-c", "python:tracker.gunicorn", "tracker.wsgi:application"]
    gunicorn = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    nginx = subprocess.Popen(
        ["nginx", "-c", str(config), "-e", "stderr", "-g", "daemon off;"], stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{listen}"
    try:
        wait_for(lambda: answers(base + "/healthz"), timeout=60, what="nginx and gunicorn")
        yield base, listen
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            process.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)


def test_clients_sending_headers_slowly_do_not_hold_gunicorn(stack):
    # One sync worker: a single slow client reaching it directly would hold the whole site.
    base, port = stack
    slow = []
    for n in range(6):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(f"GET /?slow={n} HTTP/1.1\r\nHost: localhost\r\n".encode())
        slow.append(sock)
    try:
        for second in range(4):
            for sock in slow:
                sock.sendall(f"X-Drip-{second}: a\r\n".encode())
            started = time.monotonic()
            assert answers(base + "/healthz")
            assert time.monotonic() - started < 1
            time.sleep(0.5)
    finally:
        for sock in slow:
            sock.close()


def test_the_proxy_refuses_a_body_over_the_limit_and_serves_static_files(stack):
    base, _port = stack
    request = urllib.request.Request(base + "/search/", data=b"x" * (2 * 1024 * 1024), method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 413
    css = next((ROOT / "staticfiles").rglob("*.css"), None)
    if css is not None:
        with urllib.request.urlopen(f"{base}/static/{css.relative_to(ROOT / 'staticfiles')}", timeout=5) as response:
            assert response.status == 200
