"""Settings for Clemency Tracker, all from the environment.

With no variables set the app runs on an SQLite file with Celery tasks run eagerly
in-process and a local-memory cache, so `make run` needs nothing but Python.
`DATABASE_URL` switches to PostgreSQL, `REDIS_URL` to Redis for Celery and the cache.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """A boolean variable: only "true" or "false" (any case) are accepted."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value not in ("true", "false"):
        raise ImproperlyConfigured(f"{name} must be 'true' or 'false', not {raw!r}")
    return value == "true"


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated list variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    if raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from None


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is false")
    SECRET_KEY = "development-only-key-never-use-it-in-production-0123456789abcdef"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "releases.desk.apps.DeskAdminConfig",  # django.contrib.admin with the desk's sign-in
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_countries",
    "django_htmx",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "releases",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified() for the desk
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "releases.public.ratelimit.RateLimitMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # The tag libraries live in the packages that use them, not in the app's root.
            "libraries": {
                **{
                    name: f"releases.public.templatetags.{name}"
                    for name in ("i18n_links", "i18n_names", "i18n_numbers", "releases_tags")
                },
                "desk": "releases.desk.templatetags.desk",  # the editors' home page
            },
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"

# Database: an SQLite file unless DATABASE_URL names another.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 600), conn_health_checks=True
        )
    }
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # JIT compilation costs more than it saves on this app's short queries: it added
        # 1.4 s to the figures page's aggregates. A 100,000-row export sorts ~25 MB, which
        # the default 4 MB of work_mem sends to disk (docs/PERFORMANCE.md).
        work_mem = os.environ.get("DB_WORK_MEM", "32MB")
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c jit=off -c work_mem={work_mem}"
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: Celery broker, results and the cache when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
    CACHES = {
        "default": {
            "BACKEND": "releases.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ct",
            "TIMEOUT": 300,
            # A stalled Redis must not stall a page: give up quickly and fail open.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CELERY_BROKER_URL = "memory://"
    CELERY_RESULT_BACKEND = "cache+memory://"
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_TASK_EAGER_PROPAGATES = True
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": 300}}

CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task unacknowledged this long is delivered again: a worker killed mid-task loses its
# work for at most a minute. So no task may run, or wait for a retry, that long: a fetch
# ends by its deadline (FETCH_DEADLINE), the hard limit comes before the redelivery, and a
# retry waits at most FETCH_RETRY_MAX_WAIT (a task waiting past it would be delivered twice).
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 45)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 55)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 60)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 3600
FEED_POLL_INTERVAL = env_int("FEED_POLL_INTERVAL", 900)  # seconds
CELERY_BEAT_SCHEDULE = {
    "poll-all-feeds": {"task": "releases.tasks.poll_all_feeds", "schedule": float(FEED_POLL_INTERVAL)},
    # What editors asked while Redis was away runs within a minute of its return.
    "send-waiting": {"task": "releases.tasks.send_waiting", "schedule": 60.0},
}

# Fetching articles from the internet.
FETCH_ALLOW_PRIVATE_HOSTS = env_bool("FETCH_ALLOW_PRIVATE_HOSTS", False)
# Private networks that may be fetched all the same (an intranet news server), e.g. "10.1.2.0/24".
FETCH_ALLOWED_NETWORKS = env_list("FETCH_ALLOWED_NETWORKS")
FETCH_MAX_BYTES = env_int("FETCH_MAX_BYTES", 5 * 1024 * 1024)
FETCH_CONNECT_TIMEOUT = float(os.environ.get("FETCH_CONNECT_TIMEOUT", "5"))
FETCH_READ_TIMEOUT = float(os.environ.get("FETCH_READ_TIMEOUT", "15"))
# The whole fetch of one URL and its redirects, however slowly the server sends (seconds).
FETCH_DEADLINE = float(os.environ.get("FETCH_DEADLINE", str(FETCH_CONNECT_TIMEOUT + 2 * FETCH_READ_TIMEOUT)))
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", 5)
FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", "ClemencyTracker/1.0 (+https://github.com/clemency-tracker; news importer)"
)
# A network failure is retried this many times, waiting FETCH_RETRY_BACKOFF s, then 2x, 4x…
FETCH_MAX_RETRIES = env_int("FETCH_MAX_RETRIES", 5)
FETCH_RETRY_BACKOFF = env_int("FETCH_RETRY_BACKOFF", 30)
FETCH_RETRY_MAX_WAIT = env_int("FETCH_RETRY_MAX_WAIT", 50)

# Failed admin logins are counted per client address; past the limit the address waits.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env_int("RATE_LIMIT_PROXIES", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# Staff sign in with a password and a code from an authenticator app or a recovery code
# (releases/desk/signin.py). Off in development so `make run` needs no phone.
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", not DEBUG)
OTP_TOTP_ISSUER = "Clemency Tracker"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Security: strict by default whenever DEBUG is off.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Load balancers and compose probe /healthz over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

PAGE_SIZE = 50

# Editors' reasons for corrections are shown to readers; a sentence or two must fit.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
# Public pages are kept this long in the cache, keyed on the public generation, so an edit
# shows at once (releases/pagecache.py); 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# How long a process keeps the public generation it read before reading it again: a change
# made by another process shows on this one's cached pages at most this late (releases/
# invalidation.py). 0 reads it on every request.
PUBLIC_GENERATION_TTL_MS = env_int("PUBLIC_GENERATION_TTL_MS", 1000)

# Rate limits per client: name -> (path pattern, requests, window in seconds). A limit of
# 0 turns a rule off (the load benchmark does, since all its traffic has one address).
RATE_LIMITS = {
    "export": (r"/export\.(csv|json)$", env_int("RATE_LIMIT_EXPORTS", 30), 60),
    # Any full-text search: the search page, and ?q= on the lists and the feed.
    "search": (
        r"^/(?:[a-z]{2}/)?(?:search|announcements|figures|feeds)/",
        env_int("RATE_LIMIT_SEARCHES", 120),
        60,
        "q",
    ),
}
# How many trusted reverse proxies append to X-Forwarded-For (0: use the socket address).
RATE_LIMIT_PROXIES = env_int("RATE_LIMIT_PROXIES", 0)
