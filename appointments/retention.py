"""Requests are deleted on schedule: each on its `delete_after` day (sent + the
retention period staff set on the appointments page, 1 year by default), with its
files, by the running site once a day per process and by `manage.py purge_requests`
for cron. Each deletion is in the audit log. A request the current keys cannot
decrypt waits for its key (appointments/crypto.py). Files no attachment names (a
worker killed between writing a file and committing its row) are removed too."""

import logging

from django.db import transaction
from django.utils import timezone

from appointments import storage
from appointments.models import Attachment, ConsultationRequest
from content import audit

logger = logging.getLogger("netclinic.retention")
_state: dict = {"day": None}


def purge() -> int:
    """Delete every request past its day. Returns how many."""
    today = timezone.localdate()
    deleted = 0
    for request in ConsultationRequest.objects.filter(delete_after__lt=today).prefetch_related("attachments"):
        if request.unreadable():
            # Deleting what cannot be read would hide a lost key: it waits for the key (README: Keys).
            logger.warning("retention.unreadable", extra={"request_id": request.pk})
            continue
        delete(request, None, action="deleted_on_schedule")
        deleted += 1
    orphans = storage.sweep_orphans(set(Attachment.objects.values_list("stored_as", flat=True)))
    if orphans:
        logger.warning("retention.orphan_files_removed", extra={"count": orphans})
    return deleted


def delete(request: ConsultationRequest, user, *, action: str = "deleted") -> None:
    """Delete a request and its files, and log it."""
    names = [attachment.stored_as for attachment in request.attachments.all()]
    with transaction.atomic():
        audit.record(action, user, request, name="" if user else "retention")
        request.delete()
    for name in names:
        storage.remove(name)


def purge_daily() -> None:
    """For the running site: once a day per process."""
    today = timezone.localdate()
    if _state["day"] != today:
        _state["day"] = today
        purge()
