"""The hostile re-run, with counts: serve the app as deployed (DEBUG off, gunicorn) on
loopback over its own database, then try what the suite does not:

1. stored XSS: a payload in every editable text field of every record, then every public
   page (crawled from the home pages of the five languages, the sitemap and the lists),
   every export, the feed and the desk's pages checked for the payload unescaped;
2. hostile values (NUL, huge, negative, unicode, SQL-ish, path tricks, bad UTF-8) in every
   filter parameter of every list, export and the feed, counting 500s;
3. the permission matrix: anonymous, an editor signed in with a password only (no second
   factor), an editor and a superuser signed in with a code, against every admin URL;
4. SSRF address forms through the desk's import form (a canary server on loopback counts
   what reaches it) and, without connecting, the fetcher's check on non-loopback forms;
5. mixed load: 32 connections for 60 s over the public pages.

Every request goes to 127.0.0.1. Bounded: each part has a fixed list or a time limit.
Rerunnable: it builds its database from scratch each time (an SQLite file in a temporary
folder, or the PostgreSQL database of ATTACK_DATABASE_URL, which it empties first).

    .venv/bin/python bench/attack.py [--load-seconds 60] [--connections 32] [--port 8791]
"""

import argparse
import contextlib
import hmac
import http.client
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from hashlib import sha1
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "attack-run-Password-123"
# What a payload left unescaped looks like in a page (escaped, none of these survive).
LEAKS = [
    re.compile(p)
    for p in (r"<script>alert\(\"ct\d+", r"<img src=x onerror=", r"<[^<>]*onmouseover=\"ct\d+", r"href=\"javascript:")
]


def payload(n: int) -> str:
    return f'ct{n}"><script>alert("ct{n}")</script><img src=x onerror=alert({n})>\' onmouseover="ct{n}'


def configure(args) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="tracker.settings", DEBUG="false", SECURE_SSL_REDIRECT="false",
        SECRET_KEY="attack-run-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1", LOG_LEVEL="ERROR", STAFF_REQUIRE_2FA="true",
        # One client address sends everything: the per-client limits would answer 429 within a
        # minute and hide what the pages do. The suite tests the limits (test_ratelimit.py).
        RATE_LIMIT_EXPORTS="0", RATE_LIMIT_SEARCHES="0", AXES_FAILURE_LIMIT="1000",
    )  # fmt: skip
    os.environ.pop("REDIS_URL", None)  # tasks eager: an import's fetch runs inside the request
    if args.database:
        os.environ["DATABASE_URL"] = args.database
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = str(Path(tempfile.mkdtemp(prefix="attack-")) / "db.sqlite3")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_database() -> dict:
    """A fresh schema, the demo records, staff with known TOTP keys, payloads everywhere."""
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    for command, options in (
        ("migrate", {"verbosity": 0}),
        ("loaddemo", {}),
        ("collectstatic", {"verbosity": 0, "interactive": False}),
    ):
        call_command(command, **options, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return {"users": make_staff(), "fields": plant_payloads()}


def make_staff() -> dict:
    from django.contrib.auth.models import Group, User
    from django_otp.plugins.otp_totp.models import TOTPDevice

    users = {}
    for name, superuser in (("editor", False), ("admin", True), ("nophone", False)):
        user = User.objects.create_user(name, password=PASSWORD, is_staff=True, is_superuser=superuser)
        if not superuser:
            user.groups.add(Group.objects.get(name="Editors"))
        if name != "nophone":
            users[name] = TOTPDevice.objects.create(user=user, name="app", confirmed=True).key
    return users


def plant_payloads() -> dict[int, str]:
    """Every editable text field of every row of the app's models gets a numbered payload."""
    from django.apps import apps
    from django.db import IntegrityError, models, transaction

    planted, n = {}, 0
    for model in apps.get_app_config("releases").get_models():
        fields = [
            f for f in model._meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField)) and f.editable and not f.choices
            and not isinstance(f, models.SlugField) and (f.max_length or 999) >= 40
            and f.name not in ("content_hash", "etag", "last_modified", "language")
        ]  # fmt: skip
        for obj in model.objects.all()[:50]:
            for field in fields:
                n += 1
                value = payload(n)
                if isinstance(field, models.URLField):
                    value = f"javascript:alert({n})//{value}"
                try:
                    with transaction.atomic():
                        model.objects.filter(pk=obj.pk).update(**{field.name: value[: field.max_length or None]})
                    planted[n] = f"{model.__name__}.{field.name}"
                except IntegrityError:
                    pass  # a constraint refused it: nothing stored, nothing to leak
    return planted


