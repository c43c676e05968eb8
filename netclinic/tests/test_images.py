"""Uploaded images: only real images within limits, re-encoded, served as renditions."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.urls import reverse
from PIL import Image

from clinic.models import Department
from content import images
from content.fields import CheckedImageFormField
from netclinic.tests.utils import department_form


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def image_bytes(fmt: str = "JPEG", size=(1600, 1000), exif_gps: bool = False, mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (20, 120, 140) if mode == "RGB" else None)
    out = io.BytesIO()
    kwargs = {}
    if exif_gps:
        exif = Image.Exif()
        exif[0x010F] = "CameraMaker"  # Make
        exif[0x8825] = {1: "N", 2: (37.0, 29.0, 18.0), 3: "E", 4: (127.0, 5.0, 9.0)}  # GPS
        kwargs["exif"] = exif.tobytes()
    image.save(out, fmt, **kwargs)
    return out.getvalue()


def upload(data: bytes, name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def clean(data: bytes, name: str = "photo.jpg"):
    return CheckedImageFormField().clean(upload(data, name))


def test_jpeg_is_reencoded_without_exif_or_gps_under_a_random_name():
    original = image_bytes(exif_gps=True)
    assert b"CameraMaker" in original
    cleaned = clean(original, "my-home-address.jpg")
    data = cleaned.read()
    assert b"CameraMaker" not in data and b"Exif" not in data
    assert Image.open(io.BytesIO(data)).getexif() == {}
    assert "my-home-address" not in cleaned.name
    assert cleaned.name.endswith(".jpg") and len(cleaned.name) == 32 + 4


def test_anything_appended_to_the_file_is_dropped():
    payload = b"<?php system($_GET['c']); ?>" * 10
    data = clean(image_bytes() + payload).read()
    assert b"<?php" not in data


@pytest.mark.parametrize(("fmt", "extension"), [("PNG", "png"), ("WEBP", "webp")])
def test_png_and_webp_are_accepted(fmt, extension):
    assert clean(image_bytes(fmt), f"x.{extension}").name.endswith(f".{extension}")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"GIF89a" + b"\0" * 100, "x.gif", "JPEG, PNG or WebP"),
        (b"this is a text file pretending to be a photo", "x.jpg", "not an image we can read"),
        (b"%PDF-1.4 fake", "x.png", "not an image we can read"),
        (image_bytes("GIF", (10, 10), mode="P"), "x.jpg", "JPEG, PNG or WebP"),
        (image_bytes()[:200], "x.jpg", "not an image we can read"),
    ],
)
def test_files_that_are_not_accepted_images_get_a_clear_message(data, name, message):
    with pytest.raises(ValidationError) as error:
        clean(data, name)
    assert message in " ".join(error.value.messages)


def test_files_over_the_byte_limit_are_refused(settings):
    settings.IMAGE_MAX_BYTES = 50_000
    with pytest.raises(ValidationError) as error:
        clean(image_bytes("PNG", (1000, 1000), mode="RGB") + b"\0" * 60_000)
    assert "too large" in " ".join(error.value.messages)


def test_images_over_the_pixel_limit_are_refused(settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    with pytest.raises(ValidationError) as error:
        clean(image_bytes("PNG", (2000, 1000)), "x.png")
    assert "too big" in " ".join(error.value.messages)


def test_decompression_bombs_are_refused():
    # A small file that claims 40,000 × 40,000 pixels: 1.6 gigapixels once opened.
    bomb = image_bytes("PNG", (40_000, 40_000), mode="1")
    assert len(bomb) < 1_000_000
    with pytest.raises(ValidationError) as error:
        clean(bomb, "bomb.png")
    assert "too big" in " ".join(error.value.messages)


@pytest.mark.django_db
def test_saving_makes_renditions_and_pages_show_them_with_srcset(client):
    department = Department.objects.get(slug="radiology")
    department.image = clean(image_bytes(size=(1000, 500)))
    department.image_alt_ko, department.image_alt_en = "영상검사 장비", "Imaging equipment"
    department.full_clean()
    department.save()
    assert (department.image_width, department.image_height) == (1000, 500)
    for width in (320, 640, 960):
        for ext in ("webp", "jpg"):
            assert default_storage.exists(images.rendition_name(department.image.name, width, ext))
    html = client.get("/en/departments/radiology/").content.decode()
    assert '<source type="image/webp" srcset="' in html
    assert "-320.webp 320w" in html and "-960.jpg 960w" in html
    assert 'width="960" height="480" alt="Imaging equipment"' in html
    assert 'alt="영상검사 장비"' in client.get("/ko/departments/radiology/").content.decode()


@pytest.mark.django_db
def test_small_images_are_not_enlarged():
    department = Department.objects.get(slug="radiology")
    department.image = clean(image_bytes("PNG", (200, 100)), "x.png")
    department.image_alt_ko = department.image_alt_en = "x"
    department.save()
    html = Template("{% load content %}{% picture d %}").render(Context({"d": department}))
    assert "-200.webp 200w" in html and "-200.png" in html and 'width="200" height="100"' in html


@pytest.mark.django_db
def test_alt_text_is_required_in_each_language_with_an_image():
    department = Department.objects.get(slug="radiology")
    department.image = clean(image_bytes())
    department.image_alt_ko, department.image_alt_en = "설명", ""
    with pytest.raises(ValidationError) as error:
        department.full_clean()
    assert "image_alt_en" in error.value.message_dict
    assert "image_alt_ko" not in error.value.message_dict


@pytest.mark.django_db
def test_admin_upload_of_a_non_image_shows_a_message_and_keeps_the_typed_text(admin_client):
    department = Department.objects.get(slug="radiology")
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(
        department,
        description_en="Typed text that must not be lost",
        image=upload(b"MZ\x90\x00 not an image", "virus.jpg"),
        image_alt_ko="사진",
        image_alt_en="Photo",
    )
    admin_client.post(reverse("set_language"), {"language": "en"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "not an image we can read" in html
    assert "Typed text that must not be lost" in html
    department.refresh_from_db()
    assert not department.image
