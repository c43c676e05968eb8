"""What search engines and link previews read about a page: title, description,
canonical and alternate addresses, Open Graph tags and schema.org JSON-LD; and the
sitemap kit the apps' sitemaps build on."""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import strip_tags

DESCRIPTION_CHARS = 160


@dataclass
class PageMeta:
    title: str | Promise
    description: str | Promise = ""
    # schema.org type of the page: MedicalWebPage for medical information.
    page_type: str = "MedicalWebPage"
    last_reviewed: datetime.date | None = None
    # The reviewed item, for "reviewedBy" when the site shows reviewers (Clinic.show_reviewed_by).
    reviewed: Any = None
    # schema.org things the page is about (MedicalCondition, MedicalTest, Drug, …).
    about: list[dict[str, Any]] = field(default_factory=list)
    # Whether the page describes the clinic itself (home, clinic, contact).
    is_clinic: bool = False
    noindex: bool = False

    @property
    def short_description(self) -> str:
        text = " ".join(strip_tags(str(self.description)).split())
        return text if len(text) <= DESCRIPTION_CHARS else text[: DESCRIPTION_CHARS - 1].rstrip() + "…"


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element (like Django's json_script)."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def medical_clinic(clinic, url: str, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "MedicalClinic",
        "name": clinic.name,
        "url": url,
        "parentOrganization": {"@type": "Hospital", "name": clinic.hospital_name},
        "medicalSpecialty": ["Oncologic", "Gastroenterologic", "Radiography"],
        "availableLanguage": ["ko", "en"],
    }
    if clinic.address:
        data["address"] = clinic.address
    if clinic.phone:
        data["telephone"] = clinic.phone
    if clinic.email:
        data["email"] = clinic.email
    return data


def structured_data(meta: PageMeta, url: str, language: str, clinic) -> dict[str, Any]:
    page: dict[str, Any] = {
        "@type": meta.page_type,
        "name": meta.title,
        "url": url,
        "inLanguage": language,
        "isPartOf": {"@type": "WebSite", "name": clinic.name},
    }
    if meta.short_description:
        page["description"] = meta.short_description
    if meta.last_reviewed:
        page["lastReviewed"] = meta.last_reviewed.isoformat()
    if meta.reviewed is not None and getattr(clinic, "show_reviewed_by", False) and meta.reviewed.reviewer_name:
        page["reviewedBy"] = {"@type": "Person", "name": meta.reviewed.reviewer_name}
    if meta.about:
        page["about"] = meta.about
    graph = [page]
    if meta.is_clinic:
        graph.append(medical_clinic(clinic, url, language))
    return {"@context": "https://schema.org", "@graph": graph}


# The sitemap kit every app's `sitemaps.py` builds on (each app's SITEMAPS join
# /sitemap.xml: netclinic/urls.py).


class I18nSitemap(Sitemap):
    """Each page in every language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


class NamedPagesSitemap(I18nSitemap):
    """An app's pages that are one view each, by URL name: `names`."""

    names: tuple[str, ...] = ()

    def items(self) -> list[str]:
        return list(self.names)

    def location(self, item: str) -> str:
        return reverse(item)
