"""What the clinic publishes, as documents for site search (the search app indexes them: search/index.py)."""

from django.db.models import Prefetch
from django.utils.translation import gettext

from clinic.models import (
    Clinic,
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
from content.documents import Document
from content.markup import plain_text


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _named(items) -> str:
    return _join(*(_join(item.name, getattr(item, "summary", ""), plain_text(item.description)) for item in items))


def search_documents() -> list[Document]:
    """Every published clinic page in the active language; drafts and their children are left out."""
    published = Section.objects.published()
    pages = {page.key: page for page in Page.objects.prefetch_related(Prefetch("sections", queryset=published))}
    departments = list(Department.objects.published())
    groups = list(
        TestGroup.objects.published().prefetch_related(Prefetch("tests", queryset=DiagnosticTest.objects.published()))
    )
    approaches = list(
        TreatmentApproach.objects.published().prefetch_related(
            Prefetch("treatments", queryset=Treatment.objects.published())
        )
    )
    physicians = list(Physician.objects.published().prefetch_related("departments"))
    clinic = Clinic.get_solo()

    # What each fixed page lists besides its own text.
    listed = {
        Page.Key.CLINIC: _join(
            *(_join(s.title, plain_text(s.description)) for s in SupportiveService.objects.published()),
            *(d.name for d in departments),
        ),
        Page.Key.TEAM: _join(*(_join(p.name, p.position, p.specialties, plain_text(p.biography)) for p in physicians)),
        Page.Key.DIAGNOSIS: _join(*(_join(g.name, g.summary, *(t.name for t in g.tests.all())) for g in groups)),
        Page.Key.TREATMENT: _join(
            *(_join(a.name, a.summary, *(t.name for t in a.treatments.all())) for a in approaches)
        ),
        Page.Key.DEPARTMENTS: _join(*(_join(d.name, d.summary) for d in departments)),
        Page.Key.CONTACT: _join(
            clinic.address,
            clinic.phone,
            clinic.email,
            plain_text(clinic.opening_hours),
            plain_text(clinic.directions),
            plain_text(clinic.appointments),
            plain_text(clinic.international_patients),
            clinic.international_email,
        ),
    }
    docs = []
    for key in Page.Key.values:
        page = pages.get(key)
        if page is None:
            continue
        sections = _join(*(_join(s.title, plain_text(s.body)) for s in page.sections.all()))
        text = _join(plain_text(page.lead), sections, listed.get(key, ""))
        docs.append(Document(Page.Key(key).label, page.title, text, page.get_absolute_url()))

    diagnosis, treatment = Page.Key.DIAGNOSIS.label, Page.Key.TREATMENT.label
    for group in groups:
        text = _join(group.summary, plain_text(group.description), _named(group.tests.all()))
        docs.append(Document(diagnosis, group.name, text, group.get_absolute_url()))
    for approach in approaches:
        treatments = _join(*(_join(t.name, t.drug_class, plain_text(t.description)) for t in approach.treatments.all()))
        text = _join(approach.summary, plain_text(approach.description), treatments)
        docs.append(Document(treatment, approach.name, text, approach.get_absolute_url()))
    for department in departments:
        staff = _join(*(p.name for p in physicians if department in p.departments.all()))
        text = _join(department.summary, plain_text(department.description), staff)
        docs.append(Document(Page.Key.DEPARTMENTS.label, department.name, text, department.get_absolute_url()))
    glossary = gettext("Glossary")
    for term in GlossaryTerm.objects.published():
        docs.append(
            Document(glossary, term.term, _join(term.aliases, plain_text(term.definition)), term.get_absolute_url())
        )
    return docs
