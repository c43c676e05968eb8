"""The consultation request form: what is asked, how it is checked, and the
defences against robots that need no third party (a honeypot field, a minimum time
to fill, rate limits in appointments/views.py)."""

import io
import re
import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image

from appointments import pdf
from appointments.models import REPLY_LANGUAGES, ConsultationRequest
from content.images import open_checked, reencode

STARTED_SALT = "appointments.form-started"
SUBMISSION_KEY = re.compile(r"[0-9a-f]{32}")


def _attachments_help() -> str:
    """Translated when a page shows it, in that page's language (a lazy string formatted at
    import would be fixed in the default language)."""
    return gettext("Up to %(count)s files: PDF, JPEG or PNG, %(size)s MB each at most.") % {
        "count": settings.REQUEST_ATTACHMENTS_MAX,
        "size": settings.REQUEST_ATTACHMENT_MAX_BYTES // 1_000_000,
    }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def checked_file(upload) -> tuple[bytes, str]:
    """The file's bytes as they will be stored and its type, or a ValidationError saying why not.
    Images are re-encoded (content/images.py), which drops metadata and anything appended;
    PDFs are parsed and checked for active content by object (appointments/pdf.py)."""
    name = upload.name
    if upload.size > settings.REQUEST_ATTACHMENT_MAX_BYTES:
        limit = settings.REQUEST_ATTACHMENT_MAX_BYTES // 1_000_000
        raise ValidationError(_("%(name)s is larger than %(limit)s MB.") % {"name": name, "limit": limit})
    data = upload.read()
    if data.startswith(b"%PDF-"):
        try:
            pdf.check(data)
        except pdf.NotAPdf:
            raise ValidationError(_("%(name)s is not a complete PDF file.") % {"name": name}) from None
        except pdf.ActivePdf:
            raise ValidationError(
                _("%(name)s contains scripts or embedded files. Please send a plain PDF, or a photo of the page.")
                % {"name": name}
            ) from None
        return data, "application/pdf"
    try:
        image = open_checked(data)
    except ValidationError as error:
        if error.code in ("too_large", "too_many_pixels", "bomb"):
            raise ValidationError(
                _("%(name)s is too large an image (at most %(max)s megapixels). Please send a smaller photo.")
                % {"name": name, "max": settings.IMAGE_MAX_PIXELS // 1_000_000}
            ) from None
        raise ValidationError(_("%(name)s is not a PDF, JPEG or PNG file.") % {"name": name}) from None
    if image.format not in ("JPEG", "PNG"):
        raise ValidationError(_("%(name)s is not a PDF, JPEG or PNG file.") % {"name": name})
    cleaned = reencode(data).read()
    kind = Image.open(io.BytesIO(cleaned)).format
    return cleaned, "image/png" if kind == "PNG" else "image/jpeg"


class ConsultationRequestForm(forms.Form):
    asker = forms.ChoiceField(
        label=_("Who is asking?"), choices=ConsultationRequest.Asker.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Your name"), max_length=100)
    phone = forms.CharField(
        label=_("Telephone"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    reply_language = forms.ChoiceField(label=_("Reply in"), choices=REPLY_LANGUAGES, widget=forms.RadioSelect)
    question = forms.CharField(
        label=_("Your question"),
        max_length=settings.REQUEST_QUESTION_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6, "data-counter": "question-count"}),
        help_text=_("Please do not send resident registration numbers or bank details."),
    )
    diagnosis = forms.CharField(label=_("Diagnosis, if you know it (optional)"), max_length=300, required=False)
    treated_at = forms.CharField(label=_("Where you are treated now (optional)"), max_length=200, required=False)
    attachments = MultipleFileField(
        label=_("Files (optional)"),
        required=False,
        help_text=lazy(_attachments_help, str)(),
    )
    consent_personal = forms.BooleanField(
        label=_("I agree to the collection and use of my personal information as described above."),
        required=True,
        error_messages={"required": _("Without this consent we cannot receive your request.")},
    )
    consent_health = forms.BooleanField(
        label=_("I agree, separately, to the collection and use of the health information I send."),
        required=True,
        error_messages={"required": _("Without this consent we cannot receive your request.")},
    )
    send_copy = forms.BooleanField(
        label=_("E-mail me the reference number (the e-mail has no health information)."), required=False
    )
    # Robots fill every field; people never see this one (hidden by the site's CSS).
    website = forms.CharField(label=_("Leave this empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    # One key per form shown: a request sent twice (an answer lost, Send pressed again)
    # is stored once (appointments/views.py).
    submission = forms.CharField(widget=forms.HiddenInput, required=False, max_length=32)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        if not self.is_bound:
            self.initial["started"] = signing.TimestampSigner(salt=STARTED_SALT).sign(str(int(time.time())))
            self.initial["submission"] = uuid.uuid4().hex

    def clean_submission(self) -> str | None:
        value = self.cleaned_data.get("submission", "")
        return value if SUBMISSION_KEY.fullmatch(value) else None  # anything else: no key, stored as new

    def clean_started(self) -> str:
        """The form must have been on screen for REQUEST_MIN_SECONDS (a signed time)."""
        value = self.cleaned_data.get("started", "")
        try:
            signing.TimestampSigner(salt=STARTED_SALT).unsign(value, max_age=24 * 3600)
            started = int(value.split(":")[0])
        except (signing.BadSignature, ValueError):
            raise ValidationError(_("The form has expired. Please check your answers and send it again.")) from None
        if time.time() - started < settings.REQUEST_MIN_SECONDS:
            raise ValidationError(_("That was very fast. Please check your answers and send the form again."))
        return value

    def clean_attachments(self) -> list[tuple[str, bytes, str]]:
        files = self.cleaned_data.get("attachments") or []
        if len(files) > settings.REQUEST_ATTACHMENTS_MAX:
            raise ValidationError(
                _("Please send at most %(count)s files.") % {"count": settings.REQUEST_ATTACHMENTS_MAX}
            )
        checked, errors = [], []
        for upload in files:
            try:
                data, kind = checked_file(upload)
            except ValidationError as error:
                errors.extend(error.messages)
                continue
            checked.append((upload.name[:200], data, kind))
        if errors:
            raise ValidationError(errors)
        return checked

    def clean(self):
        cleaned = super().clean() or {}
        if not cleaned.get("phone") and not cleaned.get("email"):
            self.add_error("phone", _("Please give a telephone number or an e-mail address, so that we can reply."))
        if cleaned.get("send_copy") and not cleaned.get("email"):
            self.add_error("send_copy", _("To receive the reference by e-mail, please give your e-mail address."))
        if cleaned.get("website"):
            raise ValidationError(_("Please leave the last field empty."))
        return cleaned

    @property
    def files_lost(self) -> bool:
        """A browser never sends chosen files again: after an error they must be chosen again."""
        return bool(self.is_bound and self.files)
