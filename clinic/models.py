"""The clinic and the medical information it publishes."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from netclinic.models import ContentItem


class Clinic(SingletonModel):
    """Names and contact details shown in the header, footer and contact page."""

    center_name = models.CharField(_("center name"), max_length=200)
    name = models.CharField(_("clinic name"), max_length=200)
    hospital_name = models.CharField(_("hospital name"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("The number patients should call. Leave empty to hide it."),
    )
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    directions = models.TextField(
        _("how to get here"), blank=True, help_text=_("Public transport, parking, which building and floor.")
    )
    appointments = models.TextField(
        _("appointments and referrals"),
        blank=True,
        help_text=_("How to request an appointment and what a referral needs."),
    )
    international_patients = models.TextField(_("international patients"), blank=True)
    international_email = models.EmailField(_("international patients' email"), blank=True)
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A link to the hospital on a map site. It opens in the visitor's browser."),
    )

    class Meta:
        verbose_name = _("clinic details")

    def __str__(self) -> str:
        return self.name or str(_("clinic details"))


class Page(models.Model):
    """The heading, introduction and description of one of the site's fixed pages."""

    class Key(models.TextChoices):
        HOME = "home", _("Home")
        CLINIC = "clinic", _("The clinic and its team")
        NET = "net", _("Neuroendocrine tumors")
        DIAGNOSIS = "diagnosis", _("Diagnosis")
        TREATMENT = "treatment", _("Treatment")
        RESEARCH = "research", _("Research")
        DEPARTMENTS = "departments", _("Departments")
        CONTACT = "contact", _("Contact and visiting")

    key = models.CharField(_("page"), max_length=20, choices=Key.choices, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200, help_text=_("The main heading of the page."))
    lead = models.TextField(_("introduction"), blank=True, help_text=_("Shown under the heading."))
    meta_description = models.CharField(
        _("search engine description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences that search engines show under the page title."),
    )

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(f"clinic:{self.key}")


class Section(ContentItem):
    """A titled block of text on one of the fixed pages."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("page section")
        verbose_name_plural = _("page sections")

    def __str__(self) -> str:
        return self.title


class SupportiveService(ContentItem):
    """Care that eases symptoms and improves quality of life (diet, stress, pain)."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("supportive care service")
        verbose_name_plural = _("supportive care services")

    def __str__(self) -> str:
        return self.title


class Department(ContentItem):
    slug = models.SlugField(_("web address"), unique=True, help_text=_("The last part of the page's address."))
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True, help_text=_("One sentence for lists."))
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clinic:department", kwargs={"slug": self.slug})


class TestGroup(ContentItem):
    """A kind of diagnostic test: laboratory, imaging, pathology."""

    slug = models.SlugField(_("web address"), unique=True, help_text=_("The last part of the page's address."))
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True, help_text=_("One sentence for lists."))
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("group of tests")
        verbose_name_plural = _("groups of tests")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clinic:test_group", kwargs={"slug": self.slug})


class DiagnosticTest(ContentItem):
    group = models.ForeignKey(TestGroup, on_delete=models.CASCADE, related_name="tests", verbose_name=_("group"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("diagnostic test")
        verbose_name_plural = _("diagnostic tests")

    def __str__(self) -> str:
        return self.name


class TreatmentApproach(ContentItem):
    """A way of treating NETs: surgery, medicines, treatment of liver metastases, trials."""

    slug = models.SlugField(_("web address"), unique=True, help_text=_("The last part of the page's address."))
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True, help_text=_("One sentence for lists."))
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("treatment approach")
        verbose_name_plural = _("treatment approaches")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clinic:treatment_approach", kwargs={"slug": self.slug})


class Treatment(ContentItem):
    approach = models.ForeignKey(
        TreatmentApproach, on_delete=models.CASCADE, related_name="treatments", verbose_name=_("approach")
    )
    name = models.CharField(_("name"), max_length=200)
    drug_class = models.CharField(
        _("drug class"), max_length=200, blank=True, help_text=_("For medicines: the family of drugs it belongs to.")
    )
    description = models.TextField(_("description"), blank=True)

    class Meta(ContentItem.Meta):
        verbose_name = _("treatment")
        verbose_name_plural = _("treatments")

    def __str__(self) -> str:
        return self.name
