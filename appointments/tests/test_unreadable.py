"""What the current keys cannot decrypt is kept as it is, on every path: a
coordinator's save, a deletion, the retention purge, the file download, the export
and the outbox never write over it, fail, or show the token."""

import logging

import pytest
from cryptography.fernet import Fernet
from django.db import connection
from django.utils import timezone
from django.utils.translation import override

from appointments import outbox, retention, storage
from appointments.apps import COORDINATORS
from appointments.crypto import Unreadable, unreadable_fields
from appointments.models import Attachment, ConsultationRequest, OutboxMessage
from appointments.tests.test_protection import a_request, staff

pytestmark = pytest.mark.django_db
TABLES = ("appointments_consultationrequest", "appointments_attachment", "appointments_outboxmessage")


def raw_rows() -> dict[str, list[tuple]]:
    with connection.cursor() as cursor:
        rows = {}
        for table in TABLES:
            cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608 (fixed names)
            rows[table] = cursor.fetchall()
    return rows


@pytest.fixture
def lost_key(settings, tmp_path):
    """A request, its file and its e-mail written with one key; the site then started
    with a key list that lacks it (a rotation done wrong)."""
    settings.PRIVATE_ROOT = tmp_path
    request = a_request(status=ConsultationRequest.Status.NEW, notes="call back Tuesday")
    Attachment.objects.create(
        request=request, name="scan.pdf", content_type="application/pdf", size=6, stored_as=storage.store(b"%PDF-1")
    )
    outbox.queue(["minji@example.org"], "Your reference", request.reference)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    return ConsultationRequest.objects.get(pk=request.pk)


def test_unreadable_is_a_state_kept_through_any_save(lost_key):
    before = raw_rows()
    assert isinstance(lost_key.name, Unreadable)
    with override("en"):
        assert str(lost_key.name) == "[cannot be decrypted with the current keys]"  # never the token
    assert set(unreadable_fields(lost_key)) >= {"name", "email", "question", "notes"}
    lost_key.status = ConsultationRequest.Status.IN_PROGRESS
    lost_key.save()  # any code path's save: the ciphertext goes back as it was
    after = raw_rows()
    changed = [(old, new) for old, new in zip(before[TABLES[0]][0], after[TABLES[0]][0], strict=True) if old != new]
    assert changed == [("new", "in_progress")]


def test_a_coordinator_sees_why_and_cannot_overwrite_or_delete_it(lost_key):
    coordinator = staff(COORDINATORS)
    before = raw_rows()
    url = f"/admin/appointments/consultationrequest/{lost_key.pk}/change/"
    page = coordinator.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "DJANGO_FIELD_ENCRYPTION_KEYS" in html and "Nothing of it has been changed or lost" in html
    assert 'name="_save"' not in html  # read-only
    assert lost_key.name.token not in html  # never the token
    posted = coordinator.post(url, {"status": "closed", "notes": "overwritten"})
    assert posted.status_code == 403
    assert (
        coordinator.post(f"/admin/appointments/consultationrequest/{lost_key.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    # The file and the export say what is wrong; nothing answers 500.
    attachment = Attachment.objects.get()
    download = coordinator.get(
        f"/admin/appointments/consultationrequest/{lost_key.pk}/files/{attachment.pk}/", follow=True
    )
    assert download.status_code == 200 and "DJANGO_FIELD_ENCRYPTION_KEYS" in download.content.decode()
    assert raw_rows() == before


def test_a_missing_file_is_a_message_not_an_error(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    request = a_request()
    name = storage.store(b"%PDF-1")
    attachment = Attachment.objects.create(
        request=request, name="scan.pdf", content_type="application/pdf", size=6, stored_as=name
    )
    storage.remove(name)
    page = staff(COORDINATORS).get(
        f"/admin/appointments/consultationrequest/{request.pk}/files/{attachment.pk}/", follow=True
    )
    assert page.status_code == 200 and "missing from the private files folder" in page.content.decode()


def test_the_purge_keeps_what_it_cannot_read_until_the_key_is_back(lost_key, caplog):
    ConsultationRequest.objects.filter(pk=lost_key.pk).update(delete_after=timezone.localdate().replace(year=2000))
    with caplog.at_level(logging.WARNING, logger="netclinic.retention"):
        assert retention.purge() == 0
    assert ConsultationRequest.objects.filter(pk=lost_key.pk).exists()
    assert "retention.unreadable" in caplog.text


def test_the_outbox_skips_what_it_cannot_read_logs_it_once_and_sends_the_rest(lost_key, caplog, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core import mail

    outbox.queue(["other@example.org"], "Readable", "with the current key")
    before = OutboxMessage.objects.order_by("pk").first()
    token = OutboxMessage.objects.filter(pk=before.pk).values_list("body", flat=True).get()
    later = timezone.now() + outbox.MAX_WAIT * 2
    with caplog.at_level(logging.WARNING, logger="netclinic.outbox"):
        assert outbox.send_due() == (1, 0)
        assert outbox.send_due(now=later) == (0, 0)  # tried again later: not logged again
    assert caplog.text.count("outbox.unreadable") == 1
    assert [m.subject for m in mail.outbox] == ["Readable"]
    assert OutboxMessage.objects.filter(pk=before.pk).values_list("body", flat=True).get() == token  # kept
