"""The outbox on the served site (gunicorn, two workers, each with its background
sender) after the mail server comes back to a backlog: every message is sent once,
though both workers' senders work through the same list, and no page waits for it."""

import sqlite3
import time
import urllib.request

import pytest

from content.testing.commands import manage
from content.testing.server import FIELD_KEY, running_site
from content.testing.smtp import Collect

BACKLOG = 120

QUEUE = f"""
from appointments import outbox
for n in range({BACKLOG}):
    outbox.queue([f"patient{{n}}@example.org"], "Your reference", f"NET-{{n:08d}}")
print("queued")
"""


class SlowCollect(Collect):
    """A mail server that takes 20 ms over each message, as a real one may."""

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's API)
        import asyncio

        await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def mail_server():
    from aiosmtpd.controller import Controller

    from content.testing.server import free_port

    handler = SlowCollect()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    yield controller, handler
    if getattr(controller, "_thread", None) is not None:
        controller.stop()


def waiting(folder) -> int:
    with sqlite3.connect(folder / "db.sqlite3") as db:
        return db.execute("SELECT count(*) FROM appointments_outboxmessage").fetchone()[0]


def test_a_backlog_is_sent_once_by_two_workers_and_no_page_waits_for_it(tmp_path, mail_server):
    controller, handler = mail_server
    env = {
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(controller.port),
        "DJANGO_OUTBOX_KICK_SECONDS": "1",
        "DJANGO_SSL_REDIRECT": "false",
    }
    with running_site(tmp_path, **env) as base:
        site_env = {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY,
            "DJANGO_PRIVATE_ROOT": str(tmp_path / "private"),
        }
        # The mail server is down while the backlog builds up.
        assert "queued" in manage(site_env, "shell", "-c", QUEUE).stdout
        assert waiting(tmp_path) == BACKLOG
        controller.start()  # it comes back
        slowest, deadline = 0.0, time.monotonic() + 90
        while waiting(tmp_path) and time.monotonic() < deadline:
            started = time.monotonic()
            with urllib.request.urlopen(base + "/en/", timeout=10) as response:  # each page wakes its worker's sender
                assert response.status == 200
            slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.05)
    assert waiting(tmp_path) == 0, "the backlog was not sent"
    recipients = sorted(address for rcpt_tos, _text in handler.messages for address in rcpt_tos)
    assert recipients == sorted(f"patient{n}@example.org" for n in range(BACKLOG))  # each once
    assert slowest < 1.0, f"a page took {slowest:.2f} s while the backlog was sent"
