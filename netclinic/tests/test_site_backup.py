"""Whole-site backups: everything a site holds comes back, and deleted items can still be recovered.

A site is made in a folder of its own (its SQLite file and media, as `make serve`
keeps them), given what a working site has, backed up with `manage.py backup`, and
restored with `manage.py restore` onto a new, empty site.
"""

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path

import psycopg
import pytest

from content.testing.commands import manage as run_manage
from content.testing.commands import sqlite_rows
from content.testing.server import FIELD_KEY

# What staff do on a working site, run inside the first site.
WORKING_SITE = """
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
from axes.models import AccessAttempt, AccessLog
from clinic.models import Department, Treatment
from content.testing.images import clean, image_bytes

editor = User.objects.create_user("editor", password="an-editor-password-123", is_staff=True)
editor.groups.add(Group.objects.get(name="Editors"))
TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
department = Department.objects.get(slug="radiology")
department.name_en = "Radiology (edited)"
department.image = clean(image_bytes(size=(700, 400)))
department.image_alt_ko, department.image_alt_en = "영상", "Imaging"
department._history_user = editor
department.save()
draft = Department.objects.create(slug="draft-department", name_ko="초안", name_en="Draft", is_published=False)
Treatment.objects.get(name_en="Sunitinib").delete()
AccessAttempt.objects.create(username="someone", ip_address="203.0.113.7", user_agent="x", http_accept="*",
                             path_info="/admin/login/", get_data="", post_data="", failures_since_start=2)
AccessLog.objects.create(username="editor", ip_address="203.0.113.8", user_agent="x", http_accept="*",
                         path_info="/admin/login/")
# A patient's request with a file (encrypted under DJANGO_PRIVATE_ROOT).
from appointments import storage
from appointments.models import Attachment, ConsultationRequest
request = ConsultationRequest.objects.create(language="ko", asker="patient", name="Kim", reply_language="ko",
                                             question="When?", consent="as shown")
Attachment.objects.create(request=request, name="report.pdf", content_type="application/pdf", size=13,
                          stored_as=storage.store(b"%PDF-1.4 test"))
print("ready")
"""

# In the restored site: a coordinator downloads the request's file.
DOWNLOAD = """
import hashlib
from django.contrib.auth.models import User
from django.test import Client
from appointments.models import Attachment

User.objects.create_superuser("coordinator", "", "a-coordinator-password-123")
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(User.objects.get(username="coordinator"))
attachment = Attachment.objects.get()
response = client.get(f"/admin/appointments/consultationrequest/{attachment.request_id}/files/{attachment.pk}/")
print(response.status_code, hashlib.sha256(response.content).hexdigest())
"""

# In the restored site: the deleted medicine comes back through the admin's recovery page.
RECOVER = """
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from clinic.models import Treatment

User.objects.create_superuser("restorer", "", "a-restorer-password-123")
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(User.objects.get(username="restorer"))
record = Treatment.history.filter(name_en="Sunitinib", history_type="-").first()
response = client.post(reverse("admin:deleted_items"), {"model": "clinic.treatment", "history_id": record.history_id})
print(response.status_code, Treatment.objects.filter(name_en="Sunitinib").count())
"""


def site_env(folder: Path) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "DJANGO_PRIVATE_ROOT": str(folder / "private"),
        "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY,
    }


def manage(folder: Path, *command: str, check: bool = True):
    return run_manage(site_env(folder), *command, check=check)


def files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    original = tmp_path_factory.mktemp("original")
    manage(original, "migrate", "--noinput")
    manage(original, "load_content")
    assert "ready" in manage(original, "shell", "-c", WORKING_SITE).stdout
    archive = original.parent / "site.tar"
    out = manage(original, "backup", str(archive)).stdout
    assert "Backed up the sqlite database" in out
    return original, archive


def test_a_restored_site_holds_every_row_and_file_the_original_held(backed_up, tmp_path):
    original, archive = backed_up
    restored = tmp_path / "restored"
    restored.mkdir()
    out = manage(restored, "restore", str(archive)).stdout
    assert "Restored the backup" in out
    before, after = sqlite_rows(original / "db.sqlite3"), sqlite_rows(restored / "db.sqlite3")
    assert before == after
    for table in ("auth_user", "otp_totp_totpdevice", "clinic_historicaldepartment", "axes_accesslog"):
        assert before[table], table  # the comparison covered staff, devices, history and the audit trail
    # Every folder any app declares, the requests' encrypted files too.
    assert files(original / "media") == files(restored / "media") != {}
    assert files(original / "private") == files(restored / "private") != {}
    assert "No migrations to apply" in manage(restored, "migrate", "--noinput").stdout
    # A coordinator downloads the same bytes the patient sent.
    status, digest = manage(restored, "shell", "-c", DOWNLOAD).stdout.split()[-2:]
    assert (status, digest) == ("200", hashlib.sha256(b"%PDF-1.4 test").hexdigest())


