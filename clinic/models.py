"""The clinic and the medical information it publishes."""

import re
from urllib.parse import quote, urlencode

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from content.fields import MarkdownField, no_nationwide_number
from content.models import AlsoKnownAs, ContentItem, Illustrated, Reviewed


class Clinic(SingletonModel):
    """Names and contact details shown in the header, footer and contact page."""

    sign_off = "editorial"  # not medical text: a second editor signs off (content/drafts.py)

    center_name = models.CharField(_("center name"), max_length=200, help_text=_("Shown in the header of every page."))
    name = models.CharField(
        _("clinic name"), max_length=200, help_text=_("Shown in the header and footer of every page.")
    )
    hospital_name = models.CharField(
        _("hospital name"), max_length=200, blank=True, help_text=_("Shown in the header of every page.")
    )
    address = models.CharField(
        _("address"), max_length=300, blank=True, help_text=_("Shown in the footer and on the contact page.")
    )
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("The number patients should call. Shown in the footer and on the contact page. Empty: hidden."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Shown in the footer and on the contact page. Empty: hidden.")
    )
    opening_hours = MarkdownField(_("opening hours"), blank=True, help_text=_("Shown on the contact page."))
    directions = MarkdownField(
        _("how to get here"),
        blank=True,
        help_text=_("Public transport, parking, which building and floor. Shown on the contact page."),
    )
    appointments = MarkdownField(
        _("appointments and referrals"),
        blank=True,
        help_text=_("How to request an appointment and what a referral needs. Shown on the contact page."),
    )
    international_patients = MarkdownField(
        _("international patients"),
        blank=True,
        validators=[no_nationwide_number],
        help_text=_("Shown on the contact page."),
    )
    international_email = models.EmailField(
        _("international patients' email"), blank=True, help_text=_("Shown in the footer and on the contact page.")
    )
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A link to the hospital on a map site. It opens in the visitor's browser."),
    )
    show_reviewed_by = models.BooleanField(
        _("show who reviewed each page"),
        default=False,
        help_text=_(
            "Show “Reviewed by” with the name of the medical reviewer who approved a page last "
            "(their full name in their staff account). Off: only the review dates are shown."
        ),
    )

    class Meta:
        verbose_name = _("clinic details")

    @property
    def map_links(self) -> list[tuple[str, str]]:
        """(label, URL) of a search for the address on the maps patients use: Naver Map
        and Kakao Map (most Korean patients) and OpenStreetMap. Links only: nothing is
        embedded or loaded from them. They search for the Korean address, which all
        three find; the postcode in brackets is left out, as it confuses their search."""
        address = re.sub(r"\(\d{5}\)", "", self.address_ko or self.address_en or "").strip()
        if not address:
            return []
        query = quote(address)
        return [
            (str(_("Naver Map")), f"https://map.naver.com/p/search/{query}"),
            (str(_("Kakao Map")), f"https://map.kakao.com/?q={query}"),
            ("OpenStreetMap", "https://www.openstreetmap.org/search?" + urlencode({"query": address})),
        ]

    def __str__(self) -> str:
        return self.name or str(_("clinic details"))

    def get_absolute_url(self) -> str:
        return reverse("clinic:contact")


class Page(Reviewed, Illustrated, AlsoKnownAs):
    """The heading, introduction and description of one of the site's fixed pages."""

    class Key(models.TextChoices):
        HOME = "home", _("Home")
        CLINIC = "clinic", _("The clinic and its team")
        TEAM = "team", _("Care team")
        NET = "net", _("Neuroendocrine tumors")
        DIAGNOSIS = "diagnosis", _("Diagnosis")
        TREATMENT = "treatment", _("Treatment")
        RESEARCH = "research", _("Research")
        DEPARTMENTS = "departments", _("Departments")
        CONTACT = "contact", _("Contact and visiting")
        GLOSSARY = "glossary", _("Glossary")

    key = models.CharField(_("page"), max_length=20, choices=Key.choices, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200, help_text=_("The main heading of the page."))
    lead = MarkdownField(_("introduction"), blank=True, help_text=_("Shown under the page's main heading."))
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
        return self.url_for(self.key)

    @staticmethod
    def url_for(key: str) -> str:
        """Each fixed page's URL is named after its key (clinic/urls.py)."""
        return reverse(f"clinic:{key}")


