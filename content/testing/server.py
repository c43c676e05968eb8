"""The real site, as `make serve` runs it, in a process of its own for end-to-end tests."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

BASE_DIR = settings.BASE_DIR
VENV_BIN = Path(sys.executable).parent
SECRET = "a-test-only-secret-key-that-is-long-enough-for-django-0123456789"
# A Fernet key for the served site's encrypted requests (appointments/crypto.py): tests only.
FIELD_KEY = "h7sqXW8BPXq0X91-greoa_Sdz5e2aWcKMX24bOSGXuU="
# A staff account on the served site, for tests that use the admin. The served site
# requires two-factor sign-in (DEBUG off): the account has an authenticator and fixed
# recovery codes, one for each sign-in (admin_code()), since an authenticator's code
# is good only once in its 30 seconds. NEW_STAFF_USER + 'ko' or 'en' have set up nothing yet.
ADMIN_USER, ADMIN_PASSWORD = "e2e-admin", "an-e2e-test-password-0123"
NEW_STAFF_USER = "e2e-new-editor"
# One account per role on the served site, each with an authenticator and the same fixed
# recovery codes as ADMIN_USER (codes are per account; admin_code() never repeats one).
ROLE_USERS = {
    "Editors": "e2e-editor",
    "Medical reviewers": "e2e-reviewer",
    "Translators": "e2e-translator",
    "Patient coordinators": "e2e-coordinator",
}
ADMIN_RECOVERY_CODES = [f"e2e{n:05d}" for n in range(200)]
_codes_given = iter(ADMIN_RECOVERY_CODES)


def admin_code() -> str:
    """A recovery code of ADMIN_USER's not used yet in this test run."""
    return next(_codes_given)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http_get(url: str, headers: dict[str, str] | None = None):
    """A GET that returns redirects and errors as responses instead of following or raising."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(urllib.request.Request(url, headers=headers or {}), timeout=15)
    except urllib.error.HTTPError as error:
        return error


def http_post(url: str, body: bytes, headers: dict[str, str]):
    """A form POST that returns redirects and errors as responses instead of following or raising."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded", **headers}
    )
    try:
        return opener.open(request, timeout=15)
    except urllib.error.HTTPError as error:
        return error


@contextmanager
def running_site(tmp: Path, *, prepare: bool = True, workers: int | None = 2, **env_overrides: str) -> Iterator[str]:
    """Migrate and load a fresh database, collect static files, serve with gunicorn; yield the base URL.

    With prepare=False, serve what an earlier call in the same folder prepared;
    with workers=None, as many workers as gunicorn.conf.py chooses.
    """
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_PRIVATE_ROOT": str(tmp / "private"),
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        **env_overrides,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the tests' own setting, never production's
    # The seed is loaded live, as `make serve` loads it (in production it waits for a reviewer:
    # content/tests/test_seed_review.py); the site itself runs with sign-off on.
    loading = {"CONTENT_APPROVAL_REQUIRED": "false", **env_overrides}
    for command in (["migrate", "--noinput"], ["load_content"], ["collectstatic", "--noinput"]) if prepare else ():
        subprocess.run(
            [sys.executable, "manage.py", *command, "--verbosity", "0"],
            cwd=BASE_DIR,
            env={**env, **loading} if command == ["load_content"] else env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if prepare:
        create_admin = (
            "from django.contrib.auth import get_user_model; "
            "from django_otp.plugins.otp_totp.models import TOTPDevice; "
            "from django_otp.plugins.otp_static.models import StaticDevice; "
            f"admin = get_user_model().objects.create_superuser({ADMIN_USER!r}, '', {ADMIN_PASSWORD!r}); "
            f"[get_user_model().objects.create_user({NEW_STAFF_USER!r} + language, '', {ADMIN_PASSWORD!r}, "
            "is_staff=True) for language in ('ko', 'en')]; "
            "from django.contrib.auth.models import Group; "
            f"staff = [admin] + [get_user_model().objects.create_user(name, name + '@example.org', {ADMIN_PASSWORD!r}, "
            f"is_staff=True) for name in {list(ROLE_USERS.values())!r}]; "
            f"groups = {list(ROLE_USERS)!r}; "
            "[user.groups.add(Group.objects.get(name=group)) for user, group in zip(staff[1:], groups)]; "
            "[TOTPDevice.objects.create(user=user, name='phone', confirmed=True) for user in staff]; "
            "codes = [StaticDevice.objects.create(user=user, name='recovery', confirmed=True) for user in staff]; "
            f"[device.token_set.create(token=t) for device in codes for t in {ADMIN_RECOVERY_CODES!r}]"
        )
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", create_admin],
            cwd=BASE_DIR,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    log = tmp / f"gunicorn-{port}.log"
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "netclinic.wsgi", "--config", "gunicorn.conf.py"]
            + (["--workers", str(workers)] if workers else [])
            + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
        )
    yield from _serving(server, port, log)


def _serving(server: subprocess.Popen, port: int, log: Path) -> Iterator[str]:
    """The base URL once `server` answers on `port`; the server is stopped afterwards."""
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base, server, log)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_until_serving(base: str, server: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    """Return once the server answers; fail loudly, with its log, if it exits or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode} before serving:\n{log.read_text()[-3000:]}")
        try:
            http_get(base + "/healthz")
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer at {base} within {seconds} s:\n{log.read_text()[-3000:]}")


@contextmanager
def running_proxy(run: Path, upstream: str) -> Iterator[str]:
    """nginx with the production limits and locations (deploy/nginx/) in front of the
    site at `upstream` (a base URL on the loopback); yield the proxy's base URL."""
    from deploy.proxy import find_nginx, nginx_command, write_config

    nginx = find_nginx()
    if nginx is None:
        raise FileNotFoundError("nginx")
    port = free_port()
    config = write_config(run, port, int(upstream.rsplit(":", 1)[1]))
    subprocess.run(nginx_command(nginx, config) + ["-t", "-q"], check=True)
    log = run / "nginx-stderr.log"
    with log.open("wb") as log_file:
        server = subprocess.Popen(nginx_command(nginx, config), stdout=subprocess.DEVNULL, stderr=log_file)
    yield from _serving(server, port, log)