class Client:
    """One keep-alive connection to the server, with its own cookies (set by hand: the
    session cookie is Secure under DEBUG off, which a cookie jar would not send over http)."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict, bytes]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                content = response.read()
                break
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    return 0, {}, b""
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";")[0]
        return response.status, {k.lower(): v for k, v in response.getheaders()}, content

    def get(self, path: str):
        return self.request("GET", path)

    def sign_in(self, username: str, key: str | None) -> bool:
        _, _, page = self.get("/admin/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        form = {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD, "next": "/admin/"}
        if key:
            form["otp_token"] = totp(key)
        status, _, _ = self.request("POST", "/admin/login/", form)
        return status == 302


def totp(hex_key: str) -> str:
    mac = hmac.new(bytes.fromhex(hex_key), int(time.time() // 30).to_bytes(8, "big"), sha1).digest()
    offset = mac[-1] & 0x0F
    return f"{(int.from_bytes(mac[offset : offset + 4], 'big') & 0x7FFFFFFF) % 1_000_000:06d}"


def leaks_in(body: bytes, content_type: str) -> list[str]:
    if not any(kind in content_type for kind in ("html", "xml")):
        return []  # CSV and JSON are not markup (their own tests check formula and escaping)
    text = body.decode("utf-8", "replace")
    return [m.group(0) for pattern in LEAKS for m in pattern.finditer(text)]


def crawl(client: Client, limit: int = 600) -> tuple[list[str], Counter, list]:
    """Public pages reachable from the five home pages, the sitemap and the lists."""
    seeds = [f"{p}/" for p in ("", "/fr", "/es", "/ar", "/fa")] + ["/sitemap.xml", "/announcements/", "/figures/",
             "/prisoners/", "/search/?q=ct1", "/feeds/announcements.atom", "/announcements/export.csv",
             "/announcements/export.json", "/figures/export.csv", "/figures/export.json", "/figures/totals.csv"]  # fmt: skip
    seen, queue, statuses, leaks, pages = set(seeds), list(seeds), Counter(), [], []
    while queue and len(pages) < limit:
        path = queue.pop(0)
        status, headers, body = client.get(path)
        statuses[status] += 1
        pages.append(path)
        for leak in leaks_in(body, headers.get("content-type", "")):
            leaks.append((path, leak))
        if "html" in headers.get("content-type", "") or "xml" in headers.get("content-type", ""):
            for link in re.findall(rb'(?:href|<loc>)="?(?:http://127\.0\.0\.1:\d+)?(/[^"<#\s]*)', body):
                link = link.decode().replace("&amp;", "&")
                if link.startswith(("/admin", "/static", "/i18n")) or link in seen:
                    continue
                seen.add(link)
                queue.append(link)
    return pages, statuses, leaks


HOSTILE = [
    "\x00", "a\x00b", "%00", "9" * 400, "-1", "-99999999999999999999999", "1e309", "NaN", "inf", "0x10",
    "１２３", "٣٤", "۱۴۰۳-۰۱-۰۱", "2024-02-30", "99999-01-01", "0000-00-00", "' OR 1=1--",
    "\"; DROP TABLE releases_announcement;--", "1 UNION SELECT password FROM auth_user", "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd", "/admin/", "<script>alert(1)</script>", "%", "_", "\\", "é" * 1000,
    "\u202eIR", "IR,US", "[]", "{}", "true", "-0", "1.5", " 1 ", "ir", "zz", "\r\nSet-Cookie: x=1", "x" * 3000,
]  # fmt: skip
RAW_BYTES = ["%FF%FE", "%ED%A0%80", "%C0%AF", "%E2%80"]  # invalid UTF-8, sent as is
PARAMETERS = ["country", "kind", "category", "metric", "official", "announced_after", "announced_before",
              "min_value", "max_value", "q", "page", "as_of", "sort", "format"]  # fmt: skip
ENDPOINTS = ["/announcements/", "/figures/", "/announcements/export.csv", "/announcements/export.json",
             "/figures/export.csv", "/figures/totals.json", "/feeds/announcements.atom", "/search/", "/fa/announcements/"]  # fmt: skip


def hostile_queries(client: Client) -> tuple[int, Counter, list]:
    statuses, errors, count = Counter(), [], 0
    queries = [urllib.parse.urlencode({p: v}) for p in PARAMETERS for v in HOSTILE]
    queries += [f"{p}={raw}" for p in PARAMETERS for raw in RAW_BYTES]
    queries += ["country=IR&" * 500, "&".join(f"p{i}=1" for i in range(1200)), "country[]=IR", "=x", "&&&", "q"]
    for endpoint in ENDPOINTS:
        for query in queries:
            status, _, _ = client.get(f"{endpoint}?{query}")
            count += 1
            statuses[status] += 1
            if status >= 500 or status == 0:
                errors.append((status, f"{endpoint}?{query[:80]}"))
    return count, statuses, errors


def admin_urls(args_port: int) -> list[str]:
    from django.contrib import admin
    from django.urls import NoReverseMatch, reverse

    urls = [reverse("admin:index"), reverse("admin:password_change"), reverse("admin:two_factor_enrol")]
    for model in admin.site._registry:
        meta = model._meta
        urls += [reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}") for view in ("changelist", "add")]
        urls.append(reverse("admin:app_list", args=[meta.app_label]))
        obj = model.objects.order_by("pk").first()
        if obj is not None:
            for view in ("change", "delete", "history"):
                with contextlib.suppress(NoReverseMatch):  # not every admin has every view
                    urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk]))
    for name in ("admin:releases_source_import",):
        urls.append(reverse(name))
    return sorted(set(urls))


def permission_matrix(port: int, users: dict) -> tuple[int, Counter, list, list]:
    """Leaks: anyone not verified by a second factor getting a page other than the sign-in
    redirect (or the enrolment page, for the account without a device); an editor getting a
    page of users, groups, devices or lockouts; any 500."""
    urls = admin_urls(port)
    roles = {
        "anonymous": Client(port),
        "password only": Client(port),
        "editor": Client(port),
        "superuser": Client(port),
    }
    assert roles["password only"].sign_in("nophone", None)
    assert roles["editor"].sign_in("editor", users["editor"])
    assert roles["superuser"].sign_in("admin", users["admin"])
    statuses, leaks, xss, count = Counter(), [], [], 0
    editor_forbidden = ("/admin/auth/", "/admin/otp_", "/admin/axes/")
    for role, client in roles.items():
        for url in urls:
            status, headers, body = client.get(url)
            count += 1
            statuses[(role, status)] += 1
            location = headers.get("location", "")
            if role in ("anonymous", "password only"):
                enrol = role == "password only" and url == "/admin/two-factor/" and status == 200
                if not enrol and not (status == 302 and location.startswith("/admin/login/")):
                    leaks.append((role, url, status))
            elif role == "editor" and url.startswith(editor_forbidden) and status == 200:
                leaks.append((role, url, status))
            if status >= 500 or status == 0:
                leaks.append((role, url, status))
            xss += [(role, url, leak) for leak in leaks_in(body, headers.get("content-type", ""))]
    return count, statuses, leaks, xss


class Canary(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):
        type(self).hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body><p>INTERNAL-CANARY 10,000 prisoners pardoned</p></body></html>")

    def log_message(self, *args):
        pass


SSRF_LOCAL = ["http://127.0.0.1:{p}/a", "http://localhost:{p}/a", "http://2130706433:{p}/a", "http://0177.0.0.1:{p}/a",
              "http://0x7f.0.0.1:{p}/a", "http://127.1:{p}/a", "http://0.0.0.0:{p}/a", "http://[::1]:{p}/a",
              "http://[::ffff:127.0.0.1]:{p}/a", "http://[::ffff:7f00:1]:{p}/a", "http://[64:ff9b::7f00:1]:{p}/a",
              "http://[2002:7f00:1::]:{p}/a", "http://user@127.0.0.1:{p}/a", "http://127.0.0.1.:{p}/a",
              "http://LOCALHOST:{p}/a", "http://127.0.0.1:{p}/a#@example.org", "http://%31%32%37.0.0.1:{p}/a",
              "http://127.0.0.1:{p}\\@127.0.0.2:{p}/a", "HTTP://127.0.0.1:{p}/a", "http://①②⑦.0.0.1:{p}/a"]  # fmt: skip
SSRF_REMOTE = ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://100.100.100.200/",
               "http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/",
               "http://[fe80::1]/", "http://224.0.0.1/", "http://[::]/", "http://0/", "http://0x0a000001/",
               "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/",
               "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://127.0.0.1/"]  # fmt: skip


def ssrf(port: int, users: dict) -> dict:
    from releases.ingest import http as fetcher
    from releases.models import Source

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = Client(port)
    time.sleep(31 - time.time() % 30)  # a fresh TOTP step: the editor signed in once already
    assert client.sign_in("editor", users["editor"])
    refused, accepted = 0, []
    for form in SSRF_LOCAL:
        url = form.format(p=server.server_address[1])
        _, _, page = client.get("/admin/releases/source/import/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        status, _, body = client.request(
            "POST", "/admin/releases/source/import/", {"csrfmiddlewaretoken": token, "url": url}
        )
        if status == 200 and b"errorlist" in body:
            refused += 1
        else:
            accepted.append((url, status))
    fetched = list(Source.objects.filter(url__contains=str(server.server_address[1])).values_list("url", "status"))
    remote_allowed = [url for url in SSRF_REMOTE if not fetcher.refusal(url)]
    server.shutdown()
    return {
        "loopback forms tried": len(SSRF_LOCAL), "refused in the form": refused, "accepted": accepted,
        "sources registered": fetched, "canary hits": Canary.hits,
        "non-loopback forms checked": len(SSRF_REMOTE), "non-loopback not refused": remote_allowed,
    }  # fmt: skip


def load(port: int, paths: list[str], seconds: float, connections: int) -> dict:
    statuses, latencies, lock = Counter(), [], threading.Lock()
    stop = time.monotonic() + seconds

    def worker(offset: int) -> None:
        client, i = Client(port), offset
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 7
            started = time.perf_counter()
            status, _, _ = client.get(path)
            with lock:
                statuses[status] += 1
                latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    pick = lambda q: round(latencies[int(q * (len(latencies) - 1))] * 1000, 1)  # noqa: E731
    return {
        "requests": len(latencies), "per second": round(len(latencies) / seconds, 1), "statuses": dict(statuses),
        "p50 ms": pick(0.5), "p99 ms": pick(0.99), "max ms": pick(1.0),
    }  # fmt: skip


def serve(port: int, workers: int, log) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "python:tracker.gunicorn", "tracker.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "120",
         "--access-logfile", "/dev/null"],
        cwd=ROOT, env=os.environ.copy(), stderr=log,
    )  # fmt: skip
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--load-seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--database", default=os.environ.get("ATTACK_DATABASE_URL", ""))
    args = parser.parse_args()
    configure(args)
    built = build_database()
    (ROOT / "bench/results").mkdir(exist_ok=True)
    log = open(ROOT / "bench/results/attack-server.log", "w+")  # noqa: SIM115 (the server's errors, read at the end)
    server = serve(args.port, args.workers, log)
    report = {"payloads planted": len(built["fields"]), "fields": sorted(set(built["fields"].values()))}
    try:
        client = Client(args.port)
        pages, statuses, leaks = crawl(client)
        report["xss public"] = {"requests": len(pages), "statuses": dict(statuses), "leaks": leaks}
        count, statuses, errors = hostile_queries(client)
        report["hostile parameters"] = {"requests": count, "statuses": dict(statuses), "500s": errors}
        count, statuses, leaks, xss = permission_matrix(args.port, built["users"])
        report["permission matrix"] = {
            "requests": count, "statuses": {f"{r} {s}": n for (r, s), n in sorted(statuses.items())},
            "leaks": leaks, "xss in desk pages": xss,
        }  # fmt: skip
        report["ssrf"] = ssrf(args.port, built["users"])
        report["load"] = load(args.port, pages, args.load_seconds, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log.seek(0)
    logged = log.read()
    # Each traceback's last line: the exception, counted by kind (the log keeps them whole).
    errors = re.findall(r"^Traceback.*?\n(\w[\w.]*(?:Error|Exception)[^\n]*)", logged, re.M | re.S)
    report["server errors logged"] = dict(Counter(line[:160] for line in errors))
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
