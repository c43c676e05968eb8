"""The route to care: how to be seen (a page staff edit), the consultation request
form and what it collects, and the privacy policy.

The page and the policy are content (translated, with history). The requests are
patients' personal data: never content, so no history, no export, no search, no
sitemap; their personal fields and files are encrypted (appointments/crypto.py), only
Patient coordinators and Administrators see them (appointments/admin.py), every
opening, export and deletion is in the audit log, and they are deleted on schedule
(appointments/retention.py).
"""

import datetime
import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from appointments.crypto import EncryptedTextField, unreadable_fields
from content.fields import MarkdownField, no_nationwide_number

DEFAULT_RETENTION_DAYS = 365

# The languages a patient may ask the reply in: those of the hospital's International
# Health Services coordinators, besides Korean (../shared/CONTENT.md), each by its own
# name, as a patient looks for it.
REPLY_LANGUAGES = [
    ("ko", "한국어"),
    ("en", "English"),
    ("ru", "Русский"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
    ("mn", "Монгол"),
]


class AppointmentsPage(SingletonModel):
    """Appointments and referrals: the page, and the wording of the request form's consent."""

    title = models.CharField(_("title"), max_length=200)
    lead = MarkdownField(_("introduction"), blank=True, help_text=_("Shown under the page's heading."))
    main_phone = models.CharField(
        _("hospital's main number"), max_length=40, blank=True, help_text=_("The hospital's general line.")
    )
    main_phone_note = models.CharField(
        _("about the main number"),
        max_length=300,
        blank=True,
        help_text=_("Shown beside the number: what kind of line it is and who can call it."),
    )
    clinic_phone = models.CharField(
        _("clinic's own number"), max_length=40, blank=True, help_text=_("Leave empty to hide it.")
    )
    hours = MarkdownField(_("hours"), blank=True, help_text=_("When the clinic sees patients. Leave empty to hide it."))
    fees = MarkdownField(_("fees"), blank=True, help_text=_("Leave empty to hide it."))
    referral = MarkdownField(_("referral letter"), blank=True, help_text=_("What a referral is and why it is needed."))
    first_visit = MarkdownField(_("first visit"), blank=True, help_text=_("How a first visit works and what to bring."))
    international = MarkdownField(_("international patients"), blank=True, validators=[no_nationwide_number])
    international_email = models.EmailField(_("international patients' e-mail"), blank=True)
    form_introduction = MarkdownField(
        _("about the form"), blank=True, help_text=_("Shown above the consultation request form.")
    )
    consent_purpose = MarkdownField(
        _("consent: purpose"), blank=True, help_text=_("Why the personal information is collected (PIPA Art. 15(2)).")
    )
    consent_items = MarkdownField(_("consent: items collected"), blank=True)
    consent_refusal = MarkdownField(
        _("consent: the right to refuse"),
        blank=True,
        help_text=_("That the person may refuse, and what follows if they do."),
    )
    health_consent = MarkdownField(
        _("consent: health information"),
        blank=True,
        help_text=_("The separate consent to health information (PIPA Art. 23): what is collected and why."),
    )
    retention_days = models.PositiveIntegerField(
        _("keep requests for (days)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(30), MaxValueValidator(3650)],
        help_text=_(
            "Requests and their files are deleted automatically this many days after they were sent. "
            "The consent text shows this period."
        ),
    )

    class Meta:
        verbose_name = _("appointments page")

    def __str__(self) -> str:
        return self.title or str(_("appointments page"))

    def get_absolute_url(self) -> str:
        return reverse("appointments:appointments")


class PrivacyPolicy(SingletonModel):
    """The privacy policy (개인정보 처리방침), in the parts PIPA Art. 30 lists. A part
    left empty is hidden: nothing is published that no source gives."""

    title = models.CharField(_("title"), max_length=200)
    introduction = MarkdownField(_("introduction"), blank=True)
    purposes = MarkdownField(_("purposes of processing"), blank=True)
    items_processed = MarkdownField(_("items processed"), blank=True)
    retention = MarkdownField(_("retention period"), blank=True)
    destruction = MarkdownField(_("destruction"), blank=True)
    third_parties = MarkdownField(_("provision to third parties"), blank=True)
    entrustment = MarkdownField(_("entrustment of processing"), blank=True)
    rights = MarkdownField(_("your rights and how to use them"), blank=True)
    safety = MarkdownField(_("safety measures"), blank=True)
    automatic_collection = MarkdownField(_("cookies and automatic collection"), blank=True)
    officer = MarkdownField(
        _("privacy officer"), blank=True, help_text=_("Name, department and contact of the privacy officer.")
    )
    effective_date = models.DateField(
        _("in effect since"), null=True, blank=True, help_text=_("Leave empty to hide it.")
    )

    # The parts in the order the law lists them (PIPA Art. 30(1)).
    PARTS = (
        "purposes",
        "items_processed",
        "retention",
        "destruction",
        "third_parties",
        "entrustment",
        "rights",
        "safety",
        "automatic_collection",
        "officer",
    )

    def shown_parts(self) -> list[tuple[str, str, str]]:
        """(id, numbered heading, text) of each part the page shows: those with text,
        numbered in order (templates/appointments/privacy.html; search finds them by id)."""
        shown: list[tuple[str, str, str]] = []
        for name in self.PARTS:
            text = getattr(self, name)
            if text:
                number = len(shown) + 1
                heading = capfirst(self._meta.get_field(name).verbose_name)  # type: ignore[union-attr]
                shown.append((f"privacy-{number}", f"{number}. {heading}", text))
        return shown

    class Meta:
        verbose_name = _("privacy policy")

    def __str__(self) -> str:
        return self.title or str(_("privacy policy"))

    def get_absolute_url(self) -> str:
        return reverse("appointments:privacy")


def new_reference() -> str:
    """A reference patients can read out on the phone: NET-, then 8 characters
    without look-alikes (no 0/O, 1/I/L, 8/B, 2/Z, 5/S)."""
    alphabet = "34679ACDEFGHJKMNPQRTUVWXY"
    return "NET-" + "".join(secrets.choice(alphabet) for _ in range(8))


class ConsultationRequest(models.Model):
    """A question sent through the form. Personal data: see the module's docstring."""

    holds_personal_data = True  # content/roles.py gives editors nothing of it

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    class Asker(models.TextChoices):
        PATIENT = "patient", _("the patient")
        FAMILY = "family", _("a family member or carer")

    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference, editable=False)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True, editable=False)
    language = models.CharField(_("language of the site"), max_length=8, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    asker = models.CharField(_("who is asking"), max_length=10, choices=Asker.choices)
    name = EncryptedTextField(_("name"))
    phone = EncryptedTextField(_("telephone"), blank=True)
    email = EncryptedTextField(_("e-mail"), blank=True)
    reply_language = models.CharField(_("reply in"), max_length=8, choices=REPLY_LANGUAGES)
    question = EncryptedTextField(_("question"))
    diagnosis = EncryptedTextField(_("diagnosis"), blank=True)
    treated_at = EncryptedTextField(_("treated now at"), blank=True)
    consent = models.TextField(_("consent given"), editable=False, help_text=_("The consent texts as shown."))
    notes = EncryptedTextField(_("coordinator's notes"), blank=True)
    delete_after = models.DateField(_("deleted after"), editable=False)
    # The form's own key (appointments/forms.py): the same form sent again is this request.
    submission_key = models.CharField(max_length=32, unique=True, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-sent_at"]
        permissions = [("export_consultationrequest", "Can export consultation request")]

    def __str__(self) -> str:
        return self.reference  # never a name: this is what logs and the audit show

    def save(self, *args, **kwargs):
        if not self.delete_after:
            days = AppointmentsPage.get_solo().retention_days
            self.delete_after = (self.sent_at + datetime.timedelta(days=days)).date()
        super().save(*args, **kwargs)

    def unreadable(self) -> bool:
        """Whether any of its fields, or its files' names, cannot be decrypted with the
        current keys (appointments/crypto.py): then nothing may change or delete it."""
        return bool(unreadable_fields(self)) or any(unreadable_fields(a) for a in self.attachments.all())


class Attachment(models.Model):
    """A file sent with a request, stored encrypted outside the media folder."""

    holds_personal_data = True

    request = models.ForeignKey(ConsultationRequest, on_delete=models.CASCADE, related_name="attachments")
    name = EncryptedTextField(_("file name"))
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("size"))
    stored_as = models.CharField(max_length=80, unique=True, editable=False)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return f"{self.request.reference} #{self.pk}"


class OutboxMessage(models.Model):
    """An e-mail waiting to be sent (appointments/outbox.py): kept until the mail server
    accepts it, then deleted. Recipients and text are encrypted."""

    holds_personal_data = True

    created_at = models.DateTimeField(default=timezone.now)
    recipients = EncryptedTextField()
    subject = EncryptedTextField()
    body = EncryptedTextField()
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("e-mail waiting to be sent")
        verbose_name_plural = _("e-mail waiting to be sent")

    def __str__(self) -> str:
        return f"e-mail {self.pk}"  # never its recipients or text
