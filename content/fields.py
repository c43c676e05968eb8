"""Model fields for staff-written content: Markdown text and checked images."""

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models
from django.urls import reverse

from content import images
from content.markup import render_markdown


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


class MarkdownField(models.TextField):
    """Long text that staff format with Markdown; pages show it sanitized."""

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
