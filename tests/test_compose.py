"""docker-compose.yml: each service runs a real entry point of this project."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def command_of(service: str) -> list[str]:
    command = COMPOSE["services"][service].get("command")
    return command if isinstance(command, list) else str(command).split()


def test_stack_has_the_six_services_with_health_checks():
    services = COMPOSE["services"]
    assert set(services) == {"db", "redis", "proxy", "web", "worker", "beat"}
    for name in ("db", "redis", "proxy", "web", "worker"):
        assert "healthcheck" in services[name], name


def test_web_migrates_and_serves_the_real_wsgi_application():
    script = " ".join(command_of("web"))
    assert "manage.py migrate" in script
    arguments = script.split("gunicorn ", 1)[1].split()
    assert arguments[:2] == ["-c", "python:tracker.gunicorn"]
    module, _, attribute = arguments[2].partition(":")
    wsgi = __import__(module, fromlist=[attribute])
    assert callable(getattr(wsgi, attribute))


@pytest.mark.parametrize("service,subcommand", [("worker", "worker"), ("beat", "beat")])
def test_worker_and_beat_use_the_projects_celery_app(service, subcommand):
    command = command_of(service)
    assert command[:2] == ["celery", "-A"]
    app_module = command[2]
    assert subcommand in command
    app = __import__(app_module, fromlist=["celery_app"]).celery_app
    assert app.main == "tracker"
    assert "releases.tasks.poll_all_feeds" in [entry["task"] for entry in app.conf.beat_schedule.values()]


def test_web_image_uses_the_same_build_for_every_app_service():
    images = {COMPOSE["services"][name]["image"] for name in ("web", "worker", "beat")}
    assert images == {"clemency-tracker"}


def test_dockerfile_default_command_is_gunicorn_on_the_wsgi_app():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert '"gunicorn", "-c", "python:tracker.gunicorn", "tracker.wsgi:application"' in dockerfile


def test_gunicorn_settings_warm_each_worker_then_freeze_the_collector():
    import gc

    from django.template import engines

    from tracker import gunicorn

    assert (gunicorn.bind, gunicorn.timeout) == ("0.0.0.0:8000", 120)
    try:
        gunicorn.post_worker_init(worker=None)
        assert gc.get_freeze_count() > 10_000  # the framework, the views and the templates
        cached = engines["django"].engine.template_loaders[0].get_template_cache
        assert "releases/announcement_detail.html" in cached
    finally:
        gc.unfreeze()


@pytest.mark.skipif(not shutil.which("docker-compose"), reason="docker-compose is not installed here")
def test_compose_file_validates():
    result = subprocess.run(
        ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        env={"SECRET_KEY": "validation-only", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


NGINX = (ROOT / "tracker" / "nginx.conf").read_text()


def nginx_directive(name: str) -> list[str]:
    """The values a directive is given in nginx.conf (comments left out)."""
    lines = [line.split("#", 1)[0].strip() for line in NGINX.splitlines()]
    return [line[len(name) :].strip(" ;") for line in lines if line.startswith(name + " ") and line.endswith(";")]


def seconds(value: str) -> int:
    return int(value.removesuffix("s"))


def test_only_the_buffering_proxy_is_published_and_it_reads_requests_whole_under_timeouts():
    # Three clients sending a header line a second held gunicorn's three sync workers and
    # /healthz timed out: the proxy reads each request whole before gunicorn sees it.
    services = COMPOSE["services"]
    assert "ports" not in services["web"]
    assert services["proxy"]["ports"] == ["8000:8080"]
    assert "./tracker/nginx.conf:/etc/nginx/nginx.conf:ro" in services["proxy"]["volumes"]
    assert seconds(nginx_directive("client_header_timeout")[0]) <= 15
    assert seconds(nginx_directive("client_body_timeout")[0]) <= 15
    assert nginx_directive("client_max_body_size") == ["1m"]
    assert nginx_directive("proxy_request_buffering") == ["on"]
    assert nginx_directive("proxy_buffering") == ["on"]
    assert nginx_directive("proxy_pass") == ["http://web"]
    assert nginx_directive("server") == ["web:8000"]
    # The client's address replaces any X-Forwarded-For it sent; the app reads that one.
    assert "X-Forwarded-For $remote_addr" in nginx_directive("proxy_set_header")
    assert COMPOSE["x-app"]["environment"]["RATE_LIMIT_PROXIES"] == "1"


def test_the_proxy_serves_the_static_files_the_web_service_collects():
    assert nginx_directive("alias") == ["/srv/static/"]
    assert "static:/srv/static:ro" in COMPOSE["services"]["proxy"]["volumes"]
    assert "static:/app/staticfiles" in COMPOSE["services"]["web"]["volumes"]
    assert "collectstatic" in " ".join(command_of("web"))
    assert "static" in COMPOSE["volumes"]


def test_redis_bounds_the_cache_and_never_evicts_the_task_queues():
    # Every distinct query string was stored, without a bound. The queues have no expiry
    # and a volatile-* policy evicts only keys that have one (the cache's).
    command = command_of("redis")
    assert command[command.index("--maxmemory") + 1].endswith(("mb", "gb"))
    assert command[command.index("--maxmemory-policy") + 1].startswith("volatile-")


SCALE = ROOT / "docker-compose.scale.yml"


def test_scale_override_runs_two_web_and_two_workers_one_beat_and_migrates_once():
    services = yaml.safe_load(SCALE.read_text())["services"]
    assert (services["web"]["scale"], services["worker"]["scale"], services["beat"]["scale"]) == (2, 2, 1)
    # Two replicas migrating at once would race: only the one-shot service migrates.
    assert "migrate" not in " ".join(services["web"]["command"])
    assert services["migrate"]["command"] == ["python", "manage.py", "migrate", "--no-input"]
    assert services["migrate"]["image"] == COMPOSE["services"]["web"]["image"]
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}


@pytest.mark.skipif(not shutil.which("docker-compose"), reason="docker-compose is not installed here")
def test_scale_override_validates_with_the_base_file():
    result = subprocess.run(
        ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "-f", str(SCALE), "config"],
        env={"SECRET_KEY": "validation-only", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    merged = yaml.safe_load(result.stdout)["services"]
    assert merged["web"]["scale"] == 2 and merged["web"]["expose"] == ["8000"]
    assert set(merged["web"]["depends_on"]) == {"db", "redis", "migrate"}


def test_the_database_compresses_full_page_images_and_texts():
    """Filing at a million sources writes whole index pages to the WAL after each checkpoint
    (docs/SCALING.md); the compose database compresses them and the articles' texts."""
    command = command_of("db")
    settings = dict(part.split("=", 1) for part in command[2::2])
    assert command[0] == "postgres" and set(command[1::2]) == {"-c"}
    assert settings["wal_compression"] == "lz4" and settings["default_toast_compression"] == "lz4"
