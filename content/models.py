"""Building blocks that every content app shares, and the core's own records."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from content.fields import CheckedImageField


class ContentQuerySet(models.QuerySet):
    def published(self) -> "ContentQuerySet":
        return self.filter(is_published=True)

    def visible_to(self, user) -> "ContentQuerySet":
        """Patients see what is published; staff also see drafts, to preview them."""
        return self if user.is_staff else self.published()

    def never_reviewed(self) -> "ContentQuerySet":
        """Reviewed items that no Medical reviewer has signed off yet."""
        return self.filter(last_reviewed__isnull=True)

    def overdue(self) -> "ContentQuerySet":
        """Reviewed items whose review date has passed."""
        return self.filter(next_review_due__lt=timezone.localdate())

    def due_soon(self, days: int = 30) -> "ContentQuerySet":
        """Reviewed items due for review within `days`."""
        today = timezone.localdate()
        return self.filter(next_review_due__gte=today, next_review_due__lte=today + datetime.timedelta(days=days))


class ContentItem(models.Model):
    """An item in an ordered list that staff can hide without deleting it."""

    order = models.PositiveIntegerField(
        _("order"),
        default=0,
        db_index=True,
        help_text=_("Items are listed from the lowest number to the highest."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Untick to hide this item from the site without deleting it."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


def default_next_review() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=settings.REVIEW_INTERVAL_DAYS)


class AlsoKnownAs(models.Model):
    """An item with other names that patients use for it: brand names, old names,
    other spellings, lay words. Site search finds the item by any of them and
    treats them as the same thing when they appear elsewhere."""

    other_names = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_(
            "Other names patients may search for, separated by commas: brand names, old names, other "
            "spellings, everyday words (for example: Sandostatin, carcinoid, operation). Not shown on the page."
        ),
    )

    # Each language has its own other names, or none.
    translation_optional = ("other_names",)

    class Meta:
        abstract = True

    def other_names_list(self) -> list[str]:
        """The other names in the current language, as staff typed them."""
        return [name.strip() for name in (self.other_names or "").split(",") if name.strip()]


class Reviewed(models.Model):
    """Medical information that clinic staff review on a schedule."""

    # Empty until a Medical reviewer signs the text off (content/admin_drafts.py
    # stamp_review): a page never claims a review that nobody made.
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            'When a Medical reviewer last approved this text. Shown to patients as "Page last reviewed"; '
            "empty until someone has."
        ),
    )
    next_review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("When the text must be checked again. The admin lists what is overdue or due soon."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("reviewed by"),
        help_text=_("The medical reviewer who approved the text last."),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def reviewer_name(self) -> str:
        """The approving reviewer's full name, for "Reviewed by" (never a username)."""
        return self.reviewed_by.get_full_name() if self.reviewed_by_id and self.reviewed_by else ""


