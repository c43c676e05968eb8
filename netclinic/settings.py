"""Settings for netclinic, driven by environment variables.

Local defaults just work (DEBUG on, an SQLite file, a development-only secret
key). With DEBUG off the site refuses to start without a real secret key.
"""

import datetime
import os
from pathlib import Path
from typing import Any

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a true/false variable; anything else is a configuration error."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


DEBUG = env_bool("DJANGO_DEBUG", True)
# `make run` runs with DEBUG on, yet a newcomer should meet the 404 and 500 pages that
# patients see; Django's technical pages (settings, tracebacks) are for developers who
# ask for them. Only matters with DEBUG on (netclinic.middleware.SiteErrorPagesMiddleware).
TECHNICAL_ERROR_PAGES = env_bool("DJANGO_TECHNICAL_ERRORS", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # A guessable key in production would let anyone forge sessions.
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is false.")
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin classes win.
    "modeltranslation",
    "content.admin_apps.NetclinicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "solo",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # The content core, then the apps built on it (discovered: see content/apps.py).
    "content",
    "clinic",
    "rights",
    "appointments",
    "international",
    "search",
]

MIDDLEWARE = [
    # Outermost: one log line per request, with its status and duration.
    "netclinic.middleware.RequestLogMiddleware",
    # Then: refuse an oversized body before anything reads it.
    "netclinic.middleware.RequestSizeLimitMiddleware",
    # Compresses pages, cached ones too, for clients that accept it (static files
    # come compressed already). Outside the page cache, which stores them plain.
    "django.middleware.gzip.GZipMiddleware",
    # Drafts scheduled for now go live before any page is served (cached ones too).
    "netclinic.middleware.ScheduledPublishingMiddleware",
    # Sends the request form's waiting e-mail and deletes requests past their day (appointments/).
    "appointments.middleware.HousekeepingMiddleware",
    # Counts searches for the editors' report, cached ones too (search/log.py).
    "search.log.SearchLogMiddleware",
    # Next: a cached public page skips all the rest (its headers were stored with it).
    "netclinic.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, as whitenoise's documentation says: a static file
    # (already compressed, with a far-future lifetime) skips everything below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # With DEBUG on, the site's own 404 and 500 pages unless DJANGO_TECHNICAL_ERRORS=true.
    "netclinic.middleware.SiteErrorPagesMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A method a page does not take answers 405, not the CSRF "form expired" page.
    "netclinic.middleware.MethodNotAllowedMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records which staff member made each change in the history.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses sign-in attempts while a username is locked out from an address.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "netclinic.urls"
# A less obvious admin path keeps casual scanners off the sign-in page.
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"
WSGI_APPLICATION = "netclinic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "content.context_processors.languages",
                "content.context_processors.navigation",
                "clinic.context_processors.clinic",
                "appointments.context_processors.appointments",
            ],
        },
    },
]

# Form widgets use the project's templates (templates/widgets/) too.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Reusing connections saves a TCP and auth round trip per request on PostgreSQL.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two people sending at once: WAL lets readers go on while one writes; every write
    # transaction takes the lock when it begins (IMMEDIATE), so waiting for it is all a
    # second writer does, for up to 20 s, instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": env_int("SQLITE_BUSY_TIMEOUT_SECONDS", 20),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Korean first: most patients read Korean, and `/` falls back to it.
LANGUAGE_CODE = "ko"
LANGUAGES = [
    ("ko", _("Korean")),
    ("en", _("English")),
    ("ru", _("Russian")),
    ("zh-hans", _("Simplified Chinese")),
    ("ar", _("Arabic")),
    ("mn", _("Mongolian")),
]
# Korean and English are the clinic's own languages: its editors and medical reviewers
# write and sign off both. The other four are translations, each shown to patients only
# once a translator of that language has approved it (content/translations.py).
SOURCE_LANGUAGES = ("ko", "en")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

