"""Patients' rights and responsibilities, which Korean law requires the hospital to post."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from content.fields import MarkdownField
from content.models import AlsoKnownAs, ContentItem


class RightsNotice(SingletonModel):
    """The text around the list: introduction, legal basis and when it took effect."""

    title = models.CharField(_("title"), max_length=200)
    introduction = MarkdownField(_("introduction"), blank=True, help_text=_("Shown under the page's heading."))
    legal_basis = MarkdownField(
        _("legal basis"),
        blank=True,
        help_text=_("The law that requires this notice, shown at the end of the page. Update it when the law changes."),
    )
    effective_date = models.DateField(
        _("in effect since"),
        null=True,
        blank=True,
        help_text=_("The date this text took effect. Leave empty to hide it."),
    )
    mediation_introduction = MarkdownField(
        _("introduction to mediation"), blank=True, help_text=_("Shown above the list of mediation agencies.")
    )

    class Meta:
        verbose_name = _("rights notice")

    def __str__(self) -> str:
        return self.title or str(_("rights notice"))

    def get_absolute_url(self) -> str:
        return reverse("rights:rights")


class Provision(ContentItem, AlsoKnownAs):
    """One numbered right or responsibility."""

    class Kind(models.TextChoices):
        RIGHT = "right", _("Right")
        RESPONSIBILITY = "responsibility", _("Responsibility")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = MarkdownField(_("text"), help_text=_("Shown under the title in the numbered list."))

    class Meta(ContentItem.Meta):
        verbose_name = _("right or responsibility")
        verbose_name_plural = _("rights and responsibilities")
        ordering = ["kind", "order", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("rights:rights")


class MediationAgency(ContentItem, AlsoKnownAs):
    """An outside body patients may ask for consultation or mediation in a dispute."""

    name = models.CharField(_("name"), max_length=200)
    description = MarkdownField(_("description"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("mediation agency")
        verbose_name_plural = _("mediation agencies")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("rights:rights")