class Illustrated(models.Model):
    """An optional image with alternative text in every language."""

    image = CheckedImageField(
        _("image"),
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=_("A JPEG, PNG or WebP image. It is resized for phones and screens and its metadata removed."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required in each language with an image."),
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.image:
            missing = {
                f"image_alt_{code}": _("Describe the image in this language too.")
                for code in settings.SOURCE_LANGUAGES  # (a translation without it is incomplete: shown in English)
                if not (getattr(self, f"image_alt_{code}", "") or "").strip()
            }
            if missing:
                raise ValidationError(missing)


class SeedRecord(models.Model):
    """Remembers which seed items were loaded once, so that loading the seed
    again neither duplicates them nor brings back what staff deleted.

    The key is the item's stable key in the seed data ("clinic.treatment:octreotide"),
    which never changes when its title does; the item it created is linked, so
    that its children find it whatever staff have renamed it to.
    """

    key = models.CharField(max_length=200, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        # The table keeps the name it had when the core lived in the netclinic package.
        db_table = "netclinic_seedrecord"
        verbose_name = _("loaded seed item")
        verbose_name_plural = _("loaded seed items")

    def __str__(self) -> str:
        return self.key


class ContentVersion(models.Model):
    """A counter that every content change moves on: cached pages of an older
    version are never served. One row, read once per cacheable request."""

    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "netclinic_contentversion"
        verbose_name = _("content version")

    def __str__(self) -> str:
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M})"


class Revision(models.Model):
    """A staged change to a live item: what its change form held when saved as a draft,
    kept until it is published, discarded or replaced (content/drafts.py).

    The form's own data is kept (every field in both languages, the inline sections
    and the chosen images, saved aside), so reopening the draft shows exactly what was
    typed, and publishing runs it through the same form, with its author's permissions,
    that a direct save would. One open draft per item, shared by everyone who edits it.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("a staged change", "Draft")
        SUBMITTED = "submitted", _("Awaiting review")
        SENT_BACK = "sent_back", _("Sent back")
        SCHEDULED = "scheduled", _("Scheduled")
        PUBLISHED = "published", _("Published")
        DISCARDED = "discarded", _("Discarded")

    class Action(models.TextChoices):
        CHANGE = "change", _("Change")
        DELETE = "delete", _("Deletion")

    OPEN = (Status.DRAFT, Status.SUBMITTED, Status.SENT_BACK, Status.SCHEDULED)

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("kind of item"))
    object_id = models.PositiveBigIntegerField(_("item"))
    object_repr = models.CharField(_("item"), max_length=200)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    action = models.CharField(
        _("what it does"),
        max_length=10,
        choices=Action.choices,
        default=Action.CHANGE,
        help_text="A change of the item, or its deletion (a request that waits for approval like any draft).",
    )
    data = models.JSONField(default=dict, help_text="The change form's fields, as posted.")
    base_data = models.JSONField(
        default=dict,
        help_text="The live item's form data when the draft began: the base of a merge (content/merge.py).",
    )
    files = models.JSONField(default=dict, help_text="Images chosen in the draft: form field name → stored file.")
    with_inlines = models.BooleanField(default=True)
    base_version = models.PositiveBigIntegerField(
        default=0, help_text="The item's last history entry when the draft began: a later one means it changed since."
    )
    change_reason = models.CharField(_("reason for the change"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("author")
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("last saved"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_comment = models.TextField(_("reviewer's comment"), max_length=4000, blank=True)
    go_live_at = models.DateTimeField(_("goes live at"), null=True, blank=True, db_index=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["content_type", "object_id", "status"])]
        permissions = [
            ("publish_revision", "Can publish drafts"),
            ("approve_revision", "Can approve drafts of medical content"),
        ]

    def __str__(self) -> str:
        return f"{self.object_repr} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def as_post(self):
        """The change form's data as it was posted (a QueryDict, as Django gave it)."""
        post = QueryDict(mutable=True)
        for key, values in self.data.items():
            if not key.startswith("__"):  # the workflow's own notes (contributors)
                post.setlist(key, values)
        return post


class AuditEntry(models.Model):
    """One line of the site-wide audit log (content/audit.py): who did what to which
    item, when, and why. Written by the site only; the admin shows it read-only."""

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("who")
    )
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=30, db_index=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("kind of item")
    )
    object_id = models.CharField(_("item"), max_length=64, blank=True)
    object_repr = models.CharField(_("item"), max_length=200, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    changes = models.JSONField(
        _("what changed"),
        default=list,
        blank=True,
        help_text="Each changed field: its name, and for content its text before and after; never personal data.",
    )

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.object_repr}"


class OutdatedTranslation(models.Model):
    """A field whose text changed in one language but not in the other since a
    translator last looked (content/translations.py): the other language may be out of
    date until a translator updates it or confirms it still says the same."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100, help_text="The translated field, without its language.")
    language = models.CharField(max_length=10, help_text="The language that may be out of date.")
    changed_language = models.CharField(max_length=10)
    since = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("outdated translation")
        verbose_name_plural = _("outdated translations")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "field", "language"], name="one_mark_per_text")
        ]

    def __str__(self) -> str:
        return f"{self.content_type} {self.object_id} {self.field}_{self.language}"


# Permissions name a translator's languages: a translator changes, and approves, the
# text of the languages they hold ("content.translate_ru"), and no other's.
# (Permission names stay English, as Django's own do.)
TRANSLATOR_LANGUAGES = {
    "ko": "Korean",
    "en": "English",
    "ru": "Russian",
    "zh_hans": "Simplified Chinese",
    "ar": "Arabic",
    "mn": "Mongolian",
}


class ItemInLanguage(models.Model):
    """Something about one item's texts in one language."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.content_type} {self.object_id} {self.language}"


class TranslationReview(ItemInLanguage):
    """A translator's approval of an item's text in a translated language (one of the
    languages beyond Korean and English), as it read then: `text_hash` is the hash of
    that language's texts of the item, so any later change of them, by any path, needs
    approval again (content/translations.py)."""

    text_hash = models.CharField(max_length=64)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="one_review_per_language")
        ]
        permissions = [
            (f"translate_{code}", f"Can translate and approve text in {name}")
            for code, name in TRANSLATOR_LANGUAGES.items()
        ]


class PendingTranslation(ItemInLanguage):
    """Text the seed brings in a translated language, while sign-off is on (production):
    kept here, out of the live item, until a translator of that language approves it."""

    values = models.JSONField(help_text="{translated field: text}, without the language suffix.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("translation waiting for approval")
        verbose_name_plural = _("translations waiting for approval")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="one_pending_per_language")
        ]
