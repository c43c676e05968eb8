"""Building blocks that both content apps (clinic and rights) share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublishedQuerySet(models.QuerySet):
    def published(self) -> "PublishedQuerySet":
        return self.filter(is_published=True)


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

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


class SeedRecord(models.Model):
    """Remembers which seed items were loaded once, so that loading the seed
    again neither duplicates them nor brings back what staff deleted."""

    key = models.CharField(max_length=200, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("loaded seed item")
        verbose_name_plural = _("loaded seed items")

    def __str__(self) -> str:
        return self.key
