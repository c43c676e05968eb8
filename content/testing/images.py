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


def jpeg_with_metadata() -> bytes:
    """A JPEG whose comment is a script and whose XMP holds an address."""
    out = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">home-address</x:xmpmeta>'
    Image.new("RGB", (64, 48), (10, 20, 30)).save(out, "JPEG", comment=b"<script>alert(1)</script>", xmp=xmp)
    return out.getvalue()


def png_with_metadata() -> bytes:
    """A PNG with the same in a text chunk and an XMP chunk."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    info.add_itxt("XML:com.adobe.xmp", "home-address")
    out = io.BytesIO()
    Image.new("RGBA", (64, 48)).save(out, "PNG", pnginfo=info)
    return out.getvalue()
