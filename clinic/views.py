"""Public pages of the clinic: each fixed page and the lists behind it.

Patients see published items only; signed-in staff also see drafts, marked as
such, so they can preview them from the admin before publishing.
"""

import unicodedata

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from clinic.context_processors import clinic_details
from clinic.models import (
    Department,
    DiagnosticTest,
    GlossaryTerm,
    Page,
    Physician,
    Section,
    SupportiveService,
    TestGroup,
    Treatment,
    TreatmentApproach,
)
from content.markup import plain_text
from content.seo import PageMeta, ShownInItsLanguageMixin, shown_text


class FixedPageView(ShownInItsLanguageMixin, TemplateView):
    """A page whose heading, introduction and sections staff edit as a Page."""

    page_key: str
    template_name = "clinic/page.html"
    # Links to the pages a reader most likely wants next: (label, URL name).
    read_next: list[tuple[str, str]] = []
    # The page this one sits under in the breadcrumbs, if not the home page: (label, URL name).
    parent: tuple[str, str] | None = None
    # The section's picture beside the heading on wide screens (static/illustrations/).
    illustration = ""

    def visible(self, queryset: QuerySet) -> QuerySet:
        return queryset.visible_to(self.request.user)

    def get_page(self) -> Page:
        return get_object_or_404(Page, key=self.page_key)

    # schema.org: whether the page describes the clinic itself.
    is_clinic = False

    def get_about(self, page: Page) -> list[dict]:
        """schema.org things this page is about."""
        return []

    def translated_items(self, page: Page | None = None) -> list:
        """The items whose text the page shows: in which languages it reads (content.seo)."""
        return [page or self.get_page()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = page = self.get_page()
        # A second query rather than a prefetch, whose bookkeeping costs more than the query.
        context["sections"] = list(self.visible(Section.objects.filter(page=page)))
        context["meta"] = PageMeta(
            title=shown_text(page, "title"),
            description=shown_text(page, "meta_description"),
            last_reviewed=page.last_reviewed,
            reviewed=page,
            about=self.get_about(page),
            is_clinic=self.is_clinic,
            items=[page],  # (pages that show more say so: as their translated_items())
        )
        parents = [(self.parent[0], reverse(self.parent[1]))] if self.parent else []
        context["breadcrumbs"] = [*parents, (shown_text(page, "title"), None)]
        context["read_next"] = [(label, reverse(name)) for label, name in self.read_next]
        context["illustration"] = self.illustration
        # "On this page": each part of the page, as (heading, anchor); pages add theirs.
        context["contents"] = [(section.title, f"section-{section.pk}") for section in context["sections"]]
        return context


# The home page's cards: each section of the site with its illustration.
HOME_CARDS = [
    (Page.Key.NET, "illustrations/net.svg"),
    (Page.Key.DIAGNOSIS, "illustrations/diagnosis.svg"),
    (Page.Key.TREATMENT, "illustrations/treatment.svg"),
    (Page.Key.CLINIC, "illustrations/team.svg"),
    (Page.Key.DEPARTMENTS, "illustrations/departments.svg"),
    (Page.Key.RESEARCH, "illustrations/research.svg"),
    (Page.Key.CONTACT, "illustrations/contact.svg"),
    (Page.Key.GLOSSARY, "illustrations/glossary.svg"),
]


class HomeView(FixedPageView):
    page_key = Page.Key.HOME
    template_name = "clinic/home.html"
    is_clinic = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = []
        pages = {
            page.key: page
            for page in Page.objects.only("key", "title_ko", "title_en", "meta_description_ko", "meta_description_en")
        }
        cards = []
        for key, illustration in HOME_CARDS:
            page = pages.get(key)
            if page is not None:
                url = page.get_absolute_url()
                cards.append(
                    {"title": page.title, "text": page.meta_description, "url": url, "illustration": illustration}
                )
        cards.append(
            {
                "title": _("Patients' rights and responsibilities"),
                "text": _("What you can expect from the hospital, and what it asks of you."),
                "url": reverse("rights:rights"),
                "illustration": "illustrations/rights.svg",
            }
        )
        context["cards"] = cards
        return context


def team_is_published() -> bool:
    """The team page is shown (and linked, listed, searched) once a physician is published:
    until then it would only say "coming soon"."""
    return Physician.objects.published().exists()


class ClinicView(FixedPageView):
    illustration = "illustrations/team.svg"
    page_key = Page.Key.CLINIC
    template_name = "clinic/clinic.html"
    is_clinic = True

    @property
    def read_next(self):  # type: ignore[override]
        return [(_("Our care team"), "clinic:team")] if team_is_published() else []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["departments"] = departments = list(self.visible(Department.objects.all()))
        context["services"] = services = list(self.visible(SupportiveService.objects.all()))
        if services:
            context["contents"].append((_("Supportive care services"), "services-heading"))
        if departments:
            context["contents"].append((_("Departments in the team"), "team-heading"))
        return context


class TeamView(FixedPageView):
    illustration = "illustrations/team.svg"
    page_key = Page.Key.TEAM
    template_name = "clinic/team.html"
    parent = (_("Our clinic"), "clinic:clinic")

    def get(self, request, *args, **kwargs):
        # Hidden from patients until a physician is published; staff see it, to preview.
        if not team_is_published() and not request.user.is_staff:
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        departments = Prefetch("departments", queryset=self.visible(Department.objects.all()))
        context["physicians"] = self.visible(Physician.objects.all()).prefetch_related(departments)
        return context


class GlossaryView(FixedPageView):
    illustration = "illustrations/glossary.svg"
    page_key = Page.Key.GLOSSARY
    template_name = "clinic/glossary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # In the reader's alphabet: 가나다 in Korean (Unicode's order of Hangul syllables), A–Z in English.
        context["terms"] = sorted(
            self.visible(GlossaryTerm.objects.all()),
            key=lambda term: unicodedata.normalize("NFKC", term.term).casefold(),
        )
        return context


class NetView(FixedPageView):
    illustration = "illustrations/net.svg"
    page_key = Page.Key.NET

    def get_about(self, page: Page) -> list[dict]:
        return [{"@type": "MedicalCondition", "name": page.title}]

    read_next = [(_("How NETs are diagnosed"), "clinic:diagnosis"), (_("How NETs are treated"), "clinic:treatment")]


class ResearchView(FixedPageView):
    illustration = "illustrations/research.svg"
    page_key = Page.Key.RESEARCH
    read_next = [(_("How NETs are treated"), "clinic:treatment"), (_("Our clinic and its team"), "clinic:clinic")]


class ContactView(FixedPageView):
    illustration = "illustrations/contact.svg"
    page_key = Page.Key.CONTACT
    template_name = "clinic/contact.html"
    is_clinic = True

    def translated_items(self, page: Page | None = None) -> list:
        return [*super().translated_items(page), clinic_details(self.request)]  # (its address and directions)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["meta"].items = self.translated_items(context["page"])
        return context


class DiagnosisView(FixedPageView):
    illustration = "illustrations/diagnosis.svg"
    page_key = Page.Key.DIAGNOSIS
    template_name = "clinic/diagnosis.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tests = Prefetch("tests", queryset=self.visible(DiagnosticTest.objects.all()))
        context["groups"] = groups = list(self.visible(TestGroup.objects.all()).prefetch_related(tests))
        context["contents"] += [(group.name, f"group-{group.slug}") for group in groups]
        context["meta"].items = [context["page"], *groups]  # (as translated_items: no query more)
        return context

    def translated_items(self, page: Page | None = None) -> list:
        return [*super().translated_items(page), *self.visible(TestGroup.objects.all())]  # (their tests too)


class TreatmentView(FixedPageView):
    illustration = "illustrations/treatment.svg"
    page_key = Page.Key.TREATMENT
    template_name = "clinic/treatment.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        treatments = Prefetch("treatments", queryset=self.visible(Treatment.objects.all()))
        context["approaches"] = approaches = list(
            self.visible(TreatmentApproach.objects.all()).prefetch_related(treatments)
        )
        context["contents"] += [(approach.name, f"approach-{approach.slug}") for approach in approaches]
        context["meta"].items = [context["page"], *approaches]  # (as translated_items: no query more)
        return context

    def translated_items(self, page: Page | None = None) -> list:
        return [*super().translated_items(page), *self.visible(TreatmentApproach.objects.all())]


class DepartmentsView(FixedPageView):
    illustration = "illustrations/departments.svg"
    page_key = Page.Key.DEPARTMENTS
    template_name = "clinic/departments.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["departments"] = self.visible(Department.objects.all())
        return context


class SectionItemMixin:
    """An item with its own page inside a section of the site.

    The page lists its siblings, so readers can move across the section.
    """

    parent_url_name: str
    parent_label: str
    siblings_heading: str
    children: str | None = None  # the related name of the items listed on the page
    child_prefix = ""  # the items' anchors on the page, "<prefix>-<pk>", for "On this page"
    illustration = ""  # the section's picture beside the heading (static/illustrations/)

    def visible(self, queryset: QuerySet) -> QuerySet:
        return queryset.visible_to(self.request.user)

    def get_queryset(self) -> QuerySet:
        return self.visible(self.model.objects.all())

    def translated_items(self) -> list:
        return [self.get_object()]

    @cached_property
    def items(self) -> list:
        """The items listed on the page: one query of their own, cheaper than a prefetch."""
        if not self.children:
            return []
        return list(self.visible(getattr(self.object, self.children).all()))

    def get_about(self) -> list[dict]:
        """schema.org things this page is about."""
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        context["meta"] = PageMeta(
            title=shown_text(obj, "name"),
            description=shown_text(obj, "summary"),
            last_reviewed=obj.last_reviewed,
            reviewed=obj,
            about=self.get_about(),
            items=[obj],
        )
        context["siblings"] = self.visible(self.model.objects.all()).only("pk", "slug", "name_ko", "name_en")
        context["siblings_heading"] = self.siblings_heading
        context["items"] = self.items
        context["contents"] = [
            (item.name, f"{self.child_prefix}-{item.pk}") for item in self.items if self.child_prefix
        ]
        context["illustration"] = self.illustration
        context["breadcrumbs"] = [(self.parent_label, reverse(self.parent_url_name)), (shown_text(obj, "name"), None)]
        return context


class TestGroupView(ShownInItsLanguageMixin, SectionItemMixin, DetailView):
    illustration = "illustrations/diagnosis.svg"
    model = TestGroup
    template_name = "clinic/test_group.html"
    context_object_name = "group"
    parent_url_name = "clinic:diagnosis"
    parent_label = _("Diagnosis")
    siblings_heading = _("Kinds of tests")
    children = "tests"
    child_prefix = "test"

    def get_about(self) -> list[dict]:
        return [
            {"@type": "MedicalTest", "name": test.name, "description": plain_text(test.description)}
            for test in self.items
        ]


class TreatmentApproachView(ShownInItsLanguageMixin, SectionItemMixin, DetailView):
    illustration = "illustrations/treatment.svg"
    model = TreatmentApproach
    template_name = "clinic/treatment_approach.html"
    context_object_name = "approach"
    parent_url_name = "clinic:treatment"
    parent_label = _("Treatment")
    siblings_heading = _("Ways of treating NETs")
    children = "treatments"
    child_prefix = "treatment"

    def get_about(self) -> list[dict]:
        about = []
        for treatment in self.items:
            # A medicine has a drug class; anything else is a procedure.
            if treatment.drug_class:
                thing = {
                    "@type": "Drug",
                    "name": treatment.name,
                    "drugClass": {"@type": "DrugClass", "name": treatment.drug_class},
                }
            else:
                thing = {"@type": "MedicalProcedure", "name": treatment.name}
            thing["description"] = plain_text(treatment.description)
            about.append(thing)
        return about


class DepartmentView(ShownInItsLanguageMixin, SectionItemMixin, DetailView):
    illustration = "illustrations/departments.svg"
    model = Department
    template_name = "clinic/department.html"
    context_object_name = "department"
    parent_url_name = "clinic:departments"
    parent_label = _("Departments")
    siblings_heading = _("All departments")
    children = "physicians"
