"""What the clinic publishes, as documents for site search (the search app indexes
them: search/index.py). Keys: "clinic.page:<key>" for the fixed pages, and
"clinic.<model>:<pk>" for the items with pages of their own."""

from collections.abc import Iterable

from django.db.models import Model, Prefetch
from django.utils.translation import gettext

from clinic import models
from content.documents import Document, Part, source_key
from content.markup import plain_text


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _aliases(*items: Model) -> tuple[str, ...]:
    return tuple(name for item in items for name in item.other_names_list())


def _synonyms(*items: Model) -> tuple[tuple[str, ...], ...]:
    """Each item with other names: its name and those names, as one group."""
    return tuple((str(item), *item.other_names_list()) for item in items if item.other_names_list())


def _sources(*groups: Iterable[Model]) -> frozenset[str]:
    return frozenset(source_key(item) for group in groups for item in group)


def page_key(key: str) -> str:
    return f"clinic.page:{key}"


def document_keys(obj: Model) -> set[str]:
    """The documents `obj` appears in now (see content/documents.py)."""
    match obj:
        case models.Page():
            return {page_key(obj.key)}
        case models.Section():
            return {page_key(obj.page.key)}
        case models.SupportiveService():
            return {page_key(models.Page.Key.CLINIC)}
        case models.Department():
            return {source_key(obj), page_key(models.Page.Key.CLINIC), page_key(models.Page.Key.DEPARTMENTS)}
        case models.Physician():
            return {page_key(models.Page.Key.TEAM), *(source_key(d) for d in obj.departments.all())}
        case models.TestGroup():
            return {source_key(obj), page_key(models.Page.Key.DIAGNOSIS)}
        case models.DiagnosticTest():
            return {source_key(obj.group), page_key(models.Page.Key.DIAGNOSIS)}
        case models.TreatmentApproach():
            return {source_key(obj), page_key(models.Page.Key.TREATMENT)}
        case models.Treatment():
            return {source_key(obj.approach), page_key(models.Page.Key.TREATMENT)}
        case models.GlossaryTerm():
            return {source_key(obj)}
        case models.Clinic():
            return {page_key(models.Page.Key.CONTACT)}
    return set()


def _wanted(keys: set[str] | None, prefix: str) -> set[int] | None:
    """The pks of one model's items asked for (None: all of them)."""
    if keys is None:
        return None
    return {int(key.split(":", 1)[1]) for key in keys if key.startswith(prefix + ":")}


def _only(queryset, pks: set[int] | None):
    return queryset if pks is None else queryset.filter(pk__in=pks)


def search_documents(keys: set[str] | None = None) -> list[Document]:
    """The published clinic pages in the active language (all, or those in `keys`);
    drafts and their children are left out."""
    docs = _fixed_pages(keys)
    diagnosis, treatment = models.Page.Key.DIAGNOSIS.label, models.Page.Key.TREATMENT.label

    groups = _only(models.TestGroup.objects.published(), _wanted(keys, "clinic.testgroup"))
    if keys is None or groups:
        for group in groups.prefetch_related(Prefetch("tests", queryset=models.DiagnosticTest.objects.published())):
            tests = list(group.tests.all())
            docs.append(
                Document(
                    diagnosis,
                    group.name,
                    _join(group.summary, plain_text(group.description), *(plain_text(t.description) for t in tests)),
                    group.get_absolute_url(),
                    key=source_key(group),
                    names=_join(*(t.name for t in tests)),
                    aliases=_aliases(group, *tests),
                    synonyms=_synonyms(group, *tests),
                    sources=_sources([group], tests),
                    parts=tuple(
                        Part(f"test-{t.pk}", t.name, _join(t.name, *t.other_names_list(), plain_text(t.description)))
                        for t in tests
                    ),
                )
            )
    approaches = _only(models.TreatmentApproach.objects.published(), _wanted(keys, "clinic.treatmentapproach"))
    if keys is None or approaches:
        published = models.Treatment.objects.published()
        for approach in approaches.prefetch_related(Prefetch("treatments", queryset=published)):
            treatments = list(approach.treatments.all())
            docs.append(
                Document(
                    treatment,
                    approach.name,
                    _join(
                        approach.summary,
                        plain_text(approach.description),
                        *(_join(t.drug_class, plain_text(t.description)) for t in treatments),
                    ),
                    approach.get_absolute_url(),
                    key=source_key(approach),
                    names=_join(*(t.name for t in treatments)),
                    aliases=_aliases(approach, *treatments),
                    synonyms=_synonyms(approach, *treatments),
                    sources=_sources([approach], treatments),
                    parts=tuple(
                        Part(
                            f"treatment-{t.pk}",
                            t.name,
                            _join(t.name, *t.other_names_list(), t.drug_class, plain_text(t.description)),
                        )
                        for t in treatments
                    ),
                )
            )
    departments = _only(models.Department.objects.published(), _wanted(keys, "clinic.department"))
    if keys is None or departments:
        physicians = list(models.Physician.objects.published().prefetch_related("departments"))
        for department in departments:
            staff = [p for p in physicians if department in p.departments.all()]
            docs.append(
                Document(
                    models.Page.Key.DEPARTMENTS.label,
                    department.name,
                    _join(department.summary, plain_text(department.description)),
                    department.get_absolute_url(),
                    key=source_key(department),
                    names=_join(*(p.name for p in staff)),
                    aliases=_aliases(department),
                    synonyms=_synonyms(department),
                    sources=_sources([department], staff),
                    parts=(Part("physicians-heading", gettext("Physicians"), _join(*(p.name for p in staff))),)
                    if staff
                    else (),
                )
            )
    glossary = gettext("Glossary")
    for term in _only(models.GlossaryTerm.objects.published(), _wanted(keys, "clinic.glossaryterm")):
        docs.append(
            Document(
                glossary,
                term.term,
                plain_text(term.definition),
                term.get_absolute_url(),
                key=source_key(term),
                aliases=tuple(form for form in term.forms() if form != term.term),
                synonyms=(tuple(term.forms()),),
                sources=_sources([term]),
                is_glossary=True,
            )
        )
    return docs


