"""E-mail from the request form goes through an outbox: stored in the same
transaction as the request and sent later, never inside anyone's web request.

Who sends: `manage.py send_outbox`, every minute from cron or a systemd timer, is
the production path (README: Running it). A running site also wakes one background
thread per process after a request is stored and at most once a minute
(`kick`), so mail goes out on a laptop with nothing else running; a page never waits
for the mail server.

Nothing is sent twice, across threads, workers or machines: a sender first claims a
message with one atomic UPDATE that only one of them can win (its next attempt moved
past the claim's lease), sends it, and deletes it once the server has accepted it. A
sender that dies mid-send leaves its claim to expire, and the message is tried again
after CLAIM_LEASE. A backlog goes out in batches of BATCH, so one run is bounded. A
message that fails waits longer each time (1, 2, 4 … minutes, at most an hour) and
keeps only the kind of error, never an address. One that the current keys cannot
decrypt (appointments/crypto.py) is skipped, logged once, and kept for its key.

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
from django.db import connections, transaction
from django.utils import timezone

from appointments.crypto import unreadable_fields
from appointments.models import OutboxMessage

logger = logging.getLogger("netclinic.outbox")
MAX_WAIT = datetime.timedelta(hours=1)
CLAIM_LEASE = datetime.timedelta(minutes=10)  # longer than any send (EMAIL_TIMEOUT per message)
BATCH = 50
UNREADABLE = "Unreadable"
_sender_lock = threading.Lock()
_state = {"last_kick": 0.0}


def queue(recipients: list[str], subject: str, body: str) -> OutboxMessage | None:
    """Store a message to send (inside the caller's transaction)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    return OutboxMessage.objects.create(recipients=json.dumps(recipients), subject=subject, body=body)


def claim(pk: int, now: datetime.datetime) -> OutboxMessage | None:
    """The message, if this sender won it: one UPDATE, so two senders never both do."""
    won = OutboxMessage.objects.filter(pk=pk, next_attempt_at__lte=now).update(next_attempt_at=now + CLAIM_LEASE)
    return OutboxMessage.objects.filter(pk=pk).first() if won else None


def send_due(now: datetime.datetime | None = None, batch: int = BATCH) -> tuple[int, int]:
    """Send up to `batch` messages that are due. Returns (sent, failed)."""
    now = now or timezone.now()
    sent = failed = 0
    due = list(
        OutboxMessage.objects.filter(next_attempt_at__lte=now)
        .order_by("created_at")
        .values_list("pk", flat=True)[:batch]
    )
    if not due:
        return 0, 0
    connection = get_connection(fail_silently=False)
    try:
        for pk in due:
            message = claim(pk, now)
            if message is None:
                continue  # another sender has it
            if unreadable_fields(message):
                if message.last_error != UNREADABLE:  # logged once, not every minute
                    logger.warning("outbox.unreadable", extra={"message_id": message.pk})
                OutboxMessage.objects.filter(pk=pk).update(next_attempt_at=now + MAX_WAIT, last_error=UNREADABLE)
                continue
            email = EmailMessage(
                message.subject, message.body, settings.DEFAULT_FROM_EMAIL, json.loads(message.recipients)
            )
            try:
                connection.send_messages([email])
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                attempts = message.attempts + 1
                wait = min(datetime.timedelta(minutes=2 ** (attempts - 1)), MAX_WAIT)
                error_kind = type(error).__name__[:200]
                OutboxMessage.objects.filter(pk=pk).update(
                    attempts=attempts, next_attempt_at=now + wait, last_error=error_kind
                )
                logger.warning("outbox.failed", extra={"message_id": message.pk, "error": error_kind})
                break  # the server is down: the rest wait for the next run
            else:
                # Accepted: gone, so that no later run sends it again.
                OutboxMessage.objects.filter(pk=pk).delete()
                sent += 1
    finally:
        connection.close()
    return sent, failed


def send_all(now: datetime.datetime | None = None) -> tuple[int, int]:
    """Batch after batch until nothing is due or the server fails (send_outbox)."""
    sent = failed = 0
    while True:
        batch_sent, batch_failed = send_due(now)
        sent, failed = sent + batch_sent, failed + batch_failed
        if batch_failed or batch_sent == 0:
            return sent, failed


def _background_send() -> None:
    try:
        send_all()
    except Exception:  # a thread's error must not vanish, nor reach any page
        logger.exception("outbox.background_failed")
    finally:
        connections.close_all()  # this thread's own database connection
        _sender_lock.release()


def kick(force: bool = False) -> None:
    """Wake this process's background sender (at most once a minute unless forced);
    returns at once. Off when OUTBOX_BACKGROUND_SENDER is (send_outbox then sends)."""
    if not settings.OUTBOX_BACKGROUND_SENDER:
        return
    if not force and time.monotonic() - _state["last_kick"] < settings.OUTBOX_KICK_SECONDS:
        return
    if not _sender_lock.acquire(blocking=False):
        return  # already sending
    _state["last_kick"] = time.monotonic()
    threading.Thread(target=_background_send, name="outbox-sender", daemon=True).start()


def send_after_commit() -> None:
    """After the request's transaction commits: wake the sender (never send here)."""
    transaction.on_commit(lambda: kick(force=True))


def send_now_and_then() -> None:
    """For the running site: at most once a minute per process, wake the sender."""
    kick()
