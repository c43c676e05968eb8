"""Uploaded images: checked, re-encoded and served as resized renditions.

An upload is accepted only if Pillow recognises it as a JPEG, PNG or WebP
within the byte and pixel limits. It is then re-encoded from its pixels alone,
which drops EXIF and GPS data, comments, XMP, text chunks and anything appended
to the file, and stored under a random name.
Renditions in several widths (WebP, with JPEG or PNG as fallback) are made
once, when the image is saved, so pages never resize anything.
"""

import contextlib
import io
import uuid
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps

# Pillow's format name -> (extension, content type)
FORMATS = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png"), "WEBP": ("webp", "image/webp")}
RENDITION_WIDTHS = (320, 640, 960, 1440)
RENDITIONS_DIR = "renditions"


def check_size(size: int) -> None:
    max_bytes = settings.IMAGE_MAX_BYTES
    if size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s MB). Please upload an image of at most %(max)s MB."),
            params={"size": round(size / 1_000_000, 1), "max": max_bytes // 1_000_000},
            code="too_large",
        )


def open_checked(data: bytes) -> Image.Image:
    """Open image bytes, or raise a ValidationError that tells the editor why not."""
    check_size(len(data))
    max_pixels = settings.IMAGE_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # A decompression bomb announces itself with this warning first.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS:
                raise ValidationError(_("Please upload a JPEG, PNG or WebP image."), code="format")
            width, height = image.size
            if width * height > max_pixels:
                raise ValidationError(
                    _(
                        "The image is too big (%(width)s × %(height)s pixels). "
                        "Please upload one of at most %(max)s megapixels."
                    ),
                    params={"width": width, "height": height, "max": max_pixels // 1_000_000},
                    code="too_many_pixels",
                )
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The image is too big to open safely."), code="bomb") from None
    except Exception:  # Pillow raises many kinds of errors for broken files.
        raise ValidationError(
            _("This file is not an image we can read. Please upload a JPEG, PNG or WebP image."), code="invalid"
        ) from None
    return image


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    elif fmt == "PNG":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "WEBP", quality=82, method=4)
    return out.getvalue()


def bare(image: Image.Image) -> Image.Image:
    """The pixels alone: no comment, EXIF, XMP, text chunk or any other metadata that
    an encoder would write back (Pillow writes a JPEG's comment again when saving).
    Colours in a camera's own profile are converted to sRGB first; only a palette's
    transparency, which is part of the pixels, is kept."""
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA"):
        # (a broken profile: the pixels as they are)
        with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError):
            converted = ImageCms.profileToProfile(
                image, ImageCms.ImageCmsProfile(io.BytesIO(profile)), ImageCms.createProfile("sRGB")
            )
            image = converted or image
    image.info = {key: value for key, value in image.info.items() if key == "transparency"}
    return image


def reencode(data: bytes) -> ContentFile:
    """The upload, re-encoded in its own format without metadata, under a random name."""
    image = open_checked(data)
    fmt = str(image.format)  # one of FORMATS: open_checked refused any other
    # Apply the camera's rotation before the EXIF that carries it is dropped.
    image = ImageOps.exif_transpose(image)
    image = bare(image)
    if fmt == "PNG" and image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGBA")
    extension, _content_type = FORMATS[fmt]
    return ContentFile(_encode(image, fmt), name=f"{uuid.uuid4().hex}.{extension}")


def rendition_name(name: str, width: int, extension: str) -> str:
    path = PurePosixPath(name)
    return str(path.parent / RENDITIONS_DIR / f"{path.stem}-{width}.{extension}")


def rendition_widths(original_width: int) -> list[int]:
    """The widths made for an image: the standard ones it is wider than, or its own."""
    widths = [w for w in RENDITION_WIDTHS if w < original_width]
    return widths or [original_width]


def fallback_extension(name: str) -> str:
    """Browsers without WebP get JPEG, or PNG where the original is a PNG (transparency)."""
    return "png" if name.lower().endswith(".png") else "jpg"


def make_renditions(name: str) -> list[str]:
    """Write the resized copies of a stored image; return their names."""
    with default_storage.open(name, "rb") as f:
        image = Image.open(f)
        image.load()
    fallback = fallback_extension(name)
    written = []
    for width in rendition_widths(image.width):
        height = max(1, round(image.height * width / image.width))
        resized = image.resize((width, height), Image.Resampling.LANCZOS) if width != image.width else image
        for extension, fmt in (("webp", "WEBP"), (fallback, "PNG" if fallback == "png" else "JPEG")):
            target = rendition_name(name, width, extension)
            if default_storage.exists(target):
                default_storage.delete(target)
            default_storage.save(target, ContentFile(_encode(resized, fmt)))
            written.append(target)
    return written


def is_live_image(path: str, live: set[str]) -> bool:
    """Whether `path` (under MEDIA_ROOT) is a live image or one of its renditions."""
    if path in live:
        return True
    parts = PurePosixPath(path)
    if parts.parent.name != RENDITIONS_DIR:
        return False
    stem, _dash, width = parts.stem.rpartition("-")
    return width.isdigit() and str(parts.parent.parent / stem) in live
