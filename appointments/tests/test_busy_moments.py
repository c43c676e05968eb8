"""Busy moments lose nothing: people sending at once on SQLite all get through, a
write that still fails gives the form back with everything typed, the same form
sent twice is stored once, and files a killed worker left behind are swept."""

import os
import re
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import OperationalError

from appointments import retention, storage
from appointments.models import Attachment, ConsultationRequest
from appointments.tests.test_protection import a_request
from appointments.tests.test_request_form import send

pytestmark = pytest.mark.django_db


def test_the_same_form_sent_twice_is_stored_once(client, settings):
    settings.REQUEST_MIN_SECONDS = 0
    html = client.get("/en/appointments/").content.decode()
    key = re.search(r'name="submission" value="([0-9a-f]{32})"', html).group(1)
    first = send(client, submission=key)
    second = send(client, submission=key)  # the answer was lost; Send pressed again
    assert first.status_code == second.status_code == 302
    assert ConsultationRequest.objects.count() == 1
    assert ConsultationRequest.objects.get().reference in client.get("/en/appointments/sent/").content.decode()
    # A key that is not one the form gave is no key: the request is stored as new.
    assert send(client, submission="../../etc").status_code == 302
    assert ConsultationRequest.objects.count() == 2


def test_a_busy_database_gives_the_form_back_with_everything_typed(client, settings, monkeypatch, tmp_path):
    settings.REQUEST_MIN_SECONDS, settings.PRIVATE_ROOT = 0, tmp_path

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(ConsultationRequest.objects, "create", locked)
    response = send(client, question="A question typed with care over many minutes.")
    html = response.content.decode()
    assert response.status_code == 503
    assert "We could not save your request just now" in html
    assert "A question typed with care over many minutes." in html and 'value="홍길동"' in html
    assert not ConsultationRequest.objects.exists()


def test_files_no_attachment_names_are_swept_once_no_request_can_be_writing_them(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    request = a_request()
    kept = storage.store(b"%PDF-1 kept")
    Attachment.objects.create(request=request, name="a.pdf", content_type="application/pdf", size=11, stored_as=kept)
    orphan, fresh = storage.store(b"left by a killed worker"), storage.store(b"being written now")
    hour_ago = time.time() - 3700
    for name in (kept, orphan):
        os.utime(storage.folder() / name, (hour_ago, hour_ago))
    retention.purge()
    assert sorted(p.name for p in storage.folder().iterdir()) == sorted([kept, fresh])


@pytest.mark.proxy
def test_ten_people_sending_at_once_on_sqlite_all_get_through(site, site_folder):
    """The served site (gunicorn, two workers, SQLite in WAL mode): ten patients, each
    from their own address, press Send at the same moment."""
    from appointments.tests.test_through_nginx import Patient

    def stored() -> int:
        with sqlite3.connect(site_folder / "db.sqlite3") as db:
            return db.execute("SELECT count(*) FROM appointments_consultationrequest").fetchone()[0]

    before = stored()
    patients = [Patient(site, f"127.0.1.{n}") for n in range(1, 11)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(lambda patient: patient.send_request(), patients))
    assert statuses == [302] * 10
    assert stored() == before + 10
