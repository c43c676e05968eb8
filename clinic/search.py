"""What the clinic publishes, as documents for site search (the search app indexes them: search/index.py)."""

from django.db.models import Prefetch
from django.utils.translation import gettext

from clinic import models
from content.documents import Document
from content.markup import plain_text


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _named(items) -> str:
    return _join(*(_join(item.name, getattr(item, "summary", ""), plain_text(item.description)) for item in items))


def search_documents() -> list[Document]:
    """Every published clinic page in the active language; drafts and their children are left out."""
    published = models.Section.objects.published()
    pages = {page.key: page for page in models.Page.objects.prefetch_related(Prefetch("sections", queryset=published))}
    departments = list(models.Department.objects.published())
    groups = list(
        models.TestGroup.objects.published().prefetch_related(
            Prefetch("tests", queryset=models.DiagnosticTest.objects.published())
        )
    )
    approaches = list(
        models.TreatmentApproach.objects.published().prefetch_related(
            Prefetch("treatments", queryset=models.Treatment.objects.published())
        )
    )
    physicians = list(models.Physician.objects.published().prefetch_related("departments"))
    clinic = models.Clinic.get_solo()

    # What each fixed page lists besides its own text.
    listed = {
        models.Page.Key.CLINIC: _join(
            *(_join(s.title, plain_text(s.description)) for s in models.SupportiveService.objects.published()),
            *(d.name for d in departments),
        ),
        models.Page.Key.TEAM: _join(
            *(_join(p.name, p.position, p.specialties, plain_text(p.biography)) for p in physicians)
        ),
        models.Page.Key.DIAGNOSIS: _join(*(_join(g.name, g.summary, *(t.name for t in g.tests.all())) for g in groups)),
        models.Page.Key.TREATMENT: _join(
            *(_join(a.name, a.summary, *(t.name for t in a.treatments.all())) for a in approaches)
        ),
        models.Page.Key.DEPARTMENTS: _join(*(_join(d.name, d.summary) for d in departments)),
        models.Page.Key.CONTACT: _join(
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
    for key in models.Page.Key.values:
        page = pages.get(key)
        if page is None:
            continue
        sections = _join(*(_join(s.title, plain_text(s.body)) for s in page.sections.all()))
        text = _join(plain_text(page.lead), sections, listed.get(key, ""))
        docs.append(Document(models.Page.Key(key).label, page.title, text, page.get_absolute_url()))

    diagnosis, treatment = models.Page.Key.DIAGNOSIS.label, models.Page.Key.TREATMENT.label
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
        docs.append(Document(models.Page.Key.DEPARTMENTS.label, department.name, text, department.get_absolute_url()))
    glossary = gettext("Glossary")
    for term in models.GlossaryTerm.objects.published():
        docs.append(
            Document(glossary, term.term, _join(term.aliases, plain_text(term.definition)), term.get_absolute_url())
        )
    return docs
