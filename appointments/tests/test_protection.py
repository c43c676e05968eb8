"""Patients' data protected by design: encrypted at rest, seen only by coordinators,
every opening, export and deletion logged, e-mail that loses and repeats nothing,
deletion on schedule, keys that rotate, and nowhere else the data could leak to."""

import datetime
import json

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from appointments import outbox, retention, storage
from appointments.apps import COORDINATORS
from appointments.models import Attachment, ConsultationRequest, OutboxMessage
from content.backup import content_models
from content.models import AuditEntry
from content.roles import EDITORS, MEDICAL_REVIEWERS, TRANSLATORS
from content.testing.commands import manage
from content.testing.server import FIELD_KEY, SECRET

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"
SECRET_WORDS = "Quokka-diagnosis-7731"


def a_request(**changes) -> ConsultationRequest:
    values = {
        "language": "en",
        "asker": "family",
        "name": "Kim Minji",
        "email": "minji@example.org",
        "reply_language": "en",
        "question": f"My father has {SECRET_WORDS}.",
        "consent": "as shown",
    }
    return ConsultationRequest.objects.create(**{**values, **changes})


def staff(role: str) -> Client:
    user = get_user_model().objects.create_user(f"{role.lower().replace(' ', '-')}-p", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    client.user = user
    return client


def test_a_copy_of_the_database_alone_reveals_nothing(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    request = a_request()
    Attachment.objects.create(
        request=request, name="report.pdf", content_type="application/pdf", size=9, stored_as=storage.store(b"%PDF-x")
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email, question FROM appointments_consultationrequest")
        raw = " ".join(cursor.fetchone())
        cursor.execute("SELECT name FROM appointments_attachment")
        raw += cursor.fetchone()[0]
    assert "Kim" not in raw and "minji" not in raw and SECRET_WORDS not in raw and "report" not in raw
    stored = next((tmp_path / "requests").iterdir()).read_bytes()
    assert b"%PDF" not in stored
    # With the key, all of it reads back.
    assert ConsultationRequest.objects.get().question.endswith(f"{SECRET_WORDS}.")


def test_only_coordinators_and_administrators_see_requests(admin_client):
    request = a_request()
    url = f"/admin/appointments/consultationrequest/{request.pk}/change/"
    for role in (EDITORS, TRANSLATORS, MEDICAL_REVIEWERS):
        client = staff(role)
        assert client.get("/admin/appointments/consultationrequest/").status_code == 403, role
        assert client.get(url).status_code in (302, 403, 404), role
        assert SECRET_WORDS not in client.get("/admin/").content.decode()
    assert staff(COORDINATORS).get(url).status_code == 200
    assert admin_client.get(url).status_code == 200


def test_the_list_shows_the_minimum_and_each_opening_is_logged():
    request = a_request()
    coordinator = staff(COORDINATORS)
    listing = coordinator.get("/admin/appointments/consultationrequest/")
    html = listing.content.decode()
    assert request.reference in html and "Kim Minji" not in html and SECRET_WORDS not in html
    assert listing["Cache-Control"] == "no-store" or "no-store" in listing["Cache-Control"]
    page = coordinator.get(f"/admin/appointments/consultationrequest/{request.pk}/change/")
    assert SECRET_WORDS in page.content.decode() and "no-store" in page["Cache-Control"]
    entry = AuditEntry.objects.get(action="opened")
    assert entry.actor == coordinator.user and entry.object_repr == request.reference


def test_a_coordinator_answers_exports_and_deletes_and_each_is_logged(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    request = a_request()
    name = storage.store(b"%PDF-1.4 report")
    attachment = Attachment.objects.create(
        request=request, name="r.pdf", content_type="application/pdf", size=15, stored_as=name
    )
    coordinator = staff(COORDINATORS)
    url = f"/admin/appointments/consultationrequest/{request.pk}/"
    response = coordinator.post(url + "change/", {"status": "answered", "notes": "Called back on Monday."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "answered" and request.notes == "Called back on Monday."
    file = coordinator.get(url + f"files/{attachment.pk}/")
    assert file.content == b"%PDF-1.4 report" and "attachment" in file["Content-Disposition"]
    export = coordinator.get(url + "export/")
    assert SECRET_WORDS in export.content.decode() and "no-store" in export["Cache-Control"]
    assert coordinator.post(url + "delete/", {"post": "yes"}).status_code == 302
    assert not ConsultationRequest.objects.exists() and not (tmp_path / "requests" / name).exists()
    actions = list(AuditEntry.objects.filter(object_repr=request.reference).values_list("action", flat=True))
    assert {"opened", "changed", "exported", "deleted"} <= set(actions)
    assert all(SECRET_WORDS not in e.reason and "Kim" not in e.object_repr for e in AuditEntry.objects.all())


def test_the_audit_log_cannot_be_changed_from_the_admin(admin_client):
    request = a_request()
    staff(COORDINATORS).get(f"/admin/appointments/consultationrequest/{request.pk}/change/")
    entry = AuditEntry.objects.get(action="opened")
    assert admin_client.post(f"/admin/content/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_requests_reach_no_search_no_sitemap_no_backup_and_no_history(client):
    a_request()
    assert SECRET_WORDS not in json.dumps(list(client.get("/en/search/", {"q": "Quokka"}).context["results"]))
    assert "consultation" not in client.get("/sitemap.xml").content.decode()
    assert ConsultationRequest not in content_models() and Attachment not in content_models()
    assert not hasattr(ConsultationRequest, "history")


@pytest.fixture
def smtp(settings):
    """A real SMTP server on the loopback, not started: the test starts it when it wants it up."""
    from content.testing.smtp import smtp_server

    controller, handler = smtp_server(settings)
    yield controller, handler
    if getattr(controller, "_thread", None) is not None:
        controller.stop()


def test_the_outbox_loses_nothing_while_the_mail_server_is_down_and_sends_nothing_twice(smtp, settings):
    controller, handler = smtp
    settings.COORDINATORS_EMAIL = "coordinators@example.org"
    outbox.queue(["coordinators@example.org"], "New consultation request", "Sign in to read it.")
    outbox.queue(["patient@example.org"], "Your reference", "NET-AAAA2222")
    assert outbox.send_due() == (0, 1)  # down: nothing sent, nothing lost
    assert OutboxMessage.objects.count() == 2
    waiting = OutboxMessage.objects.order_by("pk").first()
    assert waiting.attempts == 1 and waiting.last_error and "example.org" not in waiting.last_error
    controller.start()
    later = timezone.now() + datetime.timedelta(minutes=2)
    assert outbox.send_due(now=later) == (2, 0)
    assert outbox.send_due(now=later) == (0, 0)
    call_command("send_outbox")
    assert sorted(recipients[0] for recipients, _body in handler.messages) == [
        "coordinators@example.org",
        "patient@example.org",
    ]
    assert not OutboxMessage.objects.exists()


def test_a_sent_request_is_stored_before_any_email_is_tried(smtp, client, settings, django_capture_on_commit_callbacks):
    """The mail server is down when the patient sends: the request is safe, the e-mail waits."""
    settings.REQUEST_MIN_SECONDS, settings.COORDINATORS_EMAIL = 0, "coordinators@example.org"
    import re

    html = client.get("/en/appointments/").content.decode()
    token = re.search(r'name="started" value="([^"]+)"', html).group(1)
    data = {
        "asker": "patient",
        "name": "Lee",
        "phone": "010-0000-0000",
        "reply_language": "en",
        "question": "When can I come?",
        "consent_personal": "on",
        "consent_health": "on",
        "started": token,
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/en/appointments/", data).status_code == 302
    assert ConsultationRequest.objects.count() == 1
    assert OutboxMessage.objects.count() == 1  # tried after the commit, failed, kept


def test_requests_are_deleted_on_schedule_with_their_files(settings, tmp_path, capsys):
    settings.PRIVATE_ROOT = tmp_path
    old = a_request()
    name = storage.store(b"old file")
    Attachment.objects.create(request=old, name="a.png", content_type="image/png", size=8, stored_as=name)
    ConsultationRequest.objects.filter(pk=old.pk).update(delete_after=timezone.localdate() - datetime.timedelta(days=1))
    kept = a_request(name="Park")
    assert retention.purge() == 1
    assert list(ConsultationRequest.objects.all()) == [kept]
    assert not (tmp_path / "requests" / name).exists()
    entry = AuditEntry.objects.get(action="deleted_on_schedule")
    assert entry.object_repr == old.reference and entry.actor is None
    call_command("purge_requests")
    assert "Requests deleted on schedule: 0." in capsys.readouterr().out


def test_the_retention_period_staff_set_is_used_and_shown(client):
    from appointments.models import AppointmentsPage

    AppointmentsPage.objects.update(retention_days=90)
    request = a_request()
    assert request.delete_after == (request.sent_at + datetime.timedelta(days=90)).date()
    assert "90 days" in client.get("/en/appointments/").content.decode()


def test_a_new_key_goes_first_and_rotation_re_encrypts_everything(settings, tmp_path, capsys):
    settings.PRIVATE_ROOT = tmp_path
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    request = a_request()
    Attachment.objects.create(
        request=request, name="n.pdf", content_type="application/pdf", size=4, stored_as=storage.store(b"data")
    )
    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_encryption_key")
    assert "1 files" in capsys.readouterr().out
    settings.FIELD_ENCRYPTION_KEYS = [new_key]  # the old key removed: everything still reads
    fresh = ConsultationRequest.objects.get()
    assert fresh.question.endswith(f"{SECRET_WORDS}.") and fresh.name == "Kim Minji"
    assert storage.read(Attachment.objects.get().stored_as) == b"data"


def test_production_refuses_to_start_without_a_key():
    env = {"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": SECRET, "DJANGO_FIELD_ENCRYPTION_KEYS": ""}
    result = manage(env, "check", check=False)
    assert result.returncode != 0 and "DJANGO_FIELD_ENCRYPTION_KEYS is required" in result.stderr
    # With a key it starts (check --deploy with production settings: netclinic/tests/test_security.py).
    assert manage({**env, "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY}, "check", check=False).returncode == 0