def _fixed_pages(keys: set[str] | None) -> list[Document]:
    """The fixed pages, each with what it lists besides its own text."""
    wanted = models.Page.Key.values if keys is None else [k for k in models.Page.Key.values if page_key(k) in keys]
    if not wanted:
        return []
    published = models.Section.objects.published()
    pages = models.Page.objects.filter(key__in=wanted).prefetch_related(Prefetch("sections", queryset=published))
    docs = []
    for page in pages:
        if page.key == models.Page.Key.TEAM and not models.Physician.objects.published().exists():
            continue  # hidden until a physician is published (clinic/views.py team_is_published)
        names, aliases, listed, sources, listed_parts = _listed(page.key)
        sections = list(page.sections.all())
        parts = tuple(Part(f"section-{s.pk}", s.title, _join(s.title, plain_text(s.body))) for s in sections)
        text = _join(plain_text(page.lead), *(_join(s.title, plain_text(s.body)) for s in sections), listed)
        docs.append(
            Document(
                models.Page.Key(page.key).label,
                page.title,
                text,
                page.get_absolute_url(),
                key=page_key(page.key),
                names=names,
                aliases=(*page.other_names_list(), *aliases),
                synonyms=_synonyms(page),
                sources=_sources([page], sections) | sources,
                parts=parts + listed_parts,
            )
        )
    return docs


Listed = tuple[str, tuple[str, ...], str, frozenset[str], tuple[Part, ...]]


def _listed(key: str) -> Listed:
    """What a fixed page lists: the names of its items, their other names, their text,
    the items, and the parts of the page they are shown in (their headings' ids are in
    the page's template)."""
    Key = models.Page.Key
    if key == Key.CLINIC:
        services = list(models.SupportiveService.objects.published())
        departments = list(models.Department.objects.published())
        text = _join(*(_join(s.title, plain_text(s.description)) for s in services))
        parts = tuple(Part(f"service-{s.pk}", s.title, _join(s.title, plain_text(s.description))) for s in services)
        if departments:
            team = _join(*(_join(d.name, d.summary) for d in departments))
            parts += (Part("team-heading", gettext("Departments in the team"), team),)
        return _join(*(d.name for d in departments)), (), text, _sources(services, departments), parts
    if key == Key.TEAM:
        physicians = list(models.Physician.objects.published())
        text = _join(*(_join(p.position, p.specialties, plain_text(p.biography)) for p in physicians))
        return _join(*(p.name for p in physicians)), (), text, _sources(physicians), ()
    if key == Key.DIAGNOSIS:
        groups = list(
            models.TestGroup.objects.published().prefetch_related(
                Prefetch("tests", queryset=models.DiagnosticTest.objects.published())
            )
        )
        tests = [t for g in groups for t in g.tests.all()]
        listed = [_join(g.name, g.summary, *(t.name for t in g.tests.all())) for g in groups]
        parts = tuple(Part(f"group-{g.slug}", g.name, text) for g, text in zip(groups, listed, strict=True))
        return "", (), _join(*listed), _sources(groups, tests), parts
    if key == Key.TREATMENT:
        approaches = list(
            models.TreatmentApproach.objects.published().prefetch_related(
                Prefetch("treatments", queryset=models.Treatment.objects.published())
            )
        )
        treatments = [t for a in approaches for t in a.treatments.all()]
        listed = [_join(a.name, a.summary, *(t.name for t in a.treatments.all())) for a in approaches]
        parts = tuple(Part(f"approach-{a.slug}", a.name, text) for a, text in zip(approaches, listed, strict=True))
        return "", (), _join(*listed), _sources(approaches, treatments), parts
    if key == Key.DEPARTMENTS:
        departments = list(models.Department.objects.published())
        return (
            _join(*(d.name for d in departments)),
            (),
            _join(*(d.summary for d in departments)),
            _sources(departments),
            (),
        )
    if key == Key.CONTACT:
        clinic = models.Clinic.objects.first()  # never get_solo(): it would make an empty clinic
        if clinic is None:
            return "", (), "", frozenset(), ()
        shown = [
            ("address-heading", gettext("Address"), clinic.address),
            (
                "reach-heading",
                gettext("How to reach us"),
                _join(clinic.phone, clinic.email, plain_text(clinic.opening_hours)),
            ),
            ("appointments-heading", gettext("Appointments and referrals"), plain_text(clinic.appointments)),
            ("directions-heading", gettext("How to get here"), plain_text(clinic.directions)),
            (
                "international-heading",
                gettext("International patients"),
                _join(plain_text(clinic.international_patients), clinic.international_email),
            ),
        ]
        parts = tuple(Part(anchor, heading, _join(heading, text)) for anchor, heading, text in shown if text)
        return "", (), _join(*(text for _anchor, _heading, text in shown)), _sources([clinic]), parts
    return "", (), "", frozenset(), ()