# An empty English field falls back to the Korean text rather than leaving a
# blank heading; an empty text in a translation falls back to English (then Korean);
# optional texts empty in every language hide their part.
MODELTRANSLATION_DEFAULT_LANGUAGE = "ko"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "ko"), "ko": ("en",), "en": ("ko",)}
# The tabbed admin would otherwise fetch jQuery UI from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Django serves uploaded images itself unless a separate media host does (README).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            # Hashed names let whitenoise serve assets with a one-year cache lifetime.
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Behind the TLS proxy, the proxy tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Nothing in the browser needs the CSRF cookie: forms carry the token.
CSRF_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp 4): our own origin only; no inline script or
# style anywhere, the admin included. JSON-LD data blocks are not scripts that run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        # Lighthouse fetches robots.txt from inside the page.
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY: dict[str, list[str]] = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}

# Admin sign-in: after 5 failures for a username from one address, that pair
# waits out the cooling-off period (django-axes).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# And failures from one address across usernames (credential stuffing): 30 within the
# cooling-off period pause the address (content/admin_site.py). A hospital network
# shares one address, so a few mistakes must not lock everyone out: 30 is six people
# each reaching their own 5-failure pause, while a script gets 30 guesses per 15
# minutes instead of unlimited (and nginx adds 10 a minute per address).
SIGNIN_ADDRESS_FAILURE_LIMIT = env_int("SIGNIN_ADDRESS_FAILURE_LIMIT", 30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "content.security.client_ip"
# How many proxies in front of the site append to X-Forwarded-For: the TLS proxy.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0 if DEBUG else 1)
# ... and the addresses it connects from: X-Forwarded-For is believed only from these.
TRUSTED_PROXY_ADDRESSES = env_list("DJANGO_TRUSTED_PROXY_ADDRESSES", ["127.0.0.1", "::1"])

# Two-factor sign-in (django-otp: an authenticator app, TOTP, and recovery codes).
# On, the default with DEBUG off: every staff member gives a code, and a new one is
# led to set up an authenticator at first sign-in (content/admin_twofactor.py).
# Off (make run): only staff who have set one up give a code.
ADMIN_REQUIRE_2FA = env_bool("DJANGO_ADMIN_REQUIRE_2FA", not DEBUG)
ADMIN_RECOVERY_CODES = 10
OTP_TOTP_ISSUER = "NET Clinic website"
# Never show a device's key, QR code or recovery codes in the admin (content/admin.py
# replaces django-otp's device admins with secret-free ones; this covers any other).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "netclinic.views.csrf_failure"

# Logs are JSON lines on stderr: one per request (method, path without the query,
# status, duration) and Django's own errors. No headers, cookies, query strings or
# form contents are ever logged.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "private": {"()": "netclinic.logs.Private"},
        "security_event": {"()": "netclinic.logs.SecurityEvent"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["private"]},
        # Handler filters see the records of child loggers too (logger filters do not).
        "security": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["private", "security_event"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own loggers write JSON lines too (not also its plain-text console lines).
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # One line per request comes from netclinic.requests; Django's would repeat it.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # A client's bad request (disallowed host, too large, too many fields): one warning.
        "django.security": {"handlers": ["security"], "level": "WARNING", "propagate": False},
    },
}

# Uploaded images: limits that keep a phone photo in and a decompression bomb out.
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 10_000_000)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# A form's text (not its files) may be this large, so that even a very long paste
# reaches the form, which says what is too long and keeps what was typed, instead of a
# bare 400 (a Korean character is 9 bytes in an urlencoded form: 1,000,000 of them fit).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Any request body larger than this is refused with 413 before Django reads it
# (netclinic.middleware.RequestSizeLimitMiddleware; nginx refuses it earlier still).
REQUEST_MAX_BYTES = max(IMAGE_MAX_BYTES, DATA_UPLOAD_MAX_MEMORY_SIZE) + 1_000_000

# How long a reviewed medical text stays current before it is due again.
REVIEW_INTERVAL_DAYS = env_int("REVIEW_INTERVAL_DAYS", 365)
# E-mail (content/notifications.py): printed to the console under make run; in
# production an SMTP server from the environment.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "netclinic@localhost")
# The site's address for links in e-mail sent without a request (a scheduled publication).
SITE_ORIGIN = os.environ.get("DJANGO_SITE_ORIGIN", "http://127.0.0.1:8000")

# Medical content (items with review dates) goes live only with a Medical reviewer's
# approval (content/drafts.py): on by default in production, off under make run.
CONTENT_APPROVAL_REQUIRED = env_bool("CONTENT_APPROVAL_REQUIRED", not DEBUG)

