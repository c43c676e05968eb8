"""Fixtures every app's tests share. Helpers that are not fixtures live in content/testing/."""

import datetime
import io
import os
import zoneinfo
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client

from content.testing.browser import CHROMIUM_ARGS
from content.testing.server import running_proxy, running_site
from content.testing.tools import require_tool

# Playwright's sync API keeps an event loop in the main thread; Django's ORM
# would otherwise refuse to run in the tests that follow a browser test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# The session runs on a clock that starts at a fixed morning in Seoul and then ticks:
# a run never crosses midnight there, so "today" is the same for the seed and the tests.
SESSION_START = datetime.datetime(2026, 6, 15, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Seoul"))


@pytest.fixture(scope="session", autouse=True)
def seoul_morning():
    with time_machine.travel(SESSION_START, tick=True):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, seoul_morning):
    """Every test starts from the site's real seed content, loaded once per run."""
    with django_db_blocker.unblock():
        call_command("load_content", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_caches(settings):
    """Tests change content inside transactions that never commit, so the page
    cache (keyed by what commits) is off unless a test turns it on; and no test
    sees what another left in the cache."""
    from django.core.cache import caches

    from content.versions import forget_all

    settings.PAGE_CACHE = False
    # A test's transaction never commits, so a background sender's own connection
    # could not see its mail: in-process tests call the sender themselves, and the
    # background one is tested on a served site (appointments/tests/test_outbox_served.py).
    settings.OUTBOX_BACKGROUND_SENDER = False
    from django.core.cache.backends.db import DatabaseCache

    for cache in caches.all():
        if not isinstance(cache, DatabaseCache):  # (its table is rolled back with each test's transaction)
            cache.clear()
    forget_all()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language, whatever the one before it requested."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing takes a fifth of a second on purpose; tests sign in hundreds of times."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_client(db, django_user_model):
    """A signed-in superuser, separate from the anonymous `client`."""
    user = django_user_model.objects.create_superuser("editor-admin", "admin@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require_tool(CHROMIUM.exists(), f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def site_folder(tmp_path_factory) -> Path:
    """Where the served site keeps its database, static files and media."""
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="session")
def site(site_folder) -> str:
    """The whole site as `make serve` runs it (gunicorn, DEBUG off), on the loopback: one
    server for every test of the session that needs one. No TLS proxy is in front of it
    here, so it answers plain HTTP; requests that stand for the proxy's say so in
    X-Forwarded-Proto, and the redirect of plain HTTP is tested in-process (test_security)."""
    # Searches reach the editors' report at once (search/log.py), for the report's test.
    # The request form's robot clock is 1 s here (3 s in production), so journeys stay quick.
    with running_site(
        site_folder, DJANGO_SSL_REDIRECT="false", SEARCH_LOG_FLUSH_SECONDS="0", REQUEST_MIN_SECONDS="1"
    ) as base:
        yield base


@pytest.fixture(scope="module")
def proxy(site, tmp_path_factory):
    """Real nginx with the shipped configuration (deploy/nginx/) in front of the session's
    site, one per test module: {"base": its URL, "run": its folder, with nginx's logs}."""
    from deploy.proxy import find_nginx

    require_tool(find_nginx() is not None, "nginx not found: apt-get install nginx")
    run = tmp_path_factory.mktemp("proxy")
    with running_proxy(run, site) as base:
        yield {"base": base, "run": run}
