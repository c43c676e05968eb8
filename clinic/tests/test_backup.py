"""Nothing lost: export all content to one archive and restore it into an empty database."""

import datetime
import io
import json
import zipfile

import pytest
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from clinic.models import Department, Physician
from clinic.tests.factories import radiology
from content.backup import ExactJSONEncoder, content_models
from content.testing.images import clean, image_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def snapshot() -> str:
    objects = [obj for model in content_models() for obj in model._default_manager.order_by("pk")]
    return serializers.serialize("json", objects, cls=ExactJSONEncoder)


def test_export_then_import_into_an_empty_database_gives_identical_content(tmp_path):
    department = radiology()
    department.image = clean(image_bytes(size=(700, 400)))
    department.image_alt_ko, department.image_alt_en = "영상", "Imaging"
    department.save()
    physician = Physician.objects.create(name_ko="의사", name_en="Doctor", biography_en="**Bio**")
    physician.departments.add(department)
    image_name = department.image.name
    image_bytes_before = default_storage.open(image_name).read()
    # A time with no sub-millisecond part, which Django's own JSON would shorten.
    Department.objects.filter(slug="gastroenterology").update(
        updated_at=datetime.datetime(2026, 1, 2, 3, 4, 5, 123, tzinfo=datetime.UTC)
    )
    before = snapshot()

    archive = tmp_path / "content.zip"
    call_command("export_content", str(archive), stdout=io.StringIO())
    assert zipfile.ZipFile(archive).testzip() is None

    for model in reversed(content_models()):
        model._default_manager.all().delete()
    default_storage.delete(image_name)
    assert snapshot() == "[]"

    call_command("import_content", str(archive), stdout=io.StringIO())
    assert snapshot() == before
    assert default_storage.open(image_name).read() == image_bytes_before
    restored = Physician.objects.get(name_en="Doctor")
    assert [d.slug for d in restored.departments.all()] == ["radiology"]


def test_import_refuses_a_database_that_has_content(tmp_path):
    archive = tmp_path / "content.zip"
    call_command("export_content", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="empty database"):
        call_command("import_content", str(archive), stdout=io.StringIO())


def test_import_refuses_what_is_not_an_archive(tmp_path):
    for model in reversed(content_models()):
        model._default_manager.all().delete()
    bogus = tmp_path / "bogus.zip"
    bogus.write_text("not a zip")
    with pytest.raises(CommandError, match="not a content archive"):
        call_command("import_content", str(bogus), stdout=io.StringIO())


def test_uploaded_media_is_served_with_nosniff_and_its_type(client):
    department = radiology()
    department.image = clean(image_bytes(size=(400, 300)))
    department.image_alt_ko = department.image_alt_en = "x"
    department.save()
    response = client.get(department.image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_archive_the_database_cannot_store_is_reported_and_nothing_is_imported(tmp_path):
    """PostgreSQL cannot hold NUL in text; SQLite can. Either every item is stored or none is, with a message."""

    exported = tmp_path / "content.zip"
    call_command("export_content", str(exported), stdout=io.StringIO())
    archive = tmp_path / "with-nul.zip"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(archive, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "content.json":
                objects = json.loads(data)
                department = next(obj for obj in objects if obj["model"] == "clinic.department")
                department["fields"]["name_en"] = "before\x00after"
                data = json.dumps(objects).encode()
            target.writestr(name, data)
    for model in reversed(content_models()):
        model._default_manager.all().delete()

    try:
        call_command("import_content", str(archive), stdout=io.StringIO())
    except CommandError as error:
        assert "cannot be stored" in str(error) and "nothing was imported" in str(error)
        assert snapshot() == "[]"
    else:
        assert Department.objects.filter(name_en="before\x00after").exists()