# Where public pages find the glossary terms whose first mention they link.
MARKDOWN_GLOSSARY = "clinic.glossary.glossary_terms"

AXES_VERBOSE = False

# Caches: Redis, shared by every instance, when REDIS_URL is set; otherwise this
# process's memory. Pages are keyed by the content version, which lives in the
# database, so even per-process caches never serve a page older than a save.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# The counts behind every limit (netclinic/security.py: the request form, previews):
# shared by all workers and instances, so Redis when there is one, else the database
# (a table that content's migration 0006 makes).
CACHES["limits"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "limits"}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "netclinic_limits"}
)
# Longer than any window: a count's incr (a read and a write on the database) keeps this timeout.
CACHES["limits"]["TIMEOUT"] = 2 * 3600
# Search result pages: in each process, at most 300 (about 6 MB), the oldest dropped
# first; apart from the pages, so that searches nobody repeats never push them out.
CACHES["search_pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "search-pages",
    "OPTIONS": {"MAX_ENTRIES": 300},
}
PAGE_CACHE_QUERIES = "search_pages"
# Every key hashed: a key holding what someone typed is never kept or printed.
for _cache in CACHES.values():
    _cache["KEY_FUNCTION"] = "content.security.hashed_key"
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 24 * 3600)
# The pages that read query parameters (URL name: parameters). Any other parameter,
# such as a campaign tag or a random one meant to miss the cache, changes nothing
# on the page, so it shares the page's cache entry instead of making a new one.
# Each parameter with the function that normalises it as the page reads it.
PAGE_CACHE_QUERY_PARAMETERS = {"search:search": {"q": "search.views.clean_query"}}

# Site search's report of what patients search for (search/log.py): counts are
# written at most this often per process, and nothing is kept longer than SEARCH_LOG_DAYS.
SEARCH_LOG_FLUSH_SECONDS = env_int("SEARCH_LOG_FLUSH_SECONDS", 60)
SEARCH_LOG_DAYS = 90

# Consultation requests (appointments/): personal fields and files are encrypted with
# these Fernet keys (comma-separated; the first encrypts, all decrypt: README, "Keys").
# Required when DEBUG is off; under DEBUG a local key is made once in .local/.
FIELD_ENCRYPTION_KEYS = env_list("DJANGO_FIELD_ENCRYPTION_KEYS", [])
if not FIELD_ENCRYPTION_KEYS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_FIELD_ENCRYPTION_KEYS is required when DEBUG is off: it encrypts patients' requests (README)."
        )
    _local_key = BASE_DIR / ".local" / "field-encryption.key"
    if not _local_key.exists():
        _local_key.parent.mkdir(exist_ok=True)
        _local_key.write_text(Fernet.generate_key().decode())
        _local_key.chmod(0o600)
    FIELD_ENCRYPTION_KEYS = [_local_key.read_text().strip()]
# Where request attachments are kept, encrypted: never under MEDIA_ROOT, never served publicly.
PRIVATE_ROOT = Path(os.environ.get("DJANGO_PRIVATE_ROOT", BASE_DIR / "private"))
# The form's limits.
REQUEST_ATTACHMENTS_MAX = 3
REQUEST_ATTACHMENT_MAX_BYTES = 3_000_000
REQUEST_QUESTION_MAX_CHARS = 2000
REQUEST_MIN_SECONDS = env_int("REQUEST_MIN_SECONDS", 3)  # faster than this is a robot
REQUEST_RATE_PER_ADDRESS = env_int("REQUEST_RATE_PER_ADDRESS", 5)  # per hour
REQUEST_RATE_GLOBAL = env_int("REQUEST_RATE_GLOBAL", 100)  # per hour, all visitors
# Where "a new request has arrived" goes: the coordinators' shared address, else the
# e-mail of each active member of the Patient coordinators group.
COORDINATORS_EMAIL = os.environ.get("DJANGO_COORDINATORS_EMAIL", "")
# The outbox (appointments/outbox.py) is sent by `send_outbox` from cron; the running
# site also wakes a background thread per process, which never holds up a page.
OUTBOX_BACKGROUND_SENDER = env_bool("DJANGO_OUTBOX_BACKGROUND_SENDER", True)
OUTBOX_KICK_SECONDS = env_int("DJANGO_OUTBOX_KICK_SECONDS", 60)  # at most this often per process
