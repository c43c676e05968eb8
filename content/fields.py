"""Model fields for staff-written content: Markdown text and checked images, and the
checks of what staff may write in them."""

import re

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content import images
from content.markup import MAX_MARKDOWN_CHARS, render_markdown


class MarkdownTextarea(AdminTextareaWidget):
    """A textarea with a formatting hint and a preview of the rendered text."""

    template_name = "widgets/markdown_textarea.html"

    class Media:
        js = ("js/markdown-preview.js",)
        css = {"all": ("css/admin.css",)}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["preview"] = render_markdown(value if isinstance(value, str) else "")
        context["preview_url"] = reverse("admin:markdown_preview")
        return context


def check_markdown_length(value: str | None) -> None:
    """A text longer than any real page's, refused with what to do (the typed text stays in the form)."""
    length = len(value or "")
    if length > MAX_MARKDOWN_CHARS:
        raise ValidationError(
            _(
                "This text has %(length)s characters; one text can have at most %(limit)s. "
                "Shorten it, or split it into several sections."
            ),
            code="markdown_too_long",
            params={"length": f"{length:,}", "limit": f"{MAX_MARKDOWN_CHARS:,}"},
        )


# A Korean nationwide number (15xx-xxxx, 16xx-xxxx, with or without a separator): it
# cannot be dialled from abroad (../shared/CONTENT.md).
NATIONWIDE_NUMBER = re.compile(r"(?<!\d)1[56]\d\d[-\s.]?\d{4}(?!\d)")


def no_nationwide_number(value: str | None) -> None:
    """For a text written to patients abroad: no number they cannot call."""
    if NATIONWIDE_NUMBER.search(value or ""):
        raise ValidationError(
            _(
                "Patients abroad cannot call a 15xx or 16xx number. "
                "Give the International Health Services e-mail instead."
            ),
            code="nationwide_number",
        )


class MarkdownField(models.TextField):
    """Long text that staff format with Markdown; pages show it sanitized.

    Its length is bounded (MAX_MARKDOWN_CHARS) by the model's validation, which the
    admin's forms run, without a maxlength on the textarea: a browser would cut a
    longer paste silently, where the form says what is wrong and keeps the text.
    """

    def validate(self, value, model_instance) -> None:
        super().validate(value, model_instance)
        check_markdown_length(value)

    def formfield(self, **kwargs):
        kwargs["widget"] = MarkdownTextarea
        return super().formfield(**kwargs)


class CheckedImageFormField(forms.ImageField):
    """Accepts a real JPEG, PNG or WebP within the limits and re-encodes it."""

    def to_python(self, data):
        # FileField's checks only: the image itself is checked by our own code,
        # which gives editors a clear message for each kind of bad upload.
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        if upload.size is not None:
            images.check_size(upload.size)  # before reading a huge file into memory
        upload.seek(0)
        return images.reencode(upload.read())


class CheckedImageField(models.ImageField):
    """An image stored under a random name, with its renditions made when saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("upload_to", "images/")
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        kwargs["form_class"] = CheckedImageFormField
        return super().formfield(**kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        is_new = bool(file) and not file._committed
        file = super().pre_save(model_instance, add)
        if is_new:
            images.make_renditions(file.name)
        return file
