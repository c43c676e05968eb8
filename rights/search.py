"""The rights notice as a document for site search (the search app indexes them: search/index.py)."""

from django.urls import reverse
from django.utils.translation import gettext

from content.documents import Document
from content.markup import plain_text
from rights.models import MediationAgency, Provision, RightsNotice


def search_documents() -> list[Document]:
    notice = RightsNotice.get_solo()
    parts = [plain_text(notice.introduction)]
    parts += [f"{p.title} {plain_text(p.body)}" for p in Provision.objects.published()]
    parts.append(plain_text(notice.mediation_introduction))
    parts += [f"{a.name} {plain_text(a.description)} {a.phone}" for a in MediationAgency.objects.published()]
    parts.append(plain_text(notice.legal_basis))
    text = " ".join(part for part in parts if part)
    return [Document(gettext("Patients' rights"), notice.title, text, reverse("rights:rights"))]
