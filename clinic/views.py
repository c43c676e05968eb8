"""Public pages of the clinic: each fixed page and the lists behind it."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from clinic.models import (
    Department,
    DiagnosticTest,
    Page,
    Section,
    SupportiveService,
    TestGroup,
    Treatment,
    TreatmentApproach,
)


class FixedPageView(TemplateView):
    """A page whose heading, introduction and sections staff edit as a Page."""

    page_key: str
    template_name = "clinic/page.html"
    # Links to the pages a reader most likely wants next: (label, URL name).
    read_next: list[tuple[str, str]] = []

    def get_page(self) -> Page:
        published_sections = Prefetch("sections", queryset=Section.objects.published())
        return get_object_or_404(Page.objects.prefetch_related(published_sections), key=self.page_key)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = page = self.get_page()
        context["breadcrumbs"] = [(page.title, None)]
        context["read_next"] = [(label, reverse(name)) for label, name in self.read_next]
        return context


# The home page's cards: each section of the site with its icon.
HOME_CARDS = [
    (Page.Key.NET, "clinic:net", "icons/net.svg"),
    (Page.Key.DIAGNOSIS, "clinic:diagnosis", "icons/diagnosis.svg"),
    (Page.Key.TREATMENT, "clinic:treatment", "icons/treatment.svg"),
    (Page.Key.CLINIC, "clinic:clinic", "icons/team.svg"),
    (Page.Key.DEPARTMENTS, "clinic:departments", "icons/departments.svg"),
    (Page.Key.RESEARCH, "clinic:research", "icons/research.svg"),
    (Page.Key.CONTACT, "clinic:contact", "icons/contact.svg"),
]


class HomeView(FixedPageView):
    page_key = Page.Key.HOME
    template_name = "clinic/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = []
        pages = {
            page.key: page
            for page in Page.objects.only("key", "title_ko", "title_en", "meta_description_ko", "meta_description_en")
        }
        cards = []
        for key, url_name, icon in HOME_CARDS:
            page = pages.get(key)
            if page is not None:
                cards.append(
                    {"title": page.title, "text": page.meta_description, "url": reverse(url_name), "icon": icon}
                )
        cards.append(
            {
                "title": _("Patients' rights and responsibilities"),
                "text": _("What you can expect from the hospital, and what it asks of you."),
                "url": reverse("rights:rights"),
                "icon": "icons/rights.svg",
            }
        )
        context["cards"] = cards
        return context


class ClinicView(FixedPageView):
    page_key = Page.Key.CLINIC
    template_name = "clinic/clinic.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["departments"] = Department.objects.published()
        context["services"] = SupportiveService.objects.published()
        return context


class NetView(FixedPageView):
    page_key = Page.Key.NET
    read_next = [(_("How NETs are diagnosed"), "clinic:diagnosis"), (_("How NETs are treated"), "clinic:treatment")]


class ResearchView(FixedPageView):
    page_key = Page.Key.RESEARCH
    read_next = [(_("How NETs are treated"), "clinic:treatment"), (_("Our clinic and its team"), "clinic:clinic")]


class ContactView(FixedPageView):
    page_key = Page.Key.CONTACT
    template_name = "clinic/contact.html"


class DiagnosisView(FixedPageView):
    page_key = Page.Key.DIAGNOSIS
    template_name = "clinic/diagnosis.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["groups"] = TestGroup.objects.published().prefetch_related(
            Prefetch("tests", queryset=DiagnosticTest.objects.published())
        )
        return context


class TreatmentView(FixedPageView):
    page_key = Page.Key.TREATMENT
    template_name = "clinic/treatment.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["approaches"] = TreatmentApproach.objects.published().prefetch_related(
            Prefetch("treatments", queryset=Treatment.objects.published())
        )
        return context


class DepartmentsView(FixedPageView):
    page_key = Page.Key.DEPARTMENTS
    template_name = "clinic/departments.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["departments"] = Department.objects.published()
        return context


class SectionItemMixin:
    """A published item with its own page inside a section of the site.

    The page lists its published siblings, so readers can move across the section.
    """

    parent_url_name: str
    parent_label: str
    siblings_heading: str

    def get_queryset(self) -> QuerySet:
        return self.model.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["siblings"] = self.model.objects.published().only("pk", "slug", "name_ko", "name_en")
        context["siblings_heading"] = self.siblings_heading
        context["breadcrumbs"] = [(self.parent_label, reverse(self.parent_url_name)), (self.object.name, None)]
        return context


class TestGroupView(SectionItemMixin, DetailView):
    model = TestGroup
    parent_url_name = "clinic:diagnosis"
    parent_label = _("Diagnosis")
    siblings_heading = _("Kinds of tests")
    template_name = "clinic/test_group.html"
    context_object_name = "group"

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().prefetch_related(Prefetch("tests", queryset=DiagnosticTest.objects.published()))


class TreatmentApproachView(SectionItemMixin, DetailView):
    model = TreatmentApproach
    parent_url_name = "clinic:treatment"
    parent_label = _("Treatment")
    siblings_heading = _("Ways of treating NETs")
    template_name = "clinic/treatment_approach.html"
    context_object_name = "approach"

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().prefetch_related(Prefetch("treatments", queryset=Treatment.objects.published()))


class DepartmentView(SectionItemMixin, DetailView):
    model = Department
    parent_url_name = "clinic:departments"
    parent_label = _("Departments")
    siblings_heading = _("All departments")
    template_name = "clinic/department.html"
    context_object_name = "department"
