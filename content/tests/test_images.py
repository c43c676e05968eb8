"""Uploaded images: only real images within limits, re-encoded, served as renditions."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import override
from PIL import Image

from content.testing.images import clean, image_bytes, jpeg_with_metadata, png_with_metadata

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.fixture(autouse=True)
def in_english():
    """The messages below are the English ones (the Korean catalogue is tested on its own)."""
    with override("en"):
        yield


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


@pytest.mark.parametrize("original", [jpeg_with_metadata(), png_with_metadata()], ids=["jpeg", "png"])
def test_every_comment_and_metadata_segment_is_stripped(original):
    """A comment (here a script) or XMP survives no re-encoding of a public image
    (patients' files: appointments/tests/test_request_form.py)."""
    assert b"<script>" in original and b"home-address" in original
    public = clean(original).read()
    assert b"<script>" not in public and b"home-address" not in public and b"xmpmeta" not in public
    assert Image.open(io.BytesIO(public)).size == (64, 48)
