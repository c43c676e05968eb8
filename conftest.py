import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from netclinic.tests.server import running_site
from netclinic.tests.utils import require_tool

# Playwright's sync API keeps an event loop in the main thread; Django's ORM
# would otherwise refuse to run in the tests that follow a browser test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Headless, and no background traffic: this machine reaches no network but the loopback.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site's real seed content, loaded once per run."""
    with django_db_blocker.unblock():
        call_command("load_content", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_caches(settings):
    """Tests change content inside transactions that never commit, so the page
    cache (keyed by what commits) is off unless a test turns it on; and no test
    sees what another left in the cache."""
    from django.core.cache import cache

    from content.versions import forget_all

    settings.PAGE_CACHE = False
    cache.clear()
    forget_all()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing takes a fifth of a second on purpose; tests sign in hundreds of times."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
def site(tmp_path_factory) -> str:
    """The whole site with production settings, served by gunicorn on the loopback."""
    # Plain HTTP on the loopback: no TLS proxy in front of it here.
    with running_site(tmp_path_factory.mktemp("site"), DJANGO_SSL_REDIRECT="false") as base:
        yield base
