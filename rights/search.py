"""The rights notice as a document for site search (the search app indexes them: search/index.py)."""

from django.db.models import Model
from django.urls import reverse
from django.utils.translation import gettext

from content.documents import Document, Part, source_key
from content.markup import plain_text
from rights.models import MediationAgency, Provision, RightsNotice

KEY = "rights.notice"


def document_keys(obj: Model) -> set[str]:
    """Everything in the app is on its one page."""
    return {KEY}


def search_documents(keys: set[str] | None = None) -> list[Document]:
    if keys is not None and KEY not in keys:
        return []
    notice = RightsNotice.objects.first()  # never get_solo(): it would make an empty notice
    if notice is None:
        return []
    provisions = list(Provision.objects.published())
    agencies = list(MediationAgency.objects.published())
    parts = [plain_text(notice.introduction)]
    parts += [plain_text(p.body) for p in provisions]
    parts.append(plain_text(notice.mediation_introduction))
    parts += [f"{plain_text(a.description)} {a.phone}" for a in agencies]
    parts.append(plain_text(notice.legal_basis))
    # The parts a result links to (templates/rights/rights.html and provisions.html).
    shown = [p for kind in (Provision.Kind.RIGHT, Provision.Kind.RESPONSIBILITY) for p in provisions if p.kind == kind]
    sections = [Part(f"provision-{p.pk}", p.title, f"{p.title} {plain_text(p.body)}") for p in shown]
    if agencies and notice.mediation_introduction:
        heading = gettext("Consultation and mediation")
        sections.append(Part("mediation-heading", heading, f"{heading} {plain_text(notice.mediation_introduction)}"))
    sections += [Part(f"agency-{a.pk}", a.name, f"{a.name} {plain_text(a.description)} {a.phone}") for a in agencies]
    if notice.legal_basis:
        heading = gettext("Legal basis")
        sections.append(Part("legal-heading", heading, f"{heading} {plain_text(notice.legal_basis)}"))
    return [
        Document(
            gettext("Patients' rights"),
            notice.title,
            " ".join(part for part in parts if part),
            reverse("rights:rights"),
            key=KEY,
            names=" ".join([*(p.title for p in provisions), *(a.name for a in agencies)]),
            aliases=tuple(name for item in [*provisions, *agencies] for name in item.other_names_list()),
            synonyms=tuple(
                (str(item), *item.other_names_list()) for item in [*provisions, *agencies] if item.other_names_list()
            ),
            sources=frozenset(source_key(item) for item in [notice, *provisions, *agencies]),
            parts=tuple(sections),
        )
    ]
