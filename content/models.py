"""Building blocks that every content app shares, and the core's own records."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.fields import CheckedImageField


class ContentQuerySet(models.QuerySet):
    def published(self) -> "ContentQuerySet":
        return self.filter(is_published=True)

    def visible_to(self, user) -> "ContentQuerySet":
        """Patients see what is published; staff also see drafts, to preview them."""
        return self if user.is_staff else self.published()

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


class Reviewed(models.Model):
    """Medical information that clinic staff review on a schedule."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_('When a clinician last checked this text. Shown to patients as "Page last reviewed".'),
    )
    next_review_due = models.DateField(
        _("next review due"),
        default=default_next_review,
        help_text=_("When the text must be checked again. The admin lists what is overdue or due soon."),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True


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
                for code, _name in settings.LANGUAGES
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
