"""A real SMTP server on the loopback (aiosmtpd) that collects what the site sends,
for the tests of e-mail (content/notifications.py, appointments/outbox.py)."""

from aiosmtpd.controller import Controller

from content.testing.server import free_port


class Collect:
    """The messages the server accepted: (recipients, text)."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's API)
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def smtp_server(settings) -> tuple[Controller, Collect]:
    """A server, not yet started, and the site's mail settings pointed at it."""
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", controller.port, 2
    return controller, handler