def test_every_data_folder_an_app_declares_is_in_the_manifest(backed_up):
    """The registry, not a list in the backup code: a later app's folder is taken too."""
    from django.apps import apps

    _original, archive = backed_up
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        names = {member.name.split("/", 1)[0] for member in tar.getmembers() if "/" in member.name}
    declared = {name for config in apps.get_app_configs() for name in getattr(config, "data_folders", {})}
    assert declared >= {"media", "private"}
    assert set(manifest["folders"]) == declared and names <= declared
    assert all("/" not in name or name.split("/", 1)[0] in declared for name in manifest["files"])


def test_deleted_items_can_still_be_recovered_after_a_restore(backed_up, tmp_path):
    _original, archive = backed_up
    restored = tmp_path / "restored"
    restored.mkdir()
    manage(restored, "restore", str(archive))
    assert manage(restored, "shell", "-c", RECOVER).stdout.split()[-2:] == ["302", "1"]


def test_restore_refuses_a_site_that_is_not_empty(backed_up):
    original, archive = backed_up
    result = manage(original, "restore", str(archive), check=False)
    assert result.returncode != 0
    assert "Restore onto an empty site" in result.stderr


def test_restore_refuses_a_damaged_backup_and_changes_nothing(backed_up, tmp_path):
    _original, archive = backed_up
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            if member.name.startswith("media/") and member.isfile():
                content = bytearray(data.read())
                content[-1] ^= 0xFF
                member.size = len(content)
                data = io.BytesIO(bytes(content))
            target.addfile(member, data)
    restored = tmp_path / "restored"
    restored.mkdir()
    result = manage(restored, "restore", str(damaged), check=False)
    assert result.returncode != 0 and "does not match its checksum" in result.stderr
    assert not (restored / "media").exists()
    database = restored / "db.sqlite3"
    assert not database.exists() or sqlite_rows(database) == {}  # nothing was loaded


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar"
    bogus.write_text("not a tar file")
    result = manage(tmp_path, "restore", str(bogus), check=False)
    assert result.returncode != 0 and "is not a backup" in result.stderr


DATABASE_URL = os.environ.get("DATABASE_URL", "")


@pytest.mark.skipif(
    not DATABASE_URL.startswith("postgres"), reason="PostgreSQL backups: run by the PostgreSQL pass of .ci/run"
)
def test_a_postgresql_site_backs_up_with_pg_dump_and_restores(tmp_path):

    base, _slash, _name = DATABASE_URL.rpartition("/")
    names = ["netclinic_backup_original", "netclinic_backup_restored"]
    with psycopg.connect(DATABASE_URL, autocommit=True) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        urls = [f"{base}/{name}" for name in names]

        def run(url: str, *command: str):
            return run_manage({**site_env(tmp_path / url.rsplit("/", 1)[1]), "DATABASE_URL": url}, *command)

        run(urls[0], "migrate", "--noinput")
        run(urls[0], "load_content")
        assert "ready" in run(urls[0], "shell", "-c", WORKING_SITE).stdout
        archive = tmp_path / "site.tar"
        assert "Backed up the postgresql database" in run(urls[0], "backup", str(archive)).stdout
        assert "Restored the backup" in run(urls[1], "restore", str(archive)).stdout

        def snapshot(url: str) -> dict[str, list]:
            with psycopg.connect(url) as connection:
                tables = [
                    row[0]
                    for row in connection.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
                    )
                ]
                return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}  # noqa: S608

        original, restored = snapshot(urls[0]), snapshot(urls[1])
        assert original == restored and original["auth_user"] and original["clinic_historicaldepartment"]
        assert run(urls[1], "shell", "-c", RECOVER).stdout.split()[-2:] == ["302", "1"]
        status, digest = run(urls[1], "shell", "-c", DOWNLOAD).stdout.split()[-2:]
        assert (status, digest) == ("200", hashlib.sha256(b"%PDF-1.4 test").hexdigest())
    finally:
        with psycopg.connect(DATABASE_URL, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
