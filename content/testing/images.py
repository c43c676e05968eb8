"""Test images made in memory, and the form field's cleaning of them."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from content.fields import CheckedImageFormField


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
    """What the admin's image field makes of an upload (a re-encoded file), or ValidationError."""
    return CheckedImageFormField().clean(upload(data, name))