class Section(ContentItem):
    """A titled block of text on one of the fixed pages."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page"))
    title = models.CharField(_("title"), max_length=200)
    body = MarkdownField(_("text"), blank=True, help_text=_("Shown under the section's title on its page."))

    class Meta(ContentItem.Meta):
        verbose_name = _("page section")
        verbose_name_plural = _("page sections")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.page.get_absolute_url()


class SupportiveService(ContentItem):
    """Care that eases symptoms and improves quality of life (diet, stress, pain)."""

    title = models.CharField(_("title"), max_length=200)
    description = MarkdownField(_("description"), blank=True, help_text=_("Shown under its name on the page."))

    class Meta(ContentItem.Meta):
        verbose_name = _("supportive care service")
        verbose_name_plural = _("supportive care services")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("clinic:clinic")


class ItemPage(ContentItem, Reviewed, Illustrated, AlsoKnownAs):
    """An item with a page of its own inside a section: a department, a group of
    tests, a way of treating NETs."""

    slug = models.SlugField(_("web address"), unique=True, help_text=_("The last part of the page's address."))
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence, shown in lists and under the heading of its own page."),
    )
    description = MarkdownField(_("description"), blank=True, help_text=_("The main text of its own page."))

    url_name: str  # the page's URL name, which takes the slug

    class Meta(ContentItem.Meta):
        abstract = True

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse(self.url_name, kwargs={"slug": self.slug})


class Department(ItemPage):
    url_name = "clinic:department"

    class Meta(ContentItem.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")


class TestGroup(ItemPage):
    """A kind of diagnostic test: laboratory, imaging, pathology."""

    url_name = "clinic:test_group"

    class Meta(ContentItem.Meta):
        verbose_name = _("group of tests")
        verbose_name_plural = _("groups of tests")


class DiagnosticTest(ContentItem, Reviewed, AlsoKnownAs):
    group = models.ForeignKey(TestGroup, on_delete=models.CASCADE, related_name="tests", verbose_name=_("group"))
    name = models.CharField(_("name"), max_length=200)
    description = MarkdownField(_("description"), blank=True, help_text=_("Shown under its name on the page."))

    class Meta(ContentItem.Meta):
        verbose_name = _("diagnostic test")
        verbose_name_plural = _("diagnostic tests")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.group.get_absolute_url()


class TreatmentApproach(ItemPage):
    """A way of treating NETs: surgery, medicines, treatment of liver metastases, trials."""

    url_name = "clinic:treatment_approach"

    class Meta(ContentItem.Meta):
        verbose_name = _("treatment approach")
        verbose_name_plural = _("treatment approaches")


class Treatment(ContentItem, Reviewed, AlsoKnownAs):
    approach = models.ForeignKey(
        TreatmentApproach, on_delete=models.CASCADE, related_name="treatments", verbose_name=_("approach")
    )
    name = models.CharField(_("name"), max_length=200)
    drug_class = models.CharField(
        _("drug class"), max_length=200, blank=True, help_text=_("For medicines: the family of drugs it belongs to.")
    )
    description = MarkdownField(_("description"), blank=True, help_text=_("Shown under its name on the page."))

    class Meta(ContentItem.Meta):
        verbose_name = _("treatment")
        verbose_name_plural = _("treatments")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.approach.get_absolute_url()


class Physician(ContentItem, Illustrated):
    """A member of the care team, shown on the team page and their departments' pages."""

    sign_off = "editorial"  # who is on the team: a second editor signs off (content/drafts.py)

    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(
        _("position"), max_length=200, blank=True, help_text=_("For example: professor, clinical fellow.")
    )
    departments = models.ManyToManyField(
        Department,
        related_name="physicians",
        blank=True,
        verbose_name=_("departments"),
        help_text=_("The physician is listed on each of these departments' pages."),
    )
    specialties = models.CharField(
        _("specialties"), max_length=300, blank=True, help_text=_("Areas of expertise, separated by commas.")
    )
    biography = MarkdownField(_("short biography"), blank=True, help_text=_("Shown on the team page."))

    class Meta(ContentItem.Meta):
        verbose_name = _("physician")
        verbose_name_plural = _("physicians")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clinic:team")


class GlossaryTerm(ContentItem, Reviewed):
    """A medical term explained in plain language; pages link the term to it."""

    slug = models.SlugField(_("web address"), unique=True, help_text=_("The anchor of the term on the glossary page."))
    term = models.CharField(_("term"), max_length=200, help_text=_("As it appears in the glossary's list."))
    aliases = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Other ways the term is written on the site, separated by commas (for example: CT, computed "
            "tomography). The first mention of the term or any of these forms on a page links to the glossary."
        ),
    )
    definition = MarkdownField(
        _("explanation"), help_text=_("A plain-language explanation, shown on the glossary page.")
    )

    # Each language has its own other forms, or none.
    translation_optional = ("aliases",)

    class Meta(ContentItem.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term

    def get_absolute_url(self) -> str:
        return reverse("clinic:glossary") + f"#{self.slug}"

    def forms(self) -> list[str]:
        """Every way the term is written in the current language, longest first."""
        names = [self.term, *(alias.strip() for alias in (self.aliases or "").split(","))]
        return sorted({name for name in names if name}, key=len, reverse=True)
