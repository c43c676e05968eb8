"""E-mail from the request form goes through an outbox: stored in the same
transaction as the request, sent after it commits, and tried again until the mail
server accepts it (by the next request's commit, the running site once a minute,
and `manage.py send_outbox` for cron). A message is deleted once the server has
accepted it, so nothing is sent twice; one that fails waits longer each time
(1, 2, 4 … minutes, at most an hour) and keeps only the kind of error, never an address.

What coordinators receive says only that a request arrived (no personal data); the
patient's copy holds only the reference.
"""

import datetime
import json
import logging
import smtplib
import threading
import time

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone

from appointments.models import OutboxMessage

logger = logging.getLogger("netclinic.outbox")
MAX_WAIT = datetime.timedelta(hours=1)
_lock = threading.Lock()
_state = {"last_run": 0.0}


def queue(recipients: list[str], subject: str, body: str) -> OutboxMessage | None:
    """Store a message to send (inside the caller's transaction)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    return OutboxMessage.objects.create(recipients=json.dumps(recipients), subject=subject, body=body)


def send_due(now: datetime.datetime | None = None) -> tuple[int, int]:
    """Send what is due. Returns (sent, failed)."""
    now = now or timezone.now()
    sent = failed = 0
    if not _lock.acquire(blocking=False):
        return 0, 0  # another thread of this process is sending
    try:
        connection = get_connection(fail_silently=False)
        for message in OutboxMessage.objects.filter(next_attempt_at__lte=now).order_by("created_at"):
            email = EmailMessage(
                message.subject, message.body, settings.DEFAULT_FROM_EMAIL, json.loads(message.recipients)
            )
            try:
                connection.send_messages([email])
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                message.attempts += 1
                wait = min(datetime.timedelta(minutes=2 ** (message.attempts - 1)), MAX_WAIT)
                message.next_attempt_at = now + wait
                message.last_error = type(error).__name__[:200]
                message.save(update_fields=["attempts", "next_attempt_at", "last_error"])
                logger.warning("outbox.failed", extra={"message_id": message.pk, "error": message.last_error})
                break  # the server is down: the rest wait for the next run
            else:
                # Accepted: gone, so that no later run sends it again.
                OutboxMessage.objects.filter(pk=message.pk).delete()
                sent += 1
        connection.close()
    finally:
        _lock.release()
    return sent, failed


def send_after_commit() -> None:
    transaction.on_commit(send_due)


def send_now_and_then() -> None:
    """For the running site: at most once a minute per process, send what is due."""
    if time.monotonic() - _state["last_run"] < 60:
        return
    _state["last_run"] = time.monotonic()
    if OutboxMessage.objects.filter(next_attempt_at__lte=timezone.now()).exists():
        send_due()
